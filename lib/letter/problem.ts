/** What makes a letter unreadable for the import, where it is: the line of a text file, the paragraph of a Word file. */
export type LetterProblem = {message: string; line?: number};

/** The import refuses the letter: every problem found, so that the editor can fix them all at once. */
export class LetterError extends Error {
  constructor(
    readonly problems: LetterProblem[],
    readonly unit: 'line' | 'paragraph' = 'line',
  ) {
    super(problems.map(({message, line}) => (line === undefined ? message : `${unit} ${line}: ${message}`)).join('\n'));
  }
}
