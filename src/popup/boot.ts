/**
 * The popup's first script. It asks the worker for the article at once and
 * only then loads the interface (Preact, DOMPurify, the components), so the
 * worker reads the page while that JavaScript loads instead of after it.
 * It imports no library (see ui/early-send.ts), so it runs within a few
 * milliseconds. The styles are imported here, so they are linked in the
 * page's <head> and the static skeleton is styled from the first paint.
 */
import '../ui/styles/theme.css';
import '../ui/styles/controls.css';
import '../ui/styles/article.css';
import '../ui/styles/panel.css';
import './popup.css';
import { applyCachedSettings } from '../ui/apply-settings';
import { readTab } from './read-tab';

applyCachedSettings();
const firstRead = readTab(false);
// Taken by the interface; this only keeps an early failure from being reported as unhandled.
firstRead.catch(() => undefined);
void import('./main').then(({ mount }) => mount(firstRead));
