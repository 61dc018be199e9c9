/**
 * Plain text of the cleaned article: one block a line, so words from
 * neighbouring blocks are never glued together. `<pre>` keeps its line
 * breaks; captions and removal markers add no text.
 */
import { BLOCK_TAGS } from '../cleanup/dom-utils';
import { MARKER_ATTR } from '../cleanup/removals';
import { markerInRunningText } from './marker-place';
import { CAPTION_ATTR } from '../cleanup/captions';

/**
 * Runs of HTML whitespace (and no-break spaces) that collapsing changes: two
 * or more, or one that is not a plain space; one space for each gives what
 * the plain `[…]+` replace gives, without rewriting every space between words.
 */
const HTML_SPACE_RUNS = /[ \t\f\v\r\n\u00a0]{2,}|[\t\f\v\r\n\u00a0]/g;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA']);

export interface ArticleText {
  lines: string[];
  /** For each removal marker (by its index), the number of text lines before it. */
  markerLines: Map<number, number>;
}

/**
 * Extracts the article's text lines and where each removal marker falls
 * among them. Captions are left out unless `captions` is set.
 */
export function articleText(root: Element, { captions = false } = {}): ArticleText {
  const lines: string[] = [];
  const markerLines = new Map<number, number>();
  let current = '';
  const flush = (): void => {
    // Blocks flush before and after: most flushes find nothing gathered.
    if (!current) return;
    const line = current.replace(HTML_SPACE_RUNS, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: Node, inPre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || (!captions && (tag === 'FIGCAPTION' || el.hasAttribute(CAPTION_ATTR))))
        continue;
      if (el.hasAttribute(MARKER_ATTR)) {
        // A removed block ends the line; a part removed from inside running text
        // (a hover card beside a linked name) leaves the sentence on its line.
        if (markerInRunningText(el)) current += ' ';
        else flush();
        markerLines.set(Number(el.getAttribute(MARKER_ATTR)), lines.length);
        continue;
      }
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (tag === 'PRE' || inPre) {
        if (tag === 'PRE') flush();
        visitPre(el);
        if (tag === 'PRE') flush();
        continue;
      }
      if (tag === 'TD' || tag === 'TH') {
        // Cells of a row share a line, separated so their words stay apart.
        current += '\t';
        visit(el, false);
        current += '\t';
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      visit(el, false);
      if (block) flush();
    }
  };
  /** Inside <pre>: every line break in the source is a line of its own. */
  const visitPre = (pre: Element): void => {
    const text = pre.textContent ?? '';
    const parts = text.split(/\r?\n/);
    parts.forEach((part, i) => {
      current += part;
      if (i < parts.length - 1) {
        const line = current.replace(/\s+$/, '');
        if (line.trim()) lines.push(line);
        current = '';
      }
    });
  };
  visit(root, false);
  flush();
  return { lines, markerLines };
}
