/**
 * The one message protocol of Folio: a single map from message name to its
 * request and response types. The prefix names the receiver: `bg/…` is handled
 * by the background worker, `content/…` by the injected content script.
 * Handlers are typed from this map, so the compiler checks that every message
 * has a handler and that each returns the right shape.
 */
import type { Article, ExtractResult } from '../extract/types';
import type { ListEntry, ReadingProgress, SavedArticle } from '../storage/types';
import type { PageOutcome } from './outcome';

export interface Protocol {
  // --- Reading a page ------------------------------------------------------
  /**
   * Popup → worker: read a tab, injecting the content script. `force`: show
   * even a non-article. Without `tabId`: the active tab of the last focused
   * window, the one whose toolbar button opened the popup.
   */
  'bg/read-tab': { request: { tabId?: number; force?: boolean }; response: PageOutcome };
  /** Worker → content script: is a Folio content script of this version here? */
  'content/ping': { request: Record<string, never>; response: { version: string } };
  /** Worker → content script: extract the page (on a clone of the document). */
  'content/extract': {
    request: { force?: boolean; large?: boolean };
    response: ExtractResult | { kind: 'pdf' };
  };

  // --- Reader mode on the page ----------------------------------------------
  /** Popup/command → worker: turn reader mode on the tab on or off (toggle when `on` is absent). */
  'bg/toggle-reader': { request: { tabId: number; on?: boolean }; response: { on: boolean } };
  /** Popup → worker: is reader mode on in this tab? */
  'bg/reader-state': { request: { tabId: number }; response: { on: boolean } };
  /** Reader frame → worker: the article to show in the reader of its tab (from the session cache). */
  'bg/reader-article': { request: { tabId: number }; response: PageOutcome };
  /** Reader → worker → content script: scroll the original page to a block and highlight it. */
  'bg/show-original': { request: { tabId: number; ref: string; text: string }; response: { found: boolean } };
  /**
   * Worker → content script: cover the page with the reader frame. `framePath`
   * is a path inside the extension: the content script resolves it itself,
   * because only there does `runtime.getURL` give the per-session dynamic
   * address that `use_dynamic_url` requires (Chrome).
   */
  'content/show-reader': { request: { framePath: string }; response: { on: boolean } };
  /**
   * Popup → worker → content script: load the reader frame hidden while the
   * popup is open, so turning reader mode on only reveals it; `release`
   * drops it again when the popup closes without using it.
   */
  'bg/prepare-reader': { request: { tabId: number }; response: { prepared: boolean } };
  'bg/release-reader': { request: { tabId: number }; response: { released: boolean } };
  'content/prepare-reader': { request: { framePath: string }; response: { prepared: boolean } };
  'content/release-reader': { request: Record<string, never>; response: { released: boolean } };
  /** Worker → content script: is the reader frame covering the page right now? */
  'content/reader-state': { request: Record<string, never>; response: { on: boolean } };
  /** Worker → content script: remove the reader frame and restore the page as it was. */
  'content/hide-reader': { request: Record<string, never>; response: { on: boolean } };
  /** Worker → content script: jump to the original block behind `ref` and highlight it. */
  'content/show-original': { request: { ref: string; text: string }; response: { found: boolean } };

  // --- Reading list -----------------------------------------------------------
  /** Popup → worker: save an article for later (a full offline copy). */
  'bg/save-article': { request: { article: Article }; response: ListEntry };
  /** Popup → worker: the list entry saved for this address, if any. */
  'bg/saved-entry': { request: { url: string }; response: ListEntry | null };
  /** Reader → worker: a saved article with its body, for offline reading. */
  'bg/saved-article': { request: { id: string }; response: SavedArticle | null };
  /** Reader → worker: where the person stopped reading. */
  'bg/set-progress': { request: { id: string; progress: ReadingProgress }; response: ListEntry | null };
}

export type MessageName = keyof Protocol;
export type BackgroundMessage = Extract<MessageName, `bg/${string}`>;
export type ContentMessage = Extract<MessageName, `content/${string}`>;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** What travels over `runtime.sendMessage` / `tabs.sendMessage`. */
export interface Envelope<N extends MessageName = MessageName> {
  folio: 1;
  type: N;
  payload: RequestOf<N>;
}

/** Replies are wrapped so an error thrown in a handler reaches the caller as a message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Background messages a content script may send. Everything else is refused
 * unless it comes from one of Folio's own extension pages: the content script
 * lives inside a page we do not trust.
 */
export const CONTENT_SCRIPT_MAY_SEND: ReadonlySet<BackgroundMessage> = new Set<BackgroundMessage>([]);
