import { NeutralWriter } from '../report/terminal-text.js';

/** Where a CLI command writes: stdout and stderr, or a recording in tests. */
export interface CliStreams {
  out(text: string): void;
  err(text: string): void;
}

export const stdio: CliStreams = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
};

export const EXIT = { passed: 0, failed: 1, badInput: 2 } as const;

/**
 * Runs `command` with streams whose every line is neutralised (report/terminal-text.ts): much of
 * what the CLI prints comes from reports, and CI runs the CLI too. JSON output keeps its values
 * exact; the last partial lines are flushed however the command ends.
 */
export async function withNeutralStreams<T>(io: CliStreams, json: boolean, command: (io: CliStreams) => Promise<T>): Promise<T> {
  const out = new NeutralWriter(io.out, json ? 'json' : 'text');
  const err = new NeutralWriter(io.err, 'text');
  try {
    return await command({ out: (t) => out.push(t), err: (t) => err.push(t) });
  } finally {
    out.end();
    err.end();
  }
}
