import { render } from 'preact';
import { FrameApp } from './FrameApp.tsx';

render(<FrameApp />, document.getElementById('app')!);
