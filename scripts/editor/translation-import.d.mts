// The types of translation-import.mjs, for the tests that call it in-process.
export function importXliff(
  file: string,
  directory: string,
): Promise<{id: string; locale: string; translationFile: string; created: boolean; outdated: string[]}>;
export function main(args: string[]): Promise<number>;
