/**
 * Readability's last step makes the article's addresses absolute with one
 * `new URL` each; Folio skips the parser for addresses it would give back
 * unchanged (readability-addresses.ts). The shortcut must never differ from
 * the parser, and the article must come out exactly as Readability's own
 * step leaves it.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isCanonicalAddress } from '../../../src/extract/readability-addresses';
import { withFastChecks } from '../../../src/extract/run-readability';
import { fixture } from './helpers';

/** Addresses at each edge of the shortcut: the parser rewrites most of them. */
const EDGES = [
  'https://example.com/a/b?c=d&e=f#g',
  'http://example.com/',
  'https://news.example.co.uk/2025/01/story-name_1.html',
  'https://example.com/path/(x)*+,;=:@!$&~.-_/',
  'https://example.com/a?q=1/2?3',
  'https://sub-domain.example.com/a#frag/with?marks',
  'https://localhost/x',
  'https://example.com',
  'https://example.com?x',
  'https://Example.com/x',
  'HTTPS://example.com/x',
  'https://example.com:443/x',
  'https://example.com:8080/x',
  'https://user:pass@example.com/x',
  'https://example.com./x',
  'https://example..com/x',
  'https://1.2.3.4/x',
  'https://0x7f.1/x',
  'https://192.168.01.1/x',
  'https://example.123/x',
  'https://xn--nxasmq6b.com/x',
  'https://xn--zz.com/x',
  'https://example.com/a/./b',
  'https://example.com/a/../b',
  'https://example.com/a/..',
  'https://example.com/a/.',
  'https://example.com/a/.?x',
  'https://example.com/.well-known/x',
  'https://example.com/a/%2e%2e/b',
  'https://example.com/a%20b',
  'https://example.com/a b',
  'https://example.com/a\tb',
  ' https://example.com/x',
  'https://example.com/x ',
  'https://example.com\\x\\y',
  "https://example.com/x?it's",
  'https://example.com/x?a|b',
  'https://example.com/x^y',
  'https://example.com/x`y',
  'https://example.com/x{y}',
  'https://example.com/x?',
  'https://example.com/x#',
  'https://example.com/x#a#b',
  'https://example.com/x"y',
  'https://example.com/<x>',
  'https://exämple.com/x',
  'https://example.com/ä',
  'https://ex_ample.com/x',
  'ftp://example.com/x',
  'file:///etc/x',
  'javascript:void(0)',
  'data:image/png;base64,AAAA',
  '//example.com/x',
  '/relative/path',
  'relative',
  '#hash',
  '?query',
  '',
];

function pageAddresses(): string[] {
  const found: string[] = [];
  for (const html of [fixture('seed-news/source.html'), fixture('pages/long-article.html')]) {
    const { document } = new JSDOM(html).window;
    for (const el of Array.from(document.querySelectorAll('[href], [src], [srcset], [poster]')))
      for (const name of ['href', 'src', 'poster']) {
        const value = el.getAttribute(name);
        if (value !== null) found.push(value);
      }
  }
  return found;
}

describe('the address shortcut', () => {
  it('takes an address only when the URL parser gives it back unchanged, whatever the base', () => {
    const addresses = [...EDGES, ...pageAddresses()];
    let taken = 0;
    for (const address of addresses) {
      if (!isCanonicalAddress(address)) continue;
      taken++;
      for (const base of ['https://news.example/2025/01/story', 'http://other.example/a/b/c?d#e'])
        expect(new URL(address, base).href, address).toBe(address);
    }
    // Both kinds occur: real pages' absolute addresses are taken, the edges mostly are not.
    expect(taken).toBeGreaterThan(10);
    expect(EDGES.filter(isCanonicalAddress).length).toBeLessThan(EDGES.length / 3);
  });
});

const LINKED = `<!doctype html><html><head><title>Addresses</title></head><body><article>
  <p>A paragraph of text with <a href="/local/page">a relative link</a>, <a href="https://elsewhere.example/a?b=c">an absolute one</a>,
  <a href="HTTPS://Elsewhere.Example:443/x/../y">one the parser rewrites</a>, <a href="#notes">an in-page link</a>,
  <a href="javascript:void(0)">a script link</a>, <a href="javascript:go()"><b>a script link</b> with markup</a>,
  <a href="">an empty one</a> and <a>none at all</a>, long enough for Readability to keep it as content.</p>
  <figure><img src="pics/one.jpg" srcset="pics/one-2x.jpg 2x, https://cdn.example/one-3x.jpg 3x" alt="One">
    <figcaption>A caption for the first picture of the article.</figcaption></figure>
  <picture><source srcset="/a.webp 1x,/b.webp 2x" type="image/webp"><img src="https://cdn.example/pic.jpg" alt="Two"></picture>
  <video poster="poster.png" src="clip.mp4"><source src="clip.webm"></video>
  <audio src="https://cdn.example/sound.mp3"></audio>
  <p>Another paragraph of text, with commas, and enough words to be scored as a paragraph of the article body.</p>
</article></body></html>`;

type FixUris = { _fixRelativeUris(article: Element): void };

describe("Readability's address step, with the shortcut", () => {
  it('leaves exactly what Readability leaves, with and without a <base>', () => {
    const withBase = LINKED.replace('<head>', '<head><base href="https://base.example/dir/">');
    const pages = [LINKED, withBase, fixture('seed-news/source.html'), fixture('pages/long-article.html')];
    for (const html of pages) {
      const url = 'https://news.example/2025/01/story';
      const [theirs, ours] = [0, 1].map(() => new JSDOM(html, { url }).window.document);
      const original = new Readability(theirs!) as unknown as FixUris;
      const fast = new Readability(ours!) as unknown as FixUris;
      withFastChecks(fast);
      expect(fast._fixRelativeUris).not.toBe(original._fixRelativeUris);
      original._fixRelativeUris(theirs!.body);
      fast._fixRelativeUris(ours!.body);
      expect(ours!.body.outerHTML).toBe(theirs!.body.outerHTML);
    }
  });

  it('does resolve and rewrite: the comparison tests something', () => {
    const doc = new JSDOM(LINKED, { url: 'https://news.example/2025/01/story' }).window.document;
    const fast = new Readability(doc) as unknown as FixUris;
    withFastChecks(fast);
    fast._fixRelativeUris(doc.body);
    const html = doc.body.innerHTML;
    expect(html).toContain('href="https://news.example/local/page"');
    expect(html).toContain('href="https://elsewhere.example/y"');
    expect(html).toContain(
      'srcset="https://news.example/2025/01/pics/one-2x.jpg 2x, https://cdn.example/one-3x.jpg 3x"',
    );
    expect(html).toContain('poster="https://news.example/2025/01/poster.png"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span><b>a script link</b> with markup</span>');
  });

  it('is still a method Readability has, with the pattern it reads', () => {
    const proto = Readability.prototype as unknown as Partial<FixUris> & {
      REGEXPS?: { srcsetUrl?: unknown };
    };
    expect(typeof proto._fixRelativeUris).toBe('function');
    expect(proto.REGEXPS?.srcsetUrl).toBeInstanceOf(RegExp);
  });
});
