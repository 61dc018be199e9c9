/** The article body's outbound links: the sources it cites. */
import type { CitedLink } from '../types';
import { normText } from '../cleanup/dom-utils';
import { isCanonicalAddress } from '../readability-addresses';

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
    const url = parsedLink(a.getAttribute('href') ?? '', pageUrl);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    if (siteOf(url.hostname) === pageSite || seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ href: url.href, text: normText(a) || url.href, domain: hostKey(url.hostname) });
  }
  return out;
}

/**
 * The parts of a link's address citedLinks uses, as the URL parser gives
 * them; null when it cannot parse it. Readability has made the article's
 * addresses absolute by now, and an address already written as the parser
 * writes it (isCanonicalAddress: lower-case http(s) scheme and host, no port
 * or user) is read without it: the parser is most of this step's time.
 */
function parsedLink(href: string, pageUrl: string): Pick<URL, 'protocol' | 'hostname' | 'href'> | null {
  if (isCanonicalAddress(href)) {
    const start = href.indexOf('//') + 2;
    return {
      protocol: href.slice(0, start - 2),
      hostname: href.slice(start, href.indexOf('/', start)),
      href,
    };
  }
  try {
    return new URL(href, pageUrl || undefined);
  } catch {
    return null;
  }
}
