/** Shared helpers for the extraction tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeWindow } from '../../../src/cli/node-window';
import { parseHtml } from '../../../src/cli/parse-html';
import type { ParserName } from '../../../src/cli/parse-html';
import { extractArticle } from '../../../src/extract';
import type { Article, ExtractOptions, ExtractResult } from '../../../src/extract';

export const PARSERS: readonly ParserName[] = ['jsdom', 'linkedom'];

/** A fixture file's text, by path relative to tests/fixtures. */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** Parses and extracts `html` in Node, with the shared sanitizer window. */
export function extractHtml(
  html: string,
  url = 'https://news.example/2025/01/story',
  parser: ParserName = 'jsdom',
  options: ExtractOptions = {},
): ExtractResult {
  return extractArticle(parseHtml(html, url, parser), url, { window: nodeWindow(), ...options });
}

/** Like `extractHtml`, failing the test when the page gives no article. */
export function articleOf(html: string, parser: ParserName = 'jsdom', options: ExtractOptions = {}): Article {
  const result = extractHtml(html, undefined, parser, options);
  if (result.kind !== 'article') throw new Error(`expected an article, got: ${result.reason}`);
  return result.article;
}

const LOREM =
  'The council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about the cost of repairs to the old library building on the main square.';

/** Paragraphs of plausible prose, enough for Readability to accept a page. */
export function prose(count: number, prefix = 'P'): string {
  return Array.from({ length: count }, (_, i) => `<p>${prefix}${i + 1}. ${LOREM}</p>`).join('\n');
}

/** A minimal article page around `body` (placed inside <article>). */
export function page(body: string, head = '<title>A story about the council</title>'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>A story about the council</h1>
${body}
</article></main>
<footer><p>Footer text</p></footer></body></html>`;
}
