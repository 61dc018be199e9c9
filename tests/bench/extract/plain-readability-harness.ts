/**
 * Plain Readability on its own, bundled apart from browser-harness.ts: each
 * engine runs its own copy of Readability's code, as Folio's content script
 * and a plain Readability reader do. With one shared copy, the JIT's notes
 * on Readability's methods mixed both engines' calls (Folio's instance
 * replaces some of them), and each engine's use slowed the other's.
 *
 * With it, the DOMPurify any reader must run on Readability's output before
 * showing it (its own copy too): DOMPurify's default rules, set once as
 * Folio sets its own and with no Trusted Types policy, so the figure is the
 * cheapest safe plain reader, not one slowed by the browser's type checks.
 */
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';

const purify = createDOMPurify(window);
purify.setConfig({ TRUSTED_TYPES_POLICY: null });

Object.assign(globalThis, {
  folioPlainReadability: Readability,
  folioPlainSanitize: (html: string): string => purify.sanitize(html),
});
