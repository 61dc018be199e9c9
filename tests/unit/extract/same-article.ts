/** The check every test of Folio's faster Readability checks ends with. */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { withFastChecks } from '../../../src/extract/run-readability';

/** Readability with all of Folio's faster checks installed finds exactly the article plain Readability finds in `html`. */
export function expectSameArticle(html: string): void {
  const plain = new Readability(new JSDOM(html).window.document).parse();
  const reader = new Readability(new JSDOM(html).window.document);
  withFastChecks(reader);
  const fast = reader.parse();
  expect(fast?.content).toBe(plain?.content);
  expect(fast?.textContent).toBe(plain?.textContent);
  expect(fast?.title).toBe(plain?.title);
  expect(fast?.byline).toBe(plain?.byline);
  expect(fast?.excerpt).toBe(plain?.excerpt);
}
