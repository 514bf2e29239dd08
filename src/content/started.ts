// Imported first by main.ts, so the boot measure includes evaluating every module the
// content script bundles, not only main's own body.
export const scriptStarted = performance.now();
