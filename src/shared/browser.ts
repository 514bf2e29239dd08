// The one module that touches the WebExtension API, so every other module can be
// tested without it and both browsers get the same promise-based `browser`.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
