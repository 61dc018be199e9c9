/**
 * "Show in original" for the paragraph in hand: the one under the pointer or
 * holding focus, else the first one in view. One button that moves beside
 * that paragraph, so keyboard users reach it with one Tab instead of one stop
 * per paragraph; its name says which paragraph it acts on.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/browser';
import { blockAt, firstVisibleBlock } from './block-targets';
import { snippet } from './format';

interface Props {
  /** The rendered article body (its blocks carry `data-folio-ref`). */
  body: RefObject<HTMLElement | null>;
  /** Changes whenever the body's HTML does. */
  html: string;
  onJump(ref: string, text: string): void;
}

export function JumpButton({ body, html, onJump }: Props) {
  const [block, setBlock] = useState<Element | null>(null);
  const [top, setTop] = useState(0);

  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const place = (el: Element | null) => {
      setBlock(el);
      const parent = root.offsetParent ?? root;
      if (el) setTop(el.getBoundingClientRect().top - parent.getBoundingClientRect().top);
    };
    const frame = { id: 0 };
    const onScroll = () => {
      cancelAnimationFrame(frame.id);
      frame.id = requestAnimationFrame(() => {
        const current = block && block.isConnected ? block.getBoundingClientRect() : null;
        // Keep the block the person pointed at while it is on screen.
        if (!current || current.bottom < 0 || current.top > innerHeight) place(firstVisibleBlock(root));
      });
    };
    const onPoint = (event: Event) => {
      const el = blockAt(event.target, root);
      if (el) place(el);
    };
    if (!block || !block.isConnected) place(firstVisibleBlock(root));
    root.addEventListener('pointerover', onPoint);
    root.addEventListener('focusin', onPoint);
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame.id);
      root.removeEventListener('pointerover', onPoint);
      root.removeEventListener('focusin', onPoint);
      document.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [body, html, block]);

  if (!block) return null;
  const ref = block.getAttribute('data-folio-ref') ?? '';
  const text = block.textContent ?? '';
  return (
    <button
      type="button"
      class="jump-button"
      // An object style is set through CSSOM, which the extension CSP allows.
      style={{ top: `${top}px` }}
      aria-label={t('showInOriginalNamed', snippet(text))}
      title={t('showInOriginal')}
      data-ref={ref}
      onClick={() => onJump(ref, text)}
    >
      <span aria-hidden="true">↗</span>
    </button>
  );
}
