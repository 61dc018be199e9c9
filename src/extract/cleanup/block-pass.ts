/**
 * Second cleanup pass: leaf blocks judged by their own text — ad labels,
 * calls to action, promo lead-ins, debris, repeated bylines, dates and
 * paragraphs, and the title repeated in the body.
 */
import type { RemovedKind } from '../types';
import {
  HEADING_TAGS,
  MEDIA_SELECTOR,
  isInMediaBox,
  leafBlocks,
  linkRatio,
  normText,
  simplify,
} from './dom-utils';
import { isDebris, textKind } from './text-patterns';
import { isBylineLine, isCreditLine, isDateLine, isReadingTimeLine } from './meta-lines';
import { Removals } from './removals';
import { EMBED_ATTR } from '../prepare/social-embeds';
import { CAPTION_ATTR } from './captions';

/** Blocks longer than this are prose, whatever words they contain. */
const MAX_PATTERN_CHARS = 250;
/** Shorter repeated lines are often legitimate (list labels, refrains). */
const MIN_REPEAT_CHARS = 30;

export interface BlockContext {
  title: string;
  byline: string | null;
}

/** Removes clutter leaf blocks under `root`. */
export function blockPass(root: Element, removals: Removals, ctx: BlockContext): void {
  // Texts of the kept blocks, compared (simplified) only when a quote box may repeat one.
  const kept: string[] = [];
  const repeats: Element[] = [];
  const title = simplify(ctx.title);
  // Code is left as it is. Most articles hold none: then no block need look up its ancestors for it
  // (the pass removes blocks, it never adds code).
  const holdsCode = root.querySelector('pre, code') !== null;
  for (const block of leafBlocks(root)) {
    if (!block.parentNode || Removals.isMarker(block) || (holdsCode && block.closest('pre, code'))) continue;
    const text = removals.text(block);
    if (!text) continue;
    const kind = judge(block, text, title, ctx.byline, root);
    if (kind) {
      removals.remove(block, kind);
      continue;
    }
    // Repeated text in a quote box (pull quotes, sticky teasers): the body already has it.
    if (text.length >= MIN_REPEAT_CHARS && isQuoteBox(block, root)) repeats.push(block);
    else kept.push(text);
  }
  if (repeats.length === 0) return;
  const body = new KeptTexts(kept);
  for (const block of repeats) {
    const key = simplify(normText(block));
    if (key.length >= MIN_REPEAT_CHARS && body.holds(key)) removals.remove(block, 'duplicate');
  }
}

/**
 * The kept blocks' texts, asked whether one of them, simplified, holds a
 * quote box's simplified text. Simplifying is the costly step (a Unicode
 * expression over every character), so a text is simplified only when, in
 * lower case, it holds the key's longest word: simplify keeps every letter
 * and digit of the lower-case text in order and only turns the runs between
 * them into single spaces, so a text without that word cannot hold the key.
 * The same answer as simplifying every kept text (a unit test compares both).
 */
export class KeptTexts {
  private readonly lower: (string | undefined)[] = [];
  private readonly simple: (string | undefined)[] = [];
  constructor(private readonly texts: readonly string[]) {}

  holds(key: string): boolean {
    const word = key.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    for (let i = 0; i < this.texts.length; i++) {
      const lower = (this.lower[i] ??= this.texts[i]!.toLowerCase());
      if (!lower.includes(word)) continue;
      // Keys are MIN_REPEAT_CHARS or longer, so a text that holds one is as long as the joined texts had to be.
      if ((this.simple[i] ??= simplify(this.texts[i]!)).includes(key)) return true;
    }
    return false;
  }
}

/** A block set apart from the prose: a blockquote, an aside, or a box named for quotes. */
function isQuoteBox(block: Element, root: Element): boolean {
  for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
    if (el.tagName === 'BLOCKQUOTE' || el.tagName === 'ASIDE') return !el.hasAttribute(EMBED_ATTR);
    if (
      /pull-?quote|pullout|quote-?(box|block|card)|highlight-?quote|sticky/i.test(
        el.getAttribute('class') ?? '',
      )
    )
      return true;
  }
  return false;
}

function judge(
  block: Element,
  text: string,
  title: string,
  byline: string | null,
  root: Element,
): RemovedKind | null {
  if (isDebris(text)) return 'debris';
  if (isCreditLine(text)) return 'byline';
  if (text.length > MAX_PATTERN_CHARS) return null;
  if (title && mayStartTitle(text, title)) {
    const simple = simplify(text);
    if (
      simple === title ||
      (HEADING_TAGS.has(block.tagName) && title.startsWith(simple) && simple.length > 20)
    )
      return 'other';
  }
  // A date in a table cell is data (a release date, a results table), not a dateline.
  if (isBylineLine(text, byline) || isReadingTimeLine(text) || (isDateLine(text) && !block.closest('td, th')))
    return 'byline';
  const kind = textKind(text);
  if (kind === 'caption') {
    if (!isInMediaBox(block, root) && !block.querySelector(MEDIA_SELECTOR)) return 'caption';
    // A credit line with its picture (or holding it) stays with it, out of the running text.
    block.setAttribute(CAPTION_ATTR, '');
    return null;
  }
  if (kind) return kind;
  // A headline-style link to another story: upper case, all link, short.
  if (text.length <= 160 && isShouting(text) && linkRatio(block, text) > 0.9) return 'promo';
  return null;
}

/**
 * False when `text` cannot simplify to the start of `title` (simplified):
 * its first letter or digit is another one. Decided here only for text whose
 * first letter or digit comes before any other non-ASCII character than
 * common punctuation (true otherwise, for simplify to answer): most blocks,
 * for which simplify, the costliest check of the judge, is spared.
 */
export function mayStartTitle(text: string, title: string): boolean {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // Quotation marks, dashes and other punctuation paragraphs open with: never letters or digits.
    if ((c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0xa1 || c === 0xab || c === 0xbb || c === 0xbf)
      continue;
    if (c >= 128) return true;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return title.charCodeAt(0) === c;
  }
  return true;
}

/** Upper-case text ("SEAN SPICER ELIMINATED FROM…"), as promo headlines are set. */
export function isShouting(text: string): boolean {
  // Most text settles it from its lower-case ASCII letters alone: letters are
  // at most all of it, so more than 15% of it in those is under 85% capitals.
  const most = 0.15 * text.length;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && ++lower > most) return false;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.85;
}
