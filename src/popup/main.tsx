import { render } from 'preact';
import { App } from './app';
import { createConnector } from './connector';

render(<App actions={createConnector()} />, document.getElementById('root')!);
