/** Dates as ISO 8601, whatever form the page gives them in. */

const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Normalises a date string to ISO 8601. An ISO-like value keeps its own
 * precision and offset (a page's local "2018-04-05T06:00" stays local);
 * anything else that parses becomes a UTC instant. Null when it does not parse.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!time) return day ?? null;
    const offset = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    return `${day}T${time}${offset}`;
  }
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const ms = Number(value) * (value.length === 10 ? 1000 : 1);
    return new Date(ms).toISOString();
  }
  // Date.parse reads "1" as 2001: ask for a four-digit year before trusting it.
  if (!/\d{4}/.test(value)) return null;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const year = new Date(parsed).getUTCFullYear();
  // Date.parse accepts odd strings ("1") as far-away years: keep plausible ones.
  return year >= 1990 && year <= 2100 ? new Date(parsed).toISOString() : null;
}
