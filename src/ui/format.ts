/** Formatting of dates, counts and addresses for the interface, in the browser's language. */
import type { CitedLink } from '../extract/types';
import { t } from '../platform/browser';

const locale = (): string | undefined => (typeof navigator === 'undefined' ? undefined : navigator.language);

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(
    locale(),
    dateOnly ? { dateStyle: 'long' } : { dateStyle: 'long', timeStyle: 'short' },
  ).format(date);
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

export function readingTime(minutes: number): string {
  return t('readingMinutes', String(Math.max(1, Math.round(minutes))));
}

/** "example.com/path/to/page" — enough of an address to recognise it. */
export function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}

export interface DomainGroup {
  domain: string;
  links: CitedLink[];
}

/** Cited links grouped by domain, the most cited domain first, then by first appearance. */
export function groupByDomain(links: readonly CitedLink[]): DomainGroup[] {
  const groups = new Map<string, CitedLink[]>();
  for (const link of links) {
    const list = groups.get(link.domain) ?? [];
    list.push(link);
    groups.set(link.domain, list);
  }
  return [...groups.entries()]
    .map(([domain, list]) => ({ domain, links: list }))
    .sort((a, b) => b.links.length - a.links.length);
}

/** The first words of a block, for labels that must say which paragraph they act on. */
export function snippet(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
