/**
 * Turns the paths reports write (absolute runner paths, `./x`, `file:///…` URIs, Windows
 * separators, paths relative to a source root) into repo-relative paths. With the list of tracked
 * files (git ls-files) it also places paths from another machine by their longest matching suffix.
 */

export interface Placement {
  readonly path: string;
  /** False when the path could not be matched to the repository. */
  readonly placed: boolean;
}

export class RepoPaths {
  private readonly byBase = new Map<string, string[]>();
  private readonly root: string;

  /** `root`: the absolute workspace path; `files`: tracked repo-relative paths, when known. */
  constructor(root: string, private readonly files?: ReadonlySet<string>) {
    this.root = clean(root).replace(/\/+$/, '');
    for (const f of files ?? []) {
      const base = f.slice(f.lastIndexOf('/') + 1);
      const list = this.byBase.get(base);
      if (list) list.push(f);
      else this.byBase.set(base, [f]);
    }
  }

  /** True when the tracked files are known, so placements are checked, not assumed. */
  get knowsFiles(): boolean {
    return this.files !== undefined;
  }

  /**
   * `roots`: source roots the report declares (Cobertura `<source>`), tried in order. A relative
   * path is tried under each root first: `app.py` under `<source>/ws/src</source>` is `src/app.py`.
   */
  place(raw: string, roots: readonly string[] = []): Placement {
    const p = clean(raw);
    const candidates = isAbsolute(p) ? [p] : [...roots.map((r) => `${clean(r).replace(/\/+$/, '')}/${p}`), p];
    for (const c of candidates) {
      const rel = this.relative(c);
      if (rel !== undefined && (!this.files || this.files.has(rel))) return { path: rel, placed: true };
    }
    const bySuffix = this.files ? this.suffixMatch(p) : undefined;
    if (bySuffix) return { path: bySuffix, placed: true };
    return { path: this.relative(p) ?? p, placed: false };
  }

  private relative(p: string): string | undefined {
    if (p.startsWith(`${this.root}/`)) return p.slice(this.root.length + 1);
    if (isAbsolute(p)) return undefined;
    return p.replace(/^(\.\/)+/, '');
  }

  /** The tracked file sharing the longest tail of segments with `p`, if exactly one does. */
  private suffixMatch(p: string): string | undefined {
    const segments = p.split('/').filter((s) => s && s !== '.');
    const base = segments[segments.length - 1];
    const options = base ? this.byBase.get(base) : undefined;
    if (!options) return undefined;
    let best: string | undefined;
    let bestLength = 0;
    let tie = false;
    for (const option of options) {
      const length = sharedTail(option.split('/'), segments);
      if (length > bestLength) [best, bestLength, tie] = [option, length, false];
      else if (length === bestLength) tie = true;
    }
    return tie ? undefined : best;
  }
}

function sharedTail(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** `file://` URIs decoded, backslashes to slashes, `C:/` kept recognisable as absolute. */
function clean(raw: string): string {
  let p = raw.trim();
  if (/^file:/i.test(p)) {
    p = p.replace(/^file:(\/\/[^/]*)?/i, '');
    try {
      p = decodeURIComponent(p);
    } catch {
      // keep the undecoded path: a stray % is more likely a real character than an escape
    }
    if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  }
  return p.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}
