import {defineConfig, globalIgnores} from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  globalIgnores([
    '.next/**',
    '.fixture-site/**',
    '.bench-scale/**',
    '.rehearsal/**',
    'out/**',
    'next-env.d.ts',
    'playwright-report/**',
    'test-results/**',
    'screenshots/**',
    // Built from app/_components/*.browser.ts (scripts/build/enhancement-script.mjs).
    'public/enhance/**',
    // Bundled from lib/routing by the build (scripts/hosts/host-functions.mjs), and Netlify's CLI's own.
    '.netlify-edge/**',
    '.netlify/**',
  ]),
]);
