/**
 * Hover cards inside sentences: a name in the text is a link, and beside it
 * the page keeps a card hidden by its style sheet (a portrait and links to
 * the person's latest stories) that shows when the pointer rests on the
 * name. The extraction sees no style sheet, so the card's text would run
 * into the sentence: "Rep. Ilhan OmarIlhan OmarHillicon Valley: …".
 */
import { BLOCK_TAGS, linkRatio, normText } from './dom-utils';
import type { Removals } from './removals';

/** How far above its picture a card's innermost element may start. */
const MAX_CARD_DEPTH = 4;

/** Fewest links a card holds (the name again, and stories). */
const MIN_CARD_LINKS = 3;

/**
 * Removes inline elements inside running text that hold a picture (not a
 * linked icon) and three links or more, with 80 characters of text or more,
 * nearly all of it linked: what a sentence never contains. The innermost
 * such element goes: a wrapper around it also holds the linked name, which
 * belongs to the sentence. A block that is only the card is left to the
 * other passes.
 */
export function removeInlineCards(root: Element, removals: Removals): void {
  // Each element is judged once, however many pictures it holds.
  const judged = new Map<Element, boolean>();
  const isCardOnce = (el: Element): boolean => {
    let card = judged.get(el);
    if (card === undefined) judged.set(el, (card = isCard(el)));
    return card;
  };
  for (const img of Array.from(root.querySelectorAll('img'))) {
    // A linked icon ("<a><img> PDF</a>") is part of what it links, not a portrait.
    if (img.closest('a')) continue;
    let card: Element | null = null;
    let el = img.parentElement;
    for (let depth = 0; el && el !== root && !BLOCK_TAGS.has(el.tagName) && depth < MAX_CARD_DEPTH; depth++) {
      if (isCardOnce(el)) {
        card = el;
        break;
      }
      el = el.parentElement;
    }
    if (!card || !card.parentNode) continue;
    const block = card.parentElement?.closest('p, li, dd, td, blockquote');
    // Only inside a sentence: the block has text of its own besides the card.
    if (block && normText(block).length > normText(card).length + 20) removals.remove(card, 'promo');
  }
}

/** Least text of a card: the titles of stories, not a row of short links ("Twitter Facebook Email"). */
const MIN_CARD_CHARS = 80;

function isCard(el: Element): boolean {
  if (el.querySelectorAll('a[href]').length < MIN_CARD_LINKS) return false;
  const text = normText(el);
  return text.length >= MIN_CARD_CHARS && linkRatio(el, text) >= 0.9;
}
