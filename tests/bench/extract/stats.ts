/** Timing statistics for the bench. */

/** The q-quantile (0–1) of `values`, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export interface Timing {
  median: number;
  p95: number;
  total: number;
}

export function timing(ms: readonly number[]): Timing {
  return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), total: ms.reduce((a, b) => a + b, 0) };
}
