// The types of translation-export.mjs, for the tests that call it in-process.
export function exportXliff(directory: string, id: string, locale: string): string;
export function main(args: string[]): Promise<number>;
