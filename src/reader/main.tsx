import { render } from 'preact';
import { App } from './app';
import type { ReaderActions } from './connector';

/** Renders the reader over the static skeleton of index.html. */
export function mount(actions: ReaderActions): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  render(<App actions={actions} />, root);
}
