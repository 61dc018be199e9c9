import { render } from 'preact';
import '../ui/styles/theme.css';
import '../ui/styles/controls.css';
import '../ui/styles/article.css';
import '../ui/styles/panel.css';
import './popup.css';
import { applyCachedSettings } from '../ui/apply-settings';
import { App } from './app';
import { createConnector } from './connector';

applyCachedSettings();
const root = document.getElementById('root')!;
// The static skeleton in index.html painted first; the app takes over from here.
root.replaceChildren();
render(<App actions={createConnector()} />, root);
