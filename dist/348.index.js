export const id = 348;
export const ids = [348];
export const modules = {

/***/ 62861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ saveHistoryAfterRun)
/* harmony export */ });
/* unused harmony export historyAfterRun */
/* harmony import */ var _gates_security_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1858);
/* harmony import */ var _gates_performance_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45572);
/* harmony import */ var _pipeline_cache_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44109);
/* harmony import */ var _model_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38585);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56963);
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54087);






/**
 * The history after this run, or why it must not be written: a run whose reports were unreadable
 * or empty has incomplete results, and recording it would poison timings and the last green SHA.
 */
function historyAfterRun(outcome, configId, run, now, maxRuns, plan) {
    if (outcome.problems.length)
        return { save: false, reason: 'some reports could not be read, so the results are incomplete' };
    if (outcome.tests.counts.total === 0) {
        // A benchmark-only run is complete without tests; a run whose test reports went missing is not.
        if (!outcome.benchmarks.length)
            return { save: false, reason: 'no test results or benchmarks were read' };
        if (outcome.unmatchedPatterns.length)
            return { save: false, reason: `the test reports (${outcome.unmatchedPatterns.join(', ')}) matched no files, so the results are incomplete` };
    }
    const tests = rounded(outcome.tests.caseSeconds ?? new Map());
    const files = rounded(outcome.tests.fileSeconds);
    const history = (0,_model_history_js__WEBPACK_IMPORTED_MODULE_3__/* .recordRun */ .vj)(outcome.previous ?? (0,_model_history_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyHistory */ .s4)(configId), {
        run: { runId: run.runId, attempt: run.attempt, sha: run.sha, ref: run.ref, at: now.toISOString(), conclusion: outcome.verdict.conclusion, tests, files, ...baseValues(outcome) },
        runUrl: run.runUrl
    }, maxRuns);
    // The plan this run used is the one the next plan keeps tests on (fewer cold caches).
    const withPlan = plan ? { ...history, plan: { granularity: plan.granularity, shards: plan.shards.length, assignment: Object.fromEntries((0,_planner_document_js__WEBPACK_IMPORTED_MODULE_4__/* .assignmentOf */ .tq)(plan)) } } : history;
    return { save: true, history: withPlan };
}
/** Caps that keep one run's entry small: the document holds up to 500 runs in one cache entry. */
const MAX_BENCHMARKS = 500;
const MAX_SAMPLES = 50;
const MAX_FINDINGS = 5000;
const MAX_METRICS = 500;
/**
 * What later runs compare against: overall coverage, finding keys (for new-only), benchmark
 * samples (history mode) and metric values, and the benchmarks history mode is watching after this
 * run (worse once, not yet confirmed). Only what this run actually read is recorded.
 */
function baseValues(outcome) {
    const out = {};
    if (outcome.coverage) {
        const t = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_5__/* .coverageTotals */ .w)(outcome.coverage.files);
        const lines = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_5__/* .coveragePercent */ .q)(t.lines);
        const branches = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_5__/* .coveragePercent */ .q)(t.branches);
        out.coverage = { ...(lines !== null ? { lines } : {}), ...(branches !== null ? { branches } : {}) };
    }
    if (outcome.findings.length || outcome.files.some((f) => f.format === 'sarif'))
        out.findings = [...new Set(outcome.findings.map(_gates_security_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .findingKey */ .f))].slice(0, MAX_FINDINGS);
    const series = [...(0,_gates_performance_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesOf */ .L)(outcome.benchmarks).values()].slice(0, MAX_BENCHMARKS);
    if (series.length) {
        out.benchmarks = Object.fromEntries(series.map((b) => [b.name, { unit: b.unit, direction: b.direction, samples: b.values.slice(0, MAX_SAMPLES) }]));
    }
    if (outcome.metrics.length)
        out.metrics = Object.fromEntries(outcome.metrics.slice(0, MAX_METRICS).map((m) => [m.path, m.value]));
    if (outcome.pipeline?.caches?.run.caches.length)
        out.caches = (0,_pipeline_cache_history_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheHistoryEntry */ .L)(outcome.pipeline.caches.run);
    const watching = (outcome.performance?.comparisons ?? []).filter((c) => c.verdict === 'watching').map((c) => c.name);
    if (watching.length)
        out.watching = watching.slice(0, MAX_BENCHMARKS);
    return out;
}
/** Millisecond precision is all a timing needs, and it keeps the document small. */
function rounded(seconds) {
    const out = {};
    for (const [key, value] of seconds)
        out[key] = Math.round(value * 1000) / 1000;
    return out;
}
/**
 * Records this run in the store when its results are complete: the one rule the CLI's local
 * folder and the action's cache share. `refused` is why the event itself forbids a save.
 */
async function saveHistoryAfterRun(store, outcome, at) {
    if (at.refused)
        return { status: 'skipped', message: `History not saved: ${at.refused}.`, warnings: [] };
    const update = historyAfterRun(outcome, at.configId, at.run, at.now, at.maxRuns, at.plan);
    if (!update.save)
        return { status: 'skipped', message: `History not saved: ${update.reason}.`, warnings: [] };
    const result = await store.save(update.history);
    return { status: result.saved ? 'saved' : 'failed', message: `History ${result.saved ? 'saved' : 'not saved'}: ${result.detail}.`, warnings: result.warnings ?? [] };
}


/***/ }),

/***/ 54087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ toPlanDocument),
/* harmony export */   rk: () => (/* binding */ readPlanDocument),
/* harmony export */   tq: () => (/* binding */ assignmentOf)
/* harmony export */ });
/* unused harmony export PLAN_SCHEMA */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60826);


/**
 * The pinned plan: written once by the plan job, read by every shard job of the same run (and by
 * the gate job, to report realised shard times), so a re-run of failed jobs repeats the same split.
 */
const PLAN_SCHEMA = 'pipeline-gates/plan';
const planDocument = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PLAN_SCHEMA),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    configId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    granularity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['file', 'case']),
    shards: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1), tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), estimatedSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative() })).min(1),
    floorSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    makespanSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    efficiency: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    matchedShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    matchedTimeShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    newTests: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    moved: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    unmatched: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
});
/**
 * The plan as stored and printed: seconds to the millisecond and shares to 0.01% (far below
 * timing noise, and `2.398` rather than `2.3979999999999997`); the planner keeps full precision.
 */
function toPlanDocument(plan, meta) {
    const share = (x) => (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .roundHalfUp */ .bS)(x, 4);
    return {
        schema: PLAN_SCHEMA,
        version: 1,
        ...meta,
        shards: plan.shards.map((s) => ({ index: s.index, tests: [...s.tests], estimatedSeconds: (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(s.estimatedSeconds) })),
        floorSeconds: (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(plan.floorSeconds),
        makespanSeconds: (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(plan.makespanSeconds),
        efficiency: share(plan.efficiency),
        matchedShare: share(plan.matchedShare),
        matchedTimeShare: share(plan.matchedTimeShare),
        newTests: plan.newTests,
        moved: plan.moved,
        unmatched: [...plan.unmatched]
    };
}
function readPlanDocument(json) {
    const parsed = planDocument.safeParse(json);
    if (parsed.success)
        return { ok: true, plan: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `not a Pipeline Gates plan${issue?.path.length ? ` (at ${issue.path.join('.')})` : ''}: ${issue?.message ?? 'invalid'}` };
}
/** Test key → 1-based shard, for stickiness and for attributing realised times. */
function assignmentOf(plan) {
    const out = new Map();
    for (const s of plan.shards)
        for (const t of s.tests)
            out.set(t, s.index);
    return out;
}


/***/ }),

/***/ 49816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oh: () => (/* binding */ changeAgainst),
  $Y: () => (/* binding */ git)
});

// UNUSED EXPORTS: resolveBase

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/change/diff.ts
/**
 * A unified-diff reader for patch coverage and path rules: which files changed, under which old
 * and new names, and which lines of the new file are added or rewritten (`+` lines). Reads `git
 * diff` output (`--unified=0` or any context, `-M` renames and copies, binary files, quoted
 * names) and plain `diff -u` output (`--- name<TAB>timestamp`).
 *
 * Hunks are consumed by their line counts, not by their first characters, so a removed line that
 * reads `-- x` or an added `++ y` can never be mistaken for a `---`/`+++` header.
 */
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
// Colour escapes, in case a caller forgot --no-color.
const ANSI = /\x1b\[[0-9;]*m/g;
/** Parses a whole diff held in memory; `DiffReader` takes it in chunks. */
function parseUnifiedDiff(text) {
    const reader = new DiffReader();
    reader.write(text);
    return reader.end();
}
/** Reads a diff chunk by chunk (e.g. from git's stdout); lines may be split across chunks. */
class DiffReader {
    files = [];
    problems = [];
    draft;
    hunk;
    /** Skipping a combined (merge) diff until the next file header. */
    skipping = false;
    partial = '';
    lineNo = 0;
    write(chunk) {
        const parts = (this.partial + chunk).split('\n');
        this.partial = parts.pop() ?? '';
        for (const part of parts)
            this.line(part);
    }
    end() {
        if (this.partial)
            this.line(this.partial);
        this.partial = '';
        if (this.hunk)
            this.problem(`the last hunk ends early: ${this.hunk.oldLeft} old and ${this.hunk.newLeft} new lines missing`);
        this.finish();
        return { files: this.files, problems: this.problems };
    }
    line(raw) {
        this.lineNo++;
        let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.includes('\x1b['))
            line = line.replace(ANSI, '');
        if (this.hunk && this.hunkLine(this.hunk, line))
            return;
        this.headerLine(line);
    }
    /** False when the line cannot belong to the hunk: it ended early, and the line is a header. */
    hunkLine(h, line) {
        const d = this.draft;
        const c = line[0];
        if (c === '\\')
            return true; // "\ No newline at end of file"
        if (c === '+') {
            d.added.push(h.next++);
            h.newLeft--;
        }
        else if (c === '-') {
            d.deleted++;
            h.oldLeft--;
        }
        else if (c === ' ' || line === '') {
            // A context line whose single space an editor or mailer trimmed is still a context line.
            h.next++;
            h.oldLeft--;
            h.newLeft--;
        }
        else {
            this.problem(`hunk ends early: ${Math.max(0, h.oldLeft)} old and ${Math.max(0, h.newLeft)} new lines missing`);
            this.hunk = undefined;
            return false;
        }
        if (h.oldLeft <= 0 && h.newLeft <= 0)
            this.hunk = undefined;
        return true;
    }
    headerLine(line) {
        if (line.startsWith('diff --git '))
            return this.start(true, line.slice(11));
        if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
            this.finish();
            this.skipping = true;
            return this.problem('a combined (merge) diff is not read: diff the merge base against the head instead');
        }
        if (this.skipping)
            return;
        if (line.startsWith('--- ')) {
            const d = this.draft;
            if (!d || d.minus !== undefined || d.hunks > 0)
                this.start(false);
            this.draft.minus = pathOf(line.slice(4));
        }
        else if (line.startsWith('+++ ') && this.draft && this.draft.plus === undefined) {
            this.draft.plus = pathOf(line.slice(4));
        }
        else if (line.startsWith('@@ ')) {
            this.startHunk(line);
        }
        else if (this.draft) {
            extendedHeader(this.draft, line);
        }
    }
    start(git, header) {
        this.finish();
        this.skipping = false;
        this.draft = { git, newFile: false, deletedFile: false, binary: false, hunks: 0, added: [], deleted: 0 };
        if (header !== undefined) {
            const names = splitGitHeader(header);
            if (names)
                this.draft.header = names;
            else
                this.problem(`cannot read the file names in "diff --git ${header}"`);
        }
    }
    startHunk(line) {
        const m = HUNK_HEADER.exec(line);
        if (!this.draft || !m)
            return this.problem(this.draft ? `malformed hunk header "${line}"` : 'a hunk before any file header');
        this.draft.hunks++;
        const oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        const newLeft = m[4] === undefined ? 1 : Number(m[4]);
        if (oldLeft > 0 || newLeft > 0)
            this.hunk = { oldLeft, newLeft, next: Number(m[3]) };
    }
    finish() {
        const d = this.draft;
        this.draft = undefined;
        this.hunk = undefined;
        if (d)
            this.files.push(toFile(d));
    }
    problem(message) {
        this.problems.push({ line: this.lineNo, message });
    }
}
function extendedHeader(d, line) {
    const value = (prefix) => unquoteOrRaw(line.slice(prefix.length));
    if (line.startsWith('new file mode '))
        d.newFile = true;
    else if (line.startsWith('deleted file mode '))
        d.deletedFile = true;
    else if (line.startsWith('rename from '))
        d.renameFrom = value('rename from ');
    else if (line.startsWith('rename to '))
        d.renameTo = value('rename to ');
    else if (line.startsWith('copy from '))
        d.copyFrom = value('copy from ');
    else if (line.startsWith('copy to '))
        d.copyTo = value('copy to ');
    else if (line.startsWith('similarity index '))
        d.similarity = parseInt(line.slice(17), 10);
    else if (line === 'GIT binary patch')
        d.binary = true;
    else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
        d.binary = true;
        // Plain diff names the files only here: "Binary files a/x and b/y differ".
        const names = line.slice(13, -7).split(' and ');
        if (!d.header && !d.git && names.length === 2)
            d.header = [names[0], names[1]];
    }
}
function toFile(d) {
    const rawOld = d.minus ?? d.header?.[0];
    const rawNew = d.plus ?? d.header?.[1];
    // Plain diffs carry a/ and b/ only when made that way (diff -ru a b): strip them only in pairs.
    const strip = d.git || ((rawOld === undefined || isNull(rawOld) || rawOld.startsWith('a/')) && (rawNew === undefined || isNull(rawNew) || rawNew.startsWith('b/')));
    let oldPath = d.renameFrom ?? d.copyFrom ?? clean(rawOld, strip ? 'a/' : '');
    let newPath = d.renameTo ?? d.copyTo ?? clean(rawNew, strip ? 'b/' : '');
    if (d.newFile)
        oldPath = null;
    if (d.deletedFile)
        newPath = null;
    const status = oldPath === null ? 'added' : newPath === null ? 'deleted' : d.renameFrom !== undefined ? 'renamed' : d.copyFrom !== undefined ? 'copied' : 'modified';
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
function clean(raw, prefix) {
    if (raw === undefined || isNull(raw))
        return null;
    return prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
}
function isNull(p) {
    return p === '/dev/null';
}
/** Hunks come in order, so this only copies; concatenated diffs of one file still come out right. */
function ascending(lines) {
    for (let i = 1; i < lines.length; i++) {
        if (lines[i] <= lines[i - 1])
            return [...new Set(lines)].sort((a, b) => a - b);
    }
    return lines;
}
/**
 * The name on a `---`/`+++` line: quoted (C-style), or up to the first tab. Plain diff puts a
 * timestamp after the tab; git adds a lone tab after names with spaces, for GNU patch.
 */
function pathOf(text) {
    if (text.startsWith('"')) {
        const q = unquote(text, 0);
        if (q)
            return q.value;
    }
    const tab = text.indexOf('\t');
    return tab < 0 ? text : text.slice(0, tab);
}
function unquoteOrRaw(text) {
    const q = text.startsWith('"') ? unquote(text, 0) : undefined;
    return q && q.end === text.length ? q.value : text;
}
/**
 * The two names of `diff --git A B`. Either may be quoted. Unquoted names may hold spaces; git
 * then writes the same name twice (apart from renames, whose names come from `rename from/to`),
 * so the split is where both halves agree after their first path segment, as git apply does.
 */
function splitGitHeader(rest) {
    if (rest.startsWith('"')) {
        const a = unquote(rest, 0);
        if (!a || rest[a.end] !== ' ')
            return undefined;
        const second = rest.slice(a.end + 1);
        return [a.value, second.startsWith('"') ? (unquote(second, 0)?.value ?? second) : second];
    }
    if (rest.endsWith('"')) {
        for (let i = rest.indexOf(' "'); i >= 0; i = rest.indexOf(' "', i + 1)) {
            const b = unquote(rest, i + 1);
            if (b && b.end === rest.length)
                return [rest.slice(0, i), b.value];
        }
    }
    const afterSegment = (p) => p.slice(p.indexOf('/') + 1);
    for (let i = rest.indexOf(' '); i >= 0; i = rest.indexOf(' ', i + 1)) {
        const a = rest.slice(0, i);
        const b = rest.slice(i + 1);
        if (afterSegment(a) === afterSegment(b))
            return [a, b];
    }
    const split = rest.indexOf(' b/');
    return split < 0 ? undefined : [rest.slice(0, split), rest.slice(split + 1)];
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A C-style quoted name starting at `start` (git quotes names with `"`, `\\`, control characters
 * and, by default, bytes above 0x7f as octal `\303\251`), decoded as UTF-8.
 */
function unquote(text, start) {
    const bytes = [];
    const encoder = new TextEncoder();
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (c === '"')
            return { value: new TextDecoder().decode(new Uint8Array(bytes)), end: i + 1 };
        if (c !== '\\') {
            const code = text.codePointAt(i);
            if (code > 0xffff)
                i++;
            bytes.push(...encoder.encode(String.fromCodePoint(code)));
            continue;
        }
        const next = text[++i];
        if (next === undefined)
            return undefined;
        const octal = /^[0-7]{3}/.exec(text.slice(i, i + 3));
        if (octal) {
            bytes.push(parseInt(octal[0], 8) & 0xff);
            i += 2;
        }
        else
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/change/revision.ts
var revision = __webpack_require__(88131);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
;// CONCATENATED MODULE: ./src/shell/git-change.ts






/**
 * The change under review from the local clone: `git diff` between the merge base and HEAD. Never
 * the pulls/files API, which stops at 3,000 files. Any git failure becomes a note, never a throw:
 * the gates that need a diff then say "not checked" and why.
 */
const GIT_TIMEOUT_MS = 120_000;
// Settings a user's git config could change that would change what we read.
const GIT_FLAGS = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false'];
// A fetch must fail, not wait for a password nobody will type.
const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
/** A git command's trimmed output, or undefined when git fails or is missing (never a throw). */
async function git(cwd, args) {
    try {
        const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('git', [...GIT_FLAGS, ...args], { cwd, env: GIT_ENV, timeout: GIT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
        return stdout.trim();
    }
    catch {
        return undefined;
    }
}
const hasCommit = async (cwd, rev) => (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])) !== undefined;
/**
 * The base to diff HEAD against. On a pull_request event actions/checkout gives the PR's merge
 * commit, whose first parent is the base tip; with the default fetch-depth of 1 the base commit is
 * missing, so we fetch it (depth 1) before giving up. Every revision is checked before git sees
 * it and passed after --end-of-options, so it can never be read as an option.
 */
async function resolveBase(cwd, base, missing = 'note') {
    const checked = (0,revision/* checkRevision */.G7)(base);
    if (!checked.ok)
        return refuse(missing, `--base must be ${revision/* REVISION_RULE */.JH}, got ${(0,excerpt/* excerpt */.Kb)(base)}: ${checked.reason}.`, `The base ${(0,excerpt/* excerpt */.Kb)(base)} is not ${revision/* REVISION_RULE */.JH}: ${checked.reason}. ${UNCHECKED}`);
    if (!(await hasCommit(cwd, 'HEAD')))
        return refuse(missing, '--base needs a git checkout, and this folder is not one.', `Not a git checkout here: ${UNCHECKED}`);
    const found = await findBase(cwd, base, checked.kind, missing);
    if (!found) {
        return refuse(missing, `--base: unknown revision '${base}': not a commit, branch or tag in this clone, nor on origin.`, `The base commit ${base} is not in the clone and could not be fetched: ${UNCHECKED} Use actions/checkout with fetch-depth: 2 (or 0).`);
    }
    // A shallow clone may not reach the merge base; the base tip itself is the next best thing.
    const mergeBase = await git(cwd, ['merge-base', '--end-of-options', found, 'HEAD']);
    return { sha: mergeBase || found };
}
/** The base as a commit SHA: local, the merge commit's first parent, or fetched from origin. */
async function findBase(cwd, base, kind, missing) {
    const local = await commitOf(cwd, base);
    if (local)
        return local;
    // A PR's merge commit (the action): its first parent is the base tip. A CLI user named a base.
    if (missing === 'note' && (await hasCommit(cwd, 'HEAD^2'))) {
        const parent = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^1']);
        if (parent)
            return parent;
    }
    if (kind === 'relative')
        return undefined;
    const fetched = await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', '--end-of-options', base]);
    if (fetched === undefined)
        return undefined;
    // A fetched branch lands in FETCH_HEAD only (no local ref of that name).
    return (await commitOf(cwd, base)) ?? (kind === 'name' ? await commitOf(cwd, 'FETCH_HEAD') : undefined);
}
async function commitOf(cwd, rev) {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])) || undefined;
}
const UNCHECKED = 'patch coverage and the docs rule were not checked.';
function refuse(missing, error, note) {
    if (missing === 'error')
        throw new problems/* UsageError */.e(error);
    return { note };
}
/** The diff from `base` (a commit or ref) to HEAD, streamed through the reader. */
async function changeAgainst(cwd, base, missing = 'note') {
    const resolved = await resolveBase(cwd, base, missing);
    if (!resolved.sha)
        return { note: resolved.note ?? 'No base commit.' };
    const args = [...GIT_FLAGS, 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', resolved.sha, 'HEAD', '--'];
    return new Promise((resolve) => {
        const reader = new DiffReader();
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), GIT_TIMEOUT_MS);
        child.stdout.setEncoding('utf8').on('data', (chunk) => reader.write(chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
        child.on('error', (err) => {
            clearTimeout(timer);
            resolve({ note: `git diff could not run (${err.message}): patch coverage and the docs rule were not checked.` });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (code !== 0) {
                resolve({ note: `git diff ${resolved.sha?.slice(0, 12)}..HEAD failed (exit ${String(code)}): ${stderr.trim().split('\n').pop() ?? ''}` });
                return;
            }
            const parsed = reader.end();
            const note = parsed.problems.length ? `The diff had ${parsed.problems.length} line(s) it could not read (first: line ${parsed.problems[0]?.line}: ${parsed.problems[0]?.message}).` : undefined;
            resolve({ files: parsed.files, ...(note ? { note } : {}) });
        });
    });
}


/***/ })

};
