import type { XmlTag } from '../../stream/xml-stream.js';
import type { CoverageTotals } from '../../../model/coverage.js';
import type { Problem } from '../../../model/problems.js';
import { decodeChunks } from '../../stream/decode.js';
import type { Chunks } from '../../format.js';
import { streamXml, XmlContentError } from '../../stream/xml-stream.js';

/**
 * Helpers every coverage reader shares: count parsing that survives absurd values, a problem list
 * that stays short on a badly broken file, the header-versus-records check, and a line cursor that
 * lets the XML and JSON readers say on which line something was met.
 */

/** Hit counts past 2^53 (lcov writes 2^64-1 for overflowed gcov counters) are clamped, not lost. */
export function clampCount(n: number): number {
  return n > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : n;
}

/** A non-negative integer written in decimal; `undefined` when it is anything else. */
export function parseCount(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return clampCount(Number(raw));
}

/** A line number: a positive integer. */
export function parseLineNumber(raw: string | undefined): number | undefined {
  const n = parseCount(raw);
  return n !== undefined && n > 0 ? n : undefined;
}

/** A JSON count: a finite number ≥ 0 (a float from a big integer literal is clamped). */
export function jsonCount(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return undefined;
  return clampCount(Math.floor(v));
}

const MAX_PROBLEMS = 50;

/** Located problems, capped: a file with 100,000 bad lines yields 50 and a count of the rest. */
export class ProblemList {
  private readonly items: Problem[] = [];
  private dropped = 0;

  constructor(private readonly file: string) {}

  add(message: string, line?: number, column?: number): void {
    if (this.items.length >= MAX_PROBLEMS) {
      this.dropped++;
      return;
    }
    this.items.push({ file: this.file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }), message });
  }

  push(problem: Problem | undefined): void {
    if (problem) this.add(problem.message, problem.line, problem.column);
  }

  get size(): number {
    return this.items.length + this.dropped;
  }

  list(): Problem[] {
    if (this.dropped === 0) return [...this.items];
    return [...this.items, { file: this.file, message: `${this.dropped} more problems like these were not listed` }];
  }
}

/**
 * Header check: a declared total that disagrees with the records is a warning naming both
 * figures. The records win, because headers are written by a separate code path (or trimmed away
 * from their records) and are the first thing to go stale.
 */
export function compareDeclared(
  where: { file: string; line?: number },
  what: string,
  declared: CoverageTotals,
  actual: CoverageTotals
): Problem | undefined {
  if (declared.covered === actual.covered && declared.total === actual.total) return undefined;
  return {
    file: where.file,
    ...(where.line === undefined ? {} : { line: where.line }),
    message: `the header declares ${what} ${declared.covered} of ${declared.total} covered, but the records add up to ${actual.covered} of ${actual.total}; totals are recomputed from the records`
  };
}

/**
 * Header check for a bare rate ("line-rate=0.97"): it agrees when it matches the recomputed rate to
 * the precision it was printed with (0.97 allows 0.9650..0.9749).
 */
export function compareRate(where: { file: string; line?: number }, what: string, raw: string | undefined, actual: CoverageTotals): Problem | undefined {
  if (raw === undefined || actual.total === 0) return undefined;
  const declared = Number(raw);
  if (!Number.isFinite(declared)) return undefined;
  const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
  const tolerance = Math.max(0.5 * 10 ** -decimals, 1e-4);
  const rate = actual.covered / actual.total;
  if (Math.abs(declared - rate) <= tolerance) return undefined;
  return {
    file: where.file,
    ...(where.line === undefined ? {} : { line: where.line }),
    message: `the header declares a ${what} rate of ${raw}, but the records add up to ${actual.covered} of ${actual.total} (${rate.toFixed(4)}); totals are recomputed from the records`
  };
}

/** Where the reader is: the line (1-based) and column of the start of the piece being parsed. */
export class TextCursor {
  line = 1;
  column = 1;
  /** UTF-8 bytes before the current piece (the JSON tokenizer counts bytes). */
  byte = 0;
  piece = '';

  /** The line and column of an absolute byte offset that falls inside the current piece. */
  locate(byteOffset: number): { line: number; column: number } {
    return this.mark(byteOffset)();
  }

  /**
   * The same, worked out only when asked: a position remembered for every JSON member but needed
   * only when one is broken. Holding the piece is cheap; converting it to bytes each time is not.
   */
  mark(byteOffset: number): () => { line: number; column: number } {
    const { line, column, byte, piece } = this;
    return () => {
      const within = Math.max(0, byteOffset - byte);
      const chars = within === 0 ? 0 : Buffer.from(piece).subarray(0, within).toString('utf8').length;
      return { line, column: column + chars };
    };
  }
}

/**
 * Decoded text cut at line ends, so that while a piece is being parsed `cursor` says which line it
 * is on. Parsers (our XML tokenizer, the JSON tokenizer) run their callbacks synchronously inside `write`, and
 * this generator is pulled one piece at a time, so the cursor is exact for anything a callback sees.
 */
export async function* trackLines(chunks: Chunks, cursor: TextCursor): AsyncIterable<string> {
  for await (const text of decodeChunks(chunks)) {
    let start = 0;
    while (start < text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl + 1;
      const piece = text.slice(start, end);
      cursor.piece = piece;
      yield piece;
      cursor.byte += Buffer.byteLength(piece);
      if (nl === -1) cursor.column += piece.length;
      else [cursor.line, cursor.column] = [cursor.line + 1, 1];
      start = end;
    }
  }
}

/** A file that held no file records at all: an upload that went wrong more often than 0% coverage. */
export function noRecords(file: string, detail: string): Problem {
  return { file, message: `no coverage records: ${detail}` };
}

/** What an XML coverage reader sees of each start tag: its parent and the line it ends on. */
export interface XmlReader {
  open(tag: XmlTag, parent: string | undefined, line: number): void;
  close?(tag: XmlTag): void;
  text?(text: string): void;
}

/**
 * `streamXml` plus what every coverage reader needs: the root element checked, the parent of each
 * element, and the line each start tag ends on (for located problems and header warnings).
 */
export async function readXml(file: string, chunks: Chunks, root: { name: string; format: string }, reader: XmlReader, warnings: Problem[] = []): Promise<Problem | undefined> {
  const stack: string[] = [];
  const onWarning = (message: string, at: { line: number; column: number }): void => void (warnings.length < 20 && warnings.push({ file, ...at, message }));
  const result = await streamXml(file, chunks, {
    open(tag, position) {
      if (stack.length === 0 && tag.name !== root.name) {
        throw new XmlContentError(`expected a ${root.format} report (root element <${root.name}>), found <${tag.name}>`);
      }
      reader.open(tag, stack[stack.length - 1], position().line);
      stack.push(tag.name);
    },
    close(tag) {
      stack.pop();
      reader.close?.(tag);
    },
    text(t) {
      reader.text?.(t);
    }
  }, { onWarning });
  return result.problem;
}

/** An attribute's value; `undefined` when missing or empty. */
export function attr(tag: XmlTag, name: string): string | undefined {
  const v = tag.attributes[name];
  return v === undefined || v === '' ? undefined : v;
}
