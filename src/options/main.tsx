import { render } from 'preact';
import { OptionsPage } from './OptionsPage.tsx';

render(<OptionsPage />, document.getElementById('app')!);
