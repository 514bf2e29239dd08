// `import file from './x.ts?script&iife'`: crxjs builds the file as a script of its own
// and gives back its name in the build (see src/background/analyze-tab.ts).
/// <reference types="@crxjs/vite-plugin/client" />
