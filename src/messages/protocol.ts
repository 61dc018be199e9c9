/**
 * The one message protocol of Folio: a single map from message name to its
 * request and response types. The prefix names the receiver: `bg/…` is handled
 * by the background worker, `content/…` by the injected content script.
 * Handlers are typed from this map, so the compiler checks that every message
 * has a handler and that each returns the right shape.
 */
import type { ExtractResult } from '../extract/types';
import type { PageOutcome } from './outcome';

export interface Protocol {
  /** Popup → worker: read the active tab, injecting the content script. */
  'bg/read-tab': { request: { tabId: number; force?: boolean }; response: PageOutcome };
  /** Worker → content script: is a Folio content script of this version here? */
  'content/ping': { request: Record<string, never>; response: { version: string } };
  /** Worker → content script: extract the page (on a clone of the document). */
  'content/extract': { request: { force?: boolean }; response: ExtractResult | { kind: 'pdf' } };
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
