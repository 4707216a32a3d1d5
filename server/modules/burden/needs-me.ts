import type { NeedsMeProvider } from '../../platform/home.js';

export const burdenNeedsMe: NeedsMeProvider = async () => [];
