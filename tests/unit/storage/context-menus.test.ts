import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
/** What each read asked for. */
const reads = vi.hoisted(() => [] as Array<{ tabId: number; large?: boolean }>);
vi.mock('../../../src/background/handlers/read-tab', () => ({
  // The page the menu was used on: an article on tab 7, nothing readable elsewhere.
  readTab: async (read: { tabId: number; large?: boolean }) => {
    reads.push(read);
    const { tabId } = read;
    return tabId === 7
      ? {
          kind: 'article',
          tabId,
          url: 'https://n.example/page',
          article: sampleArticle('https://n.example/page'),
        }
      : {
          kind: 'not-article',
          tabId,
          url: 'https://n.example/x',
          reason: 'This page does not look like an article.',
        };
  },
}));
import './setup';
import { registerContextMenus } from '../../../src/background/context-menus';
import { readAllEntries } from '../../../src/storage/list-entries';
import { findEntryByUrl, openSaved } from '../../../src/storage/list-updates';
import { browser } from './fake-platform';
import { sampleArticle } from './sample-article';

const click = async (info: Record<string, unknown>, tab?: { id?: number }) => {
  browser.contextMenus.onClicked.fire(info, tab);
  // The listener saves asynchronously; let it finish.
  await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('context menus', () => {
  registerContextMenus();

  it('creates "Save page" and "Save link" on install', async () => {
    browser.runtime.onInstalled.fire();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.contextMenus.menus).toEqual([
      { id: 'folio-save-page', title: 'listMenuSavePage', contexts: ['page'] },
      { id: 'folio-save-link', title: 'listMenuSaveLink', contexts: ['link'] },
    ]);
  });

  it('"Save page" reads the page and keeps the full copy, and says so on the badge', async () => {
    await click({ menuItemId: 'folio-save-page' }, { id: 7 });
    const entry = await findEntryByUrl('https://n.example/page');
    expect(entry).toMatchObject({ pending: false });
    expect((await openSaved(entry!.id))?.article?.text).toContain('marines');
    expect(browser.action.badges).toContainEqual({ tabId: 7, text: '✓' });
    // Saving names this page: it is read even when very large.
    expect(reads.at(-1)).toEqual({ tabId: 7, large: true });
  });

  it('"Save page" on a page that is not an article saves nothing and says why', async () => {
    await click({ menuItemId: 'folio-save-page' }, { id: 8 });
    expect(await readAllEntries()).toEqual([]);
    expect(browser.action.badges).toContainEqual({ tabId: 8, text: '!' });
    expect(browser.action.badges).toContainEqual({
      tabId: 8,
      title: 'badgeNotSaved(This page does not look like an article.)',
    });
  });

  it('"Save link" keeps the link as pending; a non-web link is ignored', async () => {
    await click({
      menuItemId: 'folio-save-link',
      linkUrl: 'https://n.example/later',
      linkText: 'Read later',
    });
    await click({ menuItemId: 'folio-save-link', linkUrl: 'javascript:alert(1)', linkText: 'x' });
    const entries = await readAllEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ url: 'https://n.example/later', title: 'Read later', pending: true });
  });
});
