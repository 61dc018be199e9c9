/**
 * The reader's first script. It asks the worker for the article at once and
 * only then loads the interface (Preact, DOMPurify, the components), so the
 * worker reads the page while that JavaScript loads instead of after it.
 * The styles are imported here, so they are linked in the page's <head> and
 * the static skeleton is styled from the first paint.
 */
import '../ui/styles/theme.css';
import '../ui/styles/controls.css';
import '../ui/styles/article.css';
import '../ui/styles/panel.css';
import './reader.css';
import { applyCachedSettings } from '../ui/apply-settings';
import { createConnector, sourceFrom } from './connector';

applyCachedSettings();
const actions = createConnector(sourceFrom(location.search), { early: true });
void import('./main').then(({ mount }) => mount(actions));
