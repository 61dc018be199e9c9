/**
 * Resume and progress for a saved article: scroll to where the person
 * stopped when the article opens, and report where they are (debounced, at
 * the end of a scroll, and when the page is hidden or the reader closes).
 * The anchor is a block + quote + offset (src/ui/progress-anchor.ts), so it
 * survives another window size or font.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ListEntry, ReadingProgress } from '../storage/types';
import { computeAnchor, scrollToAnchor } from '../ui/progress-anchor';

const SCROLL_END_MS = 700;

export function useProgress(
  body: RefObject<HTMLElement | null>,
  entry: ListEntry | null,
  report: (id: string, progress: ReadingProgress) => Promise<void>,
  /** False while the reader is prepared hidden: no layout, so nothing to scroll or measure. */
  revealed = true,
): () => void {
  const resumed = useRef<string | null>(null);
  const flush = useRef<() => void>(() => undefined);
  const entryId = entry?.id ?? null;

  useEffect(() => {
    const root = body.current;
    if (!root || !entry || !revealed) return;
    let scrolledAlready = false;
    if (resumed.current !== entry.id) {
      resumed.current = entry.id;
      if (entry.progress) scrollToAnchor(root, entry.progress);
      // This effect runs a frame after the article shows (up to ~100 ms): a
      // scroll in between had no listener, and a person who then stops there
      // scrolls no more. Count it as the scroll it was.
      else scrolledAlready = scrollY > 0;
    }
    const timer = { id: 0 as ReturnType<typeof setTimeout> | 0 };
    const send = () => {
      clearTimeout(timer.id);
      // A frame being removed (reader mode off) has no layout left: an anchor
      // measured then would point at the last block. Keep the last good one.
      if (root.getBoundingClientRect().height === 0) return;
      void report(entry.id, computeAnchor(root)).catch(() => undefined);
    };
    const onScroll = () => {
      clearTimeout(timer.id);
      timer.id = setTimeout(send, SCROLL_END_MS);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && send();
    flush.current = send;
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('pagehide', send);
    document.addEventListener('visibilitychange', onVisibility);
    if (scrolledAlready) onScroll();
    return () => {
      clearTimeout(timer.id);
      flush.current = () => undefined;
      removeEventListener('scroll', onScroll);
      removeEventListener('pagehide', send);
      document.removeEventListener('visibilitychange', onVisibility);
    };
    // The entry's identity is what matters; a new progress value must not re-scroll.
  }, [body, entryId, report, revealed]);

  return () => flush.current();
}
