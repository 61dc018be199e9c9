import contentScriptPath from '../../content/content-script.ts?script&iife';
import type { PageOutcome } from '../../messages/outcome';
import type { ResponseOf } from '../../messages/protocol';
import { sendToTab } from '../../messages/send';
import { browser } from '../../platform/browser';
import { classifyInjectionError, restrictedPlace } from '../restricted-url';

/** A read of one tab, by id. */
export interface TabRead {
  tabId: number;
  force?: boolean;
  /** Read a very large page too (ExtractOptions.large). */
  large?: boolean;
}

/**
 * Reads a tab: injects the content script (only now, because the person
 * acted: activeTab), then asks it to extract the page. The whole read has a
 * time limit: a page whose renderer is stopped (a dialog the page opened
 * waits for the person; a script that loops) answers neither the ping nor
 * the injection, and the popup would otherwise say "Reading the page…" forever.
 */
export async function readTab(read: TabRead): Promise<PageOutcome> {
  const seen: { url: string | null } = { url: null };
  try {
    return await withTimeout(readSteps(read, seen), READ_TIMEOUT_MS);
  } catch (error) {
    if (!(error instanceof TooSlow)) throw error;
    // Still loading is no sign of a navigation here: a page whose parsing an alert() stopped
    // stays "loading" for as long as the dialog is open (Firefox then waits to inject).
    return { kind: 'error', message: (await pageWentAway(read.tabId, seen.url, false)) ?? 'too-slow' };
  }
}

async function readSteps(
  { tabId, force, large }: TabRead,
  seen: { url: string | null },
): Promise<PageOutcome> {
  // Both at once: the popup waits on each round trip. (On a restricted page
  // nothing answers the ping: no script is ever injected there.)
  const [tab, alive] = await Promise.all([browser.tabs.get(tabId), contentScriptAnswers(tabId)]);
  const url = tab.url ?? null;
  seen.url = url;
  const place = restrictedPlace(url);
  if (place) return { kind: 'restricted', url, place };
  try {
    if (!alive) await injectContentScript(tabId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const injectedPlace = classifyInjectionError(message);
    // A bare refusal on a web address (every other kind of address is named above)
    // is most often an error page; Firefox tells us the address, Chromium does not.
    if (injectedPlace === 'protected' && url) return { kind: 'restricted', url, place: 'refused' };
    if (injectedPlace) return { kind: 'restricted', url, place: injectedPlace };
    return { kind: 'error', message: (await pageWentAway(tabId, url)) ?? message };
  }
  let result: ResponseOf<'content/extract'>;
  try {
    result = await sendToTab(tabId, 'content/extract', { force: force ?? false, large: large ?? false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'error', message: (await pageWentAway(tabId, url)) ?? message };
  }
  const pageUrl = url ?? '';
  if (result.kind === 'pdf') return { kind: 'restricted', url, place: 'pdf' };
  if (result.kind === 'not-article') {
    const { reason, code, detail } = result;
    return { kind: 'not-article', tabId, url: pageUrl, reason, code, detail };
  }
  return { kind: 'article', tabId, url: result.article.url || pageUrl, article: result.article };
}

/** Does a live content script answer in the tab? Not yet, or one from an older version whose context died: no. */
function contentScriptAnswers(tabId: number): Promise<boolean> {
  return sendToTab(tabId, 'content/ping', {}).then(
    () => true,
    () => false,
  );
}

async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [contentScriptPath] });
}

/**
 * The extractor gives up on its own within 2 s (src/extract guards); this is
 * the net under the whole read, for a page whose renderer is stopped or busy.
 */
const READ_TIMEOUT_MS = 15_000;

class TooSlow extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TooSlow('too-slow')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/**
 * After a failure: was the tab closed, or did it go to another page while
 * Folio read it? Those get their own sentence instead of the browser's
 * message ("Receiving end does not exist", "Frame with ID 0 was removed").
 */
async function pageWentAway(
  tabId: number,
  url: string | null,
  loadingMeansNavigated = true,
): Promise<'tab-gone' | 'tab-navigated' | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return 'tab-gone';
  const loading = loadingMeansNavigated && tab.status === 'loading';
  if (loading || (url !== null && tab.url !== undefined && tab.url !== url)) return 'tab-navigated';
  return null;
}
