import type { NeedsMeProvider } from '../../platform/home.js';

export const barometerNeedsMe: NeedsMeProvider = async () => [];
