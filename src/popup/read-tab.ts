/**
 * Reading the popup's tab: the first read starts in the popup's first script
 * (boot.ts), so it uses the library-free `earlySend`.
 */
import type { PageOutcome } from '../messages/outcome';
import { earlySend } from '../ui/early-send';

/**
 * The tab named by `?tab=<id>` when the popup page is opened in a tab of its
 * own (Firefox tests do this; without a grant for that tab the browser still
 * refuses to read it, so the parameter gives no extra access). Otherwise none:
 * the worker reads the active tab of the window the popup opened in.
 */
function namedTabId(): number | undefined {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(named) && named > 0 ? named : undefined;
}

export async function readTab(force: boolean): Promise<PageOutcome> {
  // Marks for the benchmark's breakdown (tests/bench/ui-bench.ts); they cost nothing.
  performance.mark('folio:read-start');
  const outcome = await earlySend('bg/read-tab', { tabId: namedTabId(), force });
  performance.mark('folio:read-done');
  return outcome;
}
