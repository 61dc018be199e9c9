// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { sampleArticle } from './support/sample-article';
import { click, mount, text } from './support/render';

vi.mock('../../../src/platform/browser', () => import('./support/fake-platform'));

const { SourcePanel } = await import('../../../src/ui/source-panel');

function panel(overrides = {}, restored: ReadonlySet<number> = new Set(), toggleRestored = vi.fn()) {
  const article = sampleArticle(overrides);
  return mount(<SourcePanel state={{ article, favIconUrl: null, restored }} actions={{ toggleRestored }} />);
}

const fact = (root: HTMLElement, name: string): string => {
  const dt = [...root.querySelectorAll('dt')].find((el) => el.textContent === name);
  return text(dt?.nextElementSibling);
};

describe('the source-context panel', () => {
  it('is an <aside> named by its heading', async () => {
    const root = await panel();
    const aside = root.querySelector('aside')!;
    expect(aside.getAttribute('aria-labelledby')).toBe('source-heading');
    expect(text(root.querySelector('#source-heading'))).toBe('About this page');
  });

  it('says who published it, who wrote it and when', async () => {
    const root = await panel();
    expect(fact(root, 'Site')).toBe('T The Southern Ledger (news.example)');
    expect(fact(root, 'By')).toBe('Maria Alvarez');
    expect(root.querySelector('.fact-published time')?.getAttribute('datetime')).toBe(
      '2025-12-26T13:30:00.000Z',
    );
    expect(fact(root, 'Published')).toMatch(/2025/);
    expect(root.querySelector('.fact-updated time')?.getAttribute('datetime')).toBe(
      '2025-12-26T19:05:00.000Z',
    );
    expect(fact(root, 'Section')).toBe('World');
    expect(fact(root, 'Labelled')).toBe('Opinion');
    expect(fact(root, 'Length')).toBe('1,234 words · 5 min read');
  });

  it('says so when the page gives no author or date', async () => {
    const root = await panel({ byline: null, publishedTime: null, modifiedTime: null });
    expect(fact(root, 'By')).toBe('No author given');
    expect(fact(root, 'Published')).toBe('No date given');
    expect(root.querySelector('.fact-updated')).toBeNull();
  });

  it('flags a canonical address that differs from the tab’s, and only then', async () => {
    const flagged = await panel();
    expect(text(flagged.querySelector('.fact-canonical a'))).toBe('southernledger.example/world/marines');
    expect(text(flagged.querySelector('.fact-canonical .flag'))).toMatch(/Differs from this tab’s address/);
    const same = await panel({
      sourceContext: { ...sampleArticle().sourceContext, canonicalDiffers: false },
    });
    expect(same.querySelector('.fact-canonical .flag')).toBeNull();
  });

  it('groups the cited sources by domain, the most cited first', async () => {
    const root = await panel();
    const groups = [...root.querySelectorAll('.domains > li')].map((li) => ({
      domain: text(li.querySelector('.domain')),
      links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    }));
    expect(groups).toEqual([
      { domain: 'defense.gov', links: ['https://www.defense.gov/a', 'https://www.defense.gov/c'] },
      { domain: 'gob.mx', links: ['https://www.gob.mx/b'] },
    ]);
    expect(text(root.querySelector('.cited p'))).toBe('3 links to 2 sites');
    for (const a of root.querySelectorAll('.domains a'))
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('counts what Folio removed by kind, lets you read it and put it back', async () => {
    const toggle = vi.fn();
    const root = await panel({}, new Set([1]), toggle);
    const kinds = [...root.querySelectorAll('.removed-kind summary')].map(text);
    expect(kinds).toEqual(['Advertising 1', 'Newsletter sign-ups 1']);
    // The count is bound to the kind's last word, so a wrapping name never leaves it alone on a line.
    expect(root.querySelector('.removed-kind summary')!.textContent).toBe('Advertising\u00a01');
    expect(text(root.querySelector('.removed-kind[data-kind=ad] .removed-text'))).toBe(
      'Advertisement Continue reading below',
    );
    const adButton = root.querySelector('.removed-kind[data-kind=ad] button')!;
    expect(text(adButton)).toBe('Put back');
    expect(text(root.querySelector('.removed-kind[data-kind=newsletter] button'))).toBe('Remove again');
    await click(adButton);
    expect(toggle).toHaveBeenCalledWith(0);
  });

  it('offers no Put back for an empty slot, and still counts it', async () => {
    const base = sampleArticle().sourceContext;
    const block = (position: number, html: string, text = '') => ({
      kind: 'ad' as const,
      text,
      html,
      position,
    });
    const root = await panel({
      sourceContext: {
        ...base,
        removed: [
          block(0, '<div id="div-gpt-ad-1">\n  </div>'),
          block(1, '<div><img src="https://news.example/ad.png"></div>'),
          block(2, '<div><p>Advertisement</p></div>', 'Advertisement'),
        ],
        removedCounts: { ad: 3 },
      },
    });
    expect(text(root.querySelector('.removed-kind summary'))).toBe('Advertising 3');
    const items = [...root.querySelectorAll('.removed-kind li')];
    expect(items.map((li) => text(li.querySelector('.removed-text')))).toEqual([
      '(an empty slot: nothing to put back)',
      '(no text: an image or an embed)',
      'Advertisement',
    ]);
    expect(items.map((li) => li.querySelector('button') !== null)).toEqual([false, true, true]);
  });

  it('says when nothing was removed and nothing is cited', async () => {
    const root = await panel({
      sourceContext: { ...sampleArticle().sourceContext, links: [], removed: [], removedCounts: {} },
    });
    expect(text(root.querySelector('.cited'))).toContain('The article links to no other site.');
    expect(text(root.querySelector('.removed'))).toContain('Folio removed nothing from the article.');
  });
});
