/**
 * The cleanup's per-block checks answer most blocks before their costly
 * steps (block-pass.ts, meta-lines.ts). Each is compared with the plain
 * version it replaced, on random text built to reach every branch: capitals
 * and lower case, accented and dotted capitals (İ lower-cases to two
 * characters), Greek, CJK, digits, punctuation and bylines.
 */
import { describe, expect, it } from 'vitest';
import { isShouting, KeptTexts, mayStartTitle } from '../../../src/extract/cleanup/block-pass';
import { isDebris, PATTERNS, textKind } from '../../../src/extract/cleanup/text-patterns';
import { simplify } from '../../../src/extract/cleanup/dom-utils';
import { isBylineLine, isDateLine } from '../../../src/extract/cleanup/meta-lines';
import { random } from '../../support/random';

const PIECES = [
  'By ',
  'BY ',
  'by ',
  'Par ',
  'Автор: ',
  'Jane',
  'DOE',
  'Doe',
  'SEAN SPICER ',
  'ELIMINATED ',
  'from ',
  'İstanbul',
  'ΣΟΦΙΑ',
  'σοφία',
  'Straße',
  'ÉTÉ',
  '東京',
  '2019',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  ', ',
  '. ',
  '!',
  '?',
  '—',
  '(',
  ')',
  '"',
  'a',
  'Z',
  '9',
  '😀',
  '“',
  '«',
  '¿',
  '\u2009',
  'µ',
  'ª',
  '²',
  'Staff Writer',
  'March 3, 2021',
];

function texts(seed: number, count: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 14) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
      '',
    ),
  );
}

/** isShouting as it was: two Unicode replaces on every text. */
function plainShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.85;
}

/** isBylineLine as it was: the text lower-cased and collapsed first, whatever follows. */
function plainByline(text: string, byline: string | null): boolean {
  if (text.length > 160) return false;
  const line = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = line.split(' ').length;
  if (
    /^([Bb]y|BY|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez|[Аа]втор)\s*:?\s+\p{Lu}/u.test(text) &&
    words <= 10 &&
    !/[.!?]\s+\p{Lu}|[.!?]$/u.test(text)
  )
    return true;
  if (!byline) return false;
  const who = byline
    .toLowerCase()
    .replace(/^by\s+/, '')
    .trim();
  if (who.length < 4) return false;
  if (line === who || line === `by ${who}`) return true;
  return (
    line.startsWith(who) &&
    line.length - who.length < 60 &&
    (isDateLine(text.slice(who.length)) || /^[,|–—-]/.test(line.slice(who.length).trim()))
  );
}

describe("the cleanup's quick answers", () => {
  it('isShouting answers as the two replaces did', () => {
    let shouting = 0;
    for (const text of [
      ...texts(21, 4000),
      'SEAN SPICER ELIMINATED FROM THE RACE',
      'İSTANBUL ΣΟΦΙΑ STRASSE ÉTÉ',
    ]) {
      expect(isShouting(text), JSON.stringify(text)).toBe(plainShouting(text));
      if (plainShouting(text)) shouting++;
    }
    expect(shouting).toBeGreaterThan(10);
  });

  it('isBylineLine answers as before, with and without the page byline', () => {
    let yes = 0;
    for (const byline of [null, 'Jane Doe', 'By Jane DOE', 'Doe']) {
      for (const text of [
        ...texts(22, 3000),
        'By Jane Doe',
        'Jane Doe, Staff Writer',
        'jane doe March 3, 2021',
      ]) {
        expect(isBylineLine(text, byline), `${JSON.stringify(text)} ${byline}`).toBe(
          plainByline(text, byline),
        );
        if (plainByline(text, byline)) yes++;
      }
    }
    expect(yes).toBeGreaterThan(20);
  });

  it('KeptTexts finds a quote box in the kept texts as the joined simplified texts did', () => {
    const next = random(31);
    let found = 0;
    let missed = 0;
    for (let round = 0; round < 300; round++) {
      const kept = texts(100 + round, 1 + Math.floor(next() * 12)).map((t) => t + t + t);
      // Keys: a slice of a kept text (found, whatever its punctuation and case), or another text.
      const keys = Array.from({ length: 6 }, () => {
        const from = kept[Math.floor(next() * kept.length)]!;
        const source = next() < 0.6 ? from : texts(900 + round, 1)[0]! + from.slice(0, 5);
        const start = Math.floor(next() * source.length);
        return simplify(source.slice(start, start + 10 + Math.floor(next() * 80)).toUpperCase());
      }).filter((key) => key.length >= 30);
      // As blockPass compared them before: the simplified kept texts of 30 or more characters, joined.
      const joined = kept
        .map(simplify)
        .filter((key) => key.length >= 30)
        .join(' | ');
      const body = new KeptTexts(kept);
      for (const key of keys) {
        const expected = joined.includes(key);
        expect(body.holds(key), JSON.stringify({ key, kept })).toBe(expected);
        if (expected) found++;
        else missed++;
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(missed).toBeGreaterThan(50);
  });

  it('mayStartTitle is false only where the simplified text neither is the title nor starts it', () => {
    const next = random(23);
    const titles = texts(24, 200)
      .map(simplify)
      .filter(Boolean)
      .concat(['istanbul straße 2019', 'i̇stanbul', 'σοφία jane doe staff writer march 3 2021']);
    let spared = 0;
    let matched = 0;
    for (const text of texts(25, 4000)) {
      const title = titles[Math.floor(next() * titles.length)]!;
      // Half the texts are the title itself, differently cased and spaced, or a start of it.
      const probe =
        next() < 0.5 ? text : title.slice(0, 1 + Math.floor(next() * title.length)).toUpperCase() + ' .';
      const simple = simplify(probe);
      const matches = simple === title || (title.startsWith(simple) && simple.length > 20);
      if (matches) matched++;
      if (!mayStartTitle(probe, title)) {
        spared++;
        expect(matches, `${JSON.stringify(probe)} ${JSON.stringify(title)}`).toBe(false);
      }
    }
    expect(spared).toBeGreaterThan(1000);
    expect(matched).toBeGreaterThan(100);
  });

  it('textKind answers as the patterns tried one by one, its one-pass check included', () => {
    const lines = [
      'Advertisement',
      'Story continues below advertisement',
      'Sign up for our newsletter to get the news in your inbox',
      'Related: more stories',
      'Share this article',
      '12 comments',
      'This site uses cookies to improve your experience; by continuing you accept our policy',
      'Tags: flood, river',
      '© 2024 News Example. All rights reserved.',
      'Photo: Jane Doe / Reuters',
      'The river rose through the night, and by morning the lower town was under water again.',
    ];
    const sequential = (text: string) => PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
    for (const [, pattern] of PATTERNS) {
      // The union is the same language only for patterns with these flags and no back-references.
      expect(pattern.flags).toBe('i');
      expect(pattern.source).not.toMatch(/\\[1-9]|\\k</);
    }
    let kinds = 0;
    for (const text of [...lines, ...texts(26, 3000)]) {
      expect(textKind(text), JSON.stringify(text)).toBe(sequential(text));
      if (sequential(text)) kinds++;
    }
    expect(kinds).toBeGreaterThanOrEqual(10);
  });

  it('isDebris answers as its expressions asked on every text', () => {
    // The checks before the expressions: a character each needs, and few enough words.
    const plainFirst = (text: string) =>
      /<\/?[a-z][a-z0-9]*\s+[a-z-]+=["']|&lt;\/?[a-z][a-z0-9]*[\s&]|\b(data-[\w-]+|style|class)=["'][^"']*["']\s*(\/?>|$)/.test(
        text,
      ) || /\[([a-z_]+)(\s+[a-z_]+=[^\]]*)?\][^[]*\[\/\1\]/.test(text);
    const plainLast = (text: string) =>
      /:\w+\(\d[^)]*\)|\.(jpe?g|png|gif|webp|avif)(\?\S*)?\)?$/i.test(text) && text.split(/\s+/).length <= 3;
    const next = random(27);
    const bits = [
      '<a href="x">',
      '&lt;div class',
      'style="a"',
      'data-x="1" />',
      '[button link=y]Go[/button]',
      ':focal(1x2)',
      'photo.jpg',
      '?w=350)',
      'a',
      'word',
      ' ',
      '\n',
      '=',
      '[/',
      '&lt;',
      '/news-2019',
      'x.png?x=1',
      '\u00a0',
    ];
    let debris = 0;
    for (let n = 0; n < 4000; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 6) },
        () => bits[Math.floor(next() * bits.length)],
      ).join('');
      const got = isDebris(text);
      if (plainFirst(text)) expect(got, JSON.stringify(text)).toBe(true);
      if (plainLast(text)) expect(got, JSON.stringify(text)).toBe(true);
      if (got) debris++;
      // Otherwise only the address-part rule (unchanged) can say yes: a text without spaces.
      if (got && !plainFirst(text) && !plainLast(text)) expect(text, JSON.stringify(text)).not.toMatch(/\s/);
    }
    expect(debris).toBeGreaterThan(500);
  });
});
