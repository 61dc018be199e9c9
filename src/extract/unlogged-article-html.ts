/**
 * Readability logs the article's HTML as soon as its search finds it
 * (`this.log("Grabbed: " + articleContent.innerHTML)` in `parse`): the string
 * is built before `log` looks at the debug flag, so every parse serializes
 * the whole article once for nothing. Without debug, the element found
 * answers that one read with an empty string: a getter of its own that
 * removes itself when read (or written), so every later read and write is
 * the element's own.
 */

type Grab = (page?: Element) => Element | null;

export function withoutLoggedArticleHtml(reader: object): void {
  const own = reader as { _grabArticle?: Grab; _debug?: unknown };
  const grab = own._grabArticle;
  if (typeof grab !== 'function' || own._debug) return;
  Object.defineProperty(reader, '_grabArticle', {
    configurable: true,
    value: (page?: Element): Element | null => {
      const found = grab.call(reader, page);
      if (found) answerOneReadEmpty(found);
      return found;
    },
  });
}

function answerOneReadEmpty(el: Element): void {
  const restore = (): void => {
    delete (el as { innerHTML?: string }).innerHTML;
  };
  Object.defineProperty(el, 'innerHTML', {
    configurable: true,
    get: () => {
      restore();
      return '';
    },
    set: (html: string) => {
      restore();
      // The caller's own write, passed on unchanged to the element's own setter.
      // eslint-disable-next-line no-unsanitized/property
      el.innerHTML = html;
    },
  });
}
