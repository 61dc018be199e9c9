import { render } from 'preact';
import type { PageOutcome } from '../messages/outcome';
import { App } from './app';
import { createConnector } from './connector';

/** Renders the popup over the static skeleton of index.html. */
export function mount(firstRead: Promise<PageOutcome>): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  render(<App actions={createConnector(firstRead)} />, root);
}
