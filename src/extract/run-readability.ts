/** Readability, configured for the cleanup that follows it. */
import { Readability } from '@mozilla/readability';

export interface ReadabilityOutput {
  /** The article element (not serialized: the cleanup works on it directly). */
  root: Element;
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

/** Runs Readability on `doc` (consumed). Null when it finds no article. */
export function runReadability(doc: Document): ReadabilityOutput | null {
  const parsed = new Readability<Element>(doc, {
    // Class names are the cleanup's best hints; the sanitizer strips them afterwards.
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const root = parsed?.content;
  if (!parsed || !root) return null;
  return {
    root,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
}
