// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { sampleArticle } from './support/sample-article';
import { click, mount, settle, text } from './support/render';

vi.mock('../../../src/platform/browser', () => import('./support/fake-platform'));

const { ArticleView } = await import('../../../src/ui/article-view');

function view(
  overrides = {},
  restored: ReadonlySet<number> = new Set(),
  showOriginal?: (r: string, t: string) => Promise<boolean>,
) {
  const article = sampleArticle(overrides);
  return mount(
    <ArticleView
      state={{ article, favIconUrl: null, restored }}
      actions={{ toggleRestored: vi.fn(), showOriginal }}
    />,
  );
}

describe('the article view', () => {
  it('renders one <article> with a header of title, site and reading time', async () => {
    const root = await view();
    expect(root.querySelectorAll('article')).toHaveLength(1);
    expect(text(root.querySelector('article header h1'))).toBe('Marines Deployed to Southern Border');
    expect(text(root.querySelector('.article-site'))).toBe('T The Southern Ledger · 5 min read');
  });

  it('applies the article’s language and direction', async () => {
    const root = await view({ lang: 'ar', dir: 'rtl' });
    const article = root.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.getAttribute('dir')).toBe('rtl');
  });

  it('sanitizes the page’s HTML again and opens links in a new tab without a referrer', async () => {
    const root = await view({
      contentHtml:
        '<p>Safe <a href="https://x.example/">link</a> <a href="#note">note</a></p><img src="https://x.example/i.png" onerror="alert(1)"><script>alert(2)</script><iframe src="https://x.example"></iframe><p style="color:red">styled</p>',
    });
    const body = root.querySelector('.article-body')!;
    expect(body.querySelector('script, iframe, [onerror], [style]')).toBeNull();
    const [external, anchor] = [...body.querySelectorAll('a')];
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(anchor?.hasAttribute('target')).toBe(false);
    expect(body.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('puts a removed block back exactly where it stood', async () => {
    const root = await view({}, new Set([0]));
    const blocks = [...root.querySelectorAll('.article-body [data-folio-ref="0"] > *')].map((el) =>
      el.classList.contains('folio-restored') ? `restored:${text(el)}` : el.tagName,
    );
    expect(blocks).toEqual(['P', 'restored:Advertisement', 'P', 'SPAN']);
  });

  it('jumps to the original paragraph from the button beside it', async () => {
    const showOriginal = vi.fn(async () => true);
    const root = await view({}, new Set(), showOriginal);
    const second = root.querySelector('.article-body [data-folio-ref="2"]')!;
    // jsdom lays nothing out, so the button follows the pointer only.
    second.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await settle();
    const button = root.querySelector('.jump-button')!;
    expect(button.getAttribute('aria-label')).toBe(
      'Show in the original page: “Second paragraph, a reaction and more.”',
    );
    await click(button);
    expect(showOriginal).toHaveBeenCalledWith('2', 'Second paragraph, a reaction and more.');
    expect(text(root.querySelector('article [role=status]'))).toBe('Shown on the original page.');
  });

  it('says so when the paragraph is no longer on the page', async () => {
    const root = await view({}, new Set(), async () => false);
    root.querySelector('[data-folio-ref="1"]')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await settle();
    await click(root.querySelector('.jump-button'));
    expect(text(root.querySelector('article [role=status]'))).toBe(
      'Folio could not find this paragraph on the page any more.',
    );
  });

  it('has no jump button for a saved copy (no original page to show)', async () => {
    const root = await view();
    expect(root.querySelector('.jump-button')).toBeNull();
  });
});
