/**
 * A mutation fuzzer for the extractor (issue 6): takes real pages (the
 * fixtures) and breaks them the ways the web does — cut and spliced markup,
 * broken nesting, huge attributes, deep trees, odd bytes and encodings,
 * hostile vectors dropped in. The browser tests (tests/e2e/fuzz-*.test.ts)
 * extract each case in Chromium and Firefox and check that extraction never
 * throws, never runs past its time limit, and always returns sanitized HTML.
 * Deterministic: a case is reproduced from its seed.
 */
import { readFileSync } from 'node:fs';
import { random as prng } from './random';
import { hostilePages, VECTORS } from './hostile-vectors';

const TAGS = [
  'div',
  'p',
  'span',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'a',
  'b',
  'i',
  'pre',
  'svg',
  'math',
  'select',
  'template',
  'noscript',
  'style',
  'textarea',
  'title',
  'figure',
  'article',
  'section',
  'h1',
  'h2',
  'blockquote',
  'iframe',
  'form',
  'script',
];

type Mutation = (html: string, r: () => number) => string;

const pick = <T>(items: readonly T[], r: () => number): T => items[Math.floor(r() * items.length)]!;
const at = (html: string, r: () => number) => Math.floor(r() * (html.length + 1));

export const MUTATIONS: Record<string, Mutation> = {
  cut: (h, r) => {
    const a = at(h, r);
    return h.slice(0, a) + h.slice(Math.min(h.length, a + Math.floor(r() * 2000)));
  },
  splice: (h, r) => {
    const a = at(h, r);
    const b = at(h, r);
    return h.slice(0, a) + h.slice(b, b + Math.floor(r() * 3000)) + h.slice(a);
  },
  truncate: (h, r) => h.slice(0, at(h, r)),
  unclosedTags: (h, r) => {
    const a = at(h, r);
    const junk = Array.from({ length: 1 + Math.floor(r() * 30) }, () => `<${pick(TAGS, r)}>`).join('');
    return h.slice(0, a) + junk + h.slice(a);
  },
  strayClosers: (h, r) => {
    const a = at(h, r);
    const junk = Array.from({ length: 1 + Math.floor(r() * 30) }, () => `</${pick(TAGS, r)}>`).join('');
    return h.slice(0, a) + junk + h.slice(a);
  },
  deepTree: (h, r) => {
    const depth = 500 + Math.floor(r() * 6000);
    const tag = pick(['div', 'span', 'b', 'blockquote', 'li'], r);
    const a = at(h, r);
    return `${h.slice(0, a)}${`<${tag}>`.repeat(depth)}deep text${`</${tag}>`.repeat(Math.floor(r() * depth))}${h.slice(a)}`;
  },
  hugeAttribute: (h, r) => {
    const a = h.indexOf('<p', at(h, r));
    if (a < 0) return h;
    // Quotes are escaped so the value stays one attribute (manyElements covers breaking out).
    const value = pick(['x', 'javascript:', '&quot;&gt;&lt;img src=x onerror=1&gt;', '\u0000'], r).repeat(
      20_000 + Math.floor(r() * 200_000),
    );
    return `${h.slice(0, a + 2)} data-x="${value}" title="${value.slice(0, 5000)}"${h.slice(a + 2)}`;
  },
  manyAttributes: (h, r) => {
    const a = h.indexOf('<div', at(h, r));
    if (a < 0) return h;
    const attrs = Array.from({ length: 2000 }, (_, i) => `a${i}="${i}"`).join(' ');
    return `${h.slice(0, a + 4)} ${attrs}${h.slice(a + 4)}`;
  },
  oddBytes: (h, r) => {
    const bytes = [
      '\u0000',
      '\uFEFF',
      '\uFFFD',
      '\uD800',
      '\uDC00',
      '\u202E',
      '\u200B',
      '\r',
      '\u0085',
      '\u2028',
      '\x1b',
      '&#0;',
      '&#xD800;',
      '&#x110000;',
      '&amp',
      '&lt;&gt',
      '\u00A0',
    ];
    let out = h;
    for (let i = 0; i < 1 + r() * 50; i++) {
      const a = at(out, r);
      out = out.slice(0, a) + pick(bytes, r) + out.slice(a);
    }
    return out;
  },
  charsetMeta: (h, r) =>
    `<meta charset="${pick(['shift_jis', 'utf-16', 'iso-2022-jp', 'x-user-defined', 'bogus'], r)}">${h}`,
  binary: (h, r) => {
    const a = at(h, r);
    const junk = Array.from({ length: 200 + Math.floor(r() * 5000) }, () =>
      String.fromCharCode(Math.floor(r() * 256)),
    ).join('');
    return h.slice(0, a) + junk + h.slice(a);
  },
  vector: (h, r) => {
    const a = at(h, r);
    return h.slice(0, a) + pick(VECTORS, r).html.replaceAll('__CB__', 'http://127.0.0.1:9') + h.slice(a);
  },
  noBody: (h) => h.replace(/<\/?body[^>]*>/gi, '').replace(/<\/?html[^>]*>/gi, ''),
  manyElements: (h, r) => {
    const a = at(h, r);
    const n = 1000 + Math.floor(r() * 20_000);
    return h.slice(0, a) + '<img src=x onerror=1><span>w</span>'.repeat(n) + h.slice(a);
  },
  tableSoup: (h, r) => {
    const a = at(h, r);
    return `${h.slice(0, a)}${'<table><tr><td>'.repeat(50 + Math.floor(r() * 300))}cell${h.slice(a)}`;
  },
};

export interface FuzzCase {
  seed: number;
  source: string;
  mutations: string[];
  html: string;
}

/** The source pages mutations start from. */
export function fuzzSources(): Array<{ name: string; html: string }> {
  const seedNews = readFileSync(new URL('../fixtures/seed-news/source.html', import.meta.url), 'utf8');
  const hostile = hostilePages().map((p) => ({
    name: `hostile-${p.slug}`,
    html: p.html.replaceAll('__CB__', 'http://127.0.0.1:9'),
  }));
  return [{ name: 'seed-news', html: seedNews }, ...hostile];
}

export function makeCase(seed: number, sources = fuzzSources()): FuzzCase {
  const r = prng(seed);
  const source = pick(sources, r);
  const names = Object.keys(MUTATIONS);
  const mutations = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(names, r));
  const html = mutations.reduce((h, name) => MUTATIONS[name]!(h, r), source.html);
  return { seed, source: source.name, mutations, html };
}
