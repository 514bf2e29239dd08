import { render } from 'preact';
import { OptionsPage } from './OptionsPage.tsx';

render(<OptionsPage hash={location.hash} />, document.getElementById('app')!);
