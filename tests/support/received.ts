import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {RECEIVED_FILE} from '@/lib/content/collection';
import {parseReceived} from '@/lib/letter/received';
import type {ReceivedText} from '@/lib/letter/received';

export {normalizeText, parseReceived} from '@/lib/letter/received';

// A statement's text exactly as the association sent it, kept as Markdown
// beside its entry, messages/statements/<id>/received.md (the fixture
// statements' under tests/fixtures/content/statements/), in the layout that
// lib/letter/received.ts reads.

/** Sentences, so that a difference is reported as the one sentence that changed. */
export function sentences(paragraphs: string[]): string[] {
  return paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u));
}

/** The file of statement `id`'s received text in the statements directory `directory`. */
export const receivedFile = (directory: string, id: string) => path.join(directory, id, RECEIVED_FILE);

/** The received text of statement `id` from the statements directory `directory`, or undefined if it has none. */
export function receivedText(directory: string, id: string): ReceivedText | undefined {
  const file = receivedFile(directory, id);
  return existsSync(file) ? parseReceived(readFileSync(file, 'utf8')) : undefined;
}
