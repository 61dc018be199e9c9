/**
 * Plain Readability on its own, bundled apart from browser-harness.ts: each
 * engine runs its own copy of Readability's code, as Folio's content script
 * and a plain Readability reader do. With one shared copy, the JIT's notes
 * on Readability's methods mixed both engines' calls (Folio's instance
 * replaces some of them), and each engine's use slowed the other's.
 */
import { Readability } from '@mozilla/readability';

Object.assign(globalThis, { folioPlainReadability: Readability });
