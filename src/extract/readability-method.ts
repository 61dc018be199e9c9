/**
 * How Folio puts a cheaper version of one of Readability's methods on its own
 * instance: only while Readability still has a method of that name (an
 * upgrade that renames or drops it leaves Readability's own code in charge).
 */
export function replaceMethod(reader: object, name: string, fast: unknown): void {
  if (typeof (reader as Record<string, unknown>)[name] === 'function')
    Object.defineProperty(reader, name, { value: fast });
}
