import {defineConfig, devices} from '@playwright/test';
import {chromiumArgs, chromiumPath} from './scripts/support/chromium.mjs';

// Two builds in Debian's Chromium (Playwright's own browser download is not
// reachable here), each served from its out/ by the embedded server
// (scripts/serve/), as `npm start` serves it:
// - the site as `npm run build` makes it, with the association's statements;
//   every suite in tests/e2e/ but collection/ runs against it;
// - the fixture site (scripts/fixture-site.mjs): the same code built with the
//   test statements of tests/fixtures/content/, for tests/e2e/collection/,
//   what needs several statements, languages missing, other originals.
// npm run check:edge runs the request table through nginx alone (playwright.edge.config.ts).
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
  // Both cores of a small machine, every core of a bigger one.
  workers: '100%',
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
    {port, outDir: 'out'},
    {port: fixturePort, outDir: '.fixture-site/out'},
  ].map(({port: serverPort, outDir}) => ({
    command: 'node scripts/serve/start.mjs',
    env: {PORT: String(serverPort), HOSTNAME: 'localhost', OUT_DIR: outDir},
    url: `http://localhost:${serverPort}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
