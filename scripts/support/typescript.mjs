// The project's TypeScript modules (lib/, i18n/routing.ts, the servers of
// scripts/serve/, the request table of tests/support/) for the scripts, which
// Node runs as plain JavaScript: loaded through jiti, from the project this
// file is in (a copy's own, in a copy of the project, where the build's steps
// run).
import path from 'node:path';
import {createJiti} from 'jiti';

const root = path.join(import.meta.dirname, '..', '..');
// The `@/` paths of tsconfig.json.
const jiti = createJiti(import.meta.url, {alias: {'@': root}});

/**
 * The module at `file`, a path from the project's root. jiti cannot know what a file exports: each caller types it as
 * its module.
 * @type {(file: string) => Promise<unknown>}
 */
export const load = (file) => jiti.import(path.join(root, file));
