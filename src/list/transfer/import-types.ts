import type { IncomingArticle } from '../../storage/import-entries';

/** One article read from an import file: what the list's import takes. */
export type ImportItem = IncomingArticle;

export interface ParsedImport {
  /** The service the file came from, for messages. */
  format: string;
  items: ImportItem[];
  /** Items left out, with why (first few reasons). */
  skipped: number;
  reasons: string[];
}

/** A file Folio cannot import: the message names the problem. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Collects skipped items and their reasons while a parser walks a file. */
export class SkipLog {
  skipped = 0;
  reasons: string[] = [];
  skip(reason: string): void {
    this.skipped++;
    if (this.reasons.length < 5) this.reasons.push(reason);
  }
}

/** Only web addresses may enter the list: imports are untrusted files. */
export function webUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A time from seconds, milliseconds or an ISO date; null when there is none. */
export function parseTime(raw: unknown): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const n = typeof raw === 'number' ? raw : /^\d+$/.test(String(raw).trim()) ? Number(raw) : NaN;
  if (Number.isFinite(n)) return n < 1e11 ? n * 1000 : n;
  const t = Date.parse(String(raw));
  return Number.isFinite(t) ? t : null;
}

export function cleanTags(tags: unknown[]): string[] {
  const names = tags
    .map((t) =>
      typeof t === 'string'
        ? t
        : ((t as { name?: unknown; label?: unknown })?.label ?? (t as { name?: unknown })?.name),
    )
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(names)];
}
