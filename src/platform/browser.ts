/**
 * The one module that touches the extension API. Everything else imports
 * from here, so the polyfill stays swappable and mockable in unit tests.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Scripting, Storage } from 'webextension-polyfill';

/** True in Firefox (Gecko), where some APIs differ (no service worker, BiDi). */
export const isFirefox: boolean = typeof navigator !== 'undefined' && /\bFirefox\//.test(navigator.userAgent);

/**
 * Localised strings by key and substitutions. A page's messages never change
 * while it is open, and asking the browser costs a call through the extension
 * bindings: the reading list asks for nine strings a row on every redraw.
 */
const messages = new Map<string, string>();

/** Localised interface string from `_locales`, falling back to the key. */
export function t(key: string, substitutions?: string | string[]): string {
  const id = substitutions === undefined ? key : `${key}\u0000${[substitutions].flat().join('\u0000')}`;
  let message = messages.get(id);
  if (message === undefined) {
    if (messages.size > 5000) messages.clear();
    message = localise(key, substitutions);
    messages.set(id, message);
  }
  return message;
}

function localise(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/**
 * False in a content script whose extension was updated, reloaded or removed
 * after it was injected ("Extension context invalidated"): its APIs are gone,
 * though its code still runs in the page.
 */
export function isContextAlive(): boolean {
  try {
    return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
  } catch {
    return false;
  }
}
