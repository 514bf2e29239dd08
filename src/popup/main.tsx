import { render } from 'preact';
import { App } from './App.tsx';

render(<App search={location.search} />, document.getElementById('app')!);
