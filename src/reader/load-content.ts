/**
 * Where the reader's article comes from, and loading it. The first load
 * starts in the reader's first script (boot.ts), so it uses the library-free
 * `earlySend`.
 */
import type { PageOutcome } from '../messages/outcome';
import type { ListEntry } from '../storage/types';
import { earlySend } from '../ui/early-send';

/**
 * The article's source: the tab it is framed into (reader
 * mode, `?tab=<id>`, from the worker's session cache) or a saved offline copy
 * opened from the reading list (`?saved=<id>`).
 */
export type ReaderSource = { kind: 'tab'; tabId: number } | { kind: 'saved'; id: string };

export interface ReaderContent {
  outcome: PageOutcome;
  /** The reading-list entry of this article, when it is saved (for resume and progress). */
  entry: ListEntry | null;
}

export function sourceFrom(search: string): ReaderSource | null {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tab'));
  if (Number.isInteger(tabId) && tabId > 0) return { kind: 'tab', tabId };
  const id = params.get('saved');
  return id ? { kind: 'saved', id } : null;
}

export async function loadContent(source: ReaderSource | null, force: boolean): Promise<ReaderContent> {
  if (!source) return { outcome: { kind: 'error', message: 'no-source' }, entry: null };
  // Marks for the benchmark's breakdown (tests/bench/ui-bench.ts); they cost nothing.
  performance.mark('folio:read-start');
  const content = await fetchContent(source, force);
  performance.mark('folio:read-done');
  return content;
}

async function fetchContent(source: ReaderSource, force: boolean): Promise<ReaderContent> {
  if (source.kind === 'saved') {
    const saved = await earlySend('bg/saved-article', { id: source.id });
    if (!saved) return { outcome: { kind: 'error', message: 'saved-missing' }, entry: null };
    if (!saved.article) return { outcome: { kind: 'error', message: 'saved-pending' }, entry: saved.entry };
    const article = saved.article;
    return { outcome: { kind: 'article', tabId: 0, url: article.url, article }, entry: saved.entry };
  }
  const outcome = force
    ? await earlySend('bg/read-tab', { tabId: source.tabId, force: true })
    : await earlySend('bg/reader-article', { tabId: source.tabId });
  return { outcome, entry: null };
}
