import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('./support/fake-platform'));

const { outcomeSentence } = await import('../../../src/messages/outcome-sentence');

const notArticle = (code?: 'too-large' | 'not-readerable' | 'failed') => ({
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
  });

  it("keeps the engine's own sentence for a failure (it names the error) and for an outcome without a code", () => {
    expect(outcomeSentence(notArticle('failed'))).toBe(notArticle().reason);
    expect(outcomeSentence(notArticle())).toBe(notArticle().reason);
  });

  it('names restricted places and known errors, and passes on anything else', () => {
    expect(outcomeSentence({ kind: 'restricted', url: null, place: 'pdf' })).toBe(
      'Folio cannot read this page: browsers do not let extensions run on PDF documents.',
    );
    expect(outcomeSentence({ kind: 'error', message: 'too-slow' })).not.toContain('too-slow');
    expect(outcomeSentence({ kind: 'error', message: 'Frame was removed' })).toBe(
      'Folio could not read this page: Frame was removed',
    );
  });
});
