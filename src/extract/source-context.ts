/** The facts the source panel shows next to the article. */
import type { PendingRemoval } from './cleanup';
import type { CitedLink, RemovedBlock, RemovedKind, SourceContext } from './types';

export interface SourceFacts {
  links: CitedLink[];
  removals: PendingRemoval[];
  /** Plain text of each removal, same order. */
  removedText: string[];
  /** Sanitized HTML of each removal, same order. */
  removedHtml: string[];
  /** Text line before which each removal stood, same order. */
  removedLines: number[];
  hasByline: boolean;
  hasDate: boolean;
  canonicalUrl: string | null;
  pageUrl: string;
  labels: string[];
}

/** Assembles the source context from what extraction found. */
export function buildSourceContext(facts: SourceFacts): SourceContext {
  const removed: RemovedBlock[] = facts.removals.map((r, i) => ({
    kind: r.kind,
    text: clip(facts.removedText[i] ?? ''),
    html: facts.removedHtml[i] ?? '',
    position: i,
    line: facts.removedLines[i] ?? 0,
  }));
  const removedCounts: Partial<Record<RemovedKind, number>> = {};
  for (const block of removed) removedCounts[block.kind] = (removedCounts[block.kind] ?? 0) + 1;
  return {
    domain: hostOf(facts.pageUrl),
    links: facts.links,
    removed,
    removedCounts,
    hasByline: facts.hasByline,
    hasDate: facts.hasDate,
    canonicalDiffers: facts.canonicalUrl !== null && sameAddress(facts.canonicalUrl, facts.pageUrl) === false,
    labels: facts.labels,
  };
}

/** Longest removed text kept verbatim; the HTML is always complete. */
const MAX_TEXT = 1000;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Host name without "www.", or "" for addresses without one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Whether two addresses name the same page: protocol, "www.", a trailing
 * slash, the fragment and tracking parameters do not count. Null when either
 * does not parse.
 */
export function sameAddress(a: string, b: string): boolean | null {
  const norm = (raw: string): string | null => {
    try {
      const url = new URL(raw);
      for (const key of Array.from(url.searchParams.keys())) {
        if (/^(utm_|fbclid|gclid|mc_|ref$|cmpid|smid|ocid)/i.test(key)) url.searchParams.delete(key);
      }
      const query = url.searchParams.toString();
      return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
    } catch {
      return null;
    }
  };
  const na = norm(a);
  const nb = norm(b);
  return na === null || nb === null ? null : na === nb;
}
