/**
 * Whether the reader is on screen yet. A reader prepared hidden while the
 * popup is open (display: none) has no layout: it must not scroll to a saved
 * position or trust a reading-list state until reader mode reveals it.
 * IntersectionObserver sees that from inside the frame, even cross-origin.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function useRevealed(ref: RefObject<Element | null>): boolean {
  const [revealed, setRevealed] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (revealed || !el) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      setRevealed(true);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, revealed]);
  return revealed;
}
