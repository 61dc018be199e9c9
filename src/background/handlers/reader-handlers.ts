import type { Handlers } from '../../messages/handle';

// Placeholder until reader mode lands (issue 4): every message says so.
const notYet = (): never => {
  throw new Error('Reader mode is not built yet.');
};

/** Reader-mode messages handled by the worker. */
export const readerHandlers: Pick<
  Handlers<'bg'>,
  'bg/toggle-reader' | 'bg/reader-state' | 'bg/reader-article' | 'bg/show-original'
> = {
  'bg/toggle-reader': notYet,
  'bg/reader-state': notYet,
  'bg/reader-article': notYet,
  'bg/show-original': notYet,
};
