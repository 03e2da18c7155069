// Types of what tests/unit/documents.test.ts uses from documents.mjs.
export function asDocument(
  route: string,
  html: string,
): {document: string; removed: Record<'chunks' | 'payload' | 'bootstrap' | 'preloads', number>; saved: number};
export function clientComponentsIn(appDir: string): string[];
export function runtimeFiles(files: string[]): string[];
