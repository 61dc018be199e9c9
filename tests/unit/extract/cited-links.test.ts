/**
 * The article's cited links: outbound http(s) links, deduplicated, in order.
 * Addresses already written as the URL parser writes them are read without
 * it (output/links.ts); every answer must be the parser's.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { citedLinks, hostKey, siteOf } from '../../../src/extract/output/links';
import type { CitedLink } from '../../../src/extract/types';

const PAGE = 'https://www.news.example/world/story.html';

/** citedLinks as written before the shortcut: the URL parser for every link. */
function parsedByUrl(root: Element, pageUrl: string): CitedLink[] {
  const pageSite = siteOf(new URL(pageUrl).hostname);
  const seen = new Set<string>();
  const out: CitedLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (siteOf(url.hostname) === pageSite || seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ href: url.href, text: a.textContent!.trim() || url.href, domain: hostKey(url.hostname) });
  }
  return out;
}

const ADDRESSES = [
  'https://example.org/report.pdf',
  'https://example.org/report.pdf',
  'http://data.gov.example/a/b?x=1&y=2#part',
  'https://Example.ORG/Caps',
  'HTTPS://example.org/scheme-caps',
  'https://example.org:443/default-port',
  'https://example.org:8443/other-port',
  'https://user:pw@example.org/login',
  'https://example.org/a/../b',
  'https://example.org/./c',
  'https://xn--bcher-kva.example/',
  'https://bücher.example/',
  'https://example.org/with space',
  'https://example.org/%7Euser',
  'https://example.org/quote"d',
  'https://example.org/?',
  'https://example.org/#',
  'https://192.168.0.1/numeric',
  'https://0x7f.1/hex-host',
  'https://example.org',
  'https://example.org/path?q=a b',
  'https://sub.news.example/own-site',
  'https://www.news.example/own',
  'mailto:someone@example.org',
  'javascript:void(0)',
  '/relative/path',
  '//protocol-relative.example/x',
  '#fragment',
  'https://[::1]/v6',
  'http://exa mple.org/bad-host',
  'https://example.co.uk/uk',
  'https://other.example.co.uk/uk2',
  'https://example.org/tab\there',
];

describe('cited links', () => {
  it("give the URL parser's answer for every kind of address", () => {
    const { document } = new JSDOM('<!doctype html><div id="a"></div>').window;
    const root = document.getElementById('a')!;
    for (const [i, href] of ADDRESSES.entries()) {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      a.textContent = i % 3 ? `link ${i}` : '';
      root.append(a, ' ');
    }
    const links = citedLinks(root, PAGE);
    expect(links).toEqual(parsedByUrl(root, PAGE));
    // Sanity: the list is not trivially empty, and dedupes and drops the page's own site.
    expect(links.length).toBeGreaterThan(15);
    expect(links.filter((l) => l.href === 'https://example.org/report.pdf')).toHaveLength(1);
    expect(links.some((l) => l.domain.endsWith('news.example'))).toBe(false);
  });
});
