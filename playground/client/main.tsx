// Entry of the playground page (bundled in memory by playground/web/client-assets.ts).
import { render } from 'preact';
import { App } from './App';
import './playground.css';

render(<App />, document.getElementById('app')!);
