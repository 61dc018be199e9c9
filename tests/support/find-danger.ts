/**
 * Lists everything dangerous left in a rendered DOM: script-capable elements,
 * event-handler attributes, frames and plugins, forms, and URL attributes
 * holding javascript:, vbscript: or non-image data: URLs, or remote CSS.
 * With `callbackUrls`, any URL the view would load from the hostile corpus's
 * callback server counts too (the browser tests, where a hit means a payload
 * ran; a link to it loads nothing until followed); the fuzz
 * turns it off, since there a remote image is just an image.
 * Self-contained (no imports, no closures) so the browser tests can send it
 * to a page with `page.evaluate(findDanger, selector)`.
 */
export function findDanger(rootSelector: string | null, callbackUrls = true): string[] {
  const root: ParentNode = rootSelector ? (document.querySelector(rootSelector) ?? document) : document;
  const found: string[] = [];
  const badTags = [
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'meta',
    'form',
    'link',
    'portal',
    'foreignobject',
    'set',
    'animate',
    'handler',
  ];
  const urlAttrs = [
    'href',
    'src',
    'action',
    'formaction',
    'data',
    'poster',
    'cite',
    'background',
    'xlink:href',
    'srcdoc',
    'ping',
    'codebase',
    'dynsrc',
    'lowsrc',
    'to',
    'from',
    'values',
  ];
  const all = root.querySelectorAll('*');
  for (const el of Array.from(all)) {
    const tag = el.localName.toLowerCase();
    // Extension pages may have their own <script>/<link>/<meta> in <head>; only look inside content.
    if (badTags.includes(tag) && !el.closest('head')) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Browsers ignore control characters and spaces inside a URL scheme ("jav\tascript:").
      // eslint-disable-next-line no-control-regex
      const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'srcdoc') found.push(`${tag}[srcdoc]`);
      if (urlAttrs.includes(name) || name.endsWith(':href')) {
        if (value.startsWith('javascript:') || value.startsWith('vbscript:'))
          found.push(`${tag}[${name}=${value.slice(0, 20)}]`);
        if (value.startsWith('data:') && !/^data:image\/(png|gif|jpe?g|webp|avif)[;,]/.test(value))
          found.push(`${tag}[${name}=data:]`);
      }
      if (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(attr.value))
        found.push(`${tag}[style=url()]`);
      // A link's address loads nothing until the person follows it (an article may link anywhere),
      // and Folio's own data-folio-* marks are text: only addresses the view would load count.
      const inert = (name === 'href' && (tag === 'a' || tag === 'area')) || name.startsWith('data-folio-');
      if (callbackUrls && !inert && (value.includes('/load/') || value.includes('/exec/')))
        found.push(`${tag}[${name} → callback]`);
    }
    if (tag === 'style' && !el.closest('head')) found.push('<style>');
  }
  return found;
}
