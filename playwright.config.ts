import {defineConfig, devices} from '@playwright/test';
import {chromiumArgs, chromiumPath} from './scripts/support/chromium.mjs';

// Two production builds in Debian's Chromium (Playwright's own browser
// download is not reachable here):
// - the site as `npm run build` makes it, with the association's statements,
//   served as it is deployed and as `npm run serve` serves it: the standalone
//   server's entry point (scripts/serve/), not `next start`, which lacks the
//   answers that entry point gives before Next runs (TRACE, `*`, CONNECT,
//   absolute-form targets, RSC payloads: tests/e2e/hardening.spec.ts);
//   every suite in tests/e2e/ but collection/ runs against it;
// - the fixture site (scripts/fixture-site.mjs): the same code built with the
//   test statements of tests/fixtures/content/, for tests/e2e/collection/,
//   what needs several statements, languages missing, other originals;
//   `next start` is enough there: those suites are about content.
const port = Number(process.env.E2E_PORT ?? 3100);
const fixturePort = port + 1;
export const baseURL = `http://localhost:${port}`;
export const fixtureBaseURL = `http://localhost:${fixturePort}`;

const desktop = {...devices['Desktop Chrome'], channel: undefined};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [[process.env.CI ? 'line' : 'list'], ['./tests/support/summary-reporter.ts']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    {name: 'site', testIgnore: 'collection/**', use: {...desktop, baseURL}},
    {name: 'collection', testMatch: 'collection/**/*.spec.ts', use: {...desktop, baseURL: fixtureBaseURL}},
  ],
  webServer: [
    {
      command: 'node .next/standalone/serve/server.mjs',
      env: {PORT: String(port), HOSTNAME: 'localhost'},
      url: `${baseURL}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx next start --port ${fixturePort}`,
      cwd: '.fixture-site',
      url: `${fixtureBaseURL}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
