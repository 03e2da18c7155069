// Debian's Chromium, as Playwright (playwright.config.ts, the scripts) and
// Lighthouse (chrome-launcher) launch it: Playwright's own browser download is
// not reachable from these machines. They run it as root, with no network
// beyond loopback. Playwright compiles this file to CommonJS for
// playwright.config.ts: nothing here may need ES module scope (import.meta,
// top-level await).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The switches of every launch. Playwright adds its headless switch itself, and leaves it off for --headed. */
export const chromiumArgs = [
  '--no-sandbox', // as root, Chromium's sandbox does not start
  '--disable-gpu',
  '--disable-dev-shm-usage', // a container's /dev/shm is small
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** With the headless switch: chrome-launcher opens a window without it; the scripts' Playwright launches pass it too. */
export const chromiumFlags = ['--headless=new', ...chromiumArgs];
