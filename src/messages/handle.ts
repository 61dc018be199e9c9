import type { Runtime } from '../platform/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/** A handler per message of the given prefix; missing one is a compile error. */
export type Handlers<Prefix extends string> = {
  [N in Extract<MessageName, `${Prefix}/${string}`>]: (
    payload: RequestOf<N>,
    sender: Runtime.MessageSender,
  ) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).folio === 1 &&
    typeof (message as Envelope).type === 'string'
  );
}

/**
 * Builds a `runtime.onMessage` listener that routes envelopes to `handlers`.
 * Messages that are not ours, or not for this context, are left for other
 * listeners (return undefined). `allow` decides whether the sender may send
 * this message at all.
 */
export function makeListener<Prefix extends string>(
  handlers: Handlers<Prefix>,
  allow: (type: string, sender: Runtime.MessageSender) => boolean,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>> | undefined {
  const table = handlers as Record<string, (payload: unknown, sender: Runtime.MessageSender) => unknown>;
  return (message, sender) => {
    if (!isEnvelope(message) || !Object.hasOwn(table, message.type)) return undefined;
    if (!allow(message.type, sender)) {
      return Promise.resolve({ ok: false, error: `Refused ${message.type} from this sender.` });
    }
    const handler = table[message.type]!;
    return (async (): Promise<Reply<unknown>> => {
      try {
        return { ok: true, value: await handler(message.payload, sender) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}
