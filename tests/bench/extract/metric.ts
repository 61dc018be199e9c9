/**
 * The article-extraction-benchmark metric (see `../shared/data/README.md`):
 * multisets of 4-token shingles, compared per page, then averaged.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Per-page shingle counts: true positives, false positives, false negatives. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
  /** True when the prediction had no tokens at all. */
  empty: boolean;
}

/** Multiset of the 4-grams of consecutive tokens (one shorter shingle for 1–3 tokens). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Compares a predicted text with the true text of one page. */
export function comparePage(truth: string, pred: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  return { tp, fp, fn, empty: p.size === 0 };
}

/** Precision and recall of one page; an empty prediction has precision 0. */
export function pageScores(c: PageCounts): { precision: number; recall: number; f1: number } {
  const precision = c.empty || c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Summary {
  precision: number;
  recall: number;
  /** 2PR/(P+R) of the mean precision and mean recall, as the benchmark defines it. */
  f1: number;
  /** Mean of the per-page F1 (used for the Readability test pages). */
  meanPageF1: number;
  empty: number;
  pages: number;
}

/** Averages page counts the benchmark's way, counting empty outputs as precision 0. */
export function summarize(pages: PageCounts[]): Summary {
  const scores = pages.map(pageScores);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(scores.map((s) => s.precision));
  const recall = mean(scores.map((s) => s.recall));
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    meanPageF1: mean(scores.map((s) => s.f1)),
    empty: pages.filter((p) => p.empty).length,
    pages: pages.length,
  };
}
