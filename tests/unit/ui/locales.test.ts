/**
 * `_locales`: every string the interface asks for exists, every message is
 * asked for somewhere, and placeholders match. A missing key would show the
 * key itself to people (t() falls back to it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownLabels } from '../../../src/extract/metadata/labels';
import type { RemovedKind } from '../../../src/extract/types';
import { LINE_HEIGHTS, WIDTHS, type FontChoice, type Theme } from '../../../src/ui/settings-schema';

const ROOT = join(import.meta.dirname, '..', '..', '..');
type Message = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  Message
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}
const code = sources(join(ROOT, 'src'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

// Keys built at run time from a value: each family must cover every value (the types enforce the lists).
const REMOVED: Record<RemovedKind, true> = {
  ad: true,
  promo: true,
  newsletter: true,
  share: true,
  comments: true,
  debris: true,
  video: true,
  byline: true,
  tags: true,
  copyright: true,
  duplicate: true,
  caption: true,
  other: true,
};
const THEMES: Record<Theme, true> = { system: true, light: true, dark: true, sepia: true };
const FONTS: Record<FontChoice, true> = { serif: true, sans: true, dyslexic: true };
const FAMILIES: Record<string, string[]> = {
  removedKind_: Object.keys(REMOVED),
  theme_: Object.keys(THEMES),
  font_: Object.keys(FONTS),
  width_: Object.keys(WIDTHS),
  leading_: Object.keys(LINE_HEIGHTS),
  label_: knownLabels(),
};

describe('_locales/en', () => {
  it('has every key the code and the manifest ask for', () => {
    const asked = new Set([
      ...[...code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!),
      ...[...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!),
      ...Object.entries(FAMILIES).flatMap(([prefix, values]) => values.map((v) => prefix + v)),
    ]);
    expect(asked.size).toBeGreaterThan(100);
    expect([...asked].filter((key) => !messages[key])).toEqual([]);
  });

  it('has no message the code never asks for', () => {
    const unused = Object.keys(messages).filter((key) => {
      if (Object.keys(FAMILIES).some((prefix) => key.startsWith(prefix))) return false;
      // Asked for by name: t('key'), a table of keys ('key'), or the manifest.
      return !code.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });

  it('defines each placeholder a message uses, and uses each one it defines', () => {
    for (const [key, { message, placeholders = {} }] of Object.entries(messages)) {
      const used = new Set([...message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()));
      expect([...used].sort(), key).toEqual(Object.keys(placeholders).sort());
    }
  });
});
