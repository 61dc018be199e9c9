/**
 * The typography settings' schema: types, defaults, ranges and the migration
 * that turns anything stored into valid settings. Pure (no extension API), so
 * the pages' first script can apply the cached settings before anything else
 * loads; the storage itself is in src/storage/settings.ts.
 */
export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontChoice = 'serif' | 'sans' | 'dyslexic';

export interface ReaderSettings {
  theme: Theme;
  font: FontChoice;
  /** Body text size in CSS pixels. */
  size: number;
  /** Longest line, in `ch`. */
  width: number;
  /** Line height, unitless. */
  lineHeight: number;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  size: 18,
  width: 66,
  lineHeight: 1.6,
});

export const SIZE_RANGE = { min: 14, max: 28, step: 1 } as const;
export const WIDTHS = { narrow: 56, medium: 66, wide: 80 } as const;
export const LINE_HEIGHTS = { compact: 1.4, normal: 1.6, loose: 1.9 } as const;

const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
const FONTS: readonly FontChoice[] = ['serif', 'sans', 'dyslexic'];

function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** Turns whatever is stored (any version, or junk) into valid settings. */
export function migrateSettings(stored: unknown): ReaderSettings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  // Version 1 is the first schema; a later version's fields are read the same
  // way, field by field, so a newer device's choice survives when valid.
  return {
    theme: THEMES.includes(raw.theme as Theme) ? (raw.theme as Theme) : DEFAULT_SETTINGS.theme,
    font: FONTS.includes(raw.font as FontChoice) ? (raw.font as FontChoice) : DEFAULT_SETTINGS.font,
    size: inRange(raw.size, SIZE_RANGE.min, SIZE_RANGE.max) ? Math.round(raw.size) : DEFAULT_SETTINGS.size,
    width: inRange(raw.width, 40, 120) ? raw.width : DEFAULT_SETTINGS.width,
    lineHeight: inRange(raw.lineHeight, 1.2, 2.4) ? raw.lineHeight : DEFAULT_SETTINGS.lineHeight,
  };
}
