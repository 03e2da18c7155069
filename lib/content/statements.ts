import path from 'node:path';
import {loadCollection} from './collection';

// The site's statements: everything under messages/statements/, read once,
// at build time (the pages are prerendered) and when a 404 is rendered
// (next.config.ts traces the folder into the standalone server for that).
export const STATEMENTS_DIRECTORY = path.join(process.cwd(), 'messages', 'statements');

export const statements = loadCollection(STATEMENTS_DIRECTORY);
