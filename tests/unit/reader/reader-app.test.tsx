// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOutcome } from '../../../src/messages/outcome';
import type { ListEntry } from '../../../src/storage/types';
import type { ReaderActions, ReaderSource } from '../../../src/reader/connector';
import { sampleArticle } from '../ui/support/sample-article';
import { click, mount, settle, text } from '../ui/support/render';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));

const { App } = await import('../../../src/reader/app');
const { sourceFrom } = await import('../../../src/reader/connector');
const { DEFAULT_SETTINGS } = await import('../../../src/storage/settings');

const article = sampleArticle();
const entry: ListEntry = {
  id: 'saved-1',
  url: article.url,
  title: article.title,
  siteName: null,
  byline: null,
  publishedTime: null,
  excerpt: null,
  wordCount: 10,
  readingMinutes: 1,
  savedAt: 1,
  lastOpenedAt: null,
  archived: false,
  pending: false,
  progress: { block: 1, quote: 'Second paragraph', offset: 0, percent: 0.5, at: 1 },
};

function connector(source: ReaderSource, outcome: PageOutcome, saved: ListEntry | null = null) {
  const actions: ReaderActions = {
    source,
    load: vi.fn(async () => ({ outcome, entry: source.kind === 'saved' ? saved : null })),
    close: vi.fn(),
    showOriginal: source.kind === 'tab' ? vi.fn(async () => true) : undefined,
    savedEntry: vi.fn(async () => saved),
    saveArticle: vi.fn(async () => entry),
    setProgress: vi.fn(async () => undefined),
    loadSettings: async () => DEFAULT_SETTINGS,
    saveSettings: vi.fn(async () => undefined),
    watchSettings: () => () => undefined,
  };
  return actions;
}

const articleOutcome: PageOutcome = { kind: 'article', tabId: 5, url: article.url, article };

/** jsdom lays nothing out; progress is measured only on a laid-out page, so pretend one. */
const layout = { height: 400 };
beforeEach(() => {
  layout.height = 400;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () =>
      ({
        top: 0,
        bottom: layout.height,
        left: 0,
        right: 600,
        width: 600,
        height: layout.height,
        x: 0,
        y: 0,
      }) as DOMRect,
  );
});
afterEach(() => vi.restoreAllMocks());

describe('the reader page', () => {
  it('reads its source from the address', () => {
    expect(sourceFrom('?tab=12')).toEqual({ kind: 'tab', tabId: 12 });
    expect(sourceFrom('?saved=abc')).toEqual({ kind: 'saved', id: 'abc' });
    expect(sourceFrom('?tab=-1')).toBeNull();
  });

  it('in reader mode: the article, the panel, a close button and Escape to leave', async () => {
    const actions = connector({ kind: 'tab', tabId: 5 }, articleOutcome);
    const root = await mount(<App actions={actions} />);
    expect(text(root.querySelector('article h1'))).toBe(article.title);
    expect(root.querySelector('aside.source-panel')).not.toBeNull();
    expect(document.title).toBe(`${article.title} — Folio`);
    await click(root.querySelector('.close-reader'));
    expect(actions.close).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.close).toHaveBeenCalledTimes(2);
  });

  it('a saved copy: no close-reader button, no jump to an original, progress reported on page hide', async () => {
    const actions = connector({ kind: 'saved', id: 'saved-1' }, articleOutcome, entry);
    const root = await mount(<App actions={actions} />);
    expect(root.querySelector('.close-reader')).toBeNull();
    expect(root.querySelector('.jump-button')).toBeNull();
    expect(text(root.querySelector('.save-button'))).toBe('✓ Saved');
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(actions.setProgress).toHaveBeenCalledWith(
      'saved-1',
      expect.objectContaining({ block: expect.any(Number) }),
    );
  });

  it('reports a scroll made before the reader listened (the article shows a frame before its effects run)', async () => {
    // Scrolled at once, as a person (or a test) may be, before the listener exists.
    Object.defineProperty(window, 'scrollY', { value: 300, configurable: true });
    try {
      const actions = connector({ kind: 'saved', id: 'saved-1' }, articleOutcome, {
        ...entry,
        progress: null,
      });
      await mount(<App actions={actions} />);
      await vi.waitFor(() => expect(actions.setProgress).toHaveBeenCalledTimes(1), { timeout: 3000 });
    } finally {
      delete (window as { scrollY?: number }).scrollY;
    }
  });

  it('reports nothing from a reader that has lost its layout (a frame being removed)', async () => {
    const actions = connector({ kind: 'saved', id: 'saved-1' }, articleOutcome, entry);
    await mount(<App actions={actions} />);
    layout.height = 0;
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(actions.setProgress).not.toHaveBeenCalled();
  });

  it('records where the person stopped when Escape closes the reader', async () => {
    const actions = connector({ kind: 'tab', tabId: 5 }, articleOutcome, entry);
    await mount(<App actions={actions} />);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.setProgress).toHaveBeenCalledWith('saved-1', expect.any(Object));
    expect(actions.close).toHaveBeenCalled();
  });

  it('looks up the entry of a page in reader mode, to resume and report it', async () => {
    const actions = connector({ kind: 'tab', tabId: 5 }, articleOutcome, entry);
    const root = await mount(<App actions={actions} />);
    expect(actions.savedEntry).toHaveBeenCalledWith(article.url);
    expect(text(root.querySelector('.save-button'))).toBe('✓ Saved');
    await click(root.querySelector('.close-reader'));
    expect(actions.setProgress).toHaveBeenCalledWith('saved-1', expect.any(Object));
  });

  it('offers "show anyway" in reader mode on a page that is not an article', async () => {
    const actions = connector(
      { kind: 'tab', tabId: 5 },
      { kind: 'not-article', tabId: 5, url: article.url, reason: 'This page does not look like an article.' },
    );
    const root = await mount(<App actions={actions} />);
    expect(text(root.querySelector('[role=alert]'))).toBe('This page does not look like an article.');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Show anyway'));
    expect(actions.load).toHaveBeenLastCalledWith(true);
  });

  it('says so when a saved article has no offline copy yet', async () => {
    const actions = connector({ kind: 'saved', id: 'x' }, { kind: 'error', message: 'saved-pending' });
    const root = await mount(<App actions={actions} />);
    expect(text(root.querySelector('[role=alert]'))).toMatch(/no offline copy of this article yet/);
  });
});
