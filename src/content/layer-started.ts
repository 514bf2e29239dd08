// Imported first by page-layer.ts, so the layer's `load` measure covers evaluating every
// module it bundles (as started.ts does for the boot script).
export const layerStarted = performance.now();
