/**
 * Bylines and datelines repeated in the body: the source panel already shows
 * author and date, so a line made only of them is clutter.
 */
import { collapseSpaces } from './dom-utils';

/**
 * Month names: English (with abbreviations), then German, Dutch, French,
 * Spanish, Portuguese, Italian and Indonesian full names, so a dateline in
 * those languages ("22 de outubro de 2010", "Maret 30, 2015") is one too.
 */
const MONTHS =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|' +
  'januar[iy]?|februar[iy]?|märz|maart|maret|mai|mei|juni|juli|augustus|agustus|oktober|dezember|desember|' +
  'janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';
/** "de" between day, month and year ("22 de outubro de 2010", "5 de mayo de 2019"). */
const OF = '(\\s+de)?';
const DATE_PART = new RegExp(
  `\\b(\\d{1,2}(st|nd|rd|th|\\.)?${OF}\\s+(${MONTHS})\\.?,?${OF}\\s+\\d{4}|(${MONTHS})\\.?\\s+\\d{1,2}(st|nd|rd|th)?(,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\b`,
  'i',
);
const TIME_PART = /\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s*[A-Z]{2,4})?\b|\b\d{1,2}\s*(am|pm)\b/i;
// Global forms for removing every date, time and month name from a line.
const DATE_PARTS = new RegExp(DATE_PART.source, 'gi');
const TIME_PARTS = new RegExp(TIME_PART.source, 'gi');
const MONTH_NAMES = new RegExp(`\\b(${MONTHS})\\b`, 'gi');
const DATE_WORDS =
  /\b(published|updated|posted|modified|last updated|first published|date|on|at|by|and|am|pm|a\.m\.|p\.m\.|utc|gmt|[a-z]{2,4}t|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|ago|hours?|minutes?|days?|read|min|mins|reading|time)\b/gi;
/** Weekdays and date words of the other languages of MONTHS (whole words, letters beyond ASCII included). */
const FOREIGN_DATE_WORDS =
  /(^|[^\p{L}])(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|senin|selasa|rabu|kamis|jumat|sabtu|minggu|de|às|um|le|el|il|à|pukul|diposting|publicado|publié|veröffentlicht|pubblicato|atualizado|actualizado|mis à jour|aktualisiert)(?=$|[^\p{L}])/giu;

const DIGIT = /\d/;

/** Words of a reference to a source, not of a dateline. */
const CITATION = /\b(retrieved|accessed|archived)\b/i;

/** A line that is only a date and time, possibly with "Published"/"Updated" labels. */
export function isDateLine(text: string): boolean {
  // Every date form below has a digit: most lines are turned away here, before the month names.
  if (text.length > 90 || !DIGIT.test(text)) return false;
  // A reference ("\"Roadmap\". Retrieved 10 May 2016.") dates the source it cites.
  if (CITATION.test(text)) return false;
  const hasDate = DATE_PART.test(text) || /\b\d+\s+(hours?|minutes?|days?)\s+ago\b/i.test(text);
  if (!hasDate) return false;
  const rest = text
    .replace(DATE_PARTS, ' ')
    .replace(TIME_PARTS, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(MONTH_NAMES, ' ')
    .replace(FOREIGN_DATE_WORDS, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  // What is left may be a short source label ("CBS News", "Reuters").
  return rest.split(' ').filter(Boolean).length <= 3;
}

/** "5 min read", "Reading time: 4 minutes", "Tempo de leitura: 1 minuto": the reader shows its own. */
export function isReadingTimeLine(text: string): boolean {
  return (
    text.length <= 60 &&
    /^\(?\d+\s*(min|mins|minutes?)\.?\s+(read|reading)\)?$|^(estimated )?(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|leestijd|tempo di lettura|waktu baca)\s*:?\s*(about |~|ca\.? )?\d+\s*(min|mins|minutes?|minutos?|minuten|minuti|menit)\.?$/i.test(
      text.trim(),
    )
  );
}

/** "By Jane Doe" and its equivalents: a name after the word. */
const BY_NAME = /^([Bb]y|BY|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez|[Аа]втор)\s*:?\s+\p{Lu}/u;

/** "By Jane Doe", "Jane Doe, Staff Writer", or the page's byline itself. */
export function isBylineLine(text: string, byline: string | null): boolean {
  if (text.length > 160) return false;
  const named = BY_NAME.test(text);
  if (!named && !byline) return false;
  const line = collapseSpaces(text.toLowerCase());
  if (named && line.split(' ').length <= 10 && !/[.!?]\s+\p{Lu}|[.!?]$/u.test(text)) return true;
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
