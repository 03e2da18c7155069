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
      // Neither project's files change a module's state for the next (the editor tests' console spies are restored,
      // their files are written in temporary folders): one module graph per worker, not one per file, takes the
      // unit tests from 19 s to 8 s and the built ones from 12 s to 2 s.
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false}},
      {extends: true, test: {name: 'built', include: ['tests/built/**/*.test.ts'], isolate: false}},
    ],
  },
});
