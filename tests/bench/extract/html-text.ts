/**
 * Neutral HTML-to-text for comparing outputs in the bench: one line per
 * block, nothing skipped but scripts and styles, the same for every engine.
 */
import { parseHTML } from 'linkedom';

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION CENTER DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/** Plain text of an HTML fragment, blocks on their own lines. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        const block = BLOCKS.has(tag);
        if (block) parts.push('\n');
        visit(child);
        if (block) parts.push('\n');
      }
    }
  };
  visit(document.body);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
