/**
 * Resolves once the page's HTML is parsed. The popup's and the reader's first
 * scripts are `async` (index.html): they run as soon as they load, without
 * waiting for the stylesheets as a deferred module would, so they can ask for
 * the article sooner; the interface then waits here for the skeleton it
 * replaces.
 */
export function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}
