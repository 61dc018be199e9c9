/**
 * Turns Readability's article element into Folio's Article: cleanup, text,
 * cited links, sanitizing, and metadata merged with what the page declares.
 */
import { cleanArticle } from './cleanup';
import { collapseSpaces, normText } from './cleanup/dom-utils';
import { toIsoDate } from './metadata/dates';
import { absolute } from './metadata/page-metadata';
import type { PageMetadata } from './metadata/page-metadata';
import type { EarlyRemoval } from './prepare';
import { citedLinks, hostKey } from './output/links';
import { resolveUrls } from './output/resolve-urls';
import { isTrackingPixel } from './output/tracking-pixels';
import { articleText } from './output/text';
import { countWords } from './output/words';
import type { ReadabilityOutput } from './run-readability';
import { sanitizeElements } from './sanitize';
import { buildSourceContext } from './source-context';
import type { Article } from './types';

export interface BuildInput {
  url: string;
  /** Base address for relative links (the page's `<base>` or its address). */
  base: string;
  meta: PageMetadata;
  labels: string[];
  readability: ReadabilityOutput;
  /** Clutter removed before Readability (see prepare/early-removals). */
  early: readonly EarlyRemoval[];
  win: Window;
}

/** The page's own hosts: its address's and its canonical address's (a copy or a cache may differ). */
function pageHosts(...urls: (string | null)[]): Set<string> {
  const hosts = new Set<string>();
  for (const url of urls) {
    try {
      if (url) hosts.add(hostKey(new URL(url).hostname));
    } catch {
      // Not an address: no host.
    }
  }
  hosts.delete('');
  return hosts;
}

const RTL_LANGS = /^(ar|arc|ckb|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)\b/i;

/** Builds the Article; `readability.root` is changed in place. */
export function buildArticle({ url, base, meta, labels, readability: rd, early, win }: BuildInput): Article {
  const root = rd.root;
  resolveUrls(root, base);
  const byline = clean(rd.byline) ?? (meta.jsonLd?.authors.length ? meta.jsonLd.authors.join(', ') : null);
  const title = clean(rd.title) ?? meta.jsonLd?.headline ?? '';
  const removals = cleanArticle(root, { title, byline, hosts: pageHosts(url, meta.canonicalUrl) }, early);
  const { lines, markerLines } = articleText(root);
  const text = lines.join('\n');
  const links = citedLinks(root, base);
  const removedText = removals.map((r) => blockText(r.element));
  // Read before sanitizing: in-place sanitizing moves the article out of `root`.
  const excerpt = meta.description ? (clean(rd.excerpt) ?? meta.description) : firstParagraph(root);
  const leadImage = meta.leadImage ?? firstImage(root, base);
  const [contentHtml = '', ...removedHtml] = sanitizeElements(
    [root, ...removals.map((r) => wrap(r.element))],
    win,
  );
  const publishedTime = toIsoDate(rd.publishedTime) ?? meta.publishedTime;
  const lang = clean(rd.lang) ?? meta.lang;
  const wordCount = countWords(text);
  return {
    url,
    title,
    byline,
    siteName: clean(rd.siteName) ?? meta.jsonLd?.publisher ?? null,
    publishedTime,
    modifiedTime: meta.modifiedTime,
    lang,
    dir: direction(rd.dir) ?? meta.dir ?? (lang && RTL_LANGS.test(lang) ? 'rtl' : null),
    // A declared description wins; otherwise the first paragraph that survived the cleanup.
    excerpt,
    canonicalUrl: meta.canonicalUrl,
    section: meta.section,
    leadImage,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    contentHtml,
    text,
    sourceContext: buildSourceContext({
      links,
      removals,
      removedText,
      removedHtml,
      removedLines: removals.map((_, i) => markerLines.get(i) ?? lines.length),
      hasByline: Boolean(byline),
      hasDate: Boolean(publishedTime),
      canonicalUrl: meta.canonicalUrl,
      pageUrl: url,
      labels,
    }),
  };
}

/** `el` inside a new <div>, so that sanitizing the div's content keeps `el` itself. */
function wrap(el: Element): Element {
  const div = el.ownerDocument.createElement('div');
  div.appendChild(el);
  return div;
}

/** A removed block's text, its blocks separated by spaces (never glued). */
function blockText(el: Element): string {
  return articleText(el, { captions: true }).lines.join(' ');
}

function clean(value: string | null | undefined): string | null {
  const text = value ? collapseSpaces(value) : '';
  return text ? text : null;
}

function direction(value: string | null): 'ltr' | 'rtl' | null {
  const dir = value?.toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

function firstParagraph(root: Element): string | null {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const text = normText(p);
    if (text && !p.closest('[data-folio-caption]')) return text;
  }
  return null;
}

function firstImage(root: Element, base: string): string | null {
  for (const img of Array.from(root.querySelectorAll('img[src]')))
    if (!isTrackingPixel(img)) return absolute(img.getAttribute('src'), base);
  return null;
}
