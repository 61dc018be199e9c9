/** Readability, configured for the cleanup that follows it. */
import { Readability } from '@mozilla/readability';

export interface ReadabilityOutput {
  /** The article element (not serialized: the cleanup works on it directly). */
  root: Element;
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

/** Runs Readability on `doc` (consumed). Null when it finds no article. */
export function runReadability(doc: Document): ReadabilityOutput | null {
  const reader = new Readability<Element>(doc, {
    // Class names are the cleanup's best hints; the sanitizer strips them afterwards.
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  withFastVisibility(reader);
  const parsed = reader.parse();
  const root = parsed?.content;
  if (!parsed || !root) return null;
  return {
    root,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
}

type VisibilityCheck = (node: Element) => boolean;

/**
 * Readability asks every element of the page whether it is visible, first
 * through `node.style`, which makes the browser build a style object for each
 * one: a tenth of Readability's time. An element without a `style` attribute
 * has no inline display or visibility, so for those the same answer comes
 * from attributes alone; elements with one get Readability's own check.
 * Installed on this instance only, and only while Readability still has the
 * method (a unit test compares both answers on every kind of element).
 */
export function withFastVisibility(reader: object): void {
  const own = (reader as { _isProbablyVisible?: VisibilityCheck })._isProbablyVisible;
  if (typeof own !== 'function') return;
  const original = own.bind(reader);
  Object.defineProperty(reader, '_isProbablyVisible', {
    value: (node: Element): boolean => {
      if (node.hasAttribute('style')) return Boolean(original(node));
      if (node.hasAttribute('hidden')) return false;
      if (node.getAttribute('aria-hidden') !== 'true') return true;
      const cls = node.className as unknown;
      return typeof cls === 'string' && cls.includes('fallback-image');
    },
  });
}
