/** Word counts that also work for scripts written without spaces. */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{M}'’_-]/u;

// What a character is to the word count (0: not classified yet).
/** Starts or continues a word: a letter or digit. */
const START = 1;
/** Continues a word but cannot start one: a mark, an apostrophe, `_` or `-`. */
const PART = 2;
/** Chinese or Japanese: half a word on its own. */
const HALF = 3;
/** Anything else ends a word. */
const OTHER = 4;

/** Classes by UTF-16 code unit, filled in as characters are met. */
const classes = new Uint8Array(0x10000);

function classify(ch: string): number {
  if (CJK.test(ch)) return HALF;
  if (WORD_START.test(ch)) return START;
  return WORD_PART.test(ch) ? PART : OTHER;
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Words in `text`: runs that start with a letter or digit and go on through
 * letters, digits, marks, apostrophes, `_` and `-`. Chinese and Japanese
 * characters count as half a word each, the usual reading-speed equivalence
 * for those scripts. One pass over the characters, each class looked up in a
 * table: matching a Unicode regular expression built an array of every word
 * of the article and cost several times more.
 */
export function countWords(text: string): number {
  let words = 0;
  let half = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let kind: number;
    if (isSurrogatePair(text, i)) {
      // Outside the first plane (rare letters, emoji): classified whole, not cached.
      kind = classify(text.slice(i, i + 2));
      i++;
    } else {
      const code = text.charCodeAt(i);
      kind = classes[code]!;
      if (kind === 0) kind = classes[code] = classify(text.charAt(i));
    }
    if (kind === START) {
      if (!inWord) words++;
      inWord = true;
    } else if (kind === HALF) {
      half++;
      inWord = false;
    } else if (kind === OTHER) inWord = false;
  }
  return words + Math.round(half / 2);
}
