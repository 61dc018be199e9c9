import { browser } from '../platform/browser';
import type {
  BackgroundMessage,
  ContentMessage,
  Envelope,
  MessageName,
  Reply,
  RequestOf,
  ResponseOf,
} from './protocol';

function envelope<N extends MessageName>(type: N, payload: RequestOf<N>): Envelope<N> {
  return { folio: 1, type, payload };
}

function unwrap<T>(reply: unknown, type: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`No answer to ${type}`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Sends a message to the background worker and returns its typed response. */
export async function sendToBackground<N extends BackgroundMessage>(
  type: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  return unwrap(await browser.runtime.sendMessage(envelope(type, payload)), type);
}

/** Sends a message to the content script in a tab (top frame only). */
export async function sendToTab<N extends ContentMessage>(
  tabId: number,
  type: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  return unwrap(await browser.tabs.sendMessage(tabId, envelope(type, payload), { frameId: 0 }), type);
}
