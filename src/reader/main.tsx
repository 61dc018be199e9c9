import { render } from 'preact';
import { App } from './app';
import { createConnector } from './connector';
import type { ReaderContent, ReaderSource } from './load-content';

/** Renders the reader over the static skeleton of index.html. */
export function mount(source: ReaderSource | null, firstLoad: Promise<ReaderContent>): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  render(<App actions={createConnector(source, firstLoad)} />, root);
}
