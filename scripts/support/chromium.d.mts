// Types of chromium.mjs, for the TypeScript that imports it (tsconfig has allowJs: false).
export const chromiumPath: string;
export const chromiumArgs: string[];
export const chromiumFlags: string[];
