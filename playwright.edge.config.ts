import {defineConfig, devices} from '@playwright/test';
import base from './playwright.config';

// The request table, run through the nginx edge by `npm run check:edge`
// (scripts/edge/check.mjs starts nginx alone, serving a copy of out/).
export default defineConfig({
  ...base,
  testMatch: ['hardening.spec.ts', 'negotiation.spec.ts', 'request-host.spec.ts'],
  webServer: undefined,
  projects: [
    {
      name: 'edge',
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: process.env.E2E_BASE_URL ?? 'https://localhost:8443',
        ignoreHTTPSErrors: true,
      },
    },
  ],
});
