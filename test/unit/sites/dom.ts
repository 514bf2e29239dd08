// The two DOMs the extraction runs in: linkedom (the `analyze` command) and the
// browser's DOMParser (happy-dom here). Every adapter test runs in both.
import { parseDocument, parseFragment } from '../../../scripts/node-dom.ts';

export interface Dom {
  name: string;
  parse: (html: string) => Document;
  parseHtml: (html: string) => Document;
}

const browserParse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export const DOMS: Dom[] = [
  { name: 'linkedom', parse: parseDocument, parseHtml: parseFragment },
  { name: 'DOMParser', parse: browserParse, parseHtml: browserParse },
];
