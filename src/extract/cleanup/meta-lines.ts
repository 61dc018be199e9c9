/**
 * Bylines and datelines repeated in the body: the source panel already shows
 * author and date, so a line made only of them is clutter.
 */

const MONTHS =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?';
const DATE_PART = new RegExp(
  `\\b(\\d{1,2}(st|nd|rd|th)?\\s+(${MONTHS})\\.?,?\\s+\\d{4}|(${MONTHS})\\.?\\s+\\d{1,2}(st|nd|rd|th)?(,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\b`,
  'i',
);
const TIME_PART = /\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s*[A-Z]{2,4})?\b|\b\d{1,2}\s*(am|pm)\b/i;
// Global forms for removing every date, time and month name from a line.
const DATE_PARTS = new RegExp(DATE_PART.source, 'gi');
const TIME_PARTS = new RegExp(TIME_PART.source, 'gi');
const MONTH_NAMES = new RegExp(`\\b(${MONTHS})\\b`, 'gi');
const DATE_WORDS =
  /\b(published|updated|posted|modified|last updated|first published|date|on|at|by|and|am|pm|a\.m\.|p\.m\.|utc|gmt|[a-z]{2,4}t|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|ago|hours?|minutes?|days?|read|min|mins|reading|time)\b/gi;

/** Words of a reference to a source, not of a dateline. */
const CITATION = /\b(retrieved|accessed|archived)\b/i;

/** A line that is only a date and time, possibly with "Published"/"Updated" labels. */
export function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  // A reference ("\"Roadmap\". Retrieved 10 May 2016.") dates the source it cites.
  if (CITATION.test(text)) return false;
  const hasDate = DATE_PART.test(text) || /\b\d+\s+(hours?|minutes?|days?)\s+ago\b/i.test(text);
  if (!hasDate) return false;
  const rest = text
    .replace(DATE_PARTS, ' ')
    .replace(TIME_PARTS, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(MONTH_NAMES, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  // What is left may be a short source label ("CBS News", "Reuters").
  return rest.split(' ').filter(Boolean).length <= 3;
}

/** "By Jane Doe", "Jane Doe, Staff Writer", or the page's byline itself. */
export function isBylineLine(text: string, byline: string | null): boolean {
  if (text.length > 160) return false;
  const line = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = line.split(' ').length;
  if (
    /^([Bb]y|BY|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez|[Аа]втор)\s*:?\s+\p{Lu}/u.test(text) &&
    words <= 10 &&
    !/[.!?]\s+\p{Lu}|[.!?]$/u.test(text)
  ) {
    return true;
  }
  if (!byline) return false;
  const who = byline
    .toLowerCase()
    .replace(/^by\s+/, '')
    .trim();
  if (who.length < 4) return false;
  if (line === who || line === `by ${who}`) return true;
  // The byline with a date or a role after it.
  return (
    line.startsWith(who) &&
    line.length - who.length < 60 &&
    (isDateLine(text.slice(who.length)) || /^[,|–—-]/.test(line.slice(who.length).trim()))
  );
}

/** End-of-story credits: "(Reporting by …; editing by …)", "X contributed reporting." */
export function isCreditLine(text: string): boolean {
  return (
    text.length <= 400 &&
    /^[([]?\s*((additional )?reporting|writing|editing|compiled|produced|translated|translation) by\b|\bcontributed (reporting|to this (report|story|article))\b|^[([]?(source|sources|with (files|reporting) from)\s*:\s*\S/i.test(
      text,
    )
  );
}
