import type { Flavour } from './build/manifest';

declare const __FLAVOUR__: Flavour | undefined;

/** The flavour this build was made for (set by wxt.config.ts; 'open' in unit tests). */
export const FLAVOUR: Flavour = typeof __FLAVOUR__ === 'undefined' ? 'open' : __FLAVOUR__;
