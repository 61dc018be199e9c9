import createDOMPurify from 'dompurify';

/**
 * Sanitizes article HTML so it is safe to render in an extension page.
 * `win` is the window the HTML will be parsed in: the content script's window
 * in the browser, a jsdom/linkedom window in Node.
 */
export function sanitizeHtml(html: string, win: Window): string {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  return purify.sanitize(html, {
    // Forms, frames and embeds have no place in a reading view; styles could
    // pull remote URLs or hide text.
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'iframe',
      'frame',
      'object',
      'embed',
      'link',
      'meta',
      'base',
    ],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'ping'],
    ALLOW_DATA_ATTR: true,
  });
}
