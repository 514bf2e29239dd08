import { render } from 'preact';
import { ListPage } from './ListPage.tsx';

render(<ListPage />, document.getElementById('app')!);
