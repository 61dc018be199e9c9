/**
 * An in-memory stand-in for the parts of the extension API the storage code
 * uses: `storage.local`, `storage.sync` (with Chrome's quotas) and
 * `storage.session`, values cloned on the way in and out as the browser does.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface AreaLimits {
  quotaBytes?: number;
  quotaBytesPerItem?: number;
  maxItems?: number;
}

const listeners = new Set<Listener>();

export class FakeArea {
  data = new Map<string, unknown>();
  writes = 0;
  /** Makes the next writes fail as a full disk does. */
  full = false;
  constructor(
    readonly name: string,
    readonly limits: AreaLimits = {},
  ) {}

  async get(keys: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    if (keys === null || keys === undefined) {
      for (const [k, v] of this.data) out[k] = structuredClone(v);
      return out;
    }
    const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    for (const k of list) {
      if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
      else if (!Array.isArray(keys) && typeof keys === 'object') out[k] = keys[k];
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.full) throw new Error('QUOTA_BYTES quota exceeded');
    // Quotas are checked on a copy (sync); other areas write in place, as cheaply as the browser.
    const limited = Object.keys(this.limits).length > 0;
    const next = limited ? new Map(this.data) : this.data;
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) changes[k] = { oldValue: this.data.get(k), newValue: v };
    for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
    if (limited) this.check(next, items);
    this.data = next;
    this.writes++;
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      if (this.data.has(k)) changes[k] = { oldValue: this.data.get(k) };
      this.data.delete(k);
    }
    this.writes++;
    if (Object.keys(changes).length) this.emit(changes);
  }

  async clear(): Promise<void> {
    this.data.clear();
  }

  async getBytesInUse(keys?: null | string | string[]): Promise<number> {
    const list = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return list.reduce((n, k) => n + (this.data.has(k) ? itemBytes(k, this.data.get(k)) : 0), 0);
  }

  private check(next: Map<string, unknown>, items: Record<string, unknown>): void {
    const { quotaBytes, quotaBytesPerItem, maxItems } = this.limits;
    for (const [k, v] of Object.entries(items))
      if (quotaBytesPerItem && itemBytes(k, v) > quotaBytesPerItem)
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (maxItems && next.size > maxItems) throw new Error('MAX_ITEMS quota exceeded');
    let total = 0;
    for (const [k, v] of next) total += itemBytes(k, v);
    if (quotaBytes && total > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
  }

  private emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void {
    for (const listener of listeners) listener(changes, this.name);
  }
}

/** Chrome counts an item as its key plus its JSON. */
export function itemBytes(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

/** An extension event: listeners are kept so a test can fire it. */
export class FakeEvent<L extends (...args: never[]) => unknown> {
  listeners: L[] = [];
  addListener = (l: L): void => void this.listeners.push(l);
  removeListener = (l: L): void => void (this.listeners = this.listeners.filter((x) => x !== l));
  fire(...args: Parameters<L>): void {
    for (const l of this.listeners) l(...args);
  }
}

export function createFakeBrowser() {
  const menus: Array<{ id: string; title: string; contexts: string[] }> = [];
  const badges: Array<{ tabId: number; text?: string; title?: string }> = [];
  return {
    runtime: {
      id: 'folio-test',
      getURL: (p: string) => `chrome-extension://folio-test/${p}`,
      onInstalled: new FakeEvent<() => void>(),
      onStartup: new FakeEvent<() => void>(),
    },
    contextMenus: {
      menus,
      create: (item: { id: string; title: string; contexts: string[] }) => void menus.push(item),
      removeAll: async () => void menus.splice(0),
      onClicked: new FakeEvent<(info: Record<string, unknown>, tab?: { id?: number }) => void>(),
    },
    action: {
      badges,
      setBadgeText: async (d: { tabId: number; text: string }) => void badges.push(d),
      setTitle: async (d: { tabId: number; title: string }) => void badges.push(d),
    },
    i18n: { getMessage: (key: string) => key },
    storage: {
      local: new FakeArea('local'),
      sync: new FakeArea('sync', { quotaBytes: 102_400, quotaBytesPerItem: 8_192, maxItems: 512 }),
      session: new FakeArea('session'),
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
