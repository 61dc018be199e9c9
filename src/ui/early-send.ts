/**
 * `sendToBackground` (messages/send.ts) for a page's first script, before
 * the polyfill and the interface have loaded: Chrome's MV3 `chrome.*` and
 * Firefox's `browser.*` both return promises for this call, so no
 * library is needed, and the worker can start reading the page while the
 * rest of the page's JavaScript loads. Only the popup and the reader use it.
 */
import type { BackgroundMessage, Envelope, Reply, RequestOf, ResponseOf } from '../messages/protocol';

interface RawApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

function rawApi(): RawApi {
  const scope = globalThis as { browser?: RawApi; chrome?: RawApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Not running in an extension page');
  return api;
}

export async function earlySend<N extends BackgroundMessage>(
  type: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope: Envelope<N> = { folio: 1, type, payload };
  const reply = (await rawApi().runtime.sendMessage(envelope)) as Reply<ResponseOf<N>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
