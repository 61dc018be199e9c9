/** Renders a Preact tree into the jsdom document and flushes effects and pending promises. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => {
    render(tree, root);
  });
  await settle();
  return root;
}

/** Lets queued promises and the effects they trigger run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}
