// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOutcome } from '../../../src/messages/outcome';
import type { ListEntry } from '../../../src/storage/types';
import { sampleArticle } from '../ui/support/sample-article';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { click, mount, settle, text } from '../ui/support/render';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));

const { App } = await import('../../../src/popup/app');
const { createMockConnector } = await import('../../../src/popup/mock-connector');
const { SLOW_READ_MS } = await import('../../../src/ui/status-view');

const article = sampleArticle();
const articleOutcome: PageOutcome = {
  kind: 'article',
  tabId: 7,
  url: article.url,
  article,
  favIconUrl: null,
};

function entry(overrides: Partial<ListEntry> = {}): ListEntry {
  return {
    id: 'e1',
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    excerpt: null,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    savedAt: 1,
    lastOpenedAt: null,
    archived: false,
    pending: false,
    progress: null,
    ...overrides,
  };
}

beforeEach(() => {
  document.documentElement.removeAttribute('data-theme');
});

/** Renders without waiting on timers (mount's settle waits on setTimeout, faked in one test). */
function mountSync(tree: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(tree, root);
  return root;
}

describe('popup', () => {
  it('shows a skeleton while the page is read, then the article and its panel', async () => {
    let release: (o: PageOutcome) => void = () => undefined;
    const connector = createMockConnector();
    connector.readActiveTab = () => new Promise((resolve) => (release = resolve));
    const root = await mount(<App actions={connector} />);
    expect(root.querySelector('.skeleton [role=status]')?.textContent).toBe('Reading the page…');
    expect(root.querySelector('article')).toBeNull();
    release(articleOutcome);
    await settle();
    expect(root.querySelectorAll('article')).toHaveLength(1);
    expect(text(root.querySelector('article h1'))).toBe(article.title);
    expect(text(root.querySelector('.article-site'))).toContain('5 min read');
    expect(root.querySelector('aside')?.getAttribute('aria-labelledby')).toBe('source-heading');
    expect(root.querySelector('main')).not.toBeNull();
  });

  it('says why after a few seconds without an answer (a page stopped by its own dialog, or busy)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const connector = createMockConnector();
      connector.readActiveTab = () => new Promise(() => undefined);
      let root = document.body;
      await act(async () => void (root = mountSync(<App actions={connector} />)));
      const status = () => text(root.querySelector('.skeleton [role=status]'));
      await act(async () => void vi.advanceTimersByTime(SLOW_READ_MS - 100));
      expect(status()).toBe('Reading the page…');
      await act(async () => void vi.advanceTimersByTime(200));
      expect(status()).toMatch(/^Reading the page… The page has not answered yet: .*close a dialog/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers "show anyway" on a page that is not an article, and reads it forced', async () => {
    const connector = createMockConnector({
      outcome: (force) =>
        force
          ? articleOutcome
          : {
              kind: 'not-article',
              tabId: 7,
              url: article.url,
              reason: 'This page does not look like an article.',
            },
    });
    const root = await mount(<App actions={connector} />);
    expect(text(root.querySelector('[role=alert]'))).toBe('This page does not look like an article.');
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show anyway');
    await click(button);
    expect(connector.calls.filter((c) => c.name === 'readActiveTab').map((c) => c.args[0])).toEqual([
      false,
      true,
    ]);
    expect(text(root.querySelector('article h1'))).toBe(article.title);
  });

  it.each(['too-large', 'too-deep', 'no-body', 'failed'] as const)(
    'offers no "show anyway" where forcing cannot help (%s)',
    async (code) => {
      const outcome: PageOutcome = { kind: 'not-article', tabId: 7, url: article.url, reason: 'x', code };
      const root = await mount(<App actions={createMockConnector({ outcome })} />);
      expect(root.querySelector('[role=alert]')).not.toBeNull();
      expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Show anyway');
    },
  );

  it.each(['not-readerable', 'no-content', 'very-large'] as const)(
    'offers "show anyway" where forcing may help (%s)',
    async (code) => {
      const outcome: PageOutcome = { kind: 'not-article', tabId: 7, url: article.url, reason: 'x', code };
      const root = await mount(<App actions={createMockConnector({ outcome })} />);
      expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Show anyway');
    },
  );

  it.each([
    [
      { kind: 'restricted', url: 'chrome://version', place: 'browser-page' } as PageOutcome,
      /browsers do not let extensions run on the browser’s own pages/,
    ],
    [{ kind: 'error', message: 'no-tab' } as PageOutcome, /There is no page to read in this window/],
    [
      { kind: 'error', message: 'Frame was removed' } as PageOutcome,
      /Folio could not read this page: Frame was removed/,
    ],
  ])('says in one sentence why it shows no article (%#)', async (outcome, sentence) => {
    const root = await mount(<App actions={createMockConnector({ outcome })} />);
    expect(text(root.querySelector('[role=alert]'))).toMatch(sentence);
    expect(root.querySelector('article')).toBeNull();
    expect(root.querySelector('.reader-toggle')).toBeNull();
  });

  it('toggles reader mode and shows its state', async () => {
    const connector = createMockConnector({ outcome: articleOutcome, readerOn: false });
    const root = await mount(<App actions={connector} />);
    // Reader mode is loaded hidden while the popup is open (once it is idle), and dropped when it closes.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(connector.calls.find((c) => c.name === 'prepareReader')?.args).toEqual([7]);
    window.dispatchEvent(new Event('pagehide'));
    expect(connector.calls.find((c) => c.name === 'releaseReader')?.args).toEqual([7]);
    const toggle = root.querySelector('.reader-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(text(toggle)).toBe('Reader mode on');
    expect(connector.calls.find((c) => c.name === 'toggleReader')?.args).toEqual([7, undefined]);
  });

  it('keeps working when the reading list fails, and says why saving failed', async () => {
    const connector = createMockConnector({
      outcome: articleOutcome,
      entry: new Error('The reading list is not built yet.'),
    });
    const root = await mount(<App actions={connector} />);
    const save = root.querySelector('.save-button')!;
    expect(text(save)).toBe('Save for later');
    await click(save);
    expect(text(root.querySelector('.notice'))).toBe(
      'Could not save this article: The reading list is not built yet.',
    );
    expect(root.querySelector('article')).not.toBeNull();
  });

  it('saves for later and shows it saved', async () => {
    const connector = createMockConnector({ outcome: articleOutcome, saved: entry() });
    const root = await mount(<App actions={connector} />);
    await click(root.querySelector('.save-button'));
    expect(text(root.querySelector('.save-button'))).toBe('✓ Saved');
    expect(connector.calls.find((c) => c.name === 'saveArticle')?.args).toEqual([article.url]);
  });

  it('offers to continue reading a saved article where the person stopped', async () => {
    const progress = { block: 3, quote: 'Second', offset: 0.2, percent: 0.42, at: 1 };
    const connector = createMockConnector({ outcome: articleOutcome, entry: entry({ progress }) });
    const root = await mount(<App actions={connector} />);
    expect(text(root.querySelector('.save-button'))).toBe('✓ Saved');
    const resume = root.querySelector('.continue-button');
    expect(text(resume)).toBe('Continue reading (42%)');
    await click(resume);
    expect(connector.calls.find((c) => c.name === 'toggleReader')?.args).toEqual([7, true]);
    expect(connector.calls.at(-1)?.name).toBe('close');
  });

  it('completes the offline copy of a link saved from the context menu (pending) on its first visit', async () => {
    const connector = createMockConnector({
      outcome: articleOutcome,
      entry: entry({ pending: true }),
      saved: entry({ pending: false }),
    });
    const root = await mount(<App actions={connector} />);
    expect(connector.calls.find((c) => c.name === 'saveArticle')?.args).toEqual([article.url]);
    expect(text(root.querySelector('.save-button'))).toBe('✓ Saved');
  });

  it('opens the reading list in a tab', async () => {
    const connector = createMockConnector({ outcome: articleOutcome });
    const root = await mount(<App actions={connector} />);
    await click(root.querySelector('.list-link'));
    expect(connector.calls.map((c) => c.name)).toContain('openReadingList');
  });

  it('applies and saves typography settings', async () => {
    const connector = createMockConnector({ outcome: articleOutcome });
    const root = await mount(<App actions={connector} />);
    await click(root.querySelector('.typography-button'));
    const sepia = root.querySelector<HTMLInputElement>('input[name=theme][value=sepia]')!;
    await click(sepia);
    expect(document.documentElement.dataset.theme).toBe('sepia');
    const saved = connector.calls.find((c) => c.name === 'saveSettings')?.args[0] as { theme: string };
    expect(saved.theme).toBe('sepia');
  });
});
