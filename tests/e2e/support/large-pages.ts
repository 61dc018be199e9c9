/**
 * Large pages, served by the e2e tests' fixture server: pages saved whole
 * (their pictures inline, `data:` addresses of megabytes each, in `src`,
 * `srcset` or a `<picture>` source) and a page
 * of more elements than Folio reads unasked.
 */
import type { DynamicRoute } from './server';

export const FULL_PATH = '/saved/pictures.html';
export const SHORT_PATH = '/saved/short-pictures.html';
export const VERY_LARGE_PATH = '/long/report.html';
export const HEAVY_PATH = '/saved/heavy.html';

/** A distinct base64 picture of about 2 MB. */
export const picture = (k: number): string => `data:image/png;base64,${k}${'iVBORw0KGgo'.repeat(180_000)}`;

const PARAGRAPH =
  'The council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about the cost of repairs to the old library building on the main square, which has been closed since the storm damaged its roof last winter.';

/**
 * Picture `k` as pages saved whole carry it: in the image's `src`, in its
 * `srcset` alone, or in a `<picture>` source, in turn.
 */
function pictureMarkup(k: number): string {
  if (k % 3 === 1) return `<img srcset="${picture(k)} 1x" alt="Picture ${k}">`;
  if (k % 3 === 2) return `<picture><source srcset="${picture(k)}"><img alt="Picture ${k}"></picture>`;
  return `<img src="${picture(k)}" alt="Picture ${k}">`;
}

/** `paragraphs` paragraphs before each of `count` 2 MB pictures. */
function savedPage(paragraphs: number, count = 3): string {
  const part = (k: number) =>
    `${Array.from({ length: paragraphs }, (_, i) => `<p>${k}.${i} ${PARAGRAPH}</p>`).join('')}` +
    `<figure>${pictureMarkup(k)}<figcaption>Caption ${k}.</figcaption></figure>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pictures of the council</title></head>
<body><div><h1>Pictures of the council</h1>${Array.from({ length: count }, (_, k) => part(k)).join('\n')}</div></body></html>`;
}

/** A report of 2,000 paragraphs of 11 elements each: over 20,000 elements. */
function veryLargePage(): string {
  const paragraph = (i: number) =>
    `<p>Paragraph ${i} of a very long report, with <a href="/ref/${i}">a reference</a>, <em>some</em> <span>marked</span> <b>words</b> <i>and</i> <sup>${i}</sup> <small>notes</small> <abbr>abbr</abbr>, <code>code</code> and <q>a quote</q> to read.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title></head><body><article><h1>A very long report</h1>${Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`;
}

/**
 * FULL_PATH: an article of six paragraphs; SHORT_PATH: a note of one
 * paragraph, not an article until "Show anyway", and short enough that
 * Readability searches it again from a copy of the page; HEAVY_PATH: twelve
 * paragraphs and six pictures, 12 MB, more than `storage.session` holds
 * (10 MB in Chromium); VERY_LARGE_PATH: a report of more elements than
 * Folio reads unasked.
 */
export const largePageRoutes: DynamicRoute = (path) => {
  const pages: Record<string, () => string> = {
    [FULL_PATH]: () => savedPage(2),
    [SHORT_PATH]: () => savedPage(0).replace('<h1>', `<p>${PARAGRAPH}</p><h1>`),
    [VERY_LARGE_PATH]: veryLargePage,
    [HEAVY_PATH]: () => savedPage(2, 6),
  };
  const page = pages[path];
  return page ? { body: page() } : null;
};

/** The addresses of the popup article's pictures, read in the popup; null before it shows any. */
export function articlePictures(): string[] | null {
  const found = Array.from(document.querySelectorAll('article img'), (img) => img.getAttribute('src') ?? '');
  return found.length ? found : null;
}
