/**
 * A unified-diff reader for patch coverage and path rules: which files changed, under which old
 * and new names, and which lines of the new file are added or rewritten (`+` lines). Reads `git
 * diff` output (`--unified=0` or any context, `-M` renames and copies, binary files, quoted
 * names) and plain `diff -u` output (`--- name<TAB>timestamp`).
 *
 * Hunks are consumed by their line counts, not by their first characters, so a removed line that
 * reads `-- x` or an added `++ y` can never be mistaken for a `---`/`+++` header.
 */

export type DiffFileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';

export interface DiffFile {
  /** Path before the change, `a/` stripped; null for a new file (`/dev/null`). */
  readonly oldPath: string | null;
  /** Path after the change, `b/` stripped; null for a deleted file. */
  readonly newPath: string | null;
  readonly status: DiffFileStatus;
  readonly binary: boolean;
  /** git's similarity index in percent, for renames and copies. */
  readonly similarity?: number;
  /** New-file line numbers of the `+` lines, ascending and distinct. */
  readonly addedLines: readonly number[];
  /** How many `-` lines the file's hunks hold. */
  readonly deletedCount: number;
}

/** Something the reader had to guess about; `line` is the diff's own line number (1-based). */
export interface DiffProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedDiff {
  readonly files: DiffFile[];
  readonly problems: DiffProblem[];
}

interface Draft {
  /** Seen `diff --git`: its paths carry the a/ and b/ prefixes. */
  readonly git: boolean;
  header?: [string, string];
  minus?: string;
  plus?: string;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  newFile: boolean;
  deletedFile: boolean;
  binary: boolean;
  similarity?: number;
  hunks: number;
  added: number[];
  deleted: number;
}

interface Hunk {
  oldLeft: number;
  newLeft: number;
  next: number;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
// Colour escapes, in case a caller forgot --no-color.
const ANSI = /\x1b\[[0-9;]*m/g;

/** Parses a whole diff held in memory; `DiffReader` takes it in chunks. */
export function parseUnifiedDiff(text: string): ParsedDiff {
  const reader = new DiffReader();
  reader.write(text);
  return reader.end();
}

/** Reads a diff chunk by chunk (e.g. from git's stdout); lines may be split across chunks. */
export class DiffReader {
  private readonly files: DiffFile[] = [];
  private readonly problems: DiffProblem[] = [];
  private draft: Draft | undefined;
  private hunk: Hunk | undefined;
  /** Skipping a combined (merge) diff until the next file header. */
  private skipping = false;
  private partial = '';
  private lineNo = 0;

  write(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    for (const part of parts) this.line(part);
  }

  end(): ParsedDiff {
    if (this.partial) this.line(this.partial);
    this.partial = '';
    if (this.hunk) this.problem(`the last hunk ends early: ${this.hunk.oldLeft} old and ${this.hunk.newLeft} new lines missing`);
    this.finish();
    return { files: this.files, problems: this.problems };
  }

  private line(raw: string): void {
    this.lineNo++;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.includes('\x1b[')) line = line.replace(ANSI, '');
    if (this.hunk && this.hunkLine(this.hunk, line)) return;
    this.headerLine(line);
  }

  /** False when the line cannot belong to the hunk: it ended early, and the line is a header. */
  private hunkLine(h: Hunk, line: string): boolean {
    const d = this.draft as Draft;
    const c = line[0];
    if (c === '\\') return true; // "\ No newline at end of file"
    if (c === '+') {
      d.added.push(h.next++);
      h.newLeft--;
    } else if (c === '-') {
      d.deleted++;
      h.oldLeft--;
    } else if (c === ' ' || line === '') {
      // A context line whose single space an editor or mailer trimmed is still a context line.
      h.next++;
      h.oldLeft--;
      h.newLeft--;
    } else {
      this.problem(`hunk ends early: ${Math.max(0, h.oldLeft)} old and ${Math.max(0, h.newLeft)} new lines missing`);
      this.hunk = undefined;
      return false;
    }
    if (h.oldLeft <= 0 && h.newLeft <= 0) this.hunk = undefined;
    return true;
  }

  private headerLine(line: string): void {
    if (line.startsWith('diff --git ')) return this.start(true, line.slice(11));
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.finish();
      this.skipping = true;
      return this.problem('a combined (merge) diff is not read: diff the merge base against the head instead');
    }
    if (this.skipping) return;
    if (line.startsWith('--- ')) {
      const d = this.draft;
      if (!d || d.minus !== undefined || d.hunks > 0) this.start(false);
      (this.draft as Draft).minus = pathOf(line.slice(4));
    } else if (line.startsWith('+++ ') && this.draft && this.draft.plus === undefined) {
      this.draft.plus = pathOf(line.slice(4));
    } else if (line.startsWith('@@ ')) {
      this.startHunk(line);
    } else if (this.draft) {
      extendedHeader(this.draft, line);
    }
  }

  private start(git: boolean, header?: string): void {
    this.finish();
    this.skipping = false;
    this.draft = { git, newFile: false, deletedFile: false, binary: false, hunks: 0, added: [], deleted: 0 };
    if (header !== undefined) {
      const names = splitGitHeader(header);
      if (names) this.draft.header = names;
      else this.problem(`cannot read the file names in "diff --git ${header}"`);
    }
  }

  private startHunk(line: string): void {
    const m = HUNK_HEADER.exec(line);
    if (!this.draft || !m) return this.problem(this.draft ? `malformed hunk header "${line}"` : 'a hunk before any file header');
    this.draft.hunks++;
    const oldLeft = m[2] === undefined ? 1 : Number(m[2]);
    const newLeft = m[4] === undefined ? 1 : Number(m[4]);
    if (oldLeft > 0 || newLeft > 0) this.hunk = { oldLeft, newLeft, next: Number(m[3]) };
  }

  private finish(): void {
    const d = this.draft;
    this.draft = undefined;
    this.hunk = undefined;
    if (d) this.files.push(toFile(d));
  }

  private problem(message: string): void {
    this.problems.push({ line: this.lineNo, message });
  }
}

function extendedHeader(d: Draft, line: string): void {
  const value = (prefix: string) => unquoteOrRaw(line.slice(prefix.length));
  if (line.startsWith('new file mode ')) d.newFile = true;
  else if (line.startsWith('deleted file mode ')) d.deletedFile = true;
  else if (line.startsWith('rename from ')) d.renameFrom = value('rename from ');
  else if (line.startsWith('rename to ')) d.renameTo = value('rename to ');
  else if (line.startsWith('copy from ')) d.copyFrom = value('copy from ');
  else if (line.startsWith('copy to ')) d.copyTo = value('copy to ');
  else if (line.startsWith('similarity index ')) d.similarity = parseInt(line.slice(17), 10);
  else if (line === 'GIT binary patch') d.binary = true;
  else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
    d.binary = true;
    // Plain diff names the files only here: "Binary files a/x and b/y differ".
    const names = line.slice(13, -7).split(' and ');
    if (!d.header && !d.git && names.length === 2) d.header = [names[0] as string, names[1] as string];
  }
}

function toFile(d: Draft): DiffFile {
  const rawOld = d.minus ?? d.header?.[0];
  const rawNew = d.plus ?? d.header?.[1];
  // Plain diffs carry a/ and b/ only when made that way (diff -ru a b): strip them only in pairs.
  const strip = d.git || ((rawOld === undefined || isNull(rawOld) || rawOld.startsWith('a/')) && (rawNew === undefined || isNull(rawNew) || rawNew.startsWith('b/')));
  let oldPath = d.renameFrom ?? d.copyFrom ?? clean(rawOld, strip ? 'a/' : '');
  let newPath = d.renameTo ?? d.copyTo ?? clean(rawNew, strip ? 'b/' : '');
  if (d.newFile) oldPath = null;
  if (d.deletedFile) newPath = null;
  const status: DiffFileStatus =
    oldPath === null ? 'added' : newPath === null ? 'deleted' : d.renameFrom !== undefined ? 'renamed' : d.copyFrom !== undefined ? 'copied' : 'modified';
  return {
    oldPath,
    newPath,
    status,
    binary: d.binary,
    ...(d.similarity !== undefined && !Number.isNaN(d.similarity) ? { similarity: d.similarity } : {}),
    addedLines: ascending(d.added),
    deletedCount: d.deleted
  };
}

function clean(raw: string | undefined, prefix: string): string | null {
  if (raw === undefined || isNull(raw)) return null;
  return prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
}

function isNull(p: string): boolean {
  return p === '/dev/null';
}

/** Hunks come in order, so this only copies; concatenated diffs of one file still come out right. */
function ascending(lines: number[]): number[] {
  for (let i = 1; i < lines.length; i++) {
    if ((lines[i] as number) <= (lines[i - 1] as number)) return [...new Set(lines)].sort((a, b) => a - b);
  }
  return lines;
}

/**
 * The name on a `---`/`+++` line: quoted (C-style), or up to the first tab. Plain diff puts a
 * timestamp after the tab; git adds a lone tab after names with spaces, for GNU patch.
 */
function pathOf(text: string): string {
  if (text.startsWith('"')) {
    const q = unquote(text, 0);
    if (q) return q.value;
  }
  const tab = text.indexOf('\t');
  return tab < 0 ? text : text.slice(0, tab);
}

function unquoteOrRaw(text: string): string {
  const q = text.startsWith('"') ? unquote(text, 0) : undefined;
  return q && q.end === text.length ? q.value : text;
}

/**
 * The two names of `diff --git A B`. Either may be quoted. Unquoted names may hold spaces; git
 * then writes the same name twice (apart from renames, whose names come from `rename from/to`),
 * so the split is where both halves agree after their first path segment, as git apply does.
 */
function splitGitHeader(rest: string): [string, string] | undefined {
  if (rest.startsWith('"')) {
    const a = unquote(rest, 0);
    if (!a || rest[a.end] !== ' ') return undefined;
    const second = rest.slice(a.end + 1);
    return [a.value, second.startsWith('"') ? (unquote(second, 0)?.value ?? second) : second];
  }
  if (rest.endsWith('"')) {
    for (let i = rest.indexOf(' "'); i >= 0; i = rest.indexOf(' "', i + 1)) {
      const b = unquote(rest, i + 1);
      if (b && b.end === rest.length) return [rest.slice(0, i), b.value];
    }
  }
  const afterSegment = (p: string) => p.slice(p.indexOf('/') + 1);
  for (let i = rest.indexOf(' '); i >= 0; i = rest.indexOf(' ', i + 1)) {
    const a = rest.slice(0, i);
    const b = rest.slice(i + 1);
    if (afterSegment(a) === afterSegment(b)) return [a, b];
  }
  const split = rest.indexOf(' b/');
  return split < 0 ? undefined : [rest.slice(0, split), rest.slice(split + 1)];
}

const ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A C-style quoted name starting at `start` (git quotes names with `"`, `\\`, control characters
 * and, by default, bytes above 0x7f as octal `\303\251`), decoded as UTF-8.
 */
function unquote(text: string, start: number): { value: string; end: number } | undefined {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') return { value: new TextDecoder().decode(new Uint8Array(bytes)), end: i + 1 };
    if (c !== '\\') {
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) i++;
      bytes.push(...encoder.encode(String.fromCodePoint(code)));
      continue;
    }
    const next = text[++i];
    if (next === undefined) return undefined;
    const octal = /^[0-7]{3}/.exec(text.slice(i, i + 3));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      i += 2;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return undefined;
}
