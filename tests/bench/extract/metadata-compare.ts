/**
 * Field-by-field comparison with Readability's `expected-metadata.json`.
 * Values are compared after collapsing white space; dates by the instant
 * they name (an ISO rewrite of the same date is the same date).
 */
import type { ExpectedMetadata } from './data';

export const FIELDS = [
  'title',
  'byline',
  'excerpt',
  'siteName',
  'dir',
  'lang',
  'publishedTime',
  'readerable',
] as const;
export type Field = (typeof FIELDS)[number];

export type MetadataValues = Partial<Record<Field, string | boolean | null | undefined>>;

/**
 * How a value compares with the expected one: the same, a value where the
 * file has none (a gap filled from what the page declares), none where the
 * file has one, or a different value.
 */
export type Outcome = 'agree' | 'fill' | 'miss' | 'differ';
export const OUTCOMES: readonly Outcome[] = ['agree', 'fill', 'miss', 'differ'];

/** Per field, how `got` compares with `expected`. Fields the file lacks are skipped. */
export function compareMetadata(
  expected: ExpectedMetadata,
  got: MetadataValues,
): Partial<Record<Field, Outcome>> {
  const out: Partial<Record<Field, Outcome>> = {};
  for (const field of FIELDS) {
    if (!(field in expected)) continue;
    out[field] = outcome(field, expected[field], got[field]);
  }
  return out;
}

function outcome(field: Field, a: unknown, b: unknown): Outcome {
  if (field === 'readerable') return Boolean(a) === Boolean(b) ? 'agree' : 'differ';
  const x = norm(a);
  const y = norm(b);
  if (x === y) return 'agree';
  if (!x) return 'fill';
  if (!y) return 'miss';
  if (field === 'publishedTime' && instant(x) !== null && instant(x) === instant(y)) return 'agree';
  return 'differ';
}

function norm(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function instant(value: string): number | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Outcome counts per field over many pages, with the pages that did not agree. */
export class MetadataTally {
  readonly counts = new Map<Field, Record<Outcome, number>>();
  readonly notes: string[] = [];

  add(page: string, result: Partial<Record<Field, Outcome>>): void {
    for (const field of FIELDS) {
      const o = result[field];
      if (o === undefined) continue;
      const row = this.counts.get(field) ?? { agree: 0, fill: 0, miss: 0, differ: 0 };
      row[o]++;
      this.counts.set(field, row);
      if (o !== 'agree') this.notes.push(`${page}: ${field} ${o}`);
    }
  }

  /** Outcome counts over all fields together. */
  overall(): Record<Outcome, number> {
    const total = { agree: 0, fill: 0, miss: 0, differ: 0 };
    for (const row of this.counts.values()) for (const o of OUTCOMES) total[o] += row[o];
    return total;
  }
}
