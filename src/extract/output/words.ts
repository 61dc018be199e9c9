/** Word counts that also work for scripts written without spaces. */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/**
 * Words in `text`. Chinese and Japanese characters count as half a word each,
 * the usual reading-speed equivalence for those scripts.
 */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return rest + Math.round(cjk / 2);
}
