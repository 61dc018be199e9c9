/**
 * Reading the popup's tab: the first read starts in the popup's first script
 * (boot.ts), so it uses the library-free `earlySend`.
 */
import type { PageOutcome } from '../messages/outcome';
import { earlySend, rawApi } from '../ui/early-send';

/**
 * The tab the popup is about: the active tab of its window, or the one named
 * by `?tab=<id>` when the popup page is opened in a tab of its own (Firefox
 * tests do this; without a grant for that tab the browser still refuses to
 * read it, so the parameter gives no extra access).
 */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await rawApi().tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function readTab(force: boolean): Promise<PageOutcome> {
  // Marks for the benchmark's breakdown (tests/bench/ui-bench.ts); they cost nothing.
  performance.mark('folio:read-start');
  const tabId = await targetTabId();
  if (tabId === undefined) return { kind: 'error', message: 'no-tab' };
  const outcome = await earlySend('bg/read-tab', { tabId, force });
  performance.mark('folio:read-done');
  return outcome;
}
