import { render } from 'preact';
import { App } from './app';
import type { PopupActions } from './connector';

/** Renders the popup over the static skeleton of index.html. */
export function mount(actions: PopupActions): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  render(<App actions={actions} />, root);
}
