/**
 * Errors are values: a parser returns what it could read plus the problems it met, each with a
 * location, so one broken report never hides the others.
 */
export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  return `${where}: ${p.message}`;
}

/** A user mistake that stops the run before any gate: config, inputs or arguments. */
export class UsageError extends Error {
  constructor(message: string, readonly problems: readonly Problem[] = []) {
    super(message);
    this.name = 'UsageError';
  }
}
