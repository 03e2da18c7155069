import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {'@': fileURLToPath(new URL('.', import.meta.url))},
  },
  test: {
    environment: 'node',
    // unit: functions, no build needed. built: the files of out/, after `npm run build`.
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts']}},
      {extends: true, test: {name: 'built', include: ['tests/built/**/*.test.ts']}},
    ],
  },
});
