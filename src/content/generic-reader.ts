// The generic career-page reader, as a script of its own: injected (before the content
// script) only when the user asks Mission Lens to read a page no board rule covers, so
// the pages the manifest lists never load it.
import { GENERIC_READER } from '../core/extract/generic.ts';
import { provideGenericReader } from './generic-key.ts';

provideGenericReader(GENERIC_READER);
