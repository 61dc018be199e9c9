/**
 * The content script, injected by the worker only when the person acts
 * (activeTab). It extracts the article from a clone of the live document,
 * so the page itself is never changed by extraction.
 */
import { extractArticle } from '../extract';
import { makeListener } from '../messages/handle';
import { browser } from '../platform/browser';

declare global {
  // Set once per isolated world, so a second injection does not add a second listener.
  var __folioContent: string | undefined;
}

const VERSION = browser.runtime.getManifest().version;

if (globalThis.__folioContent !== VERSION) {
  globalThis.__folioContent = VERSION;
  browser.runtime.onMessage.addListener(
    makeListener<'content'>(
      {
        'content/ping': () => ({ version: VERSION }),
        'content/extract': () =>
          // Chrome's PDF viewer is an HTML page around an <embed>: there is no text to read in it.
          document.contentType === 'application/pdf'
            ? { kind: 'pdf' as const }
            : extractArticle(document.cloneNode(true) as Document, location.href),
        // Reader mode lands with issue 4.
        'content/show-reader': () => ({ on: false }),
        'content/hide-reader': () => ({ on: false }),
        'content/show-original': () => ({ found: false }),
      },
      // Only Folio's own worker and pages talk to the content script.
      (_type, sender) =>
        sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('')),
    ),
  );
}
