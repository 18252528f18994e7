/**
 * What makes a whole client data file unusable, as data (worded by the interface's catalogue:
 * `txt.errors.fileProblems`), so that the loader builds no sentence itself.
 */
export type FileProblem =
  | { type: 'http'; status: number }
  | { type: 'network' }
  | { type: 'json' }
  /** read but not understood (an unexpected shape) */
  | { type: 'unreadable' }
  | { type: 'notObject' }
  | { type: 'schema'; found: string; expected: number }
  | { type: 'field'; name: string }
  | { type: 'column'; name: string }
  | { type: 'columnLength'; name: string; values: number; rows: number };

/** An error that carries its problem (its message is for developers and the pipeline's logs). */
export class DataFileError extends Error {
  readonly problem: FileProblem;
  constructor(message: string, problem: FileProblem) {
    super(message);
    this.name = 'DataFileError';
    this.problem = problem;
  }
}
