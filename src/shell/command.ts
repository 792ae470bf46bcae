import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UsageError } from '../model/problems.js';

/**
 * Splits a command line into words the way a POSIX shell would for plain words, quotes and
 * backslashes, and nothing more: no variables, globs, pipes or substitutions. The command is then
 * run directly (no shell), so an input can never inject one.
 */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < line.length && /["\\$`]/.test(line[i + 1] as string)) word += line[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new UsageError(`The command has an unclosed ${quote} quote: ${line}`);
  if (inWord) words.push(word);
  return words;
}

/** Runs a command (no shell) and returns its standard output; a failure names the command. */
export async function commandOutput(line: string, cwd: string): Promise<string> {
  const [file, ...args] = splitCommand(line);
  if (!file) throw new UsageError('The tests command is empty.');
  try {
    const { stdout } = await promisify(execFile)(file, args, { cwd, maxBuffer: 256 * 1024 * 1024, timeout: 10 * 60_000 });
    return stdout;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string; code?: number | string };
    if (e.code === 'ENOENT') throw new UsageError(`The tests command "${file}" was not found (commands run without a shell: no pipes or variables).`);
    const tail = (e.stderr ?? '').trim().split('\n').slice(-5).join('\n');
    throw new UsageError(`The tests command "${line}" failed (exit ${String(e.code)})${tail ? `:\n${tail}` : '.'}`);
  }
}
