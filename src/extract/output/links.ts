/** The article body's outbound links: the sources it cites. */
import type { CitedLink } from '../types';
import { normText } from '../cleanup/dom-utils';

/** A host name as the page's own is compared: lower case, without "www.". */
export function hostKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * The registrable part of a host name, approximately: the last two labels,
 * or three when the second-level label is a generic one ("co.uk", "com.au").
 */
export function siteOf(host: string): string {
  const labels = hostKey(host).split('.');
  if (labels.length <= 2) return labels.join('.');
  const second = labels[labels.length - 2] ?? '';
  const keep = /^(co|com|net|org|gov|gob|edu|ac|or|ne|go|mil|nic|info|biz)$/.test(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Links in `root` to other sites, deduplicated by address, in order. */
export function citedLinks(root: Element, pageUrl: string): CitedLink[] {
  let pageSite = '';
  try {
    pageSite = siteOf(new URL(pageUrl).hostname);
  } catch {
    // Without a page address every http(s) link counts as outbound.
  }
  const seen = new Set<string>();
  const out: CitedLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', pageUrl || undefined);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (siteOf(url.hostname) === pageSite || seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ href: url.href, text: normText(a) || url.href, domain: hostKey(url.hostname) });
  }
  return out;
}
