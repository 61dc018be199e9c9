/**
 * "Save page to Folio" and "Save link to Folio". A menu click grants
 * activeTab for the page it was made on, so the page can be read and saved
 * at once; a link's target cannot be (Folio has no standing host access),
 * so it is saved as pending and read the first time it is opened.
 */
import { browser, t } from '../platform/browser';
import { saveLink } from '../storage/save-article';
import { saveTab } from './handlers/list-save-tab';

const SAVE_PAGE = 'folio-save-page';
const SAVE_LINK = 'folio-save-link';

type ClickListener = Parameters<typeof browser.contextMenus.onClicked.addListener>[0];

/** Menus persist across worker restarts; they are (re)created on install and update only. */
async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SAVE_PAGE, title: t('listMenuSavePage'), contexts: ['page'] });
  browser.contextMenus.create({ id: SAVE_LINK, title: t('listMenuSaveLink'), contexts: ['link'] });
}

async function onClicked(...[info, tab]: Parameters<ClickListener>): Promise<void> {
  if (info.menuItemId === SAVE_PAGE && tab?.id !== undefined) await saveTab(tab.id);
  if (info.menuItemId === SAVE_LINK && info.linkUrl && /^https?:/i.test(info.linkUrl))
    await saveLink(info.linkUrl, info.linkText ?? null);
}

/** Called synchronously at the worker's top level. */
export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onClicked(info, tab));
}
