// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeArticleHtml } from '../../../src/ui/compose-article';
import type { RemovedBlock } from '../../../src/extract/types';

const removed: RemovedBlock[] = [
  { kind: 'ad', text: 'Ad', html: '<div>Ad</div>', position: 0 },
  { kind: 'promo', text: 'Read also', html: '<p>Read also</p>', position: 1 },
];
const html = '<p>One</p><span data-folio-removed="0"></span><p>Two</p><span data-folio-removed="1"></span>';

describe('composeArticleHtml', () => {
  it('leaves the article as it is when nothing is put back', () => {
    expect(composeArticleHtml(html, removed, new Set())).toBe(html);
  });

  it('replaces the marker of each block put back, and only those', () => {
    expect(composeArticleHtml(html, removed, new Set([1]))).toBe(
      '<p>One</p><span data-folio-removed="0"></span><p>Two</p><div class="folio-restored" data-folio-restored="1"><p>Read also</p></div>',
    );
  });

  it('puts a part of a sentence back inline, so the paragraph stays whole', () => {
    const card: RemovedBlock[] = [{ kind: 'promo', text: 'Card', html: '<span>Card</span>', position: 0 }];
    const out = composeArticleHtml(
      '<p>Rep. <span><a>Ann Lee</a><span data-folio-removed="0"></span></span> said.</p>',
      card,
      new Set([0]),
    );
    expect(out).toBe(
      '<p>Rep. <span><a>Ann Lee</a><span class="folio-restored" data-folio-restored="0"><span>Card</span></span></span> said.</p>',
    );
    // Parsed again (as the view does), it is still one paragraph.
    expect(new DOMParser().parseFromString(out, 'text/html').querySelectorAll('p')).toHaveLength(1);
  });

  it('reads running text as Article.text does: inline in a paragraph or heading, a block in a <center>', () => {
    const card: RemovedBlock[] = [{ kind: 'promo', text: 'Card', html: '<b>Card</b>', position: 0 }];
    const wrapperOf = (article: string) =>
      composeArticleHtml(article, card, new Set([0])).match(/<(span|div) class="folio-restored"/)?.[1];
    expect(wrapperOf('<h3>Ann Lee<span data-folio-removed="0"></span> said</h3>')).toBe('span');
    expect(wrapperOf('<p>Ann Lee<span data-folio-removed="0"></span> said</p>')).toBe('span');
    expect(wrapperOf('<center><p>One</p><span data-folio-removed="0"></span></center>')).toBe('div');
    expect(wrapperOf('<section><p>One</p><span data-folio-removed="0"></span></section>')).toBe('div');
  });

  it('adds a block without a marker at the end rather than losing it', () => {
    expect(composeArticleHtml('<p>One</p>', removed, new Set([0]))).toBe(
      '<p>One</p><div class="folio-restored" data-folio-restored="0"><div>Ad</div></div>',
    );
  });

  it('never runs what it parses', () => {
    const hostile: RemovedBlock[] = [
      { kind: 'ad', text: '', html: '<img src=x onerror="globalThis.__pwned=1">', position: 0 },
    ];
    composeArticleHtml('<span data-folio-removed="0"></span>', hostile, new Set([0]));
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
