/**
 * Applies typography settings to a page: data attributes for the theme and
 * font (the stylesheets do the rest) and custom properties for the numbers,
 * set through CSSOM because the extension CSP forbids inline styles.
 */
import { migrateSettings, type ReaderSettings } from './settings-schema';
import { loadDyslexicFont } from './font-loader';

// A copy in this origin's localStorage lets the next page paint in the right
// theme before storage.sync answers (no flash of the light theme in the dark).
const CACHE_KEY = 'folio:settings';

export function applySettings(settings: ReaderSettings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--folio-size', `${settings.size}px`);
  root.style.setProperty('--folio-width', `${settings.width}ch`);
  root.style.setProperty('--folio-leading', String(settings.lineHeight));
  if (settings.font === 'dyslexic') loadDyslexicFont();
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be blocked for a framed extension page; the cache is only a hint.
  }
}

/** Applies the last settings this origin saw, synchronously, before anything renders. */
export function applyCachedSettings(): void {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    if (cached) applySettings(migrateSettings(JSON.parse(cached)));
  } catch {
    // No cache: the defaults in the stylesheet apply until the settings load.
  }
}
