// Entry of the playground page (bundled in memory by playground/web/client-assets.ts).
import { render } from 'preact';
import { App } from './App';
import './playground.css';

const root = document.getElementById('app');
if (!root) throw new Error('The playground page has no <div id="app"> to render into.');
render(<App />, root);
