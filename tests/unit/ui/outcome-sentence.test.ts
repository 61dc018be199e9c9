import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('./support/fake-platform'));

const { outcomeSentence } = await import('../../../src/messages/outcome-sentence');

const notArticle = (code?: 'too-large' | 'very-large' | 'not-readerable' | 'failed') => ({
  kind: 'not-article' as const,
  tabId: 1,
  url: 'http://a/',
  reason: 'The page holds 24.0 million characters of text; it is too large to read.',
  ...(code ? { code } : {}),
});

describe('the sentence for a page Folio cannot show', () => {
  it("says the engine's reason in the interface's words, from _locales, by its code", () => {
    expect(outcomeSentence(notArticle('too-large'))).toBe(
      'This page is too large for Folio to read in time.',
    );
    expect(outcomeSentence(notArticle('not-readerable'))).toBe('This page does not look like an article.');
    expect(outcomeSentence(notArticle('very-large'))).toBe(
      'This page is very large: Folio may take several seconds to read it.',
    );
  });

  it("says a failure in the interface's words with the error's own message, from _locales", () => {
    const failed = {
      ...notArticle('failed'),
      reason: 'Extraction failed on this page: x is null',
      detail: 'x is null',
    };
    expect(outcomeSentence(failed)).toBe('Folio could not take the article out of this page: x is null');
  });

  it("keeps the engine's own sentence for a failure without its detail and for an outcome without a code", () => {
    expect(outcomeSentence(notArticle('failed'))).toBe(notArticle().reason);
    expect(outcomeSentence(notArticle())).toBe(notArticle().reason);
  });

  it('names restricted places and known errors, and passes on anything else', () => {
    expect(outcomeSentence({ kind: 'restricted', url: null, place: 'pdf' })).toBe(
      'Folio cannot read this page: browsers do not let extensions run on PDF documents.',
    );
    expect(outcomeSentence({ kind: 'restricted', url: 'http://a/', place: 'refused' })).toMatch(
      /^Folio cannot read this page: .*If the page did not load, reload it and try again/,
    );
    expect(outcomeSentence({ kind: 'error', message: 'too-slow' })).not.toContain('too-slow');
    expect(outcomeSentence({ kind: 'error', message: 'Frame was removed' })).toBe(
      'Folio could not read this page: Frame was removed',
    );
  });
});
