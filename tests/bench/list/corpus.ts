/**
 * Realistic saved articles for the reading-list benchmark, made from real
 * article texts: the 88 ground-truth bodies of the article-extraction
 * benchmark (../shared/data/aeb-dev), or the seed news article when that
 * folder is missing. Each generated article takes a source text, reorders
 * its paragraphs, and adds a few names of its own, so that 10,000 articles
 * have a vocabulary like a real list's (tens of thousands of distinct words).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../../../src/extract/types';
import { random } from '../../support/random';

const AEB = new URL('../../../../shared/data/aeb-dev/ground-truth.json', import.meta.url);
const SEED = new URL('../../fixtures/seed-news/expected-paragraphs.txt', import.meta.url);

export interface SourceText {
  url: string;
  paragraphs: string[];
}

export function loadSources(): { sources: SourceText[]; origin: string } {
  if (existsSync(AEB)) {
    const truth = JSON.parse(readFileSync(AEB, 'utf8')) as Record<
      string,
      { articleBody: string; url: string }
    >;
    const sources = Object.values(truth).map((t) => ({
      url: t.url,
      paragraphs: t.articleBody
        .split(/\n+/)
        .map((p) => p.trim())
        .filter((p) => p.length > 40),
    }));
    return {
      sources: sources.filter((s) => s.paragraphs.length > 0),
      origin: 'aeb-dev ground truth (88 real articles)',
    };
  }
  const paragraphs = readFileSync(SEED, 'utf8').split('\n').filter(Boolean);
  return {
    sources: [{ url: 'https://news.example/seed', paragraphs }],
    origin: 'seed-news only (../shared/data missing)',
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'vin',
  'tas',
  'dor',
  'pel',
  'qui',
  'sen',
  'ruk',
  'bal',
  'zo',
  'fen',
  'gar',
  'hes',
];

function name(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 3);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

export function makeArticle(i: number, sources: SourceText[]): Article {
  const rand = random(i + 1);
  const source = sources[i % sources.length]!;
  const paragraphs = [...source.paragraphs].sort(() => rand() - 0.5);
  const names = Array.from({ length: 8 }, () => name(rand));
  // A few of the article's own names woven into its paragraphs.
  const body = paragraphs.map((p, k) => (k < names.length ? `${names[k]} said: ${p}` : p));
  const text = body.join('\n');
  const wordCount = text.split(/\s+/).length;
  const host = `site${i % 400}.example`;
  const url = `https://www.${host}/${2020 + (i % 6)}/${(i % 12) + 1}/${names[0]!.toLowerCase()}-${i}`;
  const title = `${names[0]} and ${names[1]}: ${source.paragraphs[0]!.split(/\s+/).slice(0, 8).join(' ')}`;
  return {
    url,
    title,
    byline: `${names[2]} ${names[3]}`,
    siteName: `Site ${i % 400}`,
    publishedTime: new Date(Date.UTC(2020 + (i % 6), i % 12, (i % 28) + 1)).toISOString(),
    modifiedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: text.slice(0, 200),
    canonicalUrl: null,
    section: null,
    leadImage: null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    contentHtml: body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n'),
    text,
    sourceContext: {
      domain: host,
      links: [],
      removed: [],
      removedCounts: {},
      hasByline: true,
      hasDate: true,
      canonicalDiffers: false,
      labels: [],
    },
  };
}

/** Queries a person would type: a word of a body, two words, the start of a word, a name. */
export function makeQueries(count: number, sources: SourceText[]): string[] {
  const rand = random(424242);
  const words = sources
    .flatMap((s) => s.paragraphs.join(' ').split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length > 4);
  const pick = () => words[Math.floor(rand() * words.length)]!.toLowerCase();
  return Array.from({ length: count }, (_, i) => {
    switch (i % 4) {
      case 0:
        return pick();
      case 1:
        return `${pick()} ${pick()}`;
      case 2:
        return pick().slice(0, 4);
      default:
        return name(random(Math.floor(rand() * 10_000) + 1)).toLowerCase();
    }
  });
}
