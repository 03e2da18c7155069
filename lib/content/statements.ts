import path from 'node:path';
import {loadCollection} from './collection';

// The site's statements: everything under messages/statements/, read once,
// at build time: every page is prerendered.
export const STATEMENTS_DIRECTORY = path.join(process.cwd(), 'messages', 'statements');

export const statements = loadCollection(STATEMENTS_DIRECTORY);
