/**
 * The content script, injected by the worker only when the person acts
 * (activeTab). It extracts the article from a clone of the live document,
 * so the page itself is never changed by extraction; it shows and hides the
 * reader frame and jumps to original paragraphs.
 */
import { extractArticle } from '../extract';
import { makeListener } from '../messages/handle';
import { browser } from '../platform/browser';
import { tagBlocks, type LiveBlocks } from './block-refs';
import { hideReader, isReaderShown, prepareReader, releaseReader, showReader } from './reader-frame';
import { showOriginal } from './show-original';

declare global {
  // Set once per isolated world, so a second injection does not add a second listener.
  var __folioContent: string | undefined;
  /**
   * When this script started and when its last extraction ran (ms, wall
   * clock), for the UI benchmark's breakdown (tests/bench/ui/timing.ts). Kept
   * in the content script's isolated world, so the page cannot see it, unlike
   * a performance mark.
   */
  var __folioTimes: { injected: number; extractStart?: number; extractEnd?: number } | undefined;
}

const wallClock = (): number => performance.timeOrigin + performance.now();
const times = (globalThis.__folioTimes ??= { injected: wallClock() });

const VERSION = browser.runtime.getManifest().version;
/** Live elements behind the `data-folio-ref` tags of the last extraction. */
const live: { blocks: LiveBlocks } = { blocks: new Map() };

function extract(force: boolean, large: boolean) {
  // Chrome's PDF viewer is an HTML page around an <embed>: there is no text to read in it.
  if (document.contentType === 'application/pdf') return { kind: 'pdf' as const };
  times.extractStart = wallClock();
  const freshCopy = (): Document => {
    const clone = document.cloneNode(true) as Document;
    live.blocks = tagBlocks(document, clone);
    return clone;
  };
  const result = extractArticle(freshCopy(), location.href, { force, large, freshCopy });
  times.extractEnd = wallClock();
  return result;
}

if (globalThis.__folioContent !== VERSION) {
  globalThis.__folioContent = VERSION;
  browser.runtime.onMessage.addListener(
    makeListener<'content'>(
      {
        'content/ping': () => ({ version: VERSION }),
        'content/extract': ({ force, large }) => extract(force ?? false, large ?? false),
        'content/show-reader': ({ framePath }) => ({ on: showReader(framePath) }),
        'content/hide-reader': () => {
          hideReader();
          return { on: isReaderShown() };
        },
        'content/reader-state': () => ({ on: isReaderShown() }),
        'content/prepare-reader': ({ framePath }) => ({ prepared: prepareReader(framePath) }),
        'content/release-reader': () => ({ released: releaseReader() }),
        'content/show-original': ({ ref, text }) => ({ found: showOriginal(live.blocks, ref, text) }),
      },
      // Only Folio's own worker and pages talk to the content script.
      (_type, sender) =>
        sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('')),
    ),
  );
}
