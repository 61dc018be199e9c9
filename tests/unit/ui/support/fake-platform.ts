/**
 * `src/platform/browser` for the interface's unit tests: real English strings
 * from `_locales` (so tests read what people read), in-memory storage areas
 * with change events, and spies for tabs and messages.
 */
import { vi } from 'vitest';
import messages from '../../../../public/_locales/en/messages.json' with { type: 'json' };

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function t(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Messages)[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.replace('$', '')) - 1] ?? '';
  });
}

type ChangeListener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;
const listeners = new Set<ChangeListener>();

function area(name: string) {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key: string | string[] | null) {
      const out: Record<string, unknown> = {};
      for (const k of key === null ? [...data.keys()] : [key].flat())
        if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      for (const listener of listeners) listener(changes, name);
    },
    async remove(key: string | string[]) {
      for (const k of [key].flat()) data.delete(k);
    },
  };
}

export const browser = {
  runtime: {
    id: 'folio-test',
    getURL: (path: string) => `chrome-extension://folio-test/${path.replace(/^\//, '')}`,
    getManifest: () => ({ version: '0.1.0' }),
    sendMessage: vi.fn(),
    onMessage: { addListener: vi.fn() },
    /** A port that stays open; `fakePort.disconnect()` plays the worker or Folio going away. */
    connect: vi.fn(() => fakePort.port),
  },
  storage: {
    sync: area('sync'),
    session: area('session'),
    local: area('local'),
    onChanged: {
      addListener: (l: ChangeListener) => listeners.add(l),
      removeListener: (l: ChangeListener) => listeners.delete(l),
    },
  },
  tabs: {
    get: vi.fn(),
    query: vi.fn(async () => []),
    create: vi.fn(async () => ({})),
    sendMessage: vi.fn(),
  },
  i18n: { getMessage: t },
  /** The toolbar button in each tab: its mark and tooltip, as the worker last set them. */
  action: {
    tabs: new Map<number, { text: string; title: string }>(),
    async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
      browser.action.tabs.set(tabId, { title: '', ...browser.action.tabs.get(tabId), text });
    },
    async setTitle({ tabId, title }: { tabId: number; title: string }) {
      browser.action.tabs.set(tabId, { text: '', ...browser.action.tabs.get(tabId), title });
    },
    async getBadgeText({ tabId }: { tabId: number }) {
      return browser.action.tabs.get(tabId)?.text ?? '';
    },
  },
};

export const isFirefox = false;

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** Empties the storage areas between tests. */
export function resetFakeBrowser(): void {
  for (const a of [browser.storage.sync, browser.storage.session, browser.storage.local]) a.data.clear();
  browser.action.tabs.clear();
}

/** The port content scripts open to notice an extension update (src/content/orphans.ts). */
export const fakePort = {
  listeners: new Set<() => void>(),
  port: {
    onDisconnect: { addListener: (listener: () => void) => fakePort.listeners.add(listener) },
    disconnect: () => undefined,
  },
  disconnect() {
    for (const listener of fakePort.listeners) listener();
    fakePort.listeners.clear();
  },
};

/** Whether the extension context is alive (false: Folio was updated under the content script). */
export const context = { alive: true };
export const isContextAlive = (): boolean => context.alive;
