/**
 * Parsing HTML files in Node for the CLI, the tests and the benchmark, with
 * the checks a browser never needs: empty files, binary data, huge files.
 */
import { JSDOM } from 'jsdom';
import { DOMParser as LinkedomParser } from 'linkedom';
import { MAX_DEPTH } from '../extract/guards';

export type ParserName = 'jsdom' | 'linkedom';

/** Largest markup parsed, after scripts and styles are stripped (the largest real test page is ~1.5 MB). */
export const MAX_MARKUP_BYTES = 8 * 1024 * 1024;

/**
 * Elements that never hold others open: void elements, and those whose end
 * tag may be omitted (the parser closes them), so unclosed ones do not count.
 */
const NON_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup caption'.split(
    ' ',
  ),
);

/**
 * Nesting depth of the markup, read from its tags without building a DOM
 * (jsdom takes tens of seconds on a page nested 10,000 deep). Ends at the
 * first level beyond MAX_DEPTH.
 */
export function estimateDepth(html: string): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const name = /<(\/?)([a-zA-Z][\w-]*)/y;
  let max = 0;
  // Scan tag by tag: after a tag's '>', the next tag can only start later, so the scan is linear.
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    name.lastIndex = lt;
    const m = name.exec(html);
    if (!m) continue;
    const gt = html.indexOf('>', name.lastIndex);
    if (gt < 0) break;
    const tag = (m[2] ?? '').toLowerCase();
    const selfClosing = html.charCodeAt(gt - 1) === 47; // "/>"
    lt = gt;
    if (NON_NESTING.has(tag) || selfClosing) continue;
    if (!m[1]) {
      stack.push(tag);
      open.set(tag, (open.get(tag) ?? 0) + 1);
      max = Math.max(max, stack.length);
      if (max > MAX_DEPTH) return max;
    } else if (open.get(tag)) {
      // Close everything up to the matching open tag, as the parser does.
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, (open.get(top) ?? 1) - 1);
        if (top === tag) break;
      }
    }
  }
  return max;
}

/** A file that cannot be read as an HTML page; the message is for people. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Decodes file bytes as UTF-8 HTML, refusing empty and binary input.
 * Binary means NUL bytes or many control characters in the first 64 KB.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('The file is empty.');
  const head = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) throw new InputError('The file holds binary data (NUL bytes), not HTML.');
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > head.length * 0.02) throw new InputError('The file holds binary data, not HTML.');
  const html = new TextDecoder('utf-8').decode(bytes);
  if (!html.trim()) throw new InputError('The file holds only white space.');
  return html;
}

/**
 * Strips what neither Readability nor Folio reads (scripts other than
 * JSON-LD, styles, comments) and enforces the size limit. jsdom 29 also
 * throws on some `<style>` blocks, another reason to drop them first.
 * Linear time even on hostile input: an unclosed `<script>` or comment
 * swallows the rest of the page, as it does in a browser.
 */
export function slimHtml(html: string): string {
  if (html.length > MAX_MARKUP_BYTES * 4) throw tooLarge(html.length);
  const lower = html.toLowerCase();
  // Only the tag name is matched here; the end of the tag is found with indexOf, so
  // every character is scanned a bounded number of times.
  const opener = /<(script|style)\b|<!--/g;
  let out = '';
  let from = 0;
  for (let match = opener.exec(lower); match; match = opener.exec(lower)) {
    const tag = match[1];
    let bodyStart = match.index + 4;
    if (tag) {
      const tagEnd = lower.indexOf('>', match.index);
      if (tagEnd < 0) {
        // An unterminated tag runs to the end of the file: nothing after it is content.
        out += html.slice(from, match.index);
        from = html.length;
        break;
      }
      if (tag === 'script' && /application\/ld\+json/.test(lower.slice(match.index, tagEnd))) {
        opener.lastIndex = tagEnd + 1;
        continue;
      }
      bodyStart = tagEnd + 1;
    }
    out += html.slice(from, match.index);
    const close = lower.indexOf(tag ? `</${tag}` : '-->', bodyStart);
    const end = close < 0 ? -1 : tag ? lower.indexOf('>', close) : close + 2;
    from = end < 0 ? html.length : end + 1;
    if (from >= html.length) break;
    opener.lastIndex = from;
  }
  out += html.slice(from);
  if (out.length > MAX_MARKUP_BYTES) throw tooLarge(out.length);
  const depth = estimateDepth(out);
  if (depth > MAX_DEPTH)
    throw new InputError(`The page is nested more than ${MAX_DEPTH} levels deep; it cannot be read safely.`);
  return out;
}

function tooLarge(chars: number): InputError {
  const mb = (chars / 1024 / 1024).toFixed(1);
  return new InputError(
    `The page is too large: ${mb} MB of markup (limit ${MAX_MARKUP_BYTES / 1024 / 1024} MB).`,
  );
}

/**
 * Parses an HTML page. jsdom follows the HTML standard exactly; linkedom is
 * 5–7× faster but needs explicit `<html>` and `<body>` tags, so pages without
 * them always go to jsdom.
 */
export function parseHtml(html: string, url: string, parser: ParserName = 'jsdom'): Document {
  const slim = slimHtml(html);
  if (parser === 'linkedom' && /<html[\s>]/i.test(slim) && /<body[\s>]/i.test(slim)) {
    return new LinkedomParser().parseFromString(slim, 'text/html') as unknown as Document;
  }
  return new JSDOM(slim, { url: /^https?:/i.test(url) ? url : undefined }).window.document;
}
