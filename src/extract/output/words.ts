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

/**
 * Classes by UTF-16 code unit, filled in as characters are met. ASCII and
 * the commonest typographic marks are filled in here, without the Unicode
 * expressions above: compiling those is most of this module's time in a
 * freshly injected content script, and an English article may never need them.
 */
const classes = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  const ch = String.fromCharCode(code);
  classes[code] = /[A-Za-z0-9]/.test(ch) ? START : /['_-]/.test(ch) ? PART : OTHER;
}
classes[0x2019] = PART; // ’ (listed in WORD_PART)
for (const code of [0xa0, 0x2013, 0x2014, 0x2018, 0x201c, 0x201d, 0x2026]) classes[code] = OTHER;

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
