// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { documentParsed } from '../../../src/ui/document-parsed';

const setReadyState = (state: DocumentReadyState) =>
  Object.defineProperty(document, 'readyState', { value: state, configurable: true });

afterEach(() => {
  delete (document as { readyState?: unknown }).readyState;
});

describe('documentParsed (the async boot scripts wait for the skeleton)', () => {
  it('resolves at once when the HTML is already parsed', async () => {
    setReadyState('interactive');
    await expect(documentParsed()).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded while the HTML is still being parsed', async () => {
    setReadyState('loading');
    let done = false;
    const parsed = documentParsed().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await parsed;
    expect(done).toBe(true);
  });
});
