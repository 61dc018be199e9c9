import type { Handlers } from '../../messages/handle';

// Placeholder until the reading list lands (issue 5): every message says so.
const notYet = (): never => {
  throw new Error('The reading list is not built yet.');
};

/** Reading-list messages handled by the worker. */
export const listHandlers: Pick<
  Handlers<'bg'>,
  'bg/save-article' | 'bg/saved-entry' | 'bg/saved-article' | 'bg/set-progress'
> = {
  'bg/save-article': notYet,
  'bg/saved-entry': notYet,
  'bg/saved-article': notYet,
  'bg/set-progress': notYet,
};
