import type { RepoPaths } from './paths.js';

/**
 * Where a test case lives, worked out from what its report says: an explicit file (and line)
 * attribute, else its class name mapped to a tracked file, else the first stack-trace frame that
 * lands in the repository. Without the list of tracked files nothing is guessed: a class name or a
 * bare file name could belong to any folder, so only paths the report spells out are kept.
 */

export interface CaseLocation {
  readonly file?: string;
  readonly line?: number;
}

/** JVM sources follow their package path; .NET sources are found by the class's simple name. */
const CLASS_EXTENSIONS = ['.java', '.kt', '.scala', '.groovy', '.py'];
const SOURCE_PATH = /\.(?:[cm]?[jt]sx?|py|rb|go|rs|php|cs|fs|vb|java|kt|kts|scala|groovy|swift|dart|exs?|c|cc|cpp|cxx|h|hpp)$/;
const DOTTED_NAME = /^[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)*$/;
/** Only the top of a trace is searched: the test's own frame is near it, and bodies can be long. */
const MAX_SCAN = 16 * 1024;

// One pattern per trace style; the first that matches a line decides what that line says.
const DOTNET_FRAME = / in (.+?):line (\d+)/;
const PYTHON_FRAME = /File "([^"]+)", line (\d+)/;
/** `at [module/ or loader//]pkg.Class.method(File.java:N)`: `java.base/`, `app//` prefixes are skipped. */
const JAVA_FRAME = /\bat (?:[\w.@$-]+\/\/?)?([\w$.]+)\.[\w$<>-]+\(([\w$-]+\.(?:java|kt|scala|groovy)):(\d+)\)/;
const JS_FRAME = /\((.+?):(\d+):\d+\)\s*$/;
/** `at path:line:col` (JS, Catch2), `path.go:12:` (Go), `path.py:5:` (pytest), `path.php:20` (PHPUnit), `❯ path:1:2` (vitest). */
const PATH_LINE = /(?:^|[\s(❯])((?:file:\/\/)?(?:[A-Za-z]:)?[^\s:()"'❯]*\.[A-Za-z]\w*):(\d+)(?![\d.])/;
const NOWHERE: CaseLocation = {};
const THIRD_PARTY = /(?:^|[/\\])(?:node_modules|site-packages|dist-packages)[/\\]|^node:|^internal\//;

export class CaseLocator {
  private readonly knowsFiles: boolean;
  private lastRaw?: string;
  private lastPlaced?: string;
  private lastClass?: string;
  private lastClassFile?: string;

  constructor(private readonly repo: RepoPaths) {
    // RepoPaths does not say whether it holds the tracked-file list. Without one it accepts any
    // relative path, so a path that cannot exist tells the two apart.
    this.knowsFiles = repo.knowsFiles;
  }

  /**
   * `file`: the file attribute as reported (absolute, relative, `file://`); `classname`: JUnit
   * classname, .NET class, Python module or a path (vitest, Playwright); `details`: the failure
   * body or stack trace. Positional, not an object: this runs once per case.
   */
  locate(file: string | undefined, line: number | undefined, classname: string | undefined, details: string | undefined): CaseLocation {
    const known = file ? this.placeFile(file) : this.classFile(classname);
    if (known && line) return { file: known, line };
    const frame = details ? this.firstFrame(details, classname, known) : undefined;
    if (frame) return frame;
    return known ? { file: known } : NOWHERE;
  }

  /** A reported path made repo-relative; cases of one suite repeat it, so the last one is kept. */
  placeFile(raw: string): string {
    if (raw !== this.lastRaw) {
      this.lastRaw = raw;
      this.lastPlaced = this.repo.place(raw).path;
    }
    return this.lastPlaced as string;
  }

  /** A suite or class name that is a source path (jest-junit's suiteName "{filepath}"), placed; else undefined. */
  pathFile(name: string | undefined): string | undefined {
    if (!name || /\s/.test(name) || !SOURCE_PATH.test(name)) return undefined;
    return this.trusted(name);
  }

  classFile(classname: string | undefined): string | undefined {
    if (!classname) return undefined;
    if (classname !== this.lastClass) {
      this.lastClass = classname;
      this.lastClassFile = this.mapClass(classname);
    }
    return this.lastClassFile;
  }

  private mapClass(classname: string): string | undefined {
    if (SOURCE_PATH.test(classname) && !/\s/.test(classname)) return this.trusted(classname);
    if (!this.knowsFiles || !DOTTED_NAME.test(classname)) return undefined;
    const segments = classname.replace(/\$.*$/, '').split('.');
    // Longest prefix first: `tests.test_x.TestClass` is tests/test_x.py, `com.acme.FooTest` a class.
    for (let k = segments.length; k >= 1; k--) {
      const stem = segments.slice(0, k).join('/');
      for (const ext of CLASS_EXTENSIONS) {
        const hit = this.tracked(stem + ext);
        if (hit) return hit;
      }
    }
    return this.tracked(`${segments[segments.length - 1]}.cs`);
  }

  /** The tracked file at `candidate` or ending in `/candidate`; never a looser suffix match. */
  private tracked(candidate: string): string | undefined {
    const p = this.repo.place(candidate);
    return p.placed && (p.path === candidate || p.path.endsWith(`/${candidate}`)) ? p.path : undefined;
  }

  /** A path the report spelled out: kept when tracked, or (without a file list) when it names a folder. */
  private trusted(raw: string): string | undefined {
    if (THIRD_PARTY.test(raw)) return undefined;
    const p = this.repo.place(raw);
    if (!p.placed) return undefined;
    if (this.knowsFiles) return p.path;
    return p.path.includes('/') ? p.path : undefined;
  }

  /** The first frame in the repo; when the file is already known, the first frame in that file. */
  private firstFrame(details: string, classname: string | undefined, file: string | undefined): CaseLocation | undefined {
    const text = details.length > MAX_SCAN ? details.slice(0, MAX_SCAN) : details;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const hit = this.frameOnLine(text.slice(start, end), classname);
      if (hit && (!file || hit.file === file)) return hit;
      start = end + 1;
    }
    return undefined;
  }

  private frameOnLine(line: string, classname: string | undefined): { file: string; line: number } | undefined {
    let m = DOTNET_FRAME.exec(line) ?? PYTHON_FRAME.exec(line);
    if (m) return this.hit(this.trusted(m[1] as string), m[2]);
    m = JAVA_FRAME.exec(line);
    if (m) return this.hit(this.javaFile(m[1] as string, m[2] as string), m[3]);
    m = JS_FRAME.exec(line) ?? PATH_LINE.exec(line);
    if (!m) return undefined;
    const path = m[1] as string;
    if (path.includes('/') || path.includes('\\')) return this.hit(this.trusted(path), m[2]);
    // A bare name is relative to something we do not know (a Go package, a Playwright testDir):
    // only a tracked file, found with the Go package path when the classname is one, will do.
    if (!this.knowsFiles) return undefined;
    // The module path (github.com/acme/calc) is not a repo folder: the longest unique tail decides.
    const scoped = classname?.includes('/') ? this.repo.place(`${classname}/${path}`) : undefined;
    return this.hit(scoped?.placed ? scoped.path : this.tracked(path), m[2]);
  }

  /** `at com.acme.FooTest.add(FooTest.java:42)` → com/acme/FooTest.java, if tracked. */
  private javaFile(qualified: string, base: string): string | undefined {
    if (!this.knowsFiles) return undefined;
    const segments = qualified.split('.');
    const classAt = segments.findIndex((s) => /^[A-Z]/.test(s));
    const pkg = segments.slice(0, classAt < 0 ? segments.length - 1 : classAt);
    return this.tracked([...pkg, base].join('/'));
  }

  private hit(file: string | undefined, line: string | undefined): { file: string; line: number } | undefined {
    const n = Number(line);
    return file && n > 0 ? { file, line: n } : undefined;
  }
}
