export const id = 622;
export const ids = [622];
export const modules = {

/***/ 34817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ resolvePatterns),
/* harmony export */   P: () => (/* binding */ requireFiles)
/* harmony export */ });
/* harmony import */ var _model_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40098);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73750);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99437);



/** Every file the patterns match (each once, in pattern order), and the patterns that matched none. */
async function resolvePatterns(patterns, files) {
    const matched = new Set();
    const unmatched = [];
    const { include, exclude } = (0,_model_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .splitPatterns */ .sb)(patterns);
    for (const pattern of include) {
        const found = await files.find(pattern, exclude);
        if (found.length === 0)
            unmatched.push(pattern);
        for (const f of found)
            matched.add(f);
    }
    return { matched: [...matched], unmatched };
}
/**
 * The files an option names, for commands that need every one of its patterns to match
 * (`--timings`, compare `--base`): a glob that matches nothing is a mistake, named with the
 * option. A plain path that matched nothing is kept, so reading it says why (it does not exist, it
 * is a link out of the workspace), and a path you name outside the workspace is read as named.
 */
async function requireFiles(patterns, files, name) {
    const { matched, unmatched } = await resolvePatterns(patterns, files);
    const empty = unmatched.filter(_model_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .isGlob */ .fg);
    if (empty.length)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${(0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .cap */ .Np)(name)}: ${empty.map((p) => `"${p}"`).join(', ')} matched no files.`);
    return [...matched, ...unmatched];
}


/***/ }),

/***/ 87754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ef: () => (/* binding */ pipelineGatesBenchFormat),
/* harmony export */   uW: () => (/* binding */ benchmarksDocument)
/* harmony export */ });
/* unused harmony export BENCHMARKS_SCHEMA */
/* harmony import */ var _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96138);
/* harmony import */ var _stats_median_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78269);


/**
 * Our own benchmark file, written by `pipeline-gates measure`: every sample kept, units and
 * direction explicit, so nothing is inferred from a tool's text.
 * `{"schema": "pipeline-gates/benchmarks", "version": 1, "benchmarks": [{name, unit, direction, value, samples}]}`
 */
const BENCHMARKS_SCHEMA = 'pipeline-gates/benchmarks';
function benchmarksDocument(benchmarks) {
    return { schema: BENCHMARKS_SCHEMA, version: 1, benchmarks };
}
const DIRECTIONS = ['bigger-is-better', 'smaller-is-better'];
const pipelineGatesBenchFormat = {
    id: 'pipeline-gates-bench',
    kind: 'benchmarks',
    description: 'Pipeline Gates benchmark JSON (written by pipeline-gates measure)',
    sniff: (head) => head.includes(`"${BENCHMARKS_SCHEMA}"`),
    async parse(file, chunks) {
        const benchmarks = [];
        const read = await (0,_stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .streamJson */ .fM)(file, chunks, ['$.schema', '$.benchmarks.*'], ({ path, value }) => {
            if (path[0] === 'schema') {
                if (value !== BENCHMARKS_SCHEMA)
                    throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonContentError */ ._l(`expected "schema": "${BENCHMARKS_SCHEMA}"`);
                return;
            }
            benchmarks.push(toResult(value, path[1]));
        });
        const problems = read.problem ? [read.problem] : [];
        return { benchmarks, problems, warnings: [] };
    }
};
function toResult(value, index) {
    const v = value;
    const at = `benchmarks[${String(index)}]`;
    if (!v || typeof v !== 'object')
        throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonContentError */ ._l(`${at}: expected an object`);
    const { name, unit, direction, samples } = v;
    if (typeof name !== 'string' || !name)
        throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonContentError */ ._l(`${at}: "name" must be a non-empty string`);
    if (typeof unit !== 'string')
        throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonContentError */ ._l(`${at}: "unit" must be a string`);
    if (!DIRECTIONS.includes(direction))
        throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonContentError */ ._l(`${at}: "direction" must be bigger-is-better or smaller-is-better`);
    if (!Array.isArray(samples) || samples.length === 0 || !samples.every((s) => typeof s === 'number' && Number.isFinite(s))) {
        throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonContentError */ ._l(`${at}: "samples" must be a non-empty array of numbers`);
    }
    const median = (0,_stats_median_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .J)(samples);
    const base = unit === 's' || unit === 'B' ? { normalized: { unit: unit, value: median, samples: samples } } : {};
    return { name, unit, direction: direction, value: median, samples: samples, ...base };
}


/***/ }),

/***/ 8002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ CoverageBuilder),
/* harmony export */   PV: () => (/* binding */ mergeCoverage),
/* harmony export */   cG: () => (/* binding */ addLine),
/* harmony export */   s5: () => (/* binding */ addBranches),
/* harmony export */   uO: () => (/* binding */ addFunction)
/* harmony export */ });
function addLine(draft, line, hits) {
    const prev = draft.lines.get(line);
    if (prev === undefined || hits > prev)
        draft.lines.set(line, hits);
}
function addBranches(draft, line, count) {
    if (count.total <= 0)
        return;
    const prev = draft.branches.get(line);
    if (!prev)
        draft.branches.set(line, { covered: Math.min(count.covered, count.total), total: count.total });
    else
        draft.branches.set(line, { covered: Math.max(prev.covered, count.covered), total: Math.max(prev.total, count.total) });
}
function addFunction(draft, fn) {
    const key = `${fn.name}\u0000${fn.line ?? ''}`;
    const prev = draft.functions.get(key);
    if (!prev || fn.hits > prev.hits)
        draft.functions.set(key, fn);
}
/** Collects one report's (or several reports') records by repo-relative path. */
class CoverageBuilder {
    repo;
    drafts = new Map();
    unplaced = new Set();
    placements = new Map();
    constructor(repo) {
        this.repo = repo;
    }
    /** The draft for a path as the report wrote it; placed in the repo once per distinct path. */
    file(raw, roots = []) {
        const key = roots.length === 0 ? raw : [raw, ...roots].join('\u0000');
        let path = this.placements.get(key);
        if (path === undefined) {
            path = this.place(raw, roots);
            this.placements.set(key, path);
        }
        return this.draft(path);
    }
    /** The draft for an already placed path. */
    draft(path) {
        let d = this.drafts.get(path);
        if (!d) {
            d = { path, lines: new Map(), branches: new Map(), functions: new Map() };
            this.drafts.set(path, d);
        }
        return d;
    }
    markUnplaced(path) {
        this.unplaced.add(path);
    }
    /** Files named so far, with or without line records. */
    get fileCount() {
        return this.drafts.size;
    }
    /**
     * Files sorted by path, so the result does not depend on the order reports were read in. A file
     * listed without a single line record (a Java interface, a type-only module) is left out: it has
     * nothing to cover, and keeping it would only add 0-of-0 rows.
     */
    build(declared) {
        const kept = [...this.drafts.values()].filter((d) => d.lines.size > 0 || d.branches.size > 0);
        const files = kept.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map(finish);
        const unplaced = files.map((f) => f.path).filter((p) => this.unplaced.has(p));
        return { files, ...(declared && (declared.lines || declared.branches) ? { declared } : {}), unplaced };
    }
    place(raw, roots) {
        if (!this.repo)
            return raw;
        const placement = this.repo.place(raw, roots);
        // `<` and `>` never occur in real source paths (Windows forbids them); bundlers use them for
        // virtual modules such as esbuild's `dist/<define:DATA>`, which no repository file can match.
        if (!placement.placed || /[<>]/.test(raw))
            this.unplaced.add(placement.path);
        return placement.path;
    }
}
function finish(d) {
    const functions = [...d.functions.values()];
    return { path: d.path, lines: d.lines, branches: d.branches, ...(functions.length > 0 ? { functions } : {}) };
}
/**
 * Several reports as one: same file → union of lines (max hits), branches per line (max covered,
 * max total), functions united, unplaced united. Declared totals are dropped: each header describes
 * its own part, and the merged figures are recomputed from the records anyway.
 */
function mergeCoverage(reports) {
    const builder = new CoverageBuilder();
    for (const report of reports) {
        for (const file of report.files) {
            const draft = builder.draft(file.path);
            for (const [line, hits] of file.lines)
                addLine(draft, line, hits);
            for (const [line, count] of file.branches)
                addBranches(draft, line, count);
            for (const fn of file.functions ?? [])
                addFunction(draft, fn);
        }
        for (const path of report.unplaced)
            builder.markUnplaced(path);
    }
    return builder.build();
}


/***/ }),

/***/ 27995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ readReport)
});

// UNUSED EXPORTS: peek

// EXTERNAL MODULE: ./src/ingest/stream/decode.ts
var decode = __webpack_require__(535);
// EXTERNAL MODULE: ./src/ingest/clip.ts
var clip = __webpack_require__(2676);
;// CONCATENATED MODULE: ./src/ingest/stream/xml-prolog.ts
/**
 * The part of an XML document before its root element: the declaration, comments, processing
 * instructions and a DOCTYPE, whose internal subset may declare entities and hold comments or
 * quoted strings with `]` and `>` in them. Shared by format detection (which only needs the
 * root's name) and the tokenizer (which skips the DOCTYPE but remembers what it declares).
 */
const ENTITY_DECL = /^<!ENTITY\s+([^\s%]\S*)/;
/**
 * Scans `<!DOCTYPE …>` starting at `start` (which must hold "<!DOCTYPE"). Returns undefined
 * when `text` ends before the DOCTYPE does. Nothing is expanded or fetched.
 */
function scanDoctype(text, start) {
    let i = start + 9;
    // The name and external id, up to "[" or ">", with quoted literals skipped whole.
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 || c === 39) {
            i = text.indexOf(c === 34 ? '"' : "'", i + 1);
            if (i < 0)
                return undefined;
        }
        else if (c === 62 /* > */)
            return { end: i + 1, entities: [] };
        else if (c === 91 /* [ */)
            break;
    }
    if (i >= text.length)
        return undefined;
    const entities = [];
    for (i++; i < text.length;) {
        const c = text.charCodeAt(i);
        if (c === 93 /* ] */) {
            const gt = text.indexOf('>', i + 1);
            return gt < 0 ? undefined : { end: gt + 1, entities };
        }
        if (text.startsWith('<!--', i))
            i = after(text, '-->', i + 4);
        else if (text.startsWith('<?', i))
            i = after(text, '?>', i + 2);
        else if (text.startsWith('<!', i)) {
            const end = declarationEnd(text, i);
            if (end < 0)
                return undefined;
            const name = ENTITY_DECL.exec(text.slice(i, Math.min(end, i + 300)))?.[1];
            if (name)
                entities.push(name);
            i = end;
        }
        else
            i++; // whitespace, %parameter; references, or junk a lenient reader steps over
        if (i < 0)
            return undefined;
    }
    return undefined;
}
/** The index after a markup declaration's ">", quoted literals (which may hold ">") skipped. */
function declarationEnd(text, from) {
    for (let i = from + 2; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 || c === 39) {
            i = text.indexOf(c === 34 ? '"' : "'", i + 1);
            if (i < 0)
                return -1;
        }
        else if (c === 62)
            return i + 1;
    }
    return -1;
}
function after(text, token, from) {
    const at = text.indexOf(token, from);
    return at < 0 ? -1 : at + token.length;
}
/**
 * The root element's local name, skipping the prolog. `incomplete` when the text ends inside the
 * prolog (a long DOCTYPE or comment), so the caller can read on; undefined when it is not XML.
 */
function scanRoot(head) {
    let i = 0;
    for (;;) {
        while (i < head.length && (head.charCodeAt(i) <= 32 || head.charCodeAt(i) === 0xfeff))
            i++;
        if (i >= head.length)
            return { incomplete: true };
        if (head.startsWith('<?', i))
            i = after(head, '?>', i + 2);
        else if (head.startsWith('<!--', i))
            i = after(head, '-->', i + 4);
        else if (head.startsWith('<!DOCTYPE', i))
            i = scanDoctype(head, i)?.end ?? -1;
        else if (head.length - i < 9 && '<!DOCTYPE'.startsWith(head.slice(i)))
            return { incomplete: true };
        else
            break;
        if (i < 0)
            return { incomplete: true };
    }
    const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 256));
    if (!m)
        return undefined;
    const name = m[1];
    return { name: name.slice(name.indexOf(':') + 1) };
}
/** The root element's local name from the head of a document, or undefined. */
function rootElement(head) {
    const r = scanRoot(head);
    return r && 'name' in r ? r.name : undefined;
}

// EXTERNAL MODULE: ./src/ingest/stream/json-stream.ts + 1 modules
var json_stream = __webpack_require__(96138);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/common.ts


/** Results, problems (the file is wrong) and warnings (the tool says a benchmark failed or was skipped). */
class Sink {
    file;
    benchmarks = [];
    problems = [];
    warnings = [];
    constructor(file) {
        this.file = file;
    }
    problem(message, at) {
        this.problems.push({ file: this.file, ...at, message });
    }
    warning(message, at) {
        this.warnings.push({ file: this.file, ...at, message });
    }
    /** A file with no results and no other problem says so: an empty upload must not pass quietly. */
    done(expected) {
        if (this.benchmarks.length === 0 && this.problems.length === 0)
            this.problem(`no benchmark results found: expected ${expected}`);
        return { benchmarks: this.benchmarks, problems: this.problems, warnings: this.warnings };
    }
}
/** Thrown by the field readers below: the entry is skipped and the message becomes a problem there. */
class EntryError extends Error {
}
/**
 * Streams a JSON report and hands each entry to `onEntry` as it completes, so memory stays at the
 * largest entry (a benchmark with its samples), never the whole report. An `EntryError` skips the
 * entry with a problem located at it. A file that is not valid JSON, or not the expected shape,
 * gives no results, only the problem: half a report cannot be told from a whole one with fewer
 * benchmarks, and a gate must not read a missing benchmark as a pass.
 */
async function readJsonEntries(sink, chunks, shape, onEntry) {
    const read = await (0,json_stream/* streamJson */.fM)(sink.file, chunks, shape.paths, (event, locator) => {
        const at = locator.locate(event.start);
        const label = labelOf(event.path);
        try {
            onEntry({ value: event.value, path: event.path, ...(at && { at }), label });
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            sink.problem(label ? `${label}: ${err.message}` : err.message, at);
        }
    });
    const wrongRoot = read.root && read.root !== shape.root;
    if (read.problem || wrongRoot || !read.root) {
        sink.benchmarks.length = 0;
        sink.warnings.length = 0;
        sink.problems.length = 0;
        if (read.problem)
            sink.problems.push(read.problem);
        else if (!read.root)
            sink.problem(`the file is empty: expected ${shape.expected}`);
        else
            sink.problem(`expected ${shape.expected}, found ${read.root === 'array' ? 'an array' : read.root === 'object' ? 'an object' : 'a single value'}`, { line: 1, column: 1 });
        return false;
    }
    return true;
}
function labelOf(path) {
    return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return `the string ${(0,excerpt/* excerpt */.Kb)(value)}`;
    return String(value);
}
function asObject(value, what) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return value;
    throw new EntryError(`${what}: expected an object, found ${describeValue(value)}`);
}
function num(o, key) {
    const v = o[key];
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    throw new EntryError(`${key}: expected a number, found ${describeValue(v)}`);
}
/** A number, or undefined when the key is absent or null (tools write null for "not measured"). */
function optNum(o, key) {
    return o[key] === undefined || o[key] === null ? undefined : num(o, key);
}
function str(o, key) {
    const v = o[key];
    if (typeof v === 'string' && v !== '')
        return v;
    throw new EntryError(`${key}: expected a non-empty string, found ${describeValue(v)}`);
}
function optStr(o, key) {
    return o[key] === undefined || o[key] === null ? undefined : str(o, key);
}
/** Every element a finite number, else undefined: samples are kept whole or not at all. */
function numbers(value) {
    if (!Array.isArray(value) || value.length === 0)
        return undefined;
    return value.every((v) => typeof v === 'number' && Number.isFinite(v)) ? value : undefined;
}
/** For text formats: the head is not XML or JSON (a JUnit `<system-out>` or `go test -json` may quote benchmark lines). */
function isPlainText(head) {
    return !/^\s*[<{[]/.test(head);
}

// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/units.ts
const TIMES = {
    ns: 1e-9, nsec: 1e-9, nanosecond: 1e-9, nanoseconds: 1e-9,
    us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, usec: 1e-6, microsecond: 1e-6, microseconds: 1e-6,
    ms: 1e-3, msec: 1e-3, millisecond: 1e-3, milliseconds: 1e-3,
    s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
    min: 60, minute: 60, minutes: 60
};
// Decimal prefixes for B are SI (Go's and libtest's MB/s are 10^6 bytes per second).
const SIZES = {
    B: 1, byte: 1, bytes: 1,
    kB: 1e3, KB: 1e3, kilobyte: 1e3, kilobytes: 1e3,
    MB: 1e6, megabyte: 1e6, megabytes: 1e6,
    GB: 1e9, gigabyte: 1e9, gigabytes: 1e9,
    TB: 1e12, terabyte: 1e12, terabytes: 1e12,
    KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4
};
/** Things counted per second or per operation, which an SI prefix may scale (`MS/s`, `kops/s`). */
const COUNTED = new Set(['op', 'ops', 'iter', 'iters', 'iteration', 'iterations', 'item', 'items', 'req', 'reqs', 'request', 'requests', 'call', 'calls', 'run', 'runs', 'S', 'sample', 'samples', 'event', 'events', 'msg', 'msgs', 'message', 'messages', 'element', 'elements', 'tx', 'frame', 'frames']);
const COUNTS = new Set(['count', 'allocs', 'alloc', 'allocations', 'cycles', 'instructions', ...COUNTED]);
const PREFIXES = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };
/** Exact spelling first; only spelled-out words match case-insensitively (`MS` is mega-samples, not ms). */
function lookup(table, word) {
    return table[word] ?? (word.length > 3 ? table[word.toLowerCase()] : undefined);
}
/** The factor of a counted thing with an optional SI prefix, e.g. `MS` → 1e6; undefined when not one. */
function countFactor(word) {
    if (COUNTED.has(word) || COUNTED.has(word.toLowerCase()))
        return 1;
    const prefix = PREFIXES[word[0] ?? ''];
    const rest = word.slice(1);
    return prefix && (COUNTED.has(rest) || COUNTED.has(rest.toLowerCase())) ? prefix : undefined;
}
function rateOf(numerator, seconds) {
    const size = lookup(SIZES, numerator);
    if (size !== undefined)
        return { base: 'B/s', factor: size / seconds, rate: true };
    // An unknown thing per second is still a rate of something: 1/s, unscaled.
    return { base: '1/s', factor: (countFactor(numerator) ?? 1) / seconds, rate: true };
}
function perOperation(numerator) {
    const time = lookup(TIMES, numerator);
    if (time !== undefined)
        return { base: 's', factor: time, rate: false };
    const size = lookup(SIZES, numerator);
    if (size !== undefined)
        return { base: 'B', factor: size, rate: false };
    return COUNTS.has(numerator) || COUNTS.has(numerator.toLowerCase()) ? { base: 'count', factor: 1, rate: false } : undefined;
}
/** What a unit string means, or undefined when we cannot tell. */
function unitInfo(raw) {
    const unit = raw.trim();
    if (unit === '%' || /^percent(age)?$/i.test(unit))
        return { base: 'ratio', factor: 0.01, rate: false };
    const parts = unit.split('/');
    if (parts.length === 1)
        return perOperation(unit);
    if (parts.length !== 2 || !parts[0] || !parts[1])
        return undefined;
    const [numerator, denominator] = parts;
    const seconds = lookup(TIMES, denominator);
    if (seconds !== undefined)
        return rateOf(numerator, seconds);
    // `ns/op`, `B/op`, `allocs/op`, `cycles/iter`: a cost per operation of the benchmark.
    return perOperation(numerator);
}
/** Rates (ops/sec, MB/s) are bigger-is-better; times, sizes, counts and unknown units smaller. */
function inferDirection(unit) {
    return unitInfo(unit)?.rate ? 'bigger-is-better' : 'smaller-is-better';
}
function result(d) {
    const info = unitInfo(d.unit);
    const samples = d.samples && d.samples.length > 0 ? d.samples : undefined;
    return {
        name: d.name,
        value: d.value,
        unit: d.unit,
        ...(d.range !== undefined && { range: d.range }),
        ...(d.extra !== undefined && { extra: d.extra }),
        direction: d.direction ?? inferDirection(d.unit),
        ...(samples && { samples }),
        ...(info && {
            normalized: {
                unit: info.base,
                value: d.value * info.factor,
                ...(samples && { samples: samples.map((s) => s * info.factor) })
            }
        })
    };
}
/**
 * The value of repeated runs when the tool gives none of its own (go -count, Google Benchmark
 * repetitions, Julia trials) is their median, as benchstat and Google Benchmark's own `_median`
 * do: one slow outlier run does not move it.
 */


;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/benchmarkdotnet.ts


/**
 * BenchmarkDotNet's JSON exporter (`--exporters json`, `*-report-full.json` or `-report-brief.json`).
 *
 * As github-action-benchmark reads it: name = `FullName`, value = `Statistics.Mean`, unit `ns`
 * (BenchmarkDotNet's statistics are always nanoseconds per operation), range = `± <StandardDeviation>`.
 *
 * Samples: `Statistics.OriginalValues` (every workload measurement per operation, outliers
 * included); a report without them (the brief exporter) falls back to the `Measurements` of the
 * actual workload (`Workload`/`Result`: nanoseconds ÷ operations). With `[MemoryDiagnoser]`,
 * `Memory.BytesAllocatedPerOperation` becomes a result `<name> - B/op`. A benchmark that did not
 * run (`Statistics: null`) is a warning.
 */
const benchmarkdotnetFormat = {
    id: 'benchmarkdotnet',
    kind: 'benchmarks',
    description: 'BenchmarkDotNet JSON exporter (--exporters json)',
    sniff: (head) => /^\s*\{/.test(head) && /"(?:HostEnvironmentInfo|BenchmarkDotNetCaption)"\s*:/.test(head),
    parse: parseBenchmarkdotnet
};
const EXPECTED = 'a BenchmarkDotNet JSON report (--exporters json) with "Benchmarks"';
async function parseBenchmarkdotnet(file, chunks) {
    const sink = new Sink(file);
    await readJsonEntries(sink, chunks, { paths: ['$.Benchmarks.*'], root: 'object', expected: EXPECTED }, ({ value, at, label }) => {
        const bench = asObject(value, 'the benchmark');
        const name = str(bench, 'FullName');
        if (bench.Statistics === null || bench.Statistics === undefined)
            return sink.warning(`${label}: "${name}" has no statistics (the benchmark did not run)`, at);
        const stats = asObject(bench.Statistics, 'Statistics');
        const samples = numbers(stats.OriginalValues) ?? workload(bench.Measurements);
        sink.benchmarks.push(result({ name, value: num(stats, 'Mean'), unit: 'ns', range: `± ${num(stats, 'StandardDeviation')}`, ...(samples && { samples }) }));
        const memory = bench.Memory === undefined || bench.Memory === null ? undefined : asObject(bench.Memory, 'Memory');
        const allocated = memory && optNum(memory, 'BytesAllocatedPerOperation');
        if (allocated !== undefined)
            sink.benchmarks.push(result({ name: `${name} - B/op`, value: allocated, unit: 'B/op' }));
    });
    return sink.done(EXPECTED);
}
/** Nanoseconds per operation of each actual workload iteration, when every one is readable. */
function workload(measurements) {
    if (!Array.isArray(measurements))
        return undefined;
    const actual = measurements.filter((m) => typeof m === 'object' && m !== null && m.IterationMode === 'Workload' && m.IterationStage === 'Result');
    const values = actual.map((m) => (typeof m.Nanoseconds === 'number' && typeof m.Operations === 'number' && m.Operations > 0 ? m.Nanoseconds / m.Operations : NaN));
    return values.length > 0 && values.every(Number.isFinite) ? values : undefined;
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/benchmarkjs.ts




/**
 * Benchmark.js cycle lines, `String(event.target)` as its examples print them:
 *
 *     fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)
 *
 * The name is everything before the last " x ", so names may contain " x " themselves. The
 * `±` is the relative margin of error; benchmark.js prints no samples. Ops/sec is bigger-is-better.
 * "(1 run sampled)" is read too (github-action-benchmark wants "runs").
 */
const benchmarkjsFormat = {
    id: 'benchmarkjs',
    kind: 'benchmarks',
    description: 'benchmark.js output ("name x 1,234 ops/sec ±0.5% (90 runs sampled)")',
    sniff: (head) => isPlainText(head) && /^.+ x [\d,.]+ \S+ (?:±|\+-)[\d.]+% \(\d+ runs? sampled\)\s*$/m.test(head),
    parse: parseBenchmarkjs
};
const REST = /^ x ([\d,]*\.?\d+) +(\S+) +((?:±|\+-)[^%]+%) \((\d+) runs? sampled\)\s*$/;
const benchmarkjs_EXPECTED = 'lines like "fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)"';
async function parseBenchmarkjs(file, chunks) {
    const sink = new Sink(file);
    for await (const { text, number } of (0,decode/* readLines */.Se)(chunks)) {
        const at = text.lastIndexOf(' x ');
        if (at <= 0)
            continue;
        const m = REST.exec(text.slice(at));
        if (!m) {
            // Only a line that ends like a cycle line is a broken one; other text is the program's own.
            if (/ sampled\)\s*$/.test(text))
                sink.problem(`expected "x <value> <unit> ±<margin>% (<n> runs sampled)" after the name, found ${(0,excerpt/* excerpt */.Kb)(text.slice(at + 1))}`, { line: number, column: at + 2 });
            continue;
        }
        const [, value = '', unit = '', range = '', runs = ''] = m;
        sink.benchmarks.push(result({ name: text.slice(0, at), value: Number(value.replace(/,/g, '')), unit, range, extra: `${runs} samples` }));
    }
    return sink.done(benchmarkjs_EXPECTED);
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/cargo.ts




/**
 * Rust benchmark lines in libtest's format: `cargo bench` with `#[bench]` (nightly), and criterion
 * or divan run with `--output-format bencher`:
 *
 *     test bench_fib_20 ... bench:      18,149 ns/iter (+/- 755)
 *     test bench_copy   ... bench:         130.40 ns/iter (+/- 71.55) = 31507 MB/s
 *
 * The `±` is libtest's spread (max − min of the middle samples), not a standard deviation; it is
 * kept as written (`range: "± 755"`). When `b.bytes` is set, libtest appends the throughput:
 * github-action-benchmark's pattern ends at the `)`, so it drops such lines entirely; we read the
 * line and add the throughput as a result `<name> - MB/s`, bigger-is-better.
 */
const cargoFormat = {
    id: 'cargo',
    kind: 'benchmarks',
    description: 'cargo bench (libtest #[bench]) and criterion --output-format bencher lines',
    sniff: (head) => isPlainText(head) && /^test .+ \.\.\. bench:\s+[\d,.]+ \S+ \(\+\/- [\d,.]+\)/m.test(head),
    parse: parseCargo
};
const LINE = /^test (.+?)\s+\.\.\. bench:\s+([\d,]*\.?\d+) (\S+) \(\+\/- ([\d,]*\.?\d+)\)(?: = ([\d,]*\.?\d+) (\S+))?\s*$/;
const cargo_EXPECTED = 'lines like "test bench_fib_20 ... bench:   18,149 ns/iter (+/- 755)"';
async function parseCargo(file, chunks) {
    const sink = new Sink(file);
    for await (const { text, number } of (0,decode/* readLines */.Se)(chunks)) {
        if (!text.startsWith('test ') || !text.includes(' ... bench:'))
            continue;
        const m = LINE.exec(text);
        if (!m) {
            const column = text.indexOf(' ... bench:') + ' ... bench:'.length + 1;
            sink.problem(`expected "<value> <unit> (+/- <spread>)" after "bench:", found ${(0,excerpt/* excerpt */.Kb)(text.slice(column - 1).trim())}`, { line: number, column });
            continue;
        }
        const [, rawName = '', value = '', unit = '', spread = '', throughput, throughputUnit] = m;
        const name = rawName.trim();
        sink.benchmarks.push(result({ name, value: parseNumber(value), unit, range: `± ${spread.replace(/,/g, '')}` }));
        if (throughput && throughputUnit) {
            sink.benchmarks.push(result({ name: `${name} - ${throughputUnit}`, value: parseNumber(throughput), unit: throughputUnit, direction: 'bigger-is-better' }));
        }
    }
    return sink.done(cargo_EXPECTED);
}
/** libtest groups thousands with commas: `18,149` and `317,642.72`. */
function parseNumber(text) {
    return Number(text.replace(/,/g, ''));
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/catch2.ts




/**
 * Catch2's console reporter (v2 "estimated", v3.5+ "est run time"), one table per test case:
 *
 *     benchmark name                       samples       iterations    estimated
 *                                          mean          low mean      high mean
 *                                          std dev       low std dev   high std dev
 *     -------------------------------------------------------------------------------
 *     Fibonacci 20                                   100             2     8.3712 ms
 *                                              41.731 us      41.25 us     42.622 us
 *                                                  362 ns        234 ns        539 ns
 *
 * value = mean, range = std dev, extra = samples and iterations, as github-action-benchmark reads
 * it, with two fixes: a name too long for its column is wrapped by Catch2 over several lines, and
 * is joined back (github-action-benchmark keeps only the last piece); and the std dev keeps its
 * unit when it differs from the mean's (`± 362 ns` beside `3.789 us`, not `± 362`). Tables of
 * `--benchmark-no-analysis` runs ("... iterations    mean", one line per benchmark) are read too.
 */
const catch2Format = {
    id: 'catch2',
    kind: 'benchmarks',
    description: 'Catch2 v2/v3 console benchmark tables',
    sniff: (head) => isPlainText(head) && HEADER.test(head),
    parse: parseCatch2
};
const HEADER = /^benchmark name +samples +iterations +(estimated|est run time|mean)\s*$/m;
const NUMBER = String.raw `(\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;
const UNIT = '(ns|us|µs|ms|s)';
const START = new RegExp(String.raw `^(.*?)\s+(\d+)\s+(\d+)\s+${NUMBER} ${UNIT}\s*$`);
const TRIPLE = new RegExp(String.raw `^\s+${NUMBER} ${UNIT}\s+${NUMBER} ${UNIT}\s+${NUMBER} ${UNIT}\s*$`);
const RULE = /^(?:-{3,}|={3,}|~{3,}|\.{3,})\s*$/;
const catch2_EXPECTED = 'Catch2 benchmark tables (a "benchmark name   samples   iterations ..." header and its rows)';
class Catch2Reader {
    sink;
    state = 'search';
    analysis = true;
    nameParts = [];
    pending;
    headerLine = 0;
    constructor(sink) {
        this.sink = sink;
    }
    line(text, number) {
        if (this.pending)
            return this.row(text, number, this.pending);
        const header = HEADER.exec(text);
        if (header) {
            this.state = 'header';
            this.headerLine = number;
            this.analysis = header[1] !== 'mean';
        }
        else if (this.state === 'header') {
            if (/^-{3,}\s*$/.test(text))
                this.state = 'rows';
        }
        else if (this.state === 'rows')
            this.startRow(text, number);
    }
    end() {
        if (this.pending)
            this.sink.problem(`benchmark "${this.pending.name}" ends before its ${this.pending.mean ? 'std dev' : 'mean'} line`);
        if (this.state === 'header')
            this.sink.problem('the benchmark table header is not followed by its "-----" rule', { line: this.headerLine, column: 1 });
    }
    startRow(text, number) {
        if (text.trim() === '')
            return void (this.nameParts = []);
        if (RULE.test(text)) {
            this.state = 'search';
            this.nameParts = [];
            return;
        }
        const m = START.exec(text);
        if (!m) {
            // A long name wraps over lines of its own before the row; keep a few pieces.
            if (this.nameParts.length < 8)
                this.nameParts.push(text.trim());
            return;
        }
        const [, last = '', samples = '', iterations = '', value = '', unit = ''] = m;
        const name = [...this.nameParts, last.trim()].filter(Boolean).join(' ');
        this.nameParts = [];
        const extra = `${samples} samples\n${iterations} iterations`;
        if (this.analysis)
            this.pending = { name, extra, line: number };
        else
            this.sink.benchmarks.push(result({ name, value: Number(value), unit, extra }));
    }
    /** The mean and std dev lines that follow a row with analysis. */
    row(text, number, pending) {
        const m = TRIPLE.exec(text);
        if (!m) {
            const what = pending.mean ? 'std dev' : 'mean';
            this.sink.problem(`expected the ${what} line of benchmark "${pending.name}" ("<${what}> <unit>   <low> <unit>   <high> <unit>"), found ${(0,excerpt/* excerpt */.Kb)(text.trim())}`, { line: number, column: 1 });
            this.pending = undefined;
            return;
        }
        const value = Number(m[1]);
        const unit = m[2];
        if (!pending.mean) {
            pending.mean = { value, unit };
            return;
        }
        const range = `± ${m[1]}${unit === pending.mean.unit ? '' : ` ${unit}`}`;
        this.sink.benchmarks.push(result({ name: pending.name, value: pending.mean.value, unit: pending.mean.unit, range, extra: pending.extra }));
        this.pending = undefined;
    }
}
async function parseCatch2(file, chunks) {
    const sink = new Sink(file);
    const reader = new Catch2Reader(sink);
    for await (const { text, number } of (0,decode/* readLines */.Se)(chunks))
        reader.line(text, number);
    reader.end();
    return sink.done(catch2_EXPECTED);
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/custom.ts



/**
 * github-action-benchmark's `customBiggerIsBetter` / `customSmallerIsBetter` JSON: an array of
 * `{name, unit, value, range?, extra?}` that users write themselves.
 *
 * The two tools share one shape and differ only in direction, which no content can tell. So they
 * are two formats, `custom-bigger` and `custom-smaller` (one-to-one with the action's `tool:`
 * values, so a migration is a rename), and neither is ever detected from content: a file detected
 * as the wrong one would gate every benchmark the wrong way round, silently. The user names it
 * (`reports.formats` / `--format`), as they named the tool before.
 *
 * Additions, ignored by github-action-benchmark and harmless to it: an entry may carry its own
 * `direction` ("bigger-is-better" / "smaller-is-better", overriding the format's), so one file can
 * mix both kinds; and `samples`, an array of numbers in `unit`. `range` may be a number (it is then
 * written as a string, as github-action-benchmark shows it).
 */
function customFormat(id, direction, tool) {
    return {
        id,
        kind: 'benchmarks',
        description: `github-action-benchmark ${tool} JSON: [{name, unit, value, range?, extra?}], ${direction}; never detected, name it`,
        sniff: () => false,
        parse: (file, chunks) => parseCustom(file, chunks, direction)
    };
}
const customBiggerFormat = customFormat('custom-bigger', 'bigger-is-better', 'customBiggerIsBetter');
const customSmallerFormat = customFormat('custom-smaller', 'smaller-is-better', 'customSmallerIsBetter');
const custom_EXPECTED = 'a JSON array of {"name", "unit", "value"} objects';
const DIRECTIONS = ['bigger-is-better', 'smaller-is-better'];
async function parseCustom(file, chunks, direction) {
    const sink = new Sink(file);
    await readJsonEntries(sink, chunks, { paths: ['$.*'], root: 'array', expected: custom_EXPECTED }, ({ value }) => {
        const entry = asObject(value, 'the benchmark');
        const samples = entry.samples === undefined ? undefined : numbers(entry.samples);
        if (entry.samples !== undefined && !samples)
            throw new EntryError('samples: expected a non-empty array of numbers');
        const range = entry.range === undefined || entry.range === null ? undefined : typeof entry.range === 'number' ? String(entry.range) : str(entry, 'range');
        sink.benchmarks.push(result({
            name: str(entry, 'name'),
            value: num(entry, 'value'),
            unit: str(entry, 'unit'),
            ...(range !== undefined && { range }),
            ...(entry.extra !== undefined && entry.extra !== null && { extra: str(entry, 'extra') }),
            direction: ownDirection(entry) ?? direction,
            ...(samples && { samples })
        }));
    });
    return sink.done(custom_EXPECTED);
}
function ownDirection(entry) {
    const own = optStr(entry, 'direction');
    if (own !== undefined && !DIRECTIONS.includes(own))
        throw new EntryError(`direction: expected "bigger-is-better" or "smaller-is-better", found ${(0,excerpt/* excerpt */.Kb)(own)}`);
    return own;
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/go.ts




/**
 * `go test -bench` output: `<name>[-procs] <iterations> <value> <unit> [<value> <unit>...]`, fields
 * separated by white space (Go's benchmark data format; sub-benchmark names have no spaces).
 *
 * - The first metric (ns/op) is the result `<name>`; every further metric (`-benchmem`'s B/op and
 *   allocs/op, `SetBytes`' MB/s, `ReportMetric`'s own units) is a result `<name> - <unit>` with its
 *   own direction. github-action-benchmark gives the first result the whole tail
 *   ("ns/op\t2833.37 MB/s\t0 B/op…") as its unit and repeats it as `<name> - ns/op`; we keep the
 *   unit `ns/op` and leave out the repeat.
 * - `-count N` repeats a line: its values become the samples of one result, valued at their median.
 *   Lines of the same name run with different `-cpu` settings are different benchmarks, not
 *   samples: those keep their `-procs` suffix in the name.
 * - When the output holds several packages (`pkg:` lines), names get ` (<package>)` appended, as
 *   github-action-benchmark does, so the same benchmark name in two packages stays two results.
 */
const goFormat = {
    id: 'go',
    kind: 'benchmarks',
    description: 'go test -bench output (with -benchmem, ReportMetric, -count and several packages)',
    sniff: (head) => isPlainText(head) && (SNIFF_LINE.test(head) || (/^goos: \S+\s*$/m.test(head) && /^goarch: \S+\s*$/m.test(head))),
    parse: parseGo
};
const SNIFF_LINE = /^Benchmark(?![a-z])\S*[ \t]+\d+[ \t]+[-+]?\d[\d.eE+-]*[ \t]+\S+/m;
const PROCS = /^(.+?)-(\d+)$/;
const go_EXPECTED = 'go test -bench result lines like "BenchmarkFib10-8   5000000   325 ns/op"';
async function parseGo(file, chunks) {
    const sink = new Sink(file);
    const runs = new Map();
    const packages = new Set();
    let pkg;
    for await (const { text, number } of (0,decode/* readLines */.Se)(chunks)) {
        const header = /^pkg: (\S+)\s*$/.exec(text);
        if (header) {
            pkg = header[1];
            packages.add(pkg);
            continue;
        }
        const line = readLine(text, number, sink);
        if (!line)
            continue;
        const key = JSON.stringify([line.name, line.procs, pkg]);
        let run = runs.get(key);
        if (!run)
            runs.set(key, (run = { name: line.name, ...(line.procs && { procs: line.procs }), ...(pkg && { pkg }), times: [], metrics: new Map() }));
        run.times.push(line.times);
        for (const [value, unit] of line.pairs) {
            const values = run.metrics.get(unit) ?? [];
            values.push(value);
            run.metrics.set(unit, values);
        }
    }
    emit(sink, [...runs.values()], packages.size > 1);
    return sink.done(go_EXPECTED);
}
/** A result line, or undefined for any other line; a broken result line is a located problem. */
function readLine(text, number, sink) {
    // Go runs only BenchmarkXxx functions whose Xxx does not start with a lower-case letter.
    if (!/^Benchmark(?![a-z])/.test(text))
        return undefined;
    const fields = text.trim().split(/\s+/);
    // `-v` prints the bare name before the result; prose may start with "Benchmark" too.
    if (fields.length < 2 || !/^\d+$/.test(fields[1]))
        return undefined;
    const columnOf = columns(text);
    if (fields.length < 4 || fields.length % 2 !== 0) {
        sink.problem(`expected <name> <iterations> <value> <unit> [<value> <unit>...], found ${fields.length} fields in ${(0,excerpt/* excerpt */.Kb)(text.trim())}`, { line: number, column: 1 });
        return undefined;
    }
    const pairs = [];
    for (let i = 2; i < fields.length; i += 2) {
        const value = Number(fields[i]);
        if (!Number.isFinite(value)) {
            sink.problem(`expected a number before the unit ${(0,excerpt/* excerpt */.Kb)(fields[i + 1])}, found ${(0,excerpt/* excerpt */.Kb)(fields[i])}`, { line: number, column: columnOf(i) });
            return undefined;
        }
        pairs.push([value, fields[i + 1]]);
    }
    const m = PROCS.exec(fields[0]);
    return { name: m ? m[1] : fields[0], ...(m && { procs: m[2] }), times: fields[1], pairs };
}
/** 1-based column of the i-th white-space separated field of a line. */
function columns(text) {
    const starts = [];
    for (const m of text.matchAll(/\S+/g))
        starts.push(m.index + 1);
    return (i) => starts[i] ?? 1;
}
function emit(sink, runs, severalPackages) {
    const procsSeen = new Map();
    for (const run of runs) {
        const key = JSON.stringify([run.name, run.pkg]);
        procsSeen.set(key, (procsSeen.get(key) ?? new Set()).add(run.procs));
    }
    for (const run of runs) {
        const keepProcs = (procsSeen.get(JSON.stringify([run.name, run.pkg]))?.size ?? 0) > 1;
        const name = `${run.name}${keepProcs && run.procs ? `-${run.procs}` : ''}${severalPackages && run.pkg ? ` (${run.pkg})` : ''}`;
        const extra = [`${[...new Set(run.times)].join(', ')} times`, run.times.length > 1 && `${run.times.length} runs`, run.procs && `${run.procs} procs`]
            .filter(Boolean)
            .join('\n');
        let first = true;
        for (const [unit, values] of run.metrics) {
            const repeated = values.length > 1;
            sink.benchmarks.push(result({
                name: first ? name : `${name} - ${unit}`,
                value: repeated ? (0,median/* median */.J)(values) : values[0],
                unit,
                extra,
                ...(repeated && { samples: values })
            }));
            first = false;
        }
    }
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/googlecpp.ts


/**
 * Google Benchmark's `--benchmark_format=json` (or `--benchmark_out=x.json`).
 *
 * One result per run (`run_name`): value = `real_time`, unit `<time_unit>/iter`, extra = iterations,
 * CPU time and threads, as github-action-benchmark reads a single run. With
 * `--benchmark_repetitions=N` the N `run_type: "iteration"` entries of a run are its samples and the
 * value is their median (Google Benchmark's own `_median`); the `_mean`/`_median`/`_stddev`/`_cv`
 * aggregate entries are not results of their own (github-action-benchmark lists each repetition
 * and each aggregate as a separate benchmark). A run written with
 * `--benchmark_report_aggregates_only` has no iterations: its `median` aggregate (else `mean`) is
 * the value, without samples.
 *
 * `bytes_per_second` and `items_per_second` (SetBytesProcessed, SetItemsProcessed) become results
 * `<name> - bytes_per_second` (B/s) and `<name> - items_per_second` (items/s), bigger-is-better.
 * Other user counters are not read: the JSON does not say whether more is better. A run skipped
 * with an error (`error_occurred`, `skipped`) is a warning, not a result.
 */
const googlecppFormat = {
    id: 'googlecpp',
    kind: 'benchmarks',
    description: 'Google Benchmark JSON (--benchmark_format=json)',
    sniff: (head) => /^\s*\{\s*"context"\s*:\s*\{/.test(head) && /"(?:num_cpus|mhz_per_cpu|library_build_type)"\s*:/.test(head),
    parse: parseGooglecpp
};
const googlecpp_EXPECTED = 'a Google Benchmark JSON report (--benchmark_format=json) with "benchmarks"';
const RATES = [
    ['bytes_per_second', 'B/s'],
    ['items_per_second', 'items/s']
];
async function parseGooglecpp(file, chunks) {
    const sink = new Sink(file);
    const runs = new Map();
    const ok = await readJsonEntries(sink, chunks, { paths: ['$.benchmarks.*'], root: 'object', expected: googlecpp_EXPECTED }, ({ value, at, label }) => {
        const entry = asObject(value, 'the benchmark');
        const name = str(entry, 'run_name' in entry ? 'run_name' : 'name');
        if (skipped(entry, sink, `${label}: "${name}"`, at))
            return;
        const unit = str(entry, 'time_unit');
        num(entry, 'real_time');
        const run = runs.get(name) ?? { name, unit, iterations: [], aggregates: new Map() };
        runs.set(name, run);
        if (optStr(entry, 'run_type') === 'aggregate')
            run.aggregates.set(optStr(entry, 'aggregate_name') ?? '', entry);
        else
            run.iterations.push(entry);
    });
    if (ok)
        for (const run of runs.values())
            googlecpp_emit(sink, run);
    return sink.done(googlecpp_EXPECTED);
}
function skipped(entry, sink, what, at) {
    if (entry.error_occurred !== true && entry.skipped !== true && entry.skipped !== 'error' && entry.skipped !== 'user')
        return false;
    const reason = optStr(entry, 'error_message') ?? optStr(entry, 'skip_message') ?? 'no reason given';
    sink.warning(`${what} was skipped: ${reason}`, at);
    return true;
}
function googlecpp_emit(sink, run) {
    const repeated = run.iterations.length > 1;
    const basis = run.iterations.length > 0 ? run.iterations : [run.aggregates.get('median') ?? run.aggregates.get('mean')].filter((e) => e !== undefined);
    if (basis.length === 0)
        return;
    const pick = (key) => {
        const values = basis.map((e) => optNum(e, key));
        return values.every((v) => v !== undefined) ? values : undefined;
    };
    const value = (values) => (repeated ? (0,median/* median */.J)(values) : values[0]);
    const times = pick('real_time');
    const cpu = pick('cpu_time');
    const first = basis[0];
    const extra = [
        first.iterations !== undefined && `iterations: ${String(first.iterations)}`,
        cpu && `cpu: ${value(cpu)} ${run.unit}`,
        first.threads !== undefined && `threads: ${String(first.threads)}`,
        repeated && `repetitions: ${basis.length}`,
        run.iterations.length === 0 && `aggregate: ${run.aggregates.has('median') ? 'median' : 'mean'}`
    ]
        .filter(Boolean)
        .join('\n');
    const samples = repeated ? { samples: times } : {};
    sink.benchmarks.push(result({ name: run.name, value: value(times), unit: `${run.unit}/iter`, extra, ...samples }));
    for (const [key, unit] of RATES) {
        const rates = pick(key);
        if (rates)
            sink.benchmarks.push(result({ name: `${run.name} - ${key}`, value: value(rates), unit, direction: 'bigger-is-better', ...(repeated && { samples: rates }) }));
    }
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/hyperfine.ts


/**
 * hyperfine's `--export-json`: `{"results": [{command, mean, stddev, median, user, system, min,
 * max, times, exit_codes, parameters?}]}`, every time in seconds.
 *
 * name = `command` (the `-n` name when given; parameter values already substituted), value =
 * `mean` (hyperfine's headline), unit `s`, range = `± <stddev>` (null for a single run: no range),
 * extra = median, user and system time and the run count; `times` are the samples. A command
 * with non-zero exit codes (only possible with `--ignore-failure`) is kept, with a warning: its
 * times may measure an early exit.
 */
const hyperfineFormat = {
    id: 'hyperfine',
    kind: 'benchmarks',
    description: 'hyperfine JSON (--export-json)',
    sniff: (head) => /^\s*\{\s*"results"\s*:\s*\[\s*\{\s*"command"\s*:/.test(head),
    parse: parseHyperfine
};
const hyperfine_EXPECTED = 'a hyperfine JSON export (--export-json) with "results"';
async function parseHyperfine(file, chunks) {
    const sink = new Sink(file);
    await readJsonEntries(sink, chunks, { paths: ['$.results.*'], root: 'object', expected: hyperfine_EXPECTED }, ({ value, at, label }) => {
        const run = asObject(value, 'the result');
        const name = str(run, 'command');
        const times = numbers(run.times);
        const stddev = optNum(run, 'stddev');
        const failed = Array.isArray(run.exit_codes) ? run.exit_codes.filter((c) => c !== 0).length : 0;
        if (failed > 0)
            sink.warning(`${label}: "${name}" exited with a non-zero code in ${failed} of ${run.exit_codes instanceof Array ? run.exit_codes.length : '?'} runs`, at);
        const extra = [
            `median: ${num(run, 'median')} s`,
            `user: ${num(run, 'user')} s`,
            `system: ${num(run, 'system')} s`,
            times && `runs: ${times.length}`
        ]
            .filter(Boolean)
            .join('\n');
        sink.benchmarks.push(result({ name, value: num(run, 'mean'), unit: 's', ...(stddev !== undefined && { range: `± ${stddev}` }), extra, ...(times && { samples: times }) }));
    });
    return sink.done(hyperfine_EXPECTED);
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/jmh.ts


/**
 * JMH's `-rf json` report: an array with one entry per benchmark (and parameter set).
 *
 * As github-action-benchmark reads it: name = `benchmark` plus ` ( {"param":"value"} )` when it
 * has params, value = `primaryMetric.score`, unit = `scoreUnit`, extra = measurement iterations,
 * forks and threads. Fix: the direction comes from the mode. Throughput (`thrpt`, ops/s) is
 * bigger-is-better; average time, sample time and single shot (`avgt`, `sample`, `ss`, s/op) are
 * smaller-is-better. github-action-benchmark treats every JMH result as smaller-is-better, so a
 * faster throughput benchmark raises its alert.
 *
 * Samples: `primaryMetric.rawData`, one score per measurement iteration of every fork, in
 * `scoreUnit`. Sample mode writes a histogram instead (`rawDataHistogram`), which is not expanded.
 * Secondary metrics (profilers' `·gc.alloc.rate` and the like) are not read: their direction
 * differs metric by metric and the report does not say it.
 */
const jmhFormat = {
    id: 'jmh',
    kind: 'benchmarks',
    description: 'JMH JSON (-rf json)',
    sniff: (head) => /^\s*\[\s*\{/.test(head) && /"jmhVersion"\s*:/.test(head),
    parse: parseJmh
};
const jmh_EXPECTED = 'a JMH JSON report (-rf json): an array of benchmarks';
const MODES = {
    thrpt: 'bigger-is-better',
    avgt: 'smaller-is-better',
    sample: 'smaller-is-better',
    ss: 'smaller-is-better'
};
async function parseJmh(file, chunks) {
    const sink = new Sink(file);
    await readJsonEntries(sink, chunks, { paths: ['$.*'], root: 'array', expected: jmh_EXPECTED }, ({ value }) => {
        const bench = asObject(value, 'the benchmark');
        const params = bench.params === undefined || bench.params === null ? '' : ` ( ${JSON.stringify(asObject(bench.params, 'params'))} )`;
        const metric = asObject(bench.primaryMetric, 'primaryMetric');
        const unit = str(metric, 'scoreUnit');
        const mode = optStr(bench, 'mode');
        const samples = rawData(metric.rawData);
        sink.benchmarks.push(result({
            name: `${str(bench, 'benchmark')}${params}`,
            value: num(metric, 'score'),
            unit,
            extra: `iterations: ${String(bench.measurementIterations)}\nforks: ${String(bench.forks)}\nthreads: ${String(bench.threads)}`,
            direction: (mode ? MODES[mode] : undefined) ?? inferDirection(unit),
            ...(samples && { samples })
        }));
    });
    return sink.done(jmh_EXPECTED);
}
/** `[[fork 1 iterations...], [fork 2 ...]]` flattened; kept only when every score is a number. */
function rawData(raw) {
    if (!Array.isArray(raw) || !raw.every(Array.isArray))
        return undefined;
    const flat = raw.flat();
    return flat.length > 0 && flat.every((v) => typeof v === 'number' && Number.isFinite(v)) ? flat : undefined;
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/julia.ts


/**
 * Julia BenchmarkTools' `BenchmarkTools.save("out.json", results)`:
 * `[{"Julia": v, "BenchmarkTools": v}, [value, ...]]`, each value a `[type, fields]` pair.
 *
 * A `BenchmarkGroup` nests: the path of keys to an estimate is its name (`fib/10`). A
 * `TrialEstimate` (results after `median(...)`/`minimum(...)`) is read as github-action-benchmark
 * reads it: value = `time` in ns, extra = gctime, memory, allocs and params. A raw `Trial`
 * (github-action-benchmark refuses it) keeps every sample: `times` in ns are the samples, the
 * value is their median. Other types (`TrialRatio`, `TrialJudgement`) are problems: they compare
 * runs rather than measure one.
 *
 * Keys are visited in JavaScript object order, as github-action-benchmark does, so numeric keys
 * ("10", "20") come first in ascending order.
 */
const juliaFormat = {
    id: 'julia',
    kind: 'benchmarks',
    description: 'Julia BenchmarkTools JSON (BenchmarkTools.save)',
    sniff: (head) => /^\s*\[\s*\{/.test(head) && /"BenchmarkTools"\s*:\s*"/.test(head) && /"Julia"\s*:\s*"/.test(head),
    parse: parseJulia
};
const julia_EXPECTED = 'a BenchmarkTools JSON file: [{"Julia": …, "BenchmarkTools": …}, [groups or trials]]';
const MAX_DEPTH = 64;
async function parseJulia(file, chunks) {
    const sink = new Sink(file);
    await readJsonEntries(sink, chunks, { paths: ['$.1.*'], root: 'array', expected: julia_EXPECTED }, ({ value, path, at, label }) => {
        const [type] = tagged(value);
        // A trial saved on its own has no group keys to name it: its position names it.
        const labels = type === 'BenchmarkGroup' ? [] : [String(Number(path[1]) + 1)];
        if (labels.length > 0)
            sink.warning(`${label}: a ${type} saved outside a BenchmarkGroup has no name; it is named "${labels[0]}"`, at);
        new Walker(sink, at, label).visit(value, labels, 0);
    });
    return sink.done(julia_EXPECTED);
}
function tagged(value) {
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
        throw new EntryError('expected a [type, fields] pair such as ["BenchmarkGroup", {...}]');
    }
    return [value[0], asObject(value[1], `${value[0]} fields`)];
}
/** Walks one top-level value; a broken estimate is a problem at that value, its siblings still count. */
class Walker {
    sink;
    at;
    label;
    constructor(sink, at, label) {
        this.sink = sink;
        this.at = at;
        this.label = label;
    }
    visit(value, labels, depth) {
        const name = labels.join('/');
        try {
            const [type, fields] = tagged(value);
            if (type === 'BenchmarkGroup')
                return this.group(fields, labels, depth);
            this.sink.benchmarks.push(measurement(type, fields, name));
        }
        catch (err) {
            if (!(err instanceof EntryError))
                throw err;
            this.sink.problem(`${this.label}${name ? ` (${name})` : ''}: ${err.message}`, this.at);
        }
    }
    group(fields, labels, depth) {
        if (depth > MAX_DEPTH)
            throw new EntryError(`groups nested more than ${MAX_DEPTH} deep`);
        const data = asObject(fields.data, 'data');
        for (const key of Object.keys(data))
            this.visit(data[key], [...labels, key], depth + 1);
    }
}
function measurement(type, fields, name) {
    if (type === 'TrialEstimate') {
        return result({ name, value: num(fields, 'time'), unit: 'ns', extra: extra(fields, num(fields, 'gctime')) });
    }
    if (type === 'Trial') {
        const times = numbers(fields.times);
        if (!times)
            throw new EntryError('a Trial needs "times", an array of numbers');
        const gctimes = numbers(fields.gctimes);
        return result({ name, value: (0,median/* median */.J)(times), unit: 'ns', extra: extra(fields, gctimes ? (0,median/* median */.J)(gctimes) : 0), samples: times });
    }
    throw new EntryError(`${type} is not a measurement; save the TrialEstimate or Trial results`);
}
function extra(fields, gctime) {
    const params = Array.isArray(fields.params) ? fields.params[1] : undefined;
    return `gctime=${gctime}\nmemory=${String(fields.memory)}\nallocs=${String(fields.allocs)}\nparams=${JSON.stringify(params)}`;
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/luau.ts




/**
 * Luau's benchmark runner (`bench/bench.py`): one line per benchmark,
 *
 *     SUCCESS: base64                                  :   15.041ms +/-  0.636% on luau
 *
 * the mean in ms, the relative 95% confidence interval (the standard deviation without scipy) as
 * range (`±0.636%`), and the driver (the VM with its arguments) as extra. The summary table that
 * follows repeats the same numbers and is not read. `SUCCESS` is coloured on a terminal, so ANSI
 * colour codes are dropped first. github-action-benchmark splits the line on white space, so a
 * name or driver with a space breaks it; here the name runs up to the " : " column and the driver
 * to the end of the line.
 */
const luauFormat = {
    id: 'luau',
    kind: 'benchmarks',
    description: 'Luau bench.py output ("SUCCESS: name : 15.041ms +/- 0.636% on luau")',
    sniff: (head) => isPlainText(head) && /^(?:\x1b\[[\d;]*m)*SUCCESS(?:\x1b\[[\d;]*m)*: .+: +[\d.]+[a-zµ]+ \+\/- +[\d.]+% on \S/m.test(head),
    parse: parseLuau
};
const luau_LINE = /^SUCCESS: (.+?)\s*: +(\d*\.?\d+)([a-zµ]+) \+\/- +(\d*\.?\d+%) on (.+?)\s*$/;
const ANSI = /\x1b\[[\d;]*m/g;
const luau_EXPECTED = 'lines like "SUCCESS: base64 : 15.041ms +/- 0.636% on luau"';
async function parseLuau(file, chunks) {
    const sink = new Sink(file);
    for await (const line of (0,decode/* readLines */.Se)(chunks)) {
        const { number } = line;
        const text = line.text.replace(ANSI, '');
        if (!text.startsWith('SUCCESS:'))
            continue;
        const m = luau_LINE.exec(text);
        if (!m) {
            sink.problem(`expected "SUCCESS: <name> : <value><unit> +/- <deviation>% on <driver>", found ${(0,excerpt/* excerpt */.Kb)(text)}`, { line: number, column: 1 });
            continue;
        }
        const [, name = '', value = '', unit = '', deviation = '', driver = ''] = m;
        sink.benchmarks.push(result({ name, value: Number(value), unit, range: `±${deviation}`, extra: driver }));
    }
    return sink.done(luau_EXPECTED);
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/pytest.ts


/**
 * pytest-benchmark's `--benchmark-json` report, one entry per test under `benchmarks`.
 *
 * As github-action-benchmark reads it: name = `fullname`, value = `stats.ops` (rounds per second,
 * bigger-is-better) in `iter/sec`, range = `stddev: <seconds>`, extra = the mean in a readable unit
 * and the rounds. (The range is a standard deviation in seconds beside a value in ops/sec; kept
 * as is, because the strings are only shown, and history written by that action carries them.)
 *
 * Shown to people as time per round (`1.09 ms per round`, src/model/format.ts), the way
 * pytest-benchmark's own table reads; the stored value stays a rate so histories carry over.
 *
 * `stats.data` (every round's time per iteration, in seconds) becomes the samples, turned into
 * iter/sec like the value (1 / time), so samples and value share a unit. A `data` array with
 * anything but positive numbers (a hand-trimmed report) keeps no samples, with a warning.
 */
const pytestFormat = {
    id: 'pytest-benchmark',
    kind: 'benchmarks',
    description: 'pytest-benchmark JSON (--benchmark-json)',
    sniff: (head) => /^\s*\{/.test(head) && /"machine_info"\s*:\s*\{/.test(head),
    parse: parsePytest
};
const pytest_EXPECTED = 'a pytest-benchmark JSON report (--benchmark-json) with "benchmarks"';
async function parsePytest(file, chunks) {
    const sink = new Sink(file);
    await readJsonEntries(sink, chunks, { paths: ['$.benchmarks.*'], root: 'object', expected: pytest_EXPECTED }, ({ value, at, label }) => {
        const bench = asObject(value, 'the benchmark');
        const name = str(bench, 'fullname');
        const stats = asObject(bench.stats, 'stats');
        const ops = num(stats, 'ops');
        const mean = num(stats, 'mean');
        const [shown, meanUnit] = readable(mean);
        const samples = opsSamples(stats.data);
        if (stats.data !== undefined && !samples)
            sink.warning(`${label}: stats.data holds something other than positive numbers; no samples kept for "${name}"`, at);
        sink.benchmarks.push(result({
            name,
            value: ops,
            unit: 'iter/sec',
            range: `stddev: ${num(stats, 'stddev')}`,
            extra: `mean: ${shown} ${meanUnit}\nrounds: ${num(stats, 'rounds')}`,
            direction: 'bigger-is-better',
            ...(samples && { samples })
        }));
    });
    return sink.done(pytest_EXPECTED);
}
/** The same thresholds and arithmetic as github-action-benchmark, so extra strings match exactly. */
function readable(seconds) {
    if (seconds < 1.0e-6)
        return [seconds * 1e9, 'nsec'];
    if (seconds < 1.0e-3)
        return [seconds * 1e6, 'usec'];
    if (seconds < 1.0)
        return [seconds * 1e3, 'msec'];
    return [seconds, 'sec'];
}
function opsSamples(data) {
    const times = numbers(data);
    return times && times.every((t) => t > 0) ? times.map((t) => 1 / t) : undefined;
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/vitest.ts


/**
 * `vitest bench --outputJson <file>`: `{"files": [{filepath, groups: [{fullName, benchmarks: [...]}]}]}`
 * where each benchmark is tinybench's result (`hz`, `mean`, `rme`, `sampleCount`, … in ms).
 *
 * name = `<group fullName> > <bench name>` (`src/fib.bench.ts > fib > fib(10)`: the group's name
 * is relative to the project root, so names stay the same on every machine), value = `mean` in
 * ms per iteration (smaller-is-better), range = `±<rme>%` as vitest prints it, extra = ops/sec and
 * the sample count. vitest 3 writes `samples: []`; when an older version wrote the samples (ms per
 * iteration), they are kept.
 */
const vitestFormat = {
    id: 'vitest-bench',
    kind: 'benchmarks',
    description: 'vitest bench JSON (vitest bench --outputJson)',
    sniff: (head) => /^\s*\{\s*"files"\s*:\s*\[\s*\{\s*"filepath"\s*:/.test(head) && /"groups"\s*:\s*\[/.test(head),
    parse: parseVitest
};
const vitest_EXPECTED = 'a vitest bench JSON report (--outputJson) with "files"';
async function parseVitest(file, chunks) {
    const sink = new Sink(file);
    await readJsonEntries(sink, chunks, { paths: ['$.files.*'], root: 'object', expected: vitest_EXPECTED }, ({ value, at, label }) => {
        const entry = asObject(value, 'the file');
        if (!Array.isArray(entry.groups))
            throw new EntryError('groups: expected an array');
        for (const [g, raw] of entry.groups.entries()) {
            const group = asObject(raw, `groups[${g}]`);
            const groupName = str(group, 'fullName');
            if (!Array.isArray(group.benchmarks))
                throw new EntryError(`groups[${g}].benchmarks: expected an array`);
            for (const [i, bench] of group.benchmarks.entries()) {
                // One broken benchmark is a problem of its own; the others in the file still count.
                try {
                    sink.benchmarks.push(benchmark(groupName, asObject(bench, 'the benchmark')));
                }
                catch (err) {
                    if (!(err instanceof EntryError))
                        throw err;
                    sink.problem(`${label}.groups[${g}].benchmarks[${i}]: ${err.message}`, at);
                }
            }
        }
    });
    return sink.done(vitest_EXPECTED);
}
function benchmark(groupName, b) {
    const samples = numbers(b.samples);
    return result({
        name: `${groupName} > ${str(b, 'name')}`,
        value: num(b, 'mean'),
        unit: 'ms',
        range: `±${num(b, 'rme').toFixed(2)}%`,
        extra: `${num(b, 'hz')} ops/sec\n${num(b, 'sampleCount')} samples`,
        ...(samples && { samples })
    });
}

;// CONCATENATED MODULE: ./src/ingest/formats/benchmarks/index.ts













/**
 * Every benchmark tool's output, in sniffing order: JSON reports recognised by keys only their
 * tool writes, then text outputs by line patterns only their tool prints (none of which claims a
 * file that starts like XML or JSON). The two custom formats come last and are never detected:
 * their direction cannot be read from content, so they must be named.
 */
const BENCHMARK_FORMATS = [
    pytestFormat,
    googlecppFormat,
    benchmarkdotnetFormat,
    jmhFormat,
    juliaFormat,
    hyperfineFormat,
    vitestFormat,
    cargoFormat,
    goFormat,
    catch2Format,
    benchmarkjsFormat,
    luauFormat,
    customBiggerFormat,
    customSmallerFormat
];

// EXTERNAL MODULE: ./src/model/coverage.ts
var coverage = __webpack_require__(56963);
// EXTERNAL MODULE: ./src/ingest/stream/limits.ts
var stream_limits = __webpack_require__(55229);
;// CONCATENATED MODULE: ./src/ingest/stream/xml-tokenizer.ts
/**
 * A streaming XML tokenizer for report files. It checks what a report reader relies on (tags nest
 * and match, attributes are quoted, entities are known, one root, nothing but whitespace outside
 * it) and reports the first error with its line and column. It never expands a DTD: the DOCTYPE
 * is skipped, and an entity it declares stays the literal `&name;` with a warning (XXE and
 * billion laughs are inert). Text, CDATA and comments are handed over or skipped as they arrive,
 * so a huge <failure> body never has to fit in memory at once; a tag, attribute value or DOCTYPE
 * longer than the token limit, or elements nested deeper than the depth limit, are located errors.
 *
 * Written for speed (indexOf scans and sticky regexes over the chunk, no per-character loop),
 * because it sits under every XML format and must keep up with a fast disk.
 */


class XmlSyntaxError extends Error {
    position;
    constructor(message, position) {
        super(message);
        this.position = position;
    }
}
const ENTITY = /&([^;&<\s]{0,32});/g;
const SPECIAL_IN_VALUE = /[<&\r\n\t]/;
const CR = /\r\n?/g;
const BARE_AMPERSAND = /&(?![^;&<\s]{0,32};)/;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const EMPTY = Object.freeze({});
/** An entity reference is at most "&" + 32 characters + ";": a longer tail cannot be one. */
const MAX_ENTITY = 34;
class XmlTokenizer {
    events;
    limits;
    buf = '';
    pos = 0;
    /** Absolute offset of buf[0] in the document. */
    base = 0;
    stack = [];
    rootSeen = false;
    inCdata = false;
    // Incremental line counting: everything before `countedTo` has been counted.
    countedTo = 0;
    line = 1;
    lineStart = 0;
    knownNames = new Map();
    attrName = '';
    attrValue = '';
    inComment = false;
    commentAt = { line: 1, column: 1 };
    /** Chunks that arrived while an incomplete construct waits at the end of buf. */
    pending = [];
    pendingLength = 0;
    /** Length of the incomplete construct (tag, DOCTYPE, …) the last drain stopped at. */
    stalled = 0;
    doctype;
    leftLiteral = new Set();
    constructor(events, limits = stream_limits/* LIMITS */.b1) {
        this.events = events;
        this.limits = limits;
    }
    get sawRoot() {
        return this.rootSeen;
    }
    /** Line and column (1-based) of the parser's current place. */
    position() {
        return this.locate(this.base + this.pos);
    }
    write(chunk) {
        if (this.stalled > 0) {
            // A construct is incomplete: rescanning it on every chunk would be quadratic in its length.
            // Retry once the new text is at least as long as it, so each retry costs at most twice what
            // arrived, and stop at the token limit.
            this.pending.push(chunk);
            this.pendingLength += chunk.length;
            if (this.pendingLength < this.stalled) {
                if (this.stalled + this.pendingLength > this.limits.maxToken)
                    this.tooLong();
                return;
            }
            chunk = this.takePending();
        }
        this.absorb(chunk);
        this.drain(false);
        this.stalled = this.buf.length - this.pos;
        if (this.stalled > this.limits.maxToken)
            this.tooLong();
    }
    /** Reads what waits in held-back chunks, as far as it is complete (before asking sawRoot). */
    flush() {
        if (this.pending.length === 0)
            return;
        this.absorb(this.takePending());
        this.drain(false);
        this.stalled = this.buf.length - this.pos;
    }
    end() {
        this.flush();
        this.drain(true);
        if (this.inCdata)
            this.fail('the file ends inside a CDATA section');
        if (this.inComment)
            throw new XmlSyntaxError('the file ends inside a comment', this.commentAt);
        const open = this.stack[this.stack.length - 1];
        if (open)
            this.fail(`the file ends before </${open.name}> (unclosed element; was the file cut off?)`);
    }
    takePending() {
        const text = this.pending.join('');
        this.pending = [];
        this.pendingLength = 0;
        return text;
    }
    absorb(chunk) {
        // Count the lines of what is about to be dropped, so positions stay right.
        this.locate(this.base + this.pos);
        this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
        this.base += this.pos;
        this.pos = 0;
    }
    tooLong() {
        const next = this.buf.charCodeAt(this.pos + 1);
        const what = next === 33 ? 'a DOCTYPE or markup declaration' : next === 63 ? 'a processing instruction' : next === 47 ? 'a closing tag' : 'a tag (with its attribute values)';
        return this.fail(`${what} longer than ${(0,stream_limits/* describeSize */.jt)(this.limits.maxToken)} starts here: a report never needs one this long`);
    }
    drain(final) {
        const buf = this.buf;
        while (this.pos < buf.length) {
            if (this.inCdata) {
                if (!this.cdata(final))
                    return;
            }
            else if (this.inComment) {
                if (!this.comment(final))
                    return;
            }
            else if (buf.charCodeAt(this.pos) !== 60 /* < */) {
                if (!this.textRun(final))
                    return;
            }
            else if (!this.markup(final))
                return;
        }
    }
    /** Text up to the next "<"; without one, all but a possibly incomplete entity at the end. */
    textRun(final) {
        const buf = this.buf;
        const lt = buf.indexOf('<', this.pos);
        if (lt !== -1) {
            this.emitText(buf.slice(this.pos, lt), this.pos);
            this.pos = lt;
            return true;
        }
        let end = buf.length;
        const amp = final ? -1 : buf.lastIndexOf('&');
        if (amp >= this.pos && end - amp <= MAX_ENTITY && buf.indexOf(';', amp) === -1)
            end = amp;
        // A "\r" at the end may be half of a "\r\n" split across chunks: keep it for the next one.
        else if (!final && buf.charCodeAt(end - 1) === 13)
            end--;
        if (end > this.pos)
            this.emitText(buf.slice(this.pos, end), this.pos);
        this.pos = end;
        return false;
    }
    emitText(raw, at) {
        if (this.stack.length === 0) {
            if (raw.trim() !== '')
                this.failAt(at + raw.search(/\S/), 'text outside the root element');
            return;
        }
        // Literal line breaks are normalised first, so a &#13; reference still gives a "\r".
        const text = raw.indexOf('\r') === -1 ? raw : raw.replace(CR, '\n');
        this.events.text(text.indexOf('&') === -1 ? text : this.decode(text, at));
    }
    markup(final) {
        const buf = this.buf;
        const next = buf.charCodeAt(this.pos + 1);
        if (Number.isNaN(next))
            return this.more(final, 'the file ends inside a tag');
        if (next === 47 /* / */)
            return this.closeTag(final);
        if (next === 33 /* ! */) {
            if (buf.startsWith('<!--', this.pos)) {
                this.commentAt = this.locate(this.base + this.pos);
                this.pos += 4;
                this.inComment = true;
                return true;
            }
            if (buf.startsWith('<![CDATA[', this.pos)) {
                if (this.stack.length === 0)
                    this.fail('CDATA outside the root element');
                this.pos += 9;
                this.inCdata = true;
                return true;
            }
            if (buf.startsWith('<!DOCTYPE', this.pos))
                return this.doctypeDecl(final);
            if (buf.length - this.pos < 9 && !final)
                return false;
            this.fail('unexpected "<!": expected a comment, CDATA or DOCTYPE');
        }
        if (next === 63 /* ? */)
            return this.skipTo('?>', final, 'a processing instruction');
        return this.openTag(final);
    }
    /**
     * A start tag, scanned by hand in one pass (name, then name="value" pairs) because it runs for
     * every element of every report. A tag cut by the end of the chunk is re-read once more arrives.
     */
    openTag(final) {
        const buf = this.buf;
        const len = buf.length;
        let i = this.pos + 1;
        while (i < len && !isNameEnd(buf.charCodeAt(i)))
            i++;
        if (i >= len)
            return this.more(final, 'the file ends inside a tag');
        if (i === this.pos + 1)
            this.fail('malformed start tag: expected a name after "<"');
        const name = buf.slice(this.pos + 1, i);
        // Attribute names seen on the last element of this name, in order: reusing those strings
        // keeps property keys internalised and object shapes shared, which is most of the speed.
        let known = this.knownNames.get(name);
        if (!known)
            this.knownNames.set(name, (known = []));
        let attributes;
        for (let k = 0;; k++) {
            const start = i;
            while (i < len && buf.charCodeAt(i) <= 32)
                i++;
            if (i >= len)
                return this.more(final, 'the file ends inside a tag');
            const c = buf.charCodeAt(i);
            if (c === 62 /* > */)
                return this.finishOpen(name, attributes, false, i + 1);
            if (c === 47 /* / */) {
                if (i + 1 >= len)
                    return this.more(final, 'the file ends inside a tag');
                if (buf.charCodeAt(i + 1) !== 62)
                    this.failAt(i, 'malformed start tag: "/" must be followed by ">"');
                return this.finishOpen(name, attributes, true, i + 2);
            }
            if (i === start)
                this.failAt(i, 'malformed start tag: expected a space before the attribute');
            const end = this.attribute(i, final, known, k);
            if (end === -1)
                return false;
            attributes ??= {};
            attributes[this.attrName] = this.attrValue;
            i = end;
        }
    }
    finishOpen(name, attributes, isSelfClosing, end) {
        if (this.stack.length === 0 && this.rootSeen)
            this.fail(`a second root element <${name}>: a report has one root`);
        if (end - this.pos > this.limits.maxToken)
            this.tooLong();
        if (this.stack.length >= this.limits.maxDepth)
            this.fail(`elements nest more than ${this.limits.maxDepth.toLocaleString('en-US')} levels deep here: a report never does`);
        const tag = { name, attributes: attributes ?? EMPTY, isSelfClosing };
        this.rootSeen = true;
        this.pos = end;
        this.events.open(tag);
        if (isSelfClosing)
            this.events.close(tag);
        else
            this.stack.push(tag);
        return true;
    }
    /**
     * One name="value" (or name='value') from `i`, left in attrName/attrValue; returns the index
     * after it, or -1 when the chunk ends inside it.
     */
    attribute(i, final, known, k) {
        const buf = this.buf;
        const len = buf.length;
        const guess = known[k];
        let name;
        if (guess !== undefined && buf.startsWith(guess, i) && isNameEnd(buf.charCodeAt(i + guess.length) || 61)) {
            name = guess;
            i += guess.length;
        }
        else {
            const nameStart = i;
            while (i < len && !isNameEnd(buf.charCodeAt(i)))
                i++;
            name = buf.slice(nameStart, i);
            if (i < len && name)
                known[k] = name;
        }
        while (i < len && buf.charCodeAt(i) <= 32)
            i++;
        if (i >= len)
            return this.wait(final, 'the file ends inside a tag');
        if (buf.charCodeAt(i) !== 61 || !name)
            this.failAt(i, `malformed attribute${name ? ` ${name}` : ''}: expected name="value"`);
        i++;
        while (i < len && buf.charCodeAt(i) <= 32)
            i++;
        if (i >= len)
            return this.wait(final, 'the file ends inside a tag');
        const quote = buf.charCodeAt(i);
        if (quote !== 34 && quote !== 39)
            this.failAt(i, `unquoted value of attribute ${name}`);
        const close = buf.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (close === -1)
            return this.wait(final, 'the file ends inside an attribute value');
        let value = buf.slice(i + 1, close);
        if (SPECIAL_IN_VALUE.test(value)) {
            if (value.indexOf('<') !== -1)
                this.failAt(i, `"<" is not allowed in the value of attribute ${name}`);
            // Attribute-value normalisation: literal line breaks and tabs read as spaces (a &#10;
            // reference stays a line break, which is how tools keep newlines in a message attribute).
            value = value.replace(/\r\n|[\r\n\t]/g, ' ');
            if (value.indexOf('&') !== -1)
                value = this.decode(value, i + 1);
        }
        this.attrName = name;
        this.attrValue = value;
        return close + 1;
    }
    closeTag(final) {
        const gt = this.buf.indexOf('>', this.pos);
        if (gt === -1)
            return this.more(final, 'the file ends inside a closing tag');
        const name = this.buf.slice(this.pos + 2, gt).trim();
        const open = this.stack[this.stack.length - 1];
        if (!open)
            this.fail(`unexpected </${name}>: no element is open`);
        if (open.name !== name)
            this.fail(`unexpected </${name}>: expected </${open.name}>`);
        this.stack.pop();
        this.pos = gt + 1;
        this.events.close(open);
        return true;
    }
    /** Replaces the five named entities and character references; anything else is an error. */
    decode(raw, at) {
        const bare = raw.search(BARE_AMPERSAND);
        if (bare !== -1)
            this.failAt(at + bare, 'a bare "&": write &amp;');
        return raw.replace(ENTITY, (whole, ref) => {
            if (ref.charCodeAt(0) === 35 /* # */) {
                const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
                if (Number.isInteger(code) && code > 0 && code <= 0x10ffff)
                    return String.fromCodePoint(code);
            }
            else {
                const named = NAMED[ref];
                if (named !== undefined)
                    return named;
            }
            return this.unexpanded(whole, ref, at + raw.indexOf(whole));
        });
    }
    /** With a DOCTYPE, an entity it may declare stays literal (with a warning); without one it is an error. */
    unexpanded(whole, ref, index) {
        if (!this.doctype)
            return this.failAt(index, `unknown entity ${whole} (DTD entities are never expanded)`);
        if (!this.leftLiteral.has(ref)) {
            this.leftLiteral.add(ref);
            const declared = this.doctype.entities.has(ref) ? 'declared in the DOCTYPE' : 'not one of XML\'s five';
            this.events.warning?.(`the entity ${whole} (${declared}) is left as written: DTD entities are never expanded`, this.locate(this.base + index));
        }
        return whole;
    }
    /** Skips a comment as it streams: only the last two characters, maybe "--" of "-->", wait. */
    comment(final) {
        const end = this.buf.indexOf('-->', this.pos);
        if (end === -1) {
            this.pos = final ? this.buf.length : Math.max(this.pos, this.buf.length - 2);
            return final;
        }
        this.pos = end + 3;
        this.inComment = false;
        return true;
    }
    cdata(final) {
        const end = this.buf.indexOf(']]>', this.pos);
        if (end === -1) {
            // Hand over all but two characters, which may be the start of "]]>".
            // (and a "\r" that may be half of a "\r\n").
            const safe = final ? this.buf.length : Math.max(this.pos, this.buf.length - 3);
            if (safe > this.pos)
                this.cdataText(this.buf.slice(this.pos, safe));
            this.pos = safe;
            return final;
        }
        if (end > this.pos)
            this.cdataText(this.buf.slice(this.pos, end));
        this.pos = end + 3;
        this.inCdata = false;
        return true;
    }
    /** XML reads "\r\n" and a lone "\r" as "\n", in CDATA as everywhere. */
    cdataText(raw) {
        this.events.text(raw.indexOf('\r') === -1 ? raw : raw.replace(CR, '\n'));
    }
    skipTo(terminator, final, what) {
        const end = this.buf.indexOf(terminator, this.pos + 2);
        if (end === -1)
            return this.more(final, `the file ends inside ${what}`);
        this.pos = end + terminator.length;
        return true;
    }
    /** Skips the DOCTYPE and its internal subset, noting the entities it declares (never expanding them). */
    doctypeDecl(final) {
        if (this.rootSeen)
            this.fail('a DOCTYPE after the root element');
        const scanned = scanDoctype(this.buf, this.pos);
        if (!scanned)
            return this.more(final, 'the file ends inside the DOCTYPE');
        if (scanned.end - this.pos > this.limits.maxToken)
            this.tooLong();
        this.doctype = { entities: new Set(scanned.entities) };
        this.pos = scanned.end;
        return true;
    }
    wait(final, message) {
        this.more(final, message);
        return -1;
    }
    /** Wait for the next chunk, unless this was the last one. */
    more(final, message) {
        if (final)
            this.fail(message);
        return false;
    }
    fail(message) {
        return this.failAt(this.pos, message);
    }
    failAt(index, message) {
        throw new XmlSyntaxError(message, this.locate(this.base + index));
    }
    locate(abs) {
        if (abs > this.countedTo) {
            const buf = this.buf;
            let i = Math.max(this.countedTo - this.base, 0);
            const stop = abs - this.base;
            for (let nl = buf.indexOf('\n', i); nl !== -1 && nl < stop; nl = buf.indexOf('\n', i)) {
                this.line++;
                this.lineStart = this.base + nl + 1;
                i = nl + 1;
            }
            this.countedTo = abs;
        }
        return { line: this.line, column: abs - this.lineStart + 1 };
    }
}
/** Whitespace, "/", ">" and "<" end a name; so do quotes, which never belong in one. */
function isNameEnd(c) {
    return c <= 32 || c === 47 || c === 62 || c === 60 || c === 34 || c === 39 || c === 61;
}

;// CONCATENATED MODULE: ./src/ingest/stream/xml-stream.ts


/** Thrown inside a handler to stop the parse: the message becomes a located problem. */
class XmlContentError extends Error {
}
/**
 * Streams a document through the tokenizer without ever holding it whole. Everything the handlers
 * received before an error stands (a cut-off report keeps the tests it completed); nothing after
 * it is delivered.
 */
async function streamXml(file, chunks, handlers, options = {}) {
    const position = () => tokenizer.position();
    const events = { open: (tag) => handlers.open(tag, position), close: (tag) => handlers.close(tag), text: (t) => handlers.text(t), ...(options.onWarning && { warning: options.onWarning }) };
    const tokenizer = new XmlTokenizer(events, options.limits);
    try {
        for await (const text of (0,decode/* decodeChunks */.$N)(chunks))
            tokenizer.write(text);
        tokenizer.flush();
        if (!tokenizer.sawRoot)
            return { problem: { file, message: 'no XML element found: the file is empty or was cut off' }, sawRoot: false };
        tokenizer.end();
    }
    catch (err) {
        if (err instanceof XmlSyntaxError)
            return { problem: { file, ...err.position, message: err.message }, sawRoot: tokenizer.sawRoot };
        if (err instanceof XmlContentError)
            return { problem: { file, ...tokenizer.position(), message: err.message }, sawRoot: tokenizer.sawRoot };
        throw err;
    }
    return { sawRoot: true };
}

;// CONCATENATED MODULE: ./src/ingest/formats/coverage/common.ts


/**
 * Helpers every coverage reader shares: count parsing that survives absurd values, a problem list
 * that stays short on a badly broken file, the header-versus-records check, and a line cursor that
 * lets the XML and JSON readers say on which line something was met.
 */
/** Hit counts past 2^53 (lcov writes 2^64-1 for overflowed gcov counters) are clamped, not lost. */
function clampCount(n) {
    return n > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : n;
}
/** A non-negative integer written in decimal; `undefined` when it is anything else. */
function parseCount(raw) {
    if (raw === undefined || !/^\s*\d+\s*$/.test(raw))
        return undefined;
    return clampCount(Number(raw));
}
/** A line number: a positive integer. */
function parseLineNumber(raw) {
    const n = parseCount(raw);
    return n !== undefined && n > 0 ? n : undefined;
}
/** A JSON count: a finite number ≥ 0 (a float from a big integer literal is clamped). */
function jsonCount(v) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        return undefined;
    return clampCount(Math.floor(v));
}
const MAX_PROBLEMS = 50;
/** Located problems, capped: a file with 100,000 bad lines yields 50 and a count of the rest. */
class ProblemList {
    file;
    items = [];
    dropped = 0;
    constructor(file) {
        this.file = file;
    }
    add(message, line, column) {
        if (this.items.length >= MAX_PROBLEMS) {
            this.dropped++;
            return;
        }
        this.items.push({ file: this.file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }), message });
    }
    push(problem) {
        if (problem)
            this.add(problem.message, problem.line, problem.column);
    }
    get size() {
        return this.items.length + this.dropped;
    }
    list() {
        if (this.dropped === 0)
            return [...this.items];
        return [...this.items, { file: this.file, message: `${this.dropped} more problems like these were not listed` }];
    }
}
/**
 * Header check: a declared total that disagrees with the records is a warning naming both
 * figures. The records win, because headers are written by a separate code path (or trimmed away
 * from their records) and are the first thing to go stale.
 */
function compareDeclared(where, what, declared, actual) {
    if (declared.covered === actual.covered && declared.total === actual.total)
        return undefined;
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
function compareRate(where, what, raw, actual) {
    if (raw === undefined || actual.total === 0)
        return undefined;
    const declared = Number(raw);
    if (!Number.isFinite(declared))
        return undefined;
    const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
    const tolerance = Math.max(0.5 * 10 ** -decimals, 1e-4);
    const rate = actual.covered / actual.total;
    if (Math.abs(declared - rate) <= tolerance)
        return undefined;
    return {
        file: where.file,
        ...(where.line === undefined ? {} : { line: where.line }),
        message: `the header declares a ${what} rate of ${raw}, but the records add up to ${actual.covered} of ${actual.total} (${rate.toFixed(4)}); totals are recomputed from the records`
    };
}
/** Where the reader is: the line (1-based) and column of the start of the piece being parsed. */
class TextCursor {
    line = 1;
    column = 1;
    /** UTF-8 bytes before the current piece (the JSON tokenizer counts bytes). */
    byte = 0;
    piece = '';
    /** The line and column of an absolute byte offset that falls inside the current piece. */
    locate(byteOffset) {
        return this.mark(byteOffset)();
    }
    /**
     * The same, worked out only when asked: a position remembered for every JSON member but needed
     * only when one is broken. Holding the piece is cheap; converting it to bytes each time is not.
     */
    mark(byteOffset) {
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
async function* trackLines(chunks, cursor) {
    for await (const text of (0,decode/* decodeChunks */.$N)(chunks)) {
        let start = 0;
        while (start < text.length) {
            const nl = text.indexOf('\n', start);
            const end = nl === -1 ? text.length : nl + 1;
            const piece = text.slice(start, end);
            cursor.piece = piece;
            yield piece;
            cursor.byte += Buffer.byteLength(piece);
            if (nl === -1)
                cursor.column += piece.length;
            else
                [cursor.line, cursor.column] = [cursor.line + 1, 1];
            start = end;
        }
    }
}
/** A file that held no file records at all: an upload that went wrong more often than 0% coverage. */
function noRecords(file, detail) {
    return { file, message: `no coverage records: ${detail}` };
}
/**
 * `streamXml` plus what every coverage reader needs: the root element checked, the parent of each
 * element, and the line each start tag ends on (for located problems and header warnings).
 */
async function readXml(file, chunks, root, reader, warnings = []) {
    const stack = [];
    const onWarning = (message, at) => void (warnings.length < 20 && warnings.push({ file, ...at, message }));
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
function attr(tag, name) {
    const v = tag.attributes[name];
    return v === undefined || v === '' ? undefined : v;
}

// EXTERNAL MODULE: ./src/ingest/formats/coverage/merge.ts
var merge = __webpack_require__(8002);
;// CONCATENATED MODULE: ./src/ingest/formats/coverage/clover.ts




async function parseClover(file, chunks, ctx) {
    const state = { file, builder: new merge/* CoverageBuilder */.Gf(ctx.repo), problems: new ProblemList(file), pkg: '', inTests: false };
    const xmlWarnings = [];
    const problem = await readXml(file, chunks, { name: 'coverage', format: 'Clover' }, {
        open: (tag, parent, line) => clover_open(state, tag, parent, line),
        close: (tag) => clover_close(state, tag)
    }, xmlWarnings);
    state.problems.push(problem);
    if (!problem && state.builder.fileCount === 0)
        state.problems.push(noRecords(file, 'no <file> element found'));
    const report = state.builder.build(state.declared ? { branches: state.declared.branches } : undefined);
    const d = state.declared;
    // A read that stopped early has fewer records than the header counts: that is the problem, not a mismatch.
    const warning = d && !problem && compareDeclared({ file, line: d.line }, 'conditionals', d.branches, (0,coverage/* coverageTotals */.w)(report.files).branches);
    return { report, problems: state.problems.list(), warnings: [...xmlWarnings, ...(warning ? [warning] : [])] };
}
function clover_open(state, tag, parent, line) {
    switch (tag.name) {
        case 'testproject':
            state.inTests = true;
            return;
        case 'metrics':
            if (parent === 'project')
                readProjectMetrics(state, tag, line);
            return;
        case 'package':
            state.pkg = attr(tag, 'name') ?? '';
            return;
        case 'file':
            if (!state.inTests)
                state.draft = openFile(state, tag, line);
            return;
        case 'line':
            if (state.draft)
                clover_readLine(state, state.draft, tag, line);
            return;
    }
}
function clover_close(state, tag) {
    if (tag.name === 'file')
        state.draft = undefined;
    else if (tag.name === 'package')
        state.pkg = '';
    else if (tag.name === 'testproject')
        state.inTests = false;
}
function openFile(state, tag, line) {
    const path = attr(tag, 'path');
    const name = attr(tag, 'name');
    if (path !== undefined)
        return state.builder.file(path);
    if (name === undefined) {
        state.problems.add('<file> has neither a path nor a name attribute; its lines are skipped', line);
        return undefined;
    }
    // Without a path, a Java-style package ("com.acme") gives the folders.
    const folder = state.pkg && !state.pkg.includes('/') ? state.pkg.replace(/\./g, '/') : state.pkg;
    return state.builder.file(folder && !name.includes('/') ? `${folder}/${name}` : name);
}
function readProjectMetrics(state, tag, line) {
    const total = parseCount(attr(tag, 'conditionals'));
    const covered = parseCount(attr(tag, 'coveredconditionals'));
    if (total !== undefined && covered !== undefined)
        state.declared = { line, branches: { covered, total } };
}
function clover_readLine(state, draft, tag, at) {
    const num = parseLineNumber(attr(tag, 'num'));
    if (num === undefined)
        return state.problems.add(`<line>: expected a positive line number, found num=${(0,excerpt/* excerpt */.Kb)(attr(tag, 'num') ?? '')}`, at);
    const type = attr(tag, 'type') ?? 'stmt';
    const countRaw = attr(tag, 'count');
    const count = parseCount(countRaw);
    if (countRaw !== undefined && count === undefined)
        return state.problems.add(`<line num="${num}">: expected a count, found count=${(0,excerpt/* excerpt */.Kb)(countRaw)}`, at);
    if (type === 'method') {
        (0,merge/* addFunction */.uO)(draft, { name: attr(tag, 'signature') ?? attr(tag, 'name') ?? `line ${num}`, line: num, hits: count ?? 0 });
        return;
    }
    if (type !== 'cond') {
        if (count === undefined)
            return state.problems.add(`<line num="${num}" type="${type}">: expected a count attribute`, at);
        (0,merge/* addLine */.cG)(draft, num, count);
        return;
    }
    const t = parseCount(attr(tag, 'truecount'));
    const f = parseCount(attr(tag, 'falsecount'));
    if (t === undefined || f === undefined) {
        return state.problems.add(`<line num="${num}" type="cond">: expected truecount and falsecount, found ${(0,excerpt/* excerpt */.Kb)(attr(tag, 'truecount') ?? '')} and ${(0,excerpt/* excerpt */.Kb)(attr(tag, 'falsecount') ?? '')}`, at);
    }
    if (count !== undefined) {
        (0,merge/* addLine */.cG)(draft, num, count);
        (0,merge/* addBranches */.s5)(draft, num, { covered: t, total: t + f });
    }
    else {
        (0,merge/* addLine */.cG)(draft, num, Math.min(t + f, Number.MAX_SAFE_INTEGER));
        (0,merge/* addBranches */.s5)(draft, num, { covered: (t > 0 ? 1 : 0) + (f > 0 ? 1 : 0), total: 2 });
    }
}
const cloverFormat = {
    id: 'clover',
    kind: 'coverage',
    description: 'Clover XML (istanbul clover reporter from Jest, nyc, vitest; OpenClover)',
    sniff: (head) => /<coverage\b[^>]*\b(generated|clover)\s*=/.test(head) && /<project\b/.test(head),
    parse: parseClover
};

;// CONCATENATED MODULE: ./src/ingest/formats/coverage/cobertura.ts




async function parseCobertura(file, chunks, ctx) {
    const state = { file, builder: new merge/* CoverageBuilder */.Gf(ctx.repo), problems: new ProblemList(file), roots: [] };
    const xmlWarnings = [];
    const problem = await readXml(file, chunks, { name: 'coverage', format: 'Cobertura' }, {
        open: (tag, _parent, line) => cobertura_open(state, tag, line),
        close: (tag) => cobertura_close(state, tag),
        text: (t) => {
            if (state.source !== undefined)
                state.source += t;
        }
    }, xmlWarnings);
    state.problems.push(problem);
    if (!problem && state.builder.fileCount === 0)
        state.problems.push(noRecords(file, 'no <class filename> element found'));
    const declared = declaredTotals(state.header);
    const report = state.builder.build(declared);
    // A read that stopped early has fewer records than the header counts: that is the problem, not a mismatch.
    const warnings = [...xmlWarnings, ...(problem ? [] : headerWarnings(state, (0,coverage/* coverageTotals */.w)(report.files), declared))];
    return { report, problems: state.problems.list(), warnings };
}
function cobertura_open(state, tag, line) {
    switch (tag.name) {
        case 'coverage':
            state.header = { line, attrs: tag.attributes };
            return;
        case 'source':
            state.source = '';
            return;
        case 'class': {
            const filename = attr(tag, 'filename');
            if (filename === undefined)
                state.problems.add(`<class name=${(0,excerpt/* excerpt */.Kb)(attr(tag, 'name') ?? '')}> has no filename attribute; its lines are skipped`, line);
            state.draft = filename === undefined ? undefined : state.builder.file(filename, state.roots);
            return;
        }
        case 'method':
            if (state.draft)
                state.method = { name: attr(tag, 'name') ?? '(anonymous)', hits: 0 };
            return;
        case 'line':
            if (state.draft)
                cobertura_readLine(state, state.draft, tag, line);
            return;
    }
}
function cobertura_close(state, tag) {
    if (tag.name === 'source' && state.source !== undefined) {
        const root = state.source.trim();
        if (root)
            state.roots.push(root);
        state.source = undefined;
    }
    else if (tag.name === 'method' && state.method && state.draft) {
        const { name, line, hits } = state.method;
        (0,merge/* addFunction */.uO)(state.draft, { name, ...(line === undefined ? {} : { line }), hits });
        state.method = undefined;
    }
    else if (tag.name === 'class') {
        state.draft = undefined;
    }
}
function cobertura_readLine(state, draft, tag, at) {
    const number = parseLineNumber(attr(tag, 'number'));
    const hits = parseCount(attr(tag, 'hits'));
    if (number === undefined)
        return state.problems.add(`<line>: expected a positive line number, found number=${(0,excerpt/* excerpt */.Kb)(attr(tag, 'number') ?? '')}`, at);
    if (hits === undefined)
        return state.problems.add(`<line number="${number}">: expected a hit count, found hits=${(0,excerpt/* excerpt */.Kb)(attr(tag, 'hits') ?? '')}`, at);
    // Lines under <method> only describe the method: Cobertura repeats them in the class's <lines>,
    // and istanbul writes the declaration line there, which is not a statement line at all.
    if (state.method) {
        state.method.line = Math.min(state.method.line ?? number, number);
        state.method.hits = Math.max(state.method.hits, hits);
        return;
    }
    (0,merge/* addLine */.cG)(draft, number, hits);
    const condition = attr(tag, 'condition-coverage');
    if (condition === undefined)
        return;
    // "50% (1/2)": the counts in brackets are what we keep; the percentage is derived from them.
    const m = /\((\d+)\/(\d+)\)/.exec(condition);
    if (!m)
        return state.problems.add(`<line number="${number}">: expected condition-coverage like "50% (1/2)", found ${(0,excerpt/* excerpt */.Kb)(condition)}`, at);
    (0,merge/* addBranches */.s5)(draft, number, { covered: Number(m[1]), total: Number(m[2]) });
}
function declaredTotals(header) {
    if (!header)
        return undefined;
    const lines = pair(header.attrs['lines-covered'], header.attrs['lines-valid']);
    const branches = pair(header.attrs['branches-covered'], header.attrs['branches-valid']);
    return { ...(lines ? { lines } : {}), ...(branches ? { branches } : {}) };
}
function pair(coveredRaw, totalRaw) {
    const covered = parseCount(coveredRaw);
    const total = parseCount(totalRaw);
    return covered === undefined || total === undefined ? undefined : { covered, total };
}
/** Counts when the header has them (Coverlet, gcovr, istanbul); else the rates (coverage.py). */
function headerWarnings(state, actual, declared) {
    if (!state.header)
        return [];
    const where = { file: state.file, line: state.header.line };
    const found = [
        declared?.lines ? compareDeclared(where, 'lines', declared.lines, actual.lines) : compareRate(where, 'line', state.header.attrs['line-rate'], actual.lines),
        declared?.branches ? compareDeclared(where, 'branches', declared.branches, actual.branches) : compareRate(where, 'branch', state.header.attrs['branch-rate'], actual.branches)
    ];
    return found.filter((p) => p !== undefined);
}
const coberturaFormat = {
    id: 'cobertura',
    kind: 'coverage',
    description: 'Cobertura XML (coverage.py, Coverlet, gcovr, simplecov-cobertura, istanbul cobertura)',
    sniff: (head) => /<coverage\b[^>]*\bline-rate\s*=/.test(head) || /<!DOCTYPE\s+coverage\b[^>]*cobertura/i.test(head),
    parse: parseCobertura
};

;// CONCATENATED MODULE: ./src/ingest/formats/coverage/go-cover.ts




/**
 * Go coverage profiles (`go test -coverprofile`): a `mode: set|count|atomic` line, then one block
 * per line, `file:startLine.startCol,endLine.endCol numStmts count`.
 *
 * Go counts blocks, not lines. Every line a block spans (start to end, inclusive) is a coverable
 * line; a line's hits are the highest count of the blocks covering it, so overlapping or repeated
 * blocks (profiles merged from several packages with -coverpkg list a block once per package)
 * cover a line if any of them ran. Blocks with no statements cover nothing and are skipped.
 *
 * Paths are import paths (`github.com/org/repo/pkg/file.go`); the module prefix is not in the
 * repository, so they are placed by suffix match against the tracked files.
 */
const BLOCK = /^(.*):(\S+) (\S+) (\S+)$/;
const RANGE = /^(\d+)\.(\d+),(\d+)\.(\d+)$/;
async function parseGoCover(file, chunks, ctx) {
    const builder = new merge/* CoverageBuilder */.Gf(ctx.repo);
    const problems = new ProblemList(file);
    let sawMode = false;
    let blocks = 0;
    let lastLine = 0;
    for await (const { text, number } of (0,decode/* readLines */.Se)(chunks)) {
        lastLine = number;
        const line = text.trim();
        if (line === '')
            continue;
        // Concatenated profiles repeat the mode line; only the first one must come first.
        if (/^mode:\s*\S+$/.test(line)) {
            sawMode = true;
            continue;
        }
        if (!sawMode) {
            problems.add('expected "mode: set", "mode: count" or "mode: atomic" on the first line of a Go coverage profile', number, 1);
            sawMode = true;
        }
        if (readBlock(builder, problems, text, number))
            blocks++;
    }
    if (blocks === 0 && problems.size === 0)
        problems.push(noRecords(file, lastLine === 0 ? 'the file is empty' : 'the profile has no blocks'));
    return { report: builder.build(), problems: problems.list(), warnings: [] };
}
/** Adds one block's lines; false (with a located problem) when the line is not a block. */
function readBlock(builder, problems, text, number) {
    const m = BLOCK.exec(text.trimEnd());
    if (!m) {
        problems.add(`expected file:startLine.startCol,endLine.endCol numStmts count, found ${(0,excerpt/* excerpt */.Kb)(text)}`, number, 1);
        return false;
    }
    const [, path = '', range = '', stmtsRaw = '', countRaw = ''] = m;
    const col = (part, offset) => text.indexOf(part, offset) + 1;
    const r = RANGE.exec(range);
    const start = Number(r?.[1]);
    const end = Number(r?.[3]);
    if (!r || start < 1 || end < start) {
        problems.add(`expected a block range startLine.startCol,endLine.endCol, found ${(0,excerpt/* excerpt */.Kb)(range)}`, number, col(range, path.length));
        return false;
    }
    const stmts = parseCount(stmtsRaw);
    const count = parseCount(countRaw);
    if (stmts === undefined) {
        problems.add(`expected a statement count, found ${(0,excerpt/* excerpt */.Kb)(stmtsRaw)}`, number, col(stmtsRaw, path.length + range.length + 1));
        return false;
    }
    if (count === undefined) {
        problems.add(`expected an execution count, found ${(0,excerpt/* excerpt */.Kb)(countRaw)}`, number, text.trimEnd().length - countRaw.length + 1);
        return false;
    }
    if (stmts === 0)
        return true;
    // GOPATH-less packages are written as "_" + the absolute folder ("_/home/me/proj/x.go").
    const draft = builder.file(path.replace(/^_(?=\/)/, ''));
    for (let line = start; line <= end; line++)
        (0,merge/* addLine */.cG)(draft, line, count);
    return true;
}
const goCoverFormat = {
    id: 'go-cover',
    kind: 'coverage',
    description: 'Go coverage profile (go test -coverprofile): mode line, then file:range numStmts count blocks',
    sniff: (head) => /^mode:\s*(set|count|atomic)\s*$/m.test(head.split(/\r?\n/, 1)[0] ?? ''),
    parse: parseGoCover
};

// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(75497);
;// CONCATENATED MODULE: ./src/ingest/formats/coverage/istanbul.ts





/**
 * Streams the members of a top-level JSON object, one `(key, value)` at a time; `at()` says where
 * the member's key starts. Returns the first syntax error, located; members before it were delivered.
 */
async function streamJsonMembers(file, chunks, onMember) {
    const cursor = new TextCursor();
    const parser = new mjs/* JSONParser */.oj({ paths: ['$.*'], keepStack: false });
    let depth = 0;
    let previous;
    let lastOffset = 0;
    let keyAt = () => ({ line: 1, column: 1 });
    let error;
    let members = 0;
    let bug;
    // The parser reports whatever its callbacks throw as a JSON error: keep our own bugs apart.
    const guarded = (fn) => (...args) => {
        if (bug || error)
            return;
        try {
            fn(...args);
        }
        catch (err) {
            if (err instanceof json_stream/* JsonContentError */._l)
                error = { message: err.message, at: cursor.locate(lastOffset) };
            else
                bug = err;
        }
    };
    parser.onToken = guarded(({ token, offset }) => {
        // The root must be an object: a top-level array would otherwise stream its elements as files.
        if (previous === undefined && token !== mjs/* TokenType */.ks.LEFT_BRACE)
            throw new json_stream/* JsonContentError */._l('expected a JSON object keyed by file path');
        if (depth === 1 && token === mjs/* TokenType */.ks.STRING && (previous === mjs/* TokenType */.ks.LEFT_BRACE || previous === mjs/* TokenType */.ks.COMMA))
            keyAt = cursor.mark(offset);
        if (token === mjs/* TokenType */.ks.LEFT_BRACE || token === mjs/* TokenType */.ks.LEFT_BRACKET)
            depth++;
        else if (token === mjs/* TokenType */.ks.RIGHT_BRACE || token === mjs/* TokenType */.ks.RIGHT_BRACKET)
            depth--;
        previous = token;
        lastOffset = offset;
    });
    parser.onValue = guarded(({ value, key }) => {
        members++;
        onMember(String(key), value, keyAt);
    });
    parser.onError = (err) => {
        error ??= { message: err.message, at: cursor.locate(byteOf(err.message) ?? lastOffset) };
    };
    let sawText = false;
    for await (const piece of trackLines(chunks, cursor)) {
        sawText ||= piece.trim() !== '';
        if (sawText)
            parser.write(piece);
        if (error || bug)
            break;
    }
    if (bug)
        throw bug;
    if (!sawText)
        return { problem: { file, message: 'no JSON found: the file is empty' }, members };
    if (!error && !parser.isEnded)
        parser.end();
    if (bug)
        throw bug;
    if (!error)
        return { members };
    return { problem: { file, line: error.at.line, column: error.at.column, message: jsonMessage(error.message) }, members };
}
/** The tokenizer names the absolute byte offset of the character it choked on. */
function byteOf(message) {
    const m = /absolute position "(\d+)"/.exec(message);
    return m ? Number(m[1]) : undefined;
}
function jsonMessage(raw) {
    if (/ended in (the )?mid/i.test(raw))
        return 'the JSON ends too early: the file looks cut off';
    const unexpected = /^Unexpected "(.)"/.exec(raw);
    if (unexpected)
        return `invalid JSON: unexpected ${(0,excerpt/* excerpt */.Kb)(unexpected[1])}`;
    return `invalid JSON: ${raw.replace(/ in state \w+$/, '')}`;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function lineOf(loc) {
    const start = isObject(loc) ? loc.start : undefined;
    const line = isObject(start) ? start.line : undefined;
    return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : undefined;
}
async function parseIstanbul(file, chunks, ctx) {
    const builder = new merge/* CoverageBuilder */.Gf(ctx.repo);
    const problems = new ProblemList(file);
    const { problem, members } = await streamJsonMembers(file, chunks, (key, value, at) => {
        // Older istanbul versions wrap an entry as { data: {...} }.
        const entry = isObject(value) && isObject(value.data) ? value.data : value;
        const bad = isObject(entry) && isObject(entry.statementMap) && isObject(entry.s)
            ? readEntry(builder.file(typeof entry.path === 'string' ? entry.path : key), entry)
            : 'expected an istanbul file entry with statementMap and s';
        if (bad) {
            const { line, column } = at();
            problems.add(`${(0,excerpt/* excerpt */.Kb)(key)}: ${bad}`, line, column);
        }
    });
    problems.push(problem);
    if (!problem && members === 0)
        problems.push(noRecords(file, 'the JSON object has no file entries'));
    return { report: builder.build(), problems: problems.list(), warnings: [] };
}
/** Reads one file entry into `draft`; returns what was wrong with it, if anything. */
function readEntry(draft, entry) {
    return readStatements(draft, entry) ?? readBranches(draft, entry) ?? readFunctions(draft, entry);
}
function readStatements(draft, entry) {
    const counts = entry.s;
    for (const [id, loc] of Object.entries(entry.statementMap)) {
        const line = lineOf(loc);
        const hits = jsonCount(counts[id]);
        if (line === undefined)
            return `statement ${id} has no start line`;
        if (hits === undefined)
            return `statement ${id}: expected a hit count, found ${(0,excerpt/* excerpt */.Kb)(counts[id])}`;
        (0,merge/* addLine */.cG)(draft, line, hits);
    }
    return undefined;
}
function readBranches(draft, entry) {
    if (!isObject(entry.branchMap))
        return undefined;
    const counts = isObject(entry.b) ? entry.b : {};
    // Every branch point on a line adds its arms to that line (istanbul's getBranchCoverageByLine).
    const byLine = new Map();
    for (const [id, point] of Object.entries(entry.branchMap)) {
        const own = isObject(point) && typeof point.line === 'number' && point.line > 0 ? point.line : undefined;
        const line = own ?? (isObject(point) ? lineOf(point.loc) : undefined);
        const arms = counts[id];
        if (line === undefined)
            return `branch ${id} has no line`;
        if (!Array.isArray(arms) || arms.some((n) => jsonCount(n) === undefined))
            return `branch ${id}: expected an array of hit counts, found ${(0,excerpt/* excerpt */.Kb)(arms)}`;
        const prev = byLine.get(line) ?? { covered: 0, total: 0 };
        byLine.set(line, { covered: prev.covered + arms.filter((n) => n > 0).length, total: prev.total + arms.length });
    }
    for (const [line, count] of byLine)
        (0,merge/* addBranches */.s5)(draft, line, count);
    return undefined;
}
function readFunctions(draft, entry) {
    if (!isObject(entry.fnMap))
        return undefined;
    const counts = isObject(entry.f) ? entry.f : {};
    for (const [id, fn] of Object.entries(entry.fnMap)) {
        if (!isObject(fn))
            continue;
        const hits = jsonCount(counts[id]);
        if (hits === undefined)
            return `function ${id}: expected a hit count, found ${(0,excerpt/* excerpt */.Kb)(counts[id])}`;
        const line = lineOf(fn.decl) ?? lineOf(fn.loc);
        (0,merge/* addFunction */.uO)(draft, { name: typeof fn.name === 'string' ? fn.name : `(function ${id})`, ...(line === undefined ? {} : { line }), hits });
    }
    return undefined;
}
const istanbulFormat = {
    id: 'istanbul',
    kind: 'coverage',
    description: "istanbul coverage-final.json (the `json` reporter of nyc, Jest, vitest, c8)",
    sniff: (head) => /^\s*\{/.test(head) && /"statementMap"\s*:/.test(head),
    parse: parseIstanbul
};

;// CONCATENATED MODULE: ./src/ingest/formats/coverage/istanbul-summary.ts



function istanbul_summary_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `{ total, covered }` out of a summary metric such as `"lines": { "total": 10, "covered": 7, … }`. */
function metric(entry, name) {
    const m = entry[name];
    if (!istanbul_summary_isObject(m))
        return undefined;
    const { total, covered } = m;
    if (typeof total !== 'number' || typeof covered !== 'number' || !(total >= 0) || !(covered >= 0))
        return undefined;
    return { covered, total };
}
async function parseIstanbulSummary(file, chunks, _ctx) {
    const problems = new ProblemList(file);
    const sums = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 }, files: 0 };
    let total;
    const { problem } = await streamJsonMembers(file, chunks, (key, value, at) => {
        const lines = istanbul_summary_isObject(value) ? metric(value, 'lines') : undefined;
        const branches = istanbul_summary_isObject(value) ? metric(value, 'branches') : undefined;
        if (!lines)
            return problems.add(`${(0,excerpt/* excerpt */.Kb)(key)}: expected a summary entry with "lines": { "total", "covered" }`, at().line, at().column);
        if (key === 'total') {
            total = { at: at(), declared: { lines, ...(branches ? { branches } : {}) } };
            return;
        }
        sums.files++;
        sums.lines = add(sums.lines, lines);
        if (branches)
            sums.branches = add(sums.branches, branches);
    });
    problems.push(problem);
    if (problems.size === 0 && !total)
        problems.add('no "total" entry: not an istanbul coverage-summary.json');
    return { report: { files: [], unplaced: [], ...(total ? { declared: total.declared } : {}) }, problems: problems.list(), warnings: warnings(file, total, problem ? undefined : sums) };
}
function add(a, b) {
    return { covered: a.covered + b.covered, total: a.total + b.total };
}
/** `sums` is undefined when the file was cut off: a partial sum proves nothing about the total. */
function warnings(file, total, sums) {
    if (!total)
        return [];
    const where = { file, line: total.at.line };
    const files = sums ? `${sums.files} files` : 'file entries';
    const out = [
        {
            ...where,
            message: `coverage-summary.json holds totals only (${files}): per-line data is unavailable, so these are the report's own totals, not recomputed from line records, and line-level checks have nothing to read; use the istanbul "json" (coverage-final.json) or "lcov" reporter for line data`
        }
    ];
    // With no file entries (e.g. a summary written with only `total`) there is nothing to compare.
    if (!sums || sums.files === 0)
        return out;
    for (const what of ['lines', 'branches']) {
        const declared = total.declared[what];
        const sum = sums[what];
        if (declared && (declared.covered !== sum.covered || declared.total !== sum.total)) {
            out.push({ ...where, message: `"total" declares ${what} ${declared.covered} of ${declared.total} covered, but the file entries add up to ${sum.covered} of ${sum.total}` });
        }
    }
    return out;
}
const istanbulSummaryFormat = {
    id: 'istanbul-summary',
    kind: 'coverage',
    description: 'istanbul coverage-summary.json (the json-summary reporter): totals only, no line data',
    sniff: (head) => /^\s*\{\s*"total"\s*:\s*\{\s*"lines"\s*:/.test(head),
    parse: parseIstanbulSummary
};

;// CONCATENATED MODULE: ./src/ingest/formats/coverage/jacoco.ts




async function parseJaCoCo(file, chunks, ctx) {
    const state = { file, builder: new merge/* CoverageBuilder */.Gf(ctx.repo), problems: new ProblemList(file), counters: new Map(), pkg: '' };
    const xmlWarnings = [];
    const problem = await readXml(file, chunks, { name: 'report', format: 'JaCoCo' }, {
        open: (tag, parent, line) => jacoco_open(state, tag, parent, line),
        close: (tag) => jacoco_close(state, tag)
    }, xmlWarnings);
    state.problems.push(problem);
    if (!problem && state.builder.fileCount === 0)
        state.problems.push(noRecords(file, 'no <sourcefile> element found'));
    const line = state.counters.get('LINE');
    const branch = state.counters.get('BRANCH');
    const declared = { ...(line ? { lines: line.totals } : {}), ...(branch ? { branches: branch.totals } : {}) };
    const report = state.builder.build(declared);
    const actual = (0,coverage/* coverageTotals */.w)(report.files);
    // A read that stopped early has fewer records than the header counts: that is the problem, not a mismatch.
    const warnings = [
        ...xmlWarnings,
        line && compareDeclared({ file, line: line.line }, 'lines (LINE counter)', line.totals, actual.lines),
        branch && compareDeclared({ file, line: branch.line }, 'branches (BRANCH counter)', branch.totals, actual.branches)
    ].filter((p) => p !== undefined && !problem);
    return { report, problems: state.problems.list(), warnings };
}
function jacoco_open(state, tag, parent, line) {
    switch (tag.name) {
        case 'package':
            state.pkg = attr(tag, 'name') ?? '';
            return;
        case 'class':
            state.className = attr(tag, 'name');
            state.classSource = attr(tag, 'sourcefilename');
            return;
        case 'method':
            if (state.classSource)
                state.method = openMethod(state, tag);
            return;
        case 'counter':
            readCounter(state, tag, parent, line);
            return;
        case 'sourcefile':
            state.draft = state.builder.file(sourcePath(state.pkg, attr(tag, 'name') ?? ''));
            return;
        case 'line':
            if (state.draft && parent === 'sourcefile')
                jacoco_readLine(state, state.draft, tag, line);
            return;
    }
}
function jacoco_close(state, tag) {
    if (tag.name === 'method' && state.method) {
        const { file, name, line, hits } = state.method;
        (0,merge/* addFunction */.uO)(state.builder.file(file), { name, ...(line === undefined ? {} : { line }), hits });
        state.method = undefined;
    }
    else if (tag.name === 'class') {
        state.className = state.classSource = undefined;
    }
    else if (tag.name === 'sourcefile') {
        state.draft = undefined;
    }
    else if (tag.name === 'package') {
        state.pkg = '';
    }
}
function sourcePath(pkg, name) {
    return pkg ? `${pkg}/${name}` : name;
}
function openMethod(state, tag) {
    const owner = (state.className ?? '').slice((state.className ?? '').lastIndexOf('/') + 1);
    const name = `${owner ? `${owner}.` : ''}${attr(tag, 'name') ?? ''}`;
    const line = parseLineNumber(attr(tag, 'line'));
    return { file: sourcePath(state.pkg, state.classSource ?? ''), name, ...(line === undefined ? {} : { line }), hits: 0 };
}
function readCounter(state, tag, parent, line) {
    const type = attr(tag, 'type') ?? '';
    if (parent === 'method' && type === 'METHOD' && state.method) {
        state.method.hits = (parseCount(attr(tag, 'covered')) ?? 0) > 0 ? 1 : 0;
        return;
    }
    if (parent !== 'report')
        return;
    const missed = parseCount(attr(tag, 'missed'));
    const covered = parseCount(attr(tag, 'covered'));
    if (missed === undefined || covered === undefined) {
        state.problems.add(`<counter type="${type}">: expected missed and covered counts, found missed=${(0,excerpt/* excerpt */.Kb)(attr(tag, 'missed') ?? '')} covered=${(0,excerpt/* excerpt */.Kb)(attr(tag, 'covered') ?? '')}`, line);
        return;
    }
    state.counters.set(type, { line, totals: { covered, total: Math.min(missed + covered, Number.MAX_SAFE_INTEGER) } });
}
function jacoco_readLine(state, draft, tag, at) {
    const nr = parseLineNumber(attr(tag, 'nr'));
    if (nr === undefined)
        return state.problems.add(`<line>: expected a positive line number, found nr=${(0,excerpt/* excerpt */.Kb)(attr(tag, 'nr') ?? '')}`, at);
    const counts = { mi: 0, ci: 0, mb: 0, cb: 0 };
    for (const key of ['mi', 'ci', 'mb', 'cb']) {
        const raw = attr(tag, key);
        const n = raw === undefined ? 0 : parseCount(raw);
        if (n === undefined)
            return state.problems.add(`<line nr="${nr}">: expected a count, found ${key}=${(0,excerpt/* excerpt */.Kb)(raw ?? '')}`, at);
        counts[key] = n;
    }
    (0,merge/* addLine */.cG)(draft, nr, counts.ci > 0 ? 1 : 0);
    (0,merge/* addBranches */.s5)(draft, nr, { covered: counts.cb, total: counts.mb + counts.cb });
}
const jacocoFormat = {
    id: 'jacoco',
    kind: 'coverage',
    description: 'JaCoCo XML report (Maven jacoco:report, Gradle jacocoTestReport, report-aggregate)',
    sniff: (head) => /<!DOCTYPE\s+report\s+PUBLIC\s+"-\/\/JACOCO/.test(head) || (/<report\b[^>]*\bname\s*=/.test(head) && /<(sessioninfo|package|group)\b/.test(head)),
    parse: parseJaCoCo
};

;// CONCATENATED MODULE: ./src/ingest/formats/coverage/lcov.ts





const HANDLERS = {
    DA(state, rec, value, at) {
        const [lineRaw = '', hitsRaw] = value.split(',');
        const line = parseLineNumber(lineRaw);
        const hits = parseCount(hitsRaw);
        if (line === undefined)
            return bad(state, at, 0, `DA: expected a line number, found ${(0,excerpt/* excerpt */.Kb)(lineRaw)}`);
        if (hits === undefined)
            return bad(state, at, lineRaw.length + 1, `DA: expected a hit count, found ${(0,excerpt/* excerpt */.Kb)(hitsRaw ?? '')}`);
        const prev = rec.lines.get(line);
        if (prev === undefined || hits > prev)
            rec.lines.set(line, hits);
    },
    BRDA(state, rec, value, at) {
        const fields = value.split(',');
        const line = parseLineNumber(fields[0]);
        const takenRaw = fields.length >= 4 ? fields[fields.length - 1] : undefined;
        // "-" means the block holding the branch never ran: zero, not unknown.
        const taken = takenRaw === '-' ? 0 : parseCount(takenRaw);
        if (line === undefined)
            return bad(state, at, 0, `BRDA: expected a line number, found ${(0,excerpt/* excerpt */.Kb)(fields[0] ?? '')}`);
        if (taken === undefined)
            return bad(state, at, value.lastIndexOf(',') + 1, `BRDA: expected line,block,branch,taken with taken a count or "-", found ${(0,excerpt/* excerpt */.Kb)(value)}`);
        const key = fields.slice(0, -1).join(',');
        const prev = rec.arms.get(key);
        if (!prev || taken > prev.taken)
            rec.arms.set(key, { line, taken });
    },
    FN(state, rec, value, at) {
        // FN:<line>,<name> and lcov 2's FN:<start>,<end>,<name>; names may hold commas (C++ templates).
        const m = /^(\d+),(?:\d+,)?(.+)$/.exec(value);
        if (!m?.[1] || !m[2])
            return bad(state, at, 0, `FN: expected line,name, found ${(0,excerpt/* excerpt */.Kb)(value)}`);
        rec.fnLines.set(m[2], Number(m[1]));
    },
    FNDA(state, rec, value, at) {
        const comma = value.indexOf(',');
        const hits = parseCount(value.slice(0, comma));
        if (comma < 0 || hits === undefined)
            return bad(state, at, 0, `FNDA: expected hits,name, found ${(0,excerpt/* excerpt */.Kb)(value)}`);
        const name = value.slice(comma + 1);
        rec.fnHits.set(name, Math.max(hits, rec.fnHits.get(name) ?? 0));
    },
    FNL(state, rec, value, at) {
        const [index = '', startRaw] = value.split(',');
        const start = parseLineNumber(startRaw);
        if (start === undefined)
            return bad(state, at, 0, `FNL: expected index,line, found ${(0,excerpt/* excerpt */.Kb)(value)}`);
        rec.fnByIndex.set(index, start);
    },
    FNA(state, rec, value, at) {
        const m = /^([^,]*),(\d+),(.+)$/.exec(value);
        if (!m?.[3])
            return bad(state, at, 0, `FNA: expected index,hits,name, found ${(0,excerpt/* excerpt */.Kb)(value)}`);
        const line = rec.fnByIndex.get(m[1] ?? '');
        if (line !== undefined)
            rec.fnLines.set(m[3], line);
        rec.fnHits.set(m[3], Math.max(parseCount(m[2]) ?? 0, rec.fnHits.get(m[3]) ?? 0));
    },
    LF: declare,
    LH: declare,
    BRF: declare,
    BRH: declare
};
function declare(state, rec, value, at) {
    const n = parseCount(value);
    if (n === undefined)
        return bad(state, at, 0, `${at.key}: expected a count, found ${(0,excerpt/* excerpt */.Kb)(value)}`);
    rec.declared.set(at.key, { value: n, line: at.line });
}
function bad(state, at, offset, message) {
    state.problems.add(message, at.line, at.column + offset);
}
async function parseLcov(file, chunks, ctx) {
    const state = { file, builder: new merge/* CoverageBuilder */.Gf(ctx.repo), problems: new ProblemList(file), warnings: [] };
    let lastLine = 0;
    for await (const { text, number } of (0,decode/* readLines */.Se)(chunks)) {
        lastLine = number;
        lcov_readLine(state, text.trim(), number);
    }
    if (state.record) {
        state.problems.add(`the file ends inside the record for ${state.record.raw} (no end_of_record): it looks cut off`, lastLine);
        closeRecord(state);
    }
    if (state.builder.fileCount === 0 && state.problems.size === 0) {
        state.problems.push(noRecords(file, lastLine === 0 ? 'the file is empty' : 'no SF: line found'));
    }
    return { report: state.builder.build(), problems: state.problems.list(), warnings: state.warnings };
}
function lcov_readLine(state, text, line) {
    if (text === '' || text.startsWith('#'))
        return;
    if (text === 'end_of_record') {
        if (state.record)
            closeRecord(state);
        else
            state.problems.add('end_of_record without a record (no SF: before it)', line, 1);
        return;
    }
    const colon = text.indexOf(':');
    const key = colon > 0 ? text.slice(0, colon) : '';
    if (!/^[A-Z]+$/.test(key)) {
        state.problems.add(`expected an lcov record such as SF:, DA: or end_of_record, found ${(0,excerpt/* excerpt */.Kb)(text)}`, line, 1);
        return;
    }
    const value = text.slice(colon + 1);
    if (key === 'SF') {
        if (state.record)
            closeRecord(state);
        state.record = openRecord(value);
        return;
    }
    const handler = HANDLERS[key];
    if (!handler)
        return; // TN, VER, FNF, FNH, LN… carry nothing we count
    if (!state.record) {
        state.problems.add(`${key}: outside a record (no SF: before it)`, line, 1);
        return;
    }
    handler(state, state.record, value, { key, line, column: colon + 2 });
}
function openRecord(raw) {
    return { raw, lines: new Map(), arms: new Map(), fnLines: new Map(), fnHits: new Map(), fnByIndex: new Map(), declared: new Map() };
}
function closeRecord(state) {
    const rec = state.record;
    state.record = undefined;
    if (!rec)
        return;
    const draft = state.builder.file(rec.raw);
    const own = recordDraft(rec);
    checkRecord(state, rec, own);
    for (const [line, hits] of own.lines)
        (0,merge/* addLine */.cG)(draft, line, hits);
    for (const [line, count] of own.branches)
        (0,merge/* addBranches */.s5)(draft, line, count);
    for (const fn of own.functions.values())
        (0,merge/* addFunction */.uO)(draft, fn);
}
/** The record on its own, arms summed per line: what its LF/LH/BRF/BRH describe. */
function recordDraft(rec) {
    const own = { path: rec.raw, lines: rec.lines, branches: new Map(), functions: new Map() };
    for (const { line, taken } of rec.arms.values()) {
        const prev = own.branches.get(line) ?? { covered: 0, total: 0 };
        own.branches.set(line, { covered: prev.covered + (taken > 0 ? 1 : 0), total: prev.total + 1 });
    }
    for (const [name, line] of rec.fnLines)
        (0,merge/* addFunction */.uO)(own, { name, line, hits: rec.fnHits.get(name) ?? 0 });
    for (const [name, hits] of rec.fnHits)
        if (!rec.fnLines.has(name))
            (0,merge/* addFunction */.uO)(own, { name, hits });
    return own;
}
function checkRecord(state, rec, own) {
    const totals = (0,coverage/* coverageTotals */.w)([{ path: own.path, lines: own.lines, branches: own.branches }]);
    const pairs = [
        ['LH', 'LF', 'lines', totals.lines],
        ['BRH', 'BRF', 'branches', totals.branches]
    ];
    for (const [hitKey, foundKey, what, actual] of pairs) {
        const hit = rec.declared.get(hitKey);
        const found = rec.declared.get(foundKey);
        if (!hit || !found)
            continue;
        const where = { file: state.file, line: found.line };
        const warning = compareDeclared(where, `${rec.raw}: ${what} (${hitKey}/${foundKey})`, { covered: hit.value, total: found.value }, actual);
        if (warning)
            state.warnings.push(warning);
    }
}
const lcovFormat = {
    id: 'lcov',
    kind: 'coverage',
    description: 'lcov tracefile (lcov.info: SF/DA/BRDA/FN records), from geninfo, istanbul, c8, vitest, grcov',
    sniff(head) {
        const first = head.split(/\r?\n|\r/).find((l) => l.trim() !== '')?.trim() ?? '';
        return /^(TN|SF|VER):/.test(first);
    },
    parse: parseLcov
};

;// CONCATENATED MODULE: ./src/ingest/formats/coverage/index.ts








/**
 * Every coverage format. Each `sniff` looks for a marker no other format has (a root element with
 * its tell-tale attribute, a key only that JSON has, a first line only that text format starts
 * with), so the order only matters for speed: the cheap, common ones first.
 */
const COVERAGE_FORMATS = [
    lcovFormat,
    coberturaFormat,
    jacocoFormat,
    cloverFormat,
    istanbulFormat,
    istanbulSummaryFormat,
    goCoverFormat
];

// EXTERNAL MODULE: ./src/ingest/stream/text.ts
var stream_text = __webpack_require__(8954);
;// CONCATENATED MODULE: ./src/ingest/test-location.ts
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
const NOWHERE = {};
const THIRD_PARTY = /(?:^|[/\\])(?:node_modules|site-packages|dist-packages)[/\\]|^node:|^internal\//;
class CaseLocator {
    repo;
    knowsFiles;
    lastRaw;
    lastPlaced;
    lastClass;
    lastClassFile;
    constructor(repo) {
        this.repo = repo;
        // RepoPaths does not say whether it holds the tracked-file list. Without one it accepts any
        // relative path, so a path that cannot exist tells the two apart.
        this.knowsFiles = repo.knowsFiles;
    }
    /**
     * `file`: the file attribute as reported (absolute, relative, `file://`); `classname`: JUnit
     * classname, .NET class, Python module or a path (vitest, Playwright); `details`: the failure
     * body or stack trace. Positional, not an object: this runs once per case.
     */
    locate(file, line, classname, details) {
        const known = file ? this.placeFile(file) : this.classFile(classname);
        if (known && line)
            return { file: known, line };
        const frame = details ? this.firstFrame(details, classname, known) : undefined;
        if (frame)
            return frame;
        return known ? { file: known } : NOWHERE;
    }
    /** A reported path made repo-relative; cases of one suite repeat it, so the last one is kept. */
    placeFile(raw) {
        if (raw !== this.lastRaw) {
            this.lastRaw = raw;
            this.lastPlaced = this.repo.place(raw).path;
        }
        return this.lastPlaced;
    }
    /** A suite or class name that is a source path (jest-junit's suiteName "{filepath}"), placed; else undefined. */
    pathFile(name) {
        if (!name || /\s/.test(name) || !SOURCE_PATH.test(name))
            return undefined;
        return this.trusted(name);
    }
    classFile(classname) {
        if (!classname)
            return undefined;
        if (classname !== this.lastClass) {
            this.lastClass = classname;
            this.lastClassFile = this.mapClass(classname);
        }
        return this.lastClassFile;
    }
    mapClass(classname) {
        if (SOURCE_PATH.test(classname) && !/\s/.test(classname))
            return this.trusted(classname);
        if (!this.knowsFiles || !DOTTED_NAME.test(classname))
            return undefined;
        const segments = classname.replace(/\$.*$/, '').split('.');
        // Longest prefix first: `tests.test_x.TestClass` is tests/test_x.py, `com.acme.FooTest` a class.
        for (let k = segments.length; k >= 1; k--) {
            const stem = segments.slice(0, k).join('/');
            for (const ext of CLASS_EXTENSIONS) {
                const hit = this.tracked(stem + ext);
                if (hit)
                    return hit;
            }
        }
        return this.tracked(`${segments[segments.length - 1]}.cs`);
    }
    /** The tracked file at `candidate` or ending in `/candidate`; never a looser suffix match. */
    tracked(candidate) {
        const p = this.repo.place(candidate);
        return p.placed && (p.path === candidate || p.path.endsWith(`/${candidate}`)) ? p.path : undefined;
    }
    /** A path the report spelled out: kept when tracked, or (without a file list) when it names a folder. */
    trusted(raw) {
        if (THIRD_PARTY.test(raw))
            return undefined;
        const p = this.repo.place(raw);
        if (!p.placed)
            return undefined;
        if (this.knowsFiles)
            return p.path;
        return p.path.includes('/') ? p.path : undefined;
    }
    /** The first frame in the repo; when the file is already known, the first frame in that file. */
    firstFrame(details, classname, file) {
        const text = details.length > MAX_SCAN ? details.slice(0, MAX_SCAN) : details;
        let start = 0;
        while (start < text.length) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            const hit = this.frameOnLine(text.slice(start, end), classname);
            if (hit && (!file || hit.file === file))
                return hit;
            start = end + 1;
        }
        return undefined;
    }
    frameOnLine(line, classname) {
        let m = DOTNET_FRAME.exec(line) ?? PYTHON_FRAME.exec(line);
        if (m)
            return this.hit(this.trusted(m[1]), m[2]);
        m = JAVA_FRAME.exec(line);
        if (m)
            return this.hit(this.javaFile(m[1], m[2]), m[3]);
        m = JS_FRAME.exec(line) ?? PATH_LINE.exec(line);
        if (!m)
            return undefined;
        const path = m[1];
        if (path.includes('/') || path.includes('\\'))
            return this.hit(this.trusted(path), m[2]);
        // A bare name is relative to something we do not know (a Go package, a Playwright testDir):
        // only a tracked file, found with the Go package path when the classname is one, will do.
        if (!this.knowsFiles)
            return undefined;
        // The module path (github.com/acme/calc) is not a repo folder: the longest unique tail decides.
        const scoped = classname?.includes('/') ? this.repo.place(`${classname}/${path}`) : undefined;
        return this.hit(scoped?.placed ? scoped.path : this.tracked(path), m[2]);
    }
    /** `at com.acme.FooTest.add(FooTest.java:42)` → com/acme/FooTest.java, if tracked. */
    javaFile(qualified, base) {
        if (!this.knowsFiles)
            return undefined;
        const segments = qualified.split('.');
        const classAt = segments.findIndex((s) => /^[A-Z]/.test(s));
        const pkg = segments.slice(0, classAt < 0 ? segments.length - 1 : classAt);
        return this.tracked([...pkg, base].join('/'));
    }
    hit(file, line) {
        const n = Number(line);
        return file && n > 0 ? { file, line: n } : undefined;
    }
}

// EXTERNAL MODULE: ./src/ingest/seconds.ts
var ingest_seconds = __webpack_require__(82561);
// EXTERNAL MODULE: ./src/ingest/warnings.ts
var ingest_warnings = __webpack_require__(8883);
;// CONCATENATED MODULE: ./src/ingest/formats/tests/xml-report.ts








/**
 * What the XML test formats (JUnit, TRX, NUnit, xUnit) share: turning what a report says about a
 * case into a TestCase, reading times, and keeping track of suites.
 */
/** Keep failure bodies bounded: a 2 MB stack trace must not ride along into every renderer. */
const MAX_DETAILS = 64 * 1024;
/** The one shape every XML test format has: recognised by its root element, read by a TestReader. */
function xmlTestFormat(spec) {
    return {
        id: spec.id,
        kind: 'tests',
        description: spec.description,
        sniff: (head) => spec.roots.includes(rootElement(head) ?? ''),
        async parse(file, chunks, sink, ctx) {
            const warnings = new ingest_warnings/* Warnings */.e(file);
            const reader = spec.reader(file, sink, new CaseLocator(ctx.repo), warnings);
            const result = await streamXml(file, chunks, reader, { onWarning: (message, at) => warnings.add(message, at) });
            reader.finish?.();
            return { problems: result.problem ? [result.problem] : [], warnings: warnings.list() };
        }
    };
}
/** `body`: the failure text or stack trace, already bounded. */
function toCase(f, body, locator, reportFile) {
    const details = body ? body.trim() || undefined : undefined;
    const message = messageFrom(f.message, f.name) ?? messageFrom(details, f.name) ?? f.type;
    const where = locator.locate(f.file, f.line, f.classname, details);
    const c = { suite: f.suite, name: f.name, status: f.status, durationSeconds: f.seconds, reportFile };
    if (f.timeUnknown)
        c.timeUnknown = true;
    if (f.classname)
        c.classname = f.classname;
    if (where.file)
        c.file = where.file;
    if (where.line)
        c.line = where.line;
    if (message)
        c.message = message;
    if (details)
        c.details = details;
    return c;
}
function xml_report_attr(tag, name) {
    const v = tag.attributes[name];
    return v === undefined || v === '' ? undefined : v;
}
/** Sums of reported times, to the nanosecond: 0.021 + 0.015 is 0.036, not 0.036000000000000004. */
function roundSeconds(seconds) {
    return Math.round(seconds * 1e9) / 1e9;
}
function rank(s) {
    return s === 'error' ? 3 : s === 'failed' ? 2 : s === 'skipped' ? 1 : 0;
}
/**
 * Reads report times, warning (located) about one that is not a duration: the caller then counts
 * the test with `timeUnknown`, so the value stays out of history and shard planning.
 */
class TimeReader {
    warnings;
    constructor(warnings) {
        this.warnings = warnings;
    }
    /** `what` and `name` say whose time it is (`test`, `"adds"`); `parse`: the format's notation (default: decimal seconds). */
    read(raw, what, name, position, parse = ingest_seconds/* parseSeconds */.fL) {
        const seconds = parse(raw);
        if (seconds === undefined)
            this.warnings.add((0,ingest_seconds/* badTime */.Fo)(raw, `${what} ${(0,excerpt/* excerpt */.Kb)(name)}`), position());
        return seconds;
    }
}
/**
 * The first telling line of a failure body. Skipped: `=== RUN` (go test -v), PHPUnit's opening
 * `Class::method` line, which only repeat the test's name, and Rust's `thread 't' panicked at
 * src/lib.rs:11:29:` (the location; the panic message is on the next line).
 */
function messageFrom(details, name) {
    if (!details)
        return undefined;
    const method = name ? `::${name.replace(/ with data set .*$/, '')}` : undefined;
    let start = 0;
    for (let n = 0; n < 20 && start < details.length; n++) {
        let end = details.indexOf('\n', start);
        if (end < 0)
            end = details.length;
        const line = details.slice(start, end).trim();
        start = end + 1;
        if (!line || line.startsWith('=== ') || (method && line.endsWith(method)) || RUST_PANIC.test(line))
            continue;
        return line;
    }
    return undefined;
}
const RUST_PANIC = /^thread '.*'(?: \(\d+\))? panicked at .+:\d+:\d+:$/;
/** .NET formats: the whole message (expected/actual often span lines), then the stack trace. */
function messageAndStack(message, stack) {
    if (stack)
        return (0,stream_text/* clipMiddle */.e9)(message ? `${message}\n${stack}` : stack, MAX_DETAILS);
    return message?.includes('\n') ? message : undefined;
}
/** The file name of a path with either separator: assemblies are named by file, not by build folder. */
function baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
/** `Ns.Class.Method(1.5, "a.b")` → `Ns.Class`: dots inside the arguments do not count. */
function classOfMethod(qualified) {
    const paren = qualified.indexOf('(');
    const head = paren < 0 ? qualified : qualified.slice(0, paren);
    const dot = head.lastIndexOf('.');
    return dot > 0 ? head.slice(0, dot) : undefined;
}
/** `seconds`: the suite's own time, undefined when it has none (or none that is a duration). */
function suiteFrame(name, seconds, file) {
    return { name, seconds, file, caseSeconds: 0, files: new SuiteFiles() };
}
function countCase(frame, c) {
    if (!frame)
        return;
    if (!c.timeUnknown)
        frame.caseSeconds += c.durationSeconds;
    frame.files.see(c.file);
}
/** A suite's own time includes setup and teardown; without one, its cases (and child suites) add up. */
function closeSuite(frame, parent, reportFile) {
    const file = frame.file ?? frame.files.common();
    // A suite without a name (jest-junit without a describe block) is known by its file.
    const suite = { name: frame.name || (file ?? ''), durationSeconds: frame.seconds ?? roundSeconds(frame.caseSeconds), reportFile };
    if (file)
        suite.file = file;
    if (parent) {
        parent.caseSeconds += suite.durationSeconds;
        parent.files.see(file);
    }
    return suite;
}
/**
 * The open suites of a report whose suites nest (NUnit, xUnit.net): a case lands in the innermost
 * suite, and a closed suite rolls its time and file up into its parent.
 */
class SuiteStack {
    reportFile;
    sink;
    locator;
    frames = [];
    constructor(reportFile, sink, locator) {
        this.reportFile = reportFile;
        this.sink = sink;
        this.locator = locator;
    }
    open(frame) {
        this.frames.push(frame);
    }
    /** Builds the case in the innermost suite, counts it there and hands it to the sink. */
    testCase(fields, body) {
        const frame = this.frames[this.frames.length - 1];
        const c = toCase({ suite: frame?.name ?? '', ...fields }, body, this.locator, this.reportFile);
        countCase(frame, c);
        this.sink.testCase(c);
    }
    close() {
        const frame = this.frames.pop();
        if (frame)
            this.sink.testSuite(closeSuite(frame, this.frames[this.frames.length - 1], this.reportFile));
    }
}
/** Tracks whether every case (or child suite) of a suite names the same file. */
class SuiteFiles {
    file;
    mixed = false;
    see(file) {
        if (!file || this.mixed)
            return;
        if (this.file === undefined)
            this.file = file;
        else if (this.file !== file)
            this.mixed = true;
    }
    common() {
        return this.mixed ? undefined : this.file;
    }
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/junit-runs.ts


/**
 * A JUnit testcase's outcomes: <failure>, <error>, <skipped> decide it; Surefire's flaky and rerun
 * elements (and retried testcases) are its attempts, oldest first, the last one deciding.
 */
/** An earlier attempt keeps less: enough to tell attempts apart, not a copy of every trace. */
const MAX_ATTEMPT_DETAILS = 8 * 1024;
// A Map, not an object literal: element names such as "constructor" must not look like outcomes.
const OUTCOMES = new Map([
    ['failure', { status: 'failed', kind: 'main' }],
    ['error', { status: 'error', kind: 'main' }],
    ['skipped', { status: 'skipped', kind: 'main' }],
    ['flakyFailure', { status: 'failed', kind: 'flaky' }],
    ['flakyError', { status: 'error', kind: 'flaky' }],
    ['rerunFailure', { status: 'failed', kind: 'rerun' }],
    ['rerunError', { status: 'error', kind: 'rerun' }]
]);
function openCapture(tag, outcome, seconds) {
    return {
        tag: tag.name,
        outcome,
        message: xml_report_attr(tag, 'message'),
        type: xml_report_attr(tag, 'type'),
        seconds: seconds ?? 0,
        text: new stream_text/* BoundedText */.FM(outcome.kind === 'main' ? MAX_DETAILS : MAX_ATTEMPT_DETAILS),
        muted: 0
    };
}
/** error outranks failure outranks skipped; a second outcome of the same rank joins the first. */
function endOutcome(d, cap) {
    const status = cap.outcome.status;
    if (cap.outcome.kind !== 'main') {
        const details = cap.text.toString().trim() || undefined;
        const attempt = { status, durationSeconds: cap.seconds };
        const message = messageFrom(cap.message) ?? messageFrom(details) ?? cap.type;
        if (message)
            attempt.message = message;
        if (details)
            attempt.details = details;
        (cap.outcome.kind === 'flaky' ? (d.flaky ??= []) : (d.reruns ??= [])).push(attempt);
        return;
    }
    const have = rank(d.status);
    if (rank(status) > have || (rank(status) === have && !d.body)) {
        d.status = status;
        d.message = cap.message;
        d.type = cap.type;
        d.body = cap.text;
    }
    else if (rank(status) === have && d.body) {
        // Several <failure>s (vitest soft assertions, Catch2 CHECKs): one failure, details joined.
        const more = cap.text.toString().trim() || cap.message;
        if (more)
            d.body.append(`\n\n${more}`);
    }
}
function asAttempt(c) {
    const a = { status: c.status, durationSeconds: c.durationSeconds };
    if (c.message)
        a.message = c.message;
    if (c.details)
        a.details = (0,stream_text/* clipMiddle */.e9)(c.details, MAX_ATTEMPT_DETAILS);
    return a;
}
/** A later run of the same test: attempts oldest first, the last one decides. */
function mergeRuns(earlier, later) {
    const attempts = [...(earlier.attempts ?? [asAttempt(earlier)]), ...(later.attempts ?? [asAttempt(later)])];
    const merged = { ...later, durationSeconds: roundSeconds(earlier.durationSeconds + later.durationSeconds), attempts };
    if (earlier.timeUnknown)
        merged.timeUnknown = true;
    if (!merged.file && earlier.file) {
        merged.file = earlier.file;
        if (earlier.line)
            merged.line = earlier.line;
    }
    if (later.status === 'passed' && attempts.some((a) => a.status === 'failed' || a.status === 'error'))
        merged.flaky = true;
    return merged;
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/junit-suite.ts


/**
 * What a JUnit <testsuite> says about itself beyond its cases: the counts it declares (used when it
 * lists no <testcase>, as some tools write summary-only reports), and names jest-junit writes with
 * a missing describe block ("undefined", " › name").
 */
const COUNT = /^\s*\d+\s*$/;
/** The counts a suite declares: tests, failures, errors, skipped (or skips) plus disabled. */
function declaredCounts(tag) {
    const read = (name) => {
        const raw = xml_report_attr(tag, name);
        return raw === undefined ? undefined : COUNT.test(raw) ? Number(raw) : null;
    };
    const tests = read('tests');
    if (tests === undefined || tests === 0)
        return undefined;
    const parts = { failed: read('failures'), errors: read('errors'), skipped: read('skipped') ?? read('skips'), disabled: read('disabled') };
    const bad = Object.entries({ tests, ...parts }).find(([, v]) => v === null);
    if (tests === null || bad)
        return { invalid: `its ${bad?.[0] ?? 'tests'} attribute is not a count` };
    const failed = parts.failed ?? 0;
    const errors = parts.errors ?? 0;
    const skipped = (parts.skipped ?? 0) + (parts.disabled ?? 0);
    if (failed + errors + skipped > tests)
        return { invalid: `its failures, errors and skipped add up to more than its ${tests} tests` };
    return { total: tests, passed: tests - failed - errors - skipped, failed, errors, skipped };
}
function declaredMessage(suite, c, listed) {
    const what = listed === 0 ? `lists no <testcase> but declares ${c.total} tests` : `declares ${c.total} more tests than the ${listed} it lists`;
    return `suite ${(0,excerpt/* excerpt */.Kb)(suite)} ${what}: counted from its attributes (${c.passed} passed, ${c.failed} failed, ${c.errors} errors, ${c.skipped} skipped), without names or times`;
}
function emptyTally() {
    return { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
}
function tally(t, status, n) {
    t.total += n;
    if (status === 'passed')
        t.passed += n;
    else if (status === 'failed')
        t.failed += n;
    else if (status === 'error')
        t.errors += n;
    else
        t.skipped += n;
}
function addTally(into, more) {
    into.total += more.total;
    into.passed += more.passed;
    into.failed += more.failed;
    into.errors += more.errors;
    into.skipped += more.skipped;
}
/**
 * The declared runs a suite does not list: all of them when it lists none; otherwise only skipped
 * ones (cargo's libtest leaves ignored tests out but counts them in skipped=). A suite that lists
 * fewer passing runs than it declares is believed over its attribute: pytest counts subtests in
 * tests=, googletest writes the wrong total.
 */
function unlisted(declared, seen) {
    if (seen.total === 0)
        return declared;
    const total = declared.total - seen.total;
    const skipped = declared.skipped - seen.skipped;
    if (total <= 0 || skipped !== total || declared.failed !== seen.failed || declared.errors !== seen.errors)
        return undefined;
    return { total, passed: 0, failed: 0, errors: 0, skipped };
}
const SEPARATOR = ' › ';
/**
 * jest-junit joins describe titles with " › " and writes a missing one as "undefined" or as
 * nothing (" never passes"): those parts are dropped, so the name reads as the test does.
 */
function cleanJestName(name) {
    // Runs for every case: a one-character search first, the split only for jest's joined names.
    if (name.indexOf('\u203a') !== -1 && name.includes(SEPARATOR)) {
        const parts = name.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '' && p !== 'undefined');
        if (parts.length > 0)
            return parts.join(SEPARATOR);
    }
    return name.charCodeAt(0) === 32 || name.charCodeAt(name.length - 1) === 32 ? name.trim() || name : name;
}
/** Evidence that a repeated testcase is a retry of the one before, not another run. */
function isRetry(tag) {
    const a = tag.attributes;
    // Runs for every case, and almost no report has any of these: look before parsing.
    if (a.retry === undefined && a.retries === undefined && a.rerun === undefined && a.attempt === undefined)
        return false;
    const count = (name) => Number.parseInt(a[name] ?? '', 10);
    return count('retry') > 0 || count('retries') > 0 || count('rerun') > 0 || count('attempt') > 1;
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/junit.ts






/**
 * JUnit XML in all its dialects (Surefire, Gradle, jest-junit, vitest, mocha, pytest, Go, nextest,
 * Catch2, Bazel, PHPUnit…), read as a stream. The helpers exported after the format are shared
 * by the other test formats (TRX, NUnit, xUnit), which build the same TestCase.
 */
const junitFormat = xmlTestFormat({
    id: 'junit',
    description: 'JUnit XML: <testsuites>/<testsuite> with <testcase>',
    roots: ['testsuites', 'testsuite'],
    reader: (file, sink, locator, warnings) => new JUnitReader(file, sink, locator, warnings)
});
/** A failing case's own output, used when its <failure> has no text. */
const MAX_OUTPUT = 16 * 1024;
/** Failed cases a suite holds while waiting for a rerun of the same id; then the oldest goes out. */
const MAX_PENDING = 256;
/** testcase status/result values meaning "did not run" (gtest, Bazel, Catch2, Ant). */
const NOT_RUN = new Set(['notrun', 'skipped', 'disabled', 'ignored', 'suppressed']);
class JUnitReader {
    file;
    sink;
    locator;
    warnings;
    stack = [];
    draft;
    capture;
    rootSeen = false;
    times;
    output;
    constructor(file, sink, locator, warnings) {
        this.file = file;
        this.sink = sink;
        this.locator = locator;
        this.warnings = warnings;
        this.times = new TimeReader(warnings);
    }
    open(tag, position) {
        const capture = this.capture;
        if (capture) {
            if (tag.name !== 'stackTrace')
                capture.muted++;
            return;
        }
        const name = tag.name;
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (name !== 'testsuites' && name !== 'testsuite') {
                throw new XmlContentError(`expected a JUnit <testsuites> or <testsuite> root element, found <${name}>`);
            }
        }
        if (name === 'testcase')
            this.draft = this.openCase(tag, position);
        else if (name === 'testsuite')
            this.stack.push(this.openSuite(tag, position));
        else if (this.draft) {
            const outcome = OUTCOMES.get(name);
            const draft = this.draft;
            if (outcome)
                this.capture = openCapture(tag, outcome, this.times.read(xml_report_attr(tag, 'time'), 'a run of test', draft.name, position));
            else if (name === 'system-out' || name === 'system-err')
                this.output = draft.output ??= new stream_text/* BoundedText */.FM(MAX_OUTPUT);
        }
    }
    close(tag) {
        const capture = this.capture;
        if (capture) {
            if (capture.muted === 0 && tag.name === capture.tag) {
                this.capture = undefined;
                if (this.draft)
                    endOutcome(this.draft, capture);
            }
            else if (tag.name !== 'stackTrace')
                capture.muted--;
        }
        else if (tag.name === 'testcase') {
            if (this.draft)
                this.deliver(this.endCase(this.draft), this.draft.retry);
            this.draft = undefined;
            this.output = undefined;
        }
        else if (tag.name === 'testsuite')
            this.endSuite();
        else if (tag.name === 'system-out' || tag.name === 'system-err')
            this.output = undefined;
    }
    text(text) {
        const capture = this.capture;
        if (capture) {
            if (capture.muted === 0)
                capture.text.append(text);
        }
        else
            this.output?.append(text);
    }
    /** After the stream ends: failed cases read before an error still count; unclosed suites do not. */
    finish() {
        for (const frame of this.stack)
            this.flush(frame);
    }
    openSuite(tag, position) {
        const parent = this.stack[this.stack.length - 1];
        const given = xml_report_attr(tag, 'name');
        const raw = xml_report_attr(tag, 'file') ?? xml_report_attr(tag, 'filepath');
        // jest-junit names a suite by its test file path (suiteName "{filepath}") without a file attribute.
        const file = raw ? this.locator.placeFile(raw) : (this.locator.pathFile(given) ?? parent?.file);
        // A missing describe title comes out as "undefined": the suite is its file.
        const name = given === 'undefined' ? (file ?? '') : given === undefined ? (parent?.name ?? '') : cleanJestName(given);
        const time = xml_report_attr(tag, 'time');
        const seconds = time === undefined ? undefined : this.times.read(time, 'suite', name, position);
        const frame = suiteFrame(name, seconds, file);
        return { ...frame, pytest: given === 'pytest' || (parent?.pytest ?? false), declared: declaredCounts(tag), seen: emptyTally() };
    }
    openCase(tag, position) {
        const frame = this.stack[this.stack.length - 1];
        const skipped = NOT_RUN.has(tag.attributes.status ?? '') || NOT_RUN.has(tag.attributes.result ?? '') || tag.attributes.disabled === 'true';
        const name = cleanJestName(xml_report_attr(tag, 'name') ?? '');
        const classname = xml_report_attr(tag, 'classname');
        const seconds = this.times.read(xml_report_attr(tag, 'time'), 'test', name, position);
        return {
            suite: frame?.name ?? '',
            name,
            classname: classname === undefined ? undefined : cleanJestName(classname) || undefined,
            retry: isRetry(tag),
            file: xml_report_attr(tag, 'file') ?? xml_report_attr(tag, 'filepath') ?? frame?.file,
            line: parseLine(xml_report_attr(tag, 'line'), frame?.pytest ? 1 : 0),
            seconds: seconds ?? 0,
            ...(seconds === undefined && { timeUnknown: true }),
            status: skipped ? 'skipped' : 'passed'
        };
    }
    endCase(d) {
        const frame = this.stack[this.stack.length - 1];
        const body = d.body?.toString();
        // A failure with no text of its own (cargo's libtest): its output says what and where.
        const broken = d.status === 'failed' || d.status === 'error';
        const c = toCase(d, broken && !body?.trim() && d.output ? d.output.toString() : body, this.locator, this.file);
        if (d.flaky || d.reruns) {
            const attempts = [...(d.flaky ?? []), asAttempt(c), ...(d.reruns ?? [])];
            c.attempts = attempts;
            c.durationSeconds = roundSeconds(attempts.reduce((sum, a) => sum + a.durationSeconds, 0));
            if (d.flaky && c.status === 'passed')
                c.flaky = true;
        }
        countCase(frame, c);
        if (frame)
            tally(frame.seen, c.status, 1);
        return c;
    }
    /**
     * A repeated classname+name in one suite is another run (a parameterized test without distinct
     * names, one test in two configurations) unless the later case says it is a retry (a retry,
     * rerun or attempt attribute): then the two are attempts of one test. So a failed case waits in
     * its suite for a possible retry. Keyed by name alone, so a passing case costs one lookup.
     */
    deliver(c, retry) {
        const frame = this.stack[this.stack.length - 1];
        const broken = c.status === 'failed' || c.status === 'error';
        const pending = frame?.pending;
        let earlier = pending?.get(c.name);
        if (earlier && (earlier.classname !== c.classname || !retry)) {
            // Another class, or no retry evidence: another run, not a rerun. The older one goes out.
            this.release(frame, earlier);
            earlier = undefined;
        }
        if (!frame || (!broken && !earlier)) {
            this.sink.testCase(c);
            return;
        }
        if (earlier)
            pending?.delete(c.name);
        const merged = earlier ? mergeRuns(earlier, c) : c;
        if (merged.status !== 'failed' && merged.status !== 'error')
            this.sink.testCase(merged);
        else
            this.hold(frame, merged);
    }
    hold(frame, c) {
        const pending = (frame.pending ??= new Map());
        pending.set(c.name, c);
        if (pending.size > MAX_PENDING)
            this.release(frame, pending.values().next().value);
    }
    release(frame, c) {
        frame?.pending?.delete(c.name);
        this.sink.testCase(c);
    }
    endSuite() {
        const frame = this.stack.pop();
        if (!frame)
            return;
        this.flush(frame);
        if (frame.declared)
            this.declare(frame, frame.declared);
        const parent = this.stack[this.stack.length - 1];
        if (parent)
            addTally(parent.seen, frame.seen);
        this.sink.testSuite(closeSuite(frame, parent, this.file));
    }
    /**
     * A suite that declares more runs than it lists (none at all in summary-only reports; cargo's
     * libtest leaves out ignored tests): the runs it does not list are counted from its attributes,
     * and a warning says so. Declarations that do not add up are ignored.
     */
    declare(frame, declared) {
        const missing = 'invalid' in declared ? undefined : unlisted(declared, frame.seen);
        if (!missing) {
            if ('invalid' in declared && frame.seen.total === 0)
                this.warnings.add(`suite ${(0,excerpt/* excerpt */.Kb)(frame.name)} lists no <testcase> and ${declared.invalid}: no tests counted from it`);
            return;
        }
        this.sink.declared?.({ suite: frame.name, reportFile: this.file, counts: missing });
        addTally(frame.seen, missing);
        this.warnings.add(declaredMessage(frame.name, missing, frame.seen.total - missing.total));
    }
    flush(frame) {
        for (const c of frame.pending?.values() ?? [])
            this.sink.testCase(c);
        frame.pending = undefined;
    }
}
function parseLine(raw, offset) {
    const n = raw === undefined ? NaN : Number.parseInt(raw, 10) + offset;
    return n > 0 ? n : undefined;
}

// EXTERNAL MODULE: ./src/ingest/formats/metrics/metrics.ts
var metrics = __webpack_require__(20232);
;// CONCATENATED MODULE: ./src/ingest/formats/tests/nunit.ts




/**
 * NUnit result XML: NUnit 3 (`<test-run>`, `duration`, `label`), NUnit 2 (`<test-results>`,
 * `time`, `success`/`executed`), and a bare `<test-suite>` root (one assembly's results). Cases sit
 * in nested `<test-suite>`s (assembly, namespace, fixture, parameterized method); a case's suite is
 * the innermost one.
 */
const nunitFormat = xmlTestFormat({
    id: 'nunit',
    description: 'NUnit 3 (<test-run>), NUnit 2 (<test-results>) and bare <test-suite> result XML',
    roots: ['test-run', 'test-results', 'test-suite'],
    reader: (file, sink, locator, warnings) => new NUnitReader(file, sink, locator, warnings)
});
/**
 * Results as publish-unit-test-result-action reads them (its nunit3-to-junit mapping, for NUnit 2
 * and 3 alike), so a switching user sees the same counts: a <failure> decides (an error when the
 * result is Error, else a failure, whatever the label); without one, not executed, Skipped,
 * Ignored, NotRunnable and Inconclusive results (or runstates) are skipped; Warning passed. Our
 * additions: a Failed or Error result without a <failure> still fails, and a result we do not know
 * is an error naming it, never a pass.
 */
const SKIP_RESULTS = new Set(['Skipped', 'Ignored', 'NotRunnable', 'Inconclusive']);
const SKIP_RUNSTATES = new Set(['Skipped', 'Ignored', 'NotRunnable']);
const RESULTS = new Map([
    ['Passed', 'passed'],
    ['Success', 'passed'],
    ['Warning', 'passed'],
    ['Failed', 'failed'],
    ['Failure', 'failed'],
    ['Cancelled', 'failed'],
    ['Error', 'error']
]);
function statusOf(tag, hasFailure) {
    const result = xml_report_attr(tag, 'result');
    if (hasFailure)
        return result === 'Error' ? 'error' : 'failed';
    if (tag.attributes.executed === 'False' || SKIP_RESULTS.has(result ?? '') || SKIP_RUNSTATES.has(tag.attributes.runstate ?? ''))
        return 'skipped';
    if (result === undefined)
        return tag.attributes.success === 'False' ? 'failed' : 'passed';
    return RESULTS.get(result);
}
class NUnitReader {
    suites;
    times;
    draft;
    /** Depth of the open element below the current test-case (0: the test-case itself). */
    depth = 0;
    /** Inside a test-case's own <failure> or <reason> (not its <assertions> or <output>). */
    inOutcome = false;
    field;
    version;
    constructor(file, sink, locator, warnings) {
        this.suites = new SuiteStack(file, sink, locator);
        this.times = new TimeReader(warnings);
    }
    open(tag, position) {
        const name = tag.name;
        this.version ??= versionOf(tag);
        const draft = this.draft;
        if (draft) {
            this.depth++;
            if (this.depth === 1) {
                this.inOutcome = name === 'failure' || name === 'reason';
                if (name === 'failure')
                    draft.hasFailure = true;
            }
            else if (this.depth === 2 && this.inOutcome) {
                if (name === 'message')
                    this.field = draft.message ??= new stream_text/* BoundedText */.FM(MAX_DETAILS);
                else if (name === 'stack-trace')
                    this.field = draft.stack ??= new stream_text/* BoundedText */.FM(MAX_DETAILS);
            }
        }
        else if (name === 'test-case') {
            this.draft = this.openCase(tag, this.version, position);
            this.depth = 0;
        }
        else if (name === 'test-suite')
            this.suites.open(this.openSuite(tag, position));
    }
    close(tag) {
        const draft = this.draft;
        if (!draft) {
            if (tag.name === 'test-suite')
                this.suites.close();
            return;
        }
        if (this.depth === 0) {
            this.draft = undefined;
            this.endCase(draft);
            return;
        }
        if (this.depth === 2)
            this.field = undefined;
        if (this.depth === 1)
            this.inOutcome = false;
        this.depth--;
    }
    text(text) {
        this.field?.append(text);
    }
    endCase(d) {
        const message = d.message?.toString().trim();
        const body = messageAndStack(message, d.stack?.toString().trim());
        const status = statusOf(d.tag, d.hasFailure);
        const unknown = status ? undefined : `unknown NUnit result ${(0,excerpt/* excerpt */.Kb)(xml_report_attr(d.tag, 'result') ?? '')}`;
        const timing = d.seconds === undefined ? { seconds: 0, timeUnknown: true } : { seconds: d.seconds };
        this.suites.testCase({ name: d.name, classname: d.classname, status: status ?? 'error', ...timing, message: message || unknown }, body);
    }
    /**
     * Assemblies by file name (NUnit 2 gives the build machine's full path); fixtures and namespaces
     * by their full name, so two classes of the same name never share a suite.
     */
    openSuite(tag, position) {
        const name = xml_report_attr(tag, 'name') ?? '';
        const raw = xml_report_attr(tag, 'duration') ?? xml_report_attr(tag, 'time');
        const seconds = raw === undefined ? undefined : this.times.read(raw, 'suite', name, position);
        if (xml_report_attr(tag, 'type') === 'Assembly')
            return suiteFrame(baseName(name), seconds);
        return suiteFrame(xml_report_attr(tag, 'fullname') ?? name, seconds);
    }
    openCase(tag, version, position) {
        const full = xml_report_attr(tag, version === 3 ? 'fullname' : 'name') ?? '';
        const classname = (version === 3 ? xml_report_attr(tag, 'classname') : undefined) ?? classOfMethod(full);
        // NUnit 2 names are fully qualified; NUnit 3 keeps the method (and arguments) in `name`.
        const name = version === 3 ? (xml_report_attr(tag, 'name') ?? full) : classname ? full.slice(classname.length + 1) : full;
        const seconds = this.times.read(xml_report_attr(tag, 'duration') ?? xml_report_attr(tag, 'time'), 'test', name, position);
        return { tag, name, classname, seconds, hasFailure: false };
    }
}
/** NUnit 3 writes `<test-run>`, or a bare `<test-suite>` with NUnit 3's `fullname`/`id`; else NUnit 2. */
function versionOf(root) {
    if (root.name === 'test-run')
        return 3;
    if (root.name === 'test-results')
        return 2;
    if (root.name === 'test-suite')
        return root.attributes.fullname !== undefined || root.attributes.id !== undefined ? 3 : 2;
    throw new XmlContentError(`expected an NUnit <test-run>, <test-results> or <test-suite> root element, found <${root.name}>`);
}

// EXTERNAL MODULE: ./src/ingest/formats/benchmarks/pipeline-gates-bench.ts
var pipeline_gates_bench = __webpack_require__(87754);
;// CONCATENATED MODULE: ./src/model/findings.ts
/** Static-analysis and security findings, as read from SARIF. */
function severityOf(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}

;// CONCATENATED MODULE: ./src/ingest/formats/findings/sarif-shape.ts
const N = -1; // any index
/** Expected kinds by path; `results: null` is allowed (a tool that produced none, SARIF §3.14.23). */
const RULES = [
    [['version'], ['string']],
    [['runs'], ['array']],
    [['runs', N], ['object']],
    [['runs', N, 'tool'], ['object']],
    [['runs', N, 'tool', 'driver'], ['object']],
    [['runs', N, 'tool', 'driver', 'name'], ['string']],
    [['runs', N, 'tool', 'driver', 'rules'], ['array']],
    [['runs', N, 'tool', 'extensions'], ['array']],
    [['runs', N, 'results'], ['array', 'null']],
    [['runs', N, 'results', N], ['object']],
    [['runs', N, 'results', N, 'message'], ['object']],
    [['runs', N, 'results', N, 'ruleId'], ['string']],
    [['runs', N, 'results', N, 'locations'], ['array']],
    [['runs', N, 'results', N, 'suppressions'], ['array']],
    [['runs', N, 'artifacts'], ['array']],
    [['runs', N, 'originalUriBaseIds'], ['object']]
];
const SHAPE_DEPTH = 5;
class SarifShape {
    run;
    result;
    sawVersion = false;
    sawRuns = false;
    check(path, kind, offset) {
        const rule = RULES.find(([pattern]) => matches(pattern, path));
        if (rule && !rule[1].includes(kind))
            return `${where(path)} must be ${rule[1].map(article).join(' or ')}, found ${article(kind)}: not a SARIF 2.1.0 log`;
        const [top, , section, , field] = path;
        if (path.length === 1) {
            if (top === 'version')
                this.sawVersion = true;
            if (top === 'runs')
                this.sawRuns = true;
        }
        else if (top === 'runs' && path.length === 2)
            return this.startRun(where(path), offset);
        else if (top === 'runs' && section === 'tool')
            this.run?.has.add(path.slice(3).join('.'));
        else if (top === 'runs' && section === 'results' && path.length === 4)
            return this.startResult(where(path), offset);
        else if (top === 'runs' && section === 'results' && path.length === 5 && field === 'message')
            this.result?.has.add('message');
        return undefined;
    }
    /** After the last value: what is still missing. */
    finish() {
        const missing = this.closeResult() ?? this.closeRun();
        if (missing)
            return missing;
        if (!this.sawRuns)
            return 'not a SARIF log: there is no "runs" array';
        if (!this.sawVersion)
            return 'not a SARIF 2.1.0 log: there is no "version" (SARIF 2.1.0 requires "version": "2.1.0")';
        return undefined;
    }
    startRun(at, offset) {
        const missing = this.closeResult() ?? this.closeRun();
        this.run = { at, offset, has: new Set() };
        return missing;
    }
    startResult(at, offset) {
        const missing = this.closeResult();
        this.result = { at, offset, has: new Set() };
        return missing;
    }
    closeRun() {
        const run = this.run;
        this.run = undefined;
        if (!run || run.has.has('driver.name'))
            return undefined;
        const what = !run.has.has('') ? 'tool' : !run.has.has('driver') ? 'tool.driver' : 'tool.driver.name';
        return { message: `${run.at} has no ${what} (SARIF 2.1.0 requires every run to name its tool): not a SARIF 2.1.0 log`, offset: run.offset };
    }
    closeResult() {
        const result = this.result;
        this.result = undefined;
        if (!result || result.has.has('message'))
            return undefined;
        return { message: `${result.at} has no message (SARIF 2.1.0 requires one on every result): not a SARIF 2.1.0 log`, offset: result.offset };
    }
}
function matches(pattern, path) {
    return pattern.length === path.length && pattern.every((p, i) => (p === N ? typeof path[i] === 'number' : p === path[i]));
}
/** `runs[0].results[3].message` */
function where(path) {
    return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}
function article(kind) {
    return kind === 'null' ? 'null' : kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`;
}

;// CONCATENATED MODULE: ./src/ingest/formats/findings/sarif.ts






/**
 * SARIF 2.1.0, streamed. Only these parts are ever materialised: each result as it completes, each
 * rule (kept compactly), artifacts and originalUriBaseIds; everything else (invocations, graphs,
 * thread flows, taxonomies) is parsed and dropped value by value.
 *
 * JSON key order is free, and real logs put `artifacts` and `originalUriBaseIds` after `results`
 * as often as before (rules usually come first). So each result becomes a compact draft at once and
 * all drafts of a run are resolved when the run ends (the next run begins or the document does):
 * one rule, always right, and a draft is about the size of the finding it becomes.
 */
const sarifFormat = {
    id: 'sarif',
    kind: 'findings',
    description: 'SARIF 2.1.0 (static analysis and security findings)',
    sniff: (head, fileName) => /^\s*\{/.test(head) &&
        (/\.sarif(\.json)?$/i.test(fileName) ||
            /"\$schema"\s*:\s*"[^"]*sarif/i.test(head) ||
            (/"runs"\s*:/.test(head) && /"version"\s*:\s*"\d+\.\d+\.\d+"/.test(head))),
    parse: (file, chunks, ctx) => new SarifReader(file, ctx).read(chunks)
};
const PATHS = [
    '$.version',
    '$.runs.*.tool.driver.name',
    '$.runs.*.tool.driver.rules.*',
    '$.runs.*.tool.driver.globalMessageStrings',
    '$.runs.*.tool.extensions.*.name',
    '$.runs.*.tool.extensions.*.rules.*',
    '$.runs.*.tool.extensions.*.globalMessageStrings',
    '$.runs.*.artifacts.*',
    '$.runs.*.originalUriBaseIds',
    '$.runs.*.results.*'
];
const LEVELS = ['error', 'warning', 'note', 'none'];
const BASELINE = ['new', 'unchanged', 'updated', 'absent'];
/** A 1M-result log with one systematic mistake must not produce 1M warnings. */
const MAX_WARNINGS = 20;
class SarifReader {
    file;
    ctx;
    findings = [];
    seen = new Set();
    warnings = [];
    warned = 0;
    duplicates = 0;
    suppressed = 0;
    /** Driver names of every run, with or without results: "ran and found nothing" is an answer. */
    tools = new Set();
    version;
    run;
    constructor(file, ctx) {
        this.file = file;
        this.ctx = ctx;
    }
    async read(chunks) {
        const shape = new SarifShape();
        const read = await (0,json_stream/* streamJson */.fM)(this.file, chunks, PATHS, (event) => this.accept(event), { shape: { depth: SHAPE_DEPTH, check: (path, kind, offset) => shape.check(path, kind, offset) } });
        this.finishRun();
        const missing = !read.problem && read.root === 'object' ? shape.finish() : undefined;
        if (missing === undefined)
            return this.result(read);
        const problem = typeof missing === 'string' ? { file: this.file, message: missing } : { file: this.file, ...read.locator.locate(missing.offset), message: missing.message };
        return this.result({ ...read, problem });
    }
    accept({ path, value }) {
        const [top, runIndex, section, ...rest] = path;
        if (top === 'version') {
            this.version = value;
            // 2.0.0 drafts and 2.2 share 2.1.0's shapes for everything we read; 1.x does not.
            if (typeof value !== 'string' || !/^2\.\d+(\.\d+)?$/.test(value))
                throw new json_stream/* JsonContentError */._l(`SARIF version ${(0,excerpt/* excerpt */.Kb)(value)} is not supported; expected "2.1.0"`);
            if (value !== '2.1.0')
                this.warn(`SARIF version ${(0,excerpt/* excerpt */.Kb)(value)}: read as 2.1.0`);
            return;
        }
        if (typeof runIndex !== 'number')
            throw new json_stream/* JsonContentError */._l('"runs" must be an array of run objects');
        if (this.run?.index !== runIndex) {
            this.finishRun();
            this.run = { index: runIndex, driver: component(), extensions: [], artifacts: [], baseIds: {}, drafts: [] };
        }
        const run = this.run;
        if (section === 'tool')
            this.acceptTool(run, rest, value);
        else if (section === 'artifacts')
            run.artifacts[rest[0]] = place(obj(obj(value)?.location));
        else if (section === 'originalUriBaseIds') {
            run.baseIds = Object.fromEntries(Object.entries(obj(value) ?? {}).map(([k, v]) => [k, place(obj(v))]));
        }
        else if (section === 'results')
            this.acceptResult(run, rest[0], value);
    }
    /** `driver.{name,rules.i,globalMessageStrings}` or `extensions.e.{name,rules.i,globalMessageStrings}`. */
    acceptTool(run, rest, value) {
        const inDriver = rest[0] === 'driver';
        const target = inDriver ? run.driver : (run.extensions[rest[1]] ??= component());
        const [field, index] = rest.slice(inDriver ? 1 : 2);
        if (field === 'name')
            target.name = sarif_str(value);
        else if (field === 'globalMessageStrings')
            target.messages = texts(value);
        else if (field === 'rules') {
            const rule = this.compactRule(value, `runs[${run.index}].tool.${inDriver ? 'driver' : `extensions[${rest[1]}]`}.rules[${index}]`);
            target.rules[index] = rule;
            if (rule.id !== undefined && !target.byId.has(rule.id))
                target.byId.set(rule.id, rule);
        }
    }
    compactRule(raw, at) {
        const r = obj(raw) ?? {};
        const level = obj(r.defaultConfiguration)?.level;
        const score = scoreOf(obj(r.properties)?.['security-severity']);
        if (level !== undefined && !LEVELS.includes(level))
            this.warn(`${at}: unknown defaultConfiguration.level ${(0,excerpt/* excerpt */.Kb)(level)}; ignored`);
        if (score === null)
            this.warn(`${at}: security-severity ${(0,excerpt/* excerpt */.Kb)(obj(r.properties)?.['security-severity'])} is not a score from 0 to 10; ignored`);
        return compact({
            id: sarif_str(r.id),
            level: LEVELS.includes(level) ? level : undefined,
            score: score ?? undefined,
            messages: texts(r.messageStrings),
            description: sarif_str(obj(r.shortDescription)?.text)
        });
    }
    /** Suppressed results (any suppression not `rejected`) are counted, never drafted. */
    acceptResult(run, index, raw) {
        const r = obj(raw);
        const at = `runs[${run.index}].results[${index}]`;
        if (!r)
            return this.warn(`${at} is not an object; skipped`);
        const suppressions = Array.isArray(r.suppressions) ? r.suppressions : [];
        if (suppressions.some((s) => obj(s)?.status !== 'rejected'))
            return void this.suppressed++;
        const rule = obj(r.rule);
        const ref = obj(rule?.toolComponent);
        const message = obj(r.message);
        const props = obj(r.properties);
        const score = scoreOf(props?.['security-severity']);
        if (r.level !== undefined && !LEVELS.includes(r.level))
            this.warn(`${at}: unknown level ${(0,excerpt/* excerpt */.Kb)(r.level)}; the rule's default is used`);
        if (score === null)
            this.warn(`${at}: security-severity ${(0,excerpt/* excerpt */.Kb)(props?.['security-severity'])} is not a score from 0 to 10; ignored`);
        if (r.baselineState !== undefined && !BASELINE.includes(r.baselineState))
            this.warn(`${at}: unknown baselineState ${(0,excerpt/* excerpt */.Kb)(r.baselineState)}; ignored`);
        const physical = obj(obj(Array.isArray(r.locations) ? r.locations[0] : undefined)?.physicalLocation);
        const artifact = obj(physical?.artifactLocation);
        const region = obj(physical?.region);
        run.drafts.push({
            at: index,
            ruleId: sarif_str(r.ruleId) ?? sarif_str(rule?.id),
            ruleIndex: index0(rule?.index) ?? index0(r.ruleIndex),
            component: ref && { index: index0(ref.index), name: sarif_str(ref.name) },
            level: LEVELS.includes(r.level) ? r.level : undefined,
            kind: sarif_str(r.kind),
            score: score ?? undefined,
            text: sarif_str(message?.text),
            messageId: sarif_str(message?.id),
            args: Array.isArray(message?.arguments) ? message.arguments.map(String) : undefined,
            uri: sarif_str(artifact?.uri),
            baseId: sarif_str(artifact?.uriBaseId),
            artifact: index0(artifact?.index),
            line: index0(region?.startLine) || undefined,
            column: index0(region?.startColumn) || undefined,
            fingerprint: fingerprintOf(obj(r.partialFingerprints), obj(r.fingerprints)),
            baselineState: BASELINE.includes(r.baselineState) ? r.baselineState : undefined
        });
    }
    finishRun() {
        const run = this.run;
        if (!run)
            return;
        this.run = undefined;
        if (run.driver.name !== undefined)
            this.tools.add(run.driver.name);
        if (run.drafts.length > 0 && run.driver.name === undefined)
            this.warn(`runs[${run.index}].tool.driver.name is missing`);
        for (const draft of run.drafts.splice(0)) {
            const finding = this.resolve(run, draft);
            const key = [finding.tool, finding.ruleId, finding.file, finding.line, finding.column, finding.fingerprint ?? finding.message].join('\0');
            if (this.seen.has(key))
                this.duplicates++;
            else {
                this.seen.add(key);
                this.findings.push(finding);
            }
        }
    }
    resolve(run, d) {
        const at = `runs[${run.index}].results[${d.at}]`;
        const home = this.componentOf(run, d, at);
        const rule = this.ruleOf(run, home ?? run.driver, d, at);
        const score = d.score ?? rule?.score;
        const file = this.fileOf(run, d);
        return compact({
            tool: run.driver.name ?? 'unknown tool',
            ruleId: (0,clip/* clip */.$)(d.ruleId ?? rule?.id ?? '', stream_limits/* MAX_NAME */.zB),
            // SARIF §3.27.9: a result whose kind is not "fail" (pass, open, review, …) has level "none".
            level: d.kind !== undefined && d.kind !== 'fail' ? 'none' : (d.level ?? rule?.level ?? 'warning'),
            ...(score !== undefined && { severity: severityOf(score), securitySeverity: score }),
            message: (0,clip/* clip */.$)(this.messageOf(run, home ?? run.driver, rule, d, at), stream_limits/* MAX_MESSAGE */.h2),
            file,
            line: file === undefined ? undefined : d.line,
            column: file === undefined ? undefined : d.column,
            fingerprint: d.fingerprint,
            baselineState: d.baselineState
        });
    }
    /** result.rule.toolComponent: an index into tool.extensions, or a name; absent means the driver. */
    componentOf(run, d, at) {
        const ref = d.component;
        if (ref?.index !== undefined) {
            const found = run.extensions[ref.index];
            if (!found)
                this.warn(`${at}: rule.toolComponent.index ${ref.index} is not in tool.extensions`);
            return found;
        }
        return ref?.name === undefined ? undefined : run.extensions.find((c) => c.name === ref.name);
    }
    /** By index into the result's tool component, else by id: exact first, then `X/Y` → `X`. */
    ruleOf(run, home, d, at) {
        if (d.ruleIndex !== undefined) {
            const rule = home.rules[d.ruleIndex];
            if (rule)
                return rule;
            this.warn(`${at}: rule index ${d.ruleIndex} is outside the tool's ${home.rules.length} rules; looked up by id instead`);
        }
        const components = [home, run.driver, ...run.extensions];
        for (let id = d.ruleId; id; id = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : undefined) {
            for (const c of components) {
                const rule = c.byId.get(id);
                if (rule)
                    return rule;
            }
        }
        return undefined;
    }
    messageOf(run, home, rule, d, at) {
        // Plain text is taken literally unless it has arguments: tools such as ESLint do not double
        // the braces that SARIF format strings would require.
        if (d.text !== undefined)
            return d.args ? format(d.text, d.args) : d.text;
        if (d.messageId !== undefined) {
            const template = rule?.messages[d.messageId] ?? home.messages[d.messageId] ?? run.driver.messages[d.messageId];
            if (template !== undefined)
                return format(template, d.args ?? []);
            this.warn(`${at}: message id ${(0,excerpt/* excerpt */.Kb)(d.messageId)} is not in the rule's messageStrings`);
        }
        return rule?.description ?? d.ruleId ?? rule?.id ?? '';
    }
    fileOf(run, d) {
        const listed = d.artifact === undefined ? undefined : run.artifacts[d.artifact];
        const uri = d.uri ?? listed?.uri;
        if (uri === undefined)
            return undefined;
        return this.ctx.repo.place(resolveUri(uri, d.uri !== undefined ? d.baseId : (d.baseId ?? listed?.baseId), run.baseIds)).path;
    }
    warn(message) {
        if (++this.warned <= MAX_WARNINGS)
            this.warnings.push({ file: this.file, message });
    }
    result(read) {
        const problems = read.problem ? [read.problem] : [];
        if (!read.problem && read.root !== 'object')
            problems.push({ file: this.file, message: read.root ? 'expected a SARIF log (a JSON object)' : 'the file is empty: expected a SARIF log' });
        if (this.warned > MAX_WARNINGS)
            this.warnings.push({ file: this.file, message: `${this.warned - MAX_WARNINGS} more warnings like these were left out` });
        if (this.duplicates > 0)
            this.warnings.push({ file: this.file, message: `${this.duplicates} duplicate results (same tool, rule, location and fingerprint or message) were counted once` });
        return { findings: this.findings, tools: [...this.tools], suppressed: this.suppressed, problems, warnings: this.warnings };
    }
}
function component() {
    return { rules: [], byId: new Map(), messages: {} };
}
function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function sarif_str(v) {
    return typeof v === 'string' ? v : undefined;
}
function index0(v) {
    return Number.isInteger(v) && v >= 0 ? v : undefined;
}
function place(o) {
    return compact({ uri: sarif_str(o?.uri), baseId: sarif_str(o?.uriBaseId) });
}
/** `{id: {text}}` (messageStrings, globalMessageStrings) → `{id: text}`. */
function texts(v) {
    const out = {};
    for (const [id, m] of Object.entries(obj(v) ?? {})) {
        const text = sarif_str(obj(m)?.text);
        if (text !== undefined)
            out[id] = text;
    }
    return out;
}
/** GitHub's `security-severity` is a string such as "7.5"; null marks a value that is not a 0–10 score. */
function scoreOf(v) {
    if (v === undefined)
        return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) && n >= 0 && n <= 10 ? n : null;
}
/** Stable across runs: primaryLocationLineHash (what GitHub matches on), else the first by key. */
function fingerprintOf(partial, full) {
    const first = (o) => o && Object.keys(o).sort().map((k) => sarif_str(o[k])).find((v) => v !== undefined);
    return sarif_str(partial?.primaryLocationLineHash) ?? first(full) ?? first(partial);
}
/** SARIF §3.11.5 format strings: `{0}` placeholders, and `{{`/`}}` for literal braces. */
function format(template, args) {
    return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n) => m === '{{' ? '{' : m === '}}' ? '}' : (args[Number(n)] ?? m));
}
/**
 * A relative URI is resolved against its uriBaseId through run.originalUriBaseIds (which may chain).
 * A base id the log does not define (e.g. `%SRCROOT%`) means the checkout root, as GitHub reads it.
 */
function resolveUri(uri, baseId, bases, seen = new Set()) {
    if (/^[a-z][a-z0-9+.-]+:/i.test(uri) || uri.startsWith('/'))
        return uri;
    const base = baseId === undefined || seen.has(baseId) ? undefined : bases[baseId];
    if (base?.uri === undefined)
        return sarif_decode(uri);
    seen.add(baseId);
    const root = resolveUri(base.uri, base.baseId, bases, seen).replace(/\/*$/, '/');
    const rest = uri.replace(/^(\.\/)+/, '');
    // A file:// root is decoded as a whole later (RepoPaths); a plain path root already was.
    return /^[a-z][a-z0-9+.-]+:/i.test(root) ? root + rest : root + sarif_decode(rest);
}
function sarif_decode(uri) {
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri; // a stray % is more likely a real character than an escape
    }
}
/** A copy without undefined fields, so findings compare and serialise cleanly. */
function compact(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/trx.ts





/**
 * Visual Studio / VSTest TRX (`dotnet test --logger trx`, MSTest, vstest.console). A result names
 * its test by `testId`; the class lives in TestDefinitions, which VSTest writes after Results (old
 * MSTest wrote it before). So results wait for their definitions, at most MAX_HELD of them; past
 * that, or when a definition is missing, the class is taken from a qualified testName if it has one.
 */
const trxFormat = xmlTestFormat({
    id: 'trx',
    description: 'Visual Studio TRX (<TestRun>) from dotnet test, MSTest, VSTest',
    roots: ['TestRun'],
    reader: (file, sink, locator, warnings) => new TrxReader(file, sink, locator, warnings)
});
const MAX_HELD = 100_000;
/**
 * Every TRX outcome (the TestOutcome enum). As publish-unit-test-result-action reads them where
 * two readings are defensible: Passed and PassedButRunAborted passed; Failed failed; Error (or no
 * outcome) an error; NotExecuted, Inconclusive, Pending, NotRunnable and Completed (ran, no
 * verdict) skipped. Where its reading would hide a broken test we differ on purpose: Timeout,
 * Aborted, Disconnected (a lost test host) and InProgress (the run stopped under it) are errors,
 * not skips; Warning passed, as NUnit's Warning does. An unknown outcome is an error naming it.
 */
const trx_OUTCOMES = new Map([
    ['Passed', 'passed'],
    ['PassedButRunAborted', 'passed'],
    ['Warning', 'passed'],
    ['Failed', 'failed'],
    ['Error', 'error'],
    ['', 'error'],
    ['Timeout', 'error'],
    ['Aborted', 'error'],
    ['Disconnected', 'error'],
    ['InProgress', 'error'],
    ['NotExecuted', 'skipped'],
    ['Inconclusive', 'skipped'],
    ['Pending', 'skipped'],
    ['NotRunnable', 'skipped'],
    ['Completed', 'skipped']
]);
class TrxReader {
    file;
    sink;
    locator;
    results = [];
    field;
    inErrorInfo = false;
    rootSeen = false;
    resultsSeen = false;
    definitionsDone = false;
    unitTestId;
    /** testId → class, kept only when definitions come before the results. */
    classes = new Map();
    held = new Map();
    heldCount = 0;
    times;
    constructor(file, sink, locator, warnings) {
        this.file = file;
        this.sink = sink;
        this.locator = locator;
        this.times = new TimeReader(warnings);
    }
    open(tag, position) {
        const name = localName(tag.name);
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (name !== 'TestRun')
                throw new XmlContentError(`expected a TRX <TestRun> root element, found <${tag.name}>`);
        }
        const current = this.results[this.results.length - 1];
        if (name === 'UnitTestResult')
            this.results.push(this.openResult(tag, current, position));
        else if (name === 'ErrorInfo')
            this.inErrorInfo = current !== undefined;
        else if (this.inErrorInfo && current && name === 'Message')
            this.field = current.message ??= new stream_text/* BoundedText */.FM(MAX_DETAILS);
        else if (this.inErrorInfo && current && name === 'StackTrace')
            this.field = current.stack ??= new stream_text/* BoundedText */.FM(MAX_DETAILS);
        else if (name === 'UnitTest')
            this.unitTestId = xml_report_attr(tag, 'id');
        else if (name === 'TestMethod' && this.unitTestId)
            this.define(this.unitTestId, xml_report_attr(tag, 'className'));
    }
    close(tag) {
        const name = localName(tag.name);
        if (name === 'Message' || name === 'StackTrace')
            this.field = undefined;
        else if (name === 'ErrorInfo')
            this.inErrorInfo = false;
        else if (name === 'UnitTestResult')
            this.endResult();
        else if (name === 'UnitTest')
            this.unitTestId = undefined;
        else if (name === 'TestDefinitions') {
            this.definitionsDone = true;
            this.finish();
        }
    }
    text(text) {
        this.field?.append(text);
    }
    /** Results still waiting (no definitions, or none for them) go out with the class their name gives. */
    finish() {
        for (const list of this.held.values())
            for (const h of list)
                this.emit(h, undefined);
        this.held.clear();
        this.heldCount = 0;
    }
    endResult() {
        const r = this.results.pop();
        if (!r)
            return;
        const parent = this.results[this.results.length - 1];
        if (parent && broken(r.status))
            parent.brokenRow = true;
        // A data-driven parent repeats what its rows say, unless it failed on its own: a failure none
        // of its rows carry (a data source that could not be read).
        if (r.hasRows && !(broken(r.status) && !r.brokenRow))
            return;
        this.resultsSeen = true;
        const held = toHeld(r);
        if (this.definitionsDone)
            this.emit(held, this.classes.get(r.testId));
        else
            this.hold(held);
    }
    hold(h) {
        const list = this.held.get(h.testId);
        if (list)
            list.push(h);
        else
            this.held.set(h.testId, [h]);
        if (++this.heldCount <= MAX_HELD)
            return;
        const [oldestId, oldest] = this.held.entries().next().value;
        this.held.delete(oldestId);
        this.heldCount -= oldest.length;
        for (const o of oldest)
            this.emit(o, undefined);
    }
    define(testId, qualified) {
        const className = qualified ? typeName(qualified) : undefined;
        if (!className)
            return;
        const waiting = this.held.get(testId);
        if (waiting) {
            this.held.delete(testId);
            this.heldCount -= waiting.length;
            for (const h of waiting)
                this.emit(h, className);
        }
        else if (!this.resultsSeen)
            this.classes.set(testId, className);
    }
    emit(h, className) {
        const classname = className ?? classOfMethod(h.name);
        const timing = h.seconds === undefined ? { seconds: 0, timeUnknown: true } : { seconds: h.seconds };
        const fields = { suite: classname ?? '', name: h.name, classname, status: h.status, ...timing, message: h.message };
        this.sink.testCase(toCase(fields, h.body, this.locator, this.file));
    }
    openResult(tag, parent, position) {
        if (parent)
            parent.hasRows = true;
        const outcome = xml_report_attr(tag, 'outcome') ?? '';
        const name = xml_report_attr(tag, 'testName') ?? '';
        return {
            testId: xml_report_attr(tag, 'testId') ?? '',
            name,
            outcome,
            status: trx_OUTCOMES.get(outcome) ?? 'error',
            seconds: this.times.read(xml_report_attr(tag, 'duration'), 'test', name, position, parseTimeSpan),
            hasRows: false,
            brokenRow: false
        };
    }
}
/** Message first, then the stack trace: .NET messages often span lines (expected/actual). */
function toHeld(r) {
    const message = r.message?.toString().trim();
    const stack = r.stack?.toString().trim();
    const body = messageAndStack(message, stack);
    const fallback = trx_OUTCOMES.has(r.outcome) ? undefined : `unknown TRX outcome ${(0,excerpt/* excerpt */.Kb)(r.outcome)}`;
    return { testId: r.testId, name: r.name, status: r.status, seconds: r.seconds, message: message || fallback, body };
}
/** A .NET TimeSpan, `[d.]hh:mm:ss[.fffffff]`, in seconds: 0 when absent, undefined when it is not one. */
function parseTimeSpan(raw) {
    if (raw === undefined || raw.trim() === '')
        return 0;
    const m = /^\s*(?:(\d+)\.)?(\d+):([0-5]?\d):([0-5]?\d(?:\.\d+)?)\s*$/.exec(raw);
    if (!m)
        return undefined;
    return (0,ingest_seconds/* checkSeconds */.Yx)(Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]));
}
/** `Ns.Class, Assembly, Version=…` (old mstest.exe) → `Ns.Class`; commas inside generic brackets stay. */
function typeName(qualified) {
    let depth = 0;
    for (let i = 0; i < qualified.length; i++) {
        const ch = qualified[i];
        if (ch === '[')
            depth++;
        else if (ch === ']')
            depth--;
        else if (ch === ',' && depth === 0)
            return qualified.slice(0, i).trim();
    }
    return qualified.trim();
}
function broken(s) {
    return s === 'failed' || s === 'error';
}
function localName(name) {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/xunit.ts




/**
 * xUnit.net XML (`dotnet test --logger xunit`, `xunit.console -xml`): v2 `<assemblies>` of
 * `<assembly>`/`<collection>`/`<test>`, and the v1 shape (`<assembly>`/`<class>`/`<test>`).
 * Assembly-level `<errors>` (a fixture or class cleanup that threw) become error cases: no test
 * carries them, yet the run is broken.
 */
const xunitFormat = xmlTestFormat({
    id: 'xunit',
    description: 'xUnit.net v2 XML (<assemblies>)',
    roots: ['assemblies', 'assembly'],
    reader: (file, sink, locator, warnings) => new XUnitReader(file, sink, locator, warnings)
});
/** xUnit v3 adds NotRun (an explicit test that was not asked for). */
const xunit_RESULTS = new Map([
    ['Pass', 'passed'],
    ['Fail', 'failed'],
    ['Skip', 'skipped'],
    ['NotRun', 'skipped']
]);
const SUITES = new Set(['assembly', 'collection', 'class']);
class XUnitReader {
    suites;
    draft;
    /** Depth of the open element below the current test (0: the test itself). */
    depth = 0;
    inFailure = false;
    field;
    rootSeen = false;
    times;
    constructor(file, sink, locator, warnings) {
        this.suites = new SuiteStack(file, sink, locator);
        this.times = new TimeReader(warnings);
    }
    open(tag, position) {
        const name = tag.name;
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (name !== 'assemblies' && name !== 'assembly') {
                throw new XmlContentError(`expected an xUnit <assemblies> root element, found <${name}>`);
            }
        }
        const draft = this.draft;
        if (draft)
            this.openInside(draft, tag);
        else if (name === 'test')
            this.begin(this.openTest(tag, position));
        else if (name === 'error')
            this.begin(openError(tag));
        else if (SUITES.has(name))
            this.suites.open(this.openSuite(tag, position));
    }
    close(tag) {
        const draft = this.draft;
        if (!draft) {
            if (SUITES.has(tag.name))
                this.endSuite();
        }
        else if (this.depth === 0) {
            this.draft = undefined;
            this.endCase(draft);
        }
        else {
            if (this.depth === 1)
                this.inFailure = false;
            this.field = undefined;
            this.depth--;
        }
    }
    text(text) {
        this.field?.append(text);
    }
    begin(draft) {
        this.draft = draft;
        this.depth = 0;
    }
    /** `<failure>` holds `<message>` and `<stack-trace>`; a skip's `<reason>` is text itself. */
    openInside(draft, tag) {
        this.depth++;
        if (this.depth === 1) {
            this.inFailure = tag.name === 'failure';
            if (this.inFailure)
                draft.type ??= xml_report_attr(tag, 'exception-type');
            if (tag.name === 'reason')
                this.field = draft.message ??= new stream_text/* BoundedText */.FM(MAX_DETAILS);
        }
        else if (this.depth === 2 && this.inFailure) {
            if (tag.name === 'message')
                this.field = draft.message ??= new stream_text/* BoundedText */.FM(MAX_DETAILS);
            else if (tag.name === 'stack-trace')
                this.field = draft.stack ??= new stream_text/* BoundedText */.FM(MAX_DETAILS);
        }
    }
    endCase(d) {
        const message = d.message?.toString().trim();
        const body = messageAndStack(message, d.stack?.toString().trim());
        this.suites.testCase({ name: d.name, classname: d.classname, status: d.status, seconds: d.seconds, ...(d.timeUnknown && { timeUnknown: true }), message: message || d.unknown, type: d.type }, body);
    }
    /** An assembly is named by its file, not the build machine's folder, so names stay stable. */
    openSuite(tag, position) {
        const name = xml_report_attr(tag, 'name') ?? '';
        const time = xml_report_attr(tag, 'time');
        const seconds = time === undefined ? undefined : this.times.read(time, tag.name, name, position);
        return suiteFrame(tag.name === 'assembly' ? baseName(name) : name, seconds);
    }
    openTest(tag, position) {
        const result = xml_report_attr(tag, 'result') ?? '';
        const status = xunit_RESULTS.get(result);
        const name = xml_report_attr(tag, 'name') ?? '';
        const seconds = this.times.read(xml_report_attr(tag, 'time'), 'test', name, position);
        return {
            name,
            classname: xml_report_attr(tag, 'type'),
            status: status ?? 'error',
            seconds: seconds ?? 0,
            ...(seconds === undefined && { timeUnknown: true }),
            unknown: status ? undefined : `unknown xUnit result ${(0,excerpt/* excerpt */.Kb)(result)}`
        };
    }
    endSuite() {
        this.suites.close();
    }
}
/** `<error type="test-class-cleanup" name="Ns.Class">`: named after what failed and where. */
function openError(tag) {
    const type = xml_report_attr(tag, 'type') ?? 'error';
    const where = xml_report_attr(tag, 'name');
    return { name: where ? `[${type}] ${where}` : `[${type}]`, classname: where, status: 'error', seconds: 0 };
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/json-report.ts



function textTestFormat(spec) {
    return {
        id: spec.id,
        kind: 'tests',
        description: spec.description,
        sniff: spec.sniff,
        async parse(file, chunks, sink, parse) {
            const warnings = new ingest_warnings/* Warnings */.e(file);
            const problems = await spec.read(chunks, { file, sink, locator: new CaseLocator(parse.repo), warnings });
            return { problems, warnings: warnings.list() };
        }
    };
}
/**
 * A reported time in seconds (`scale` converts milliseconds), or a warning and `timeUnknown` when
 * it is not a duration. Absent (undefined or null) is 0.
 */
function timeFields(raw, scale, whose, warnings, at) {
    if (raw === undefined || raw === null)
        return { seconds: 0 };
    const seconds = typeof raw === 'number' ? (0,ingest_seconds/* checkSeconds */.Yx)(raw * scale) : undefined;
    if (seconds !== undefined)
        return { seconds: Math.round(seconds * 1e9) / 1e9 };
    warnings.add((0,ingest_seconds/* badTime */.Fo)(raw, whose()), at);
    return { seconds: 0, timeUnknown: true };
}
function json_report_obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function json_report_str(v) {
    return typeof v === 'string' ? v : undefined;
}
function positiveInt(v) {
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
/** The parse problem, else a document of the wrong shape (not an object, or without `key`). */
function readProblems(file, read, key, what) {
    if (read.problem)
        return [read.problem];
    if (read.root !== 'object' || !read.topLevelKeys.has(key))
        return [{ file, message: `expected ${what}` }];
    return [];
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/go-test.ts





/**
 * `go test -json` (test2json), also gotestsum's `--jsonfile`: one JSON event per line. Every test
 * with a result counts, a parent of subtests too (as gotestsum and go test count them); a subtest
 * is named by its full path (`TestDivide/by_zero`, what `-run` takes) and its package is the suite.
 * A failing test's output, less go's own `=== RUN`/`--- FAIL` lines, is its failure body, where
 * `calc_test.go:25:` gives file and line. A package that fails with no failing test (a build error,
 * a crash in TestMain or a timeout) is one error case, as are tests it left without a result.
 */
const goTestFormat = textTestFormat({
    id: 'go-test-json',
    description: 'go test -json (test2json) and gotestsum --jsonfile event streams',
    sniff: (head) => /^\s*\{[^\n]*"Action"\s*:\s*"(?:start|run|output|pass|fail|skip|pause|cont)"/.test(head) && /"(?:Package|Test)"\s*:/.test(head.split('\n', 1)[0] ?? ''),
    read: (chunks, ctx) => new GoReader(ctx).read(chunks)
});
const go_test_RESULTS = new Map([
    ['pass', 'passed'],
    ['fail', 'failed'],
    ['skip', 'skipped']
]);
/** go's own framing lines, which only repeat the test's name and result. */
const FRAMING = /^\s*(?:=== (?:RUN|PAUSE|CONT|NAME)\s|--- (?:PASS|FAIL|SKIP):\s)/;
class GoReader {
    ctx;
    packages = new Map();
    notJson = 0;
    constructor(ctx) {
        this.ctx = ctx;
    }
    async read(chunks) {
        for await (const { text, number } of (0,decode/* readLines */.Se)(chunks)) {
            if (text.trim() === '')
                continue;
            const event = this.parse(text, number);
            if (event)
                this.accept(event, number);
        }
        for (const [name, pkg] of this.packages)
            this.endPackage(name, pkg, undefined);
        if (this.notJson)
            this.ctx.warnings.add(`${this.notJson} lines were not go test -json events (plain go output mixed in?) and were skipped`);
        return [];
    }
    parse(text, line) {
        try {
            const event = json_report_obj(JSON.parse(text));
            if (event && typeof event.Action === 'string')
                return event;
        }
        catch {
            // counted below
        }
        if (++this.notJson === 1)
            this.ctx.warnings.add(`not a go test -json event: ${(0,excerpt/* excerpt */.Kb)(text)}`, { line });
        return undefined;
    }
    accept(e, line) {
        const name = json_report_str(e.Package) ?? '';
        const pkg = this.packages.get(name) ?? this.open(name);
        const test = json_report_str(e.Test);
        const action = e.Action;
        if (test === undefined) {
            if (action === 'output')
                pkg.output.append(json_report_str(e.Output) ?? '');
            else if (action === 'pass' || action === 'fail' || action === 'skip')
                this.endPackage(name, pkg, { action, elapsed: e.Elapsed, line });
            return;
        }
        if (action === 'run')
            pkg.running.set(test, { output: new stream_text/* BoundedText */.FM(MAX_DETAILS) });
        else if (action === 'output')
            this.running(pkg, test).output.append(json_report_str(e.Output) ?? '');
        else {
            const status = go_test_RESULTS.get(action);
            if (status)
                this.result(name, pkg, test, status, e.Elapsed, line);
        }
    }
    open(name) {
        const pkg = { running: new Map(), output: new stream_text/* BoundedText */.FM(MAX_DETAILS), failedTests: 0 };
        this.packages.set(name, pkg);
        return pkg;
    }
    running(pkg, test) {
        let r = pkg.running.get(test);
        if (!r)
            pkg.running.set(test, (r = { output: new stream_text/* BoundedText */.FM(MAX_DETAILS) }));
        return r;
    }
    result(pkgName, pkg, test, status, elapsed, line) {
        const output = pkg.running.get(test)?.output.toString() ?? '';
        pkg.running.delete(test);
        if (status === 'failed')
            pkg.failedTests++;
        const time = timeFields(elapsed, 1, () => `test ${(0,excerpt/* excerpt */.Kb)(test)}`, this.ctx.warnings, { line });
        const body = status === 'passed' ? undefined : cleanOutput(output);
        this.deliver({ suite: pkgName, name: test, classname: pkgName, status, ...time }, body);
    }
    /** A failed package with no failed test, or tests that never got a result: errors of their own. */
    endPackage(name, pkg, end) {
        this.packages.delete(name);
        for (const [test, r] of pkg.running) {
            this.deliver({ suite: name, name: test, classname: name, status: 'error', seconds: 0, message: 'no result: the test binary stopped while it ran (a panic, a timeout or a kill)' }, cleanOutput(r.output.toString()));
        }
        if (end?.action === 'fail' && pkg.failedTests === 0 && pkg.running.size === 0) {
            const body = cleanOutput(pkg.output.toString());
            this.deliver({ suite: name, name: '[package failed]', classname: name, status: 'error', seconds: 0, message: failureLine(body) ?? 'the package failed without a failing test (a build error, TestMain or init)' }, body);
        }
    }
    deliver(fields, body) {
        this.ctx.sink.testCase(toCase(fields, body, this.ctx.locator, this.ctx.file));
    }
}
/** The output without go's framing lines, its 4-space test indentation removed. */
function cleanOutput(output) {
    const lines = output.split('\n').filter((l) => !FRAMING.test(l));
    const text = lines.map((l) => (l.startsWith('    ') ? l.slice(4) : l)).join('\n').trim();
    return text || undefined;
}
/** For a package: the first line that is neither go's `# pkg` header nor its `FAIL pkg` summary. */
function failureLine(body) {
    return body?.split('\n').find((l) => l.trim() && !/^(?:FAIL|ok|#)\s/.test(l) && l.trim() !== 'FAIL');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/ingest/formats/tests/tap-diagnostics.ts


/** A YAML block this long is kept as text, not parsed. */
const MAX_YAML = 64 * 1024;
function readYaml(text) {
    if (text.length > MAX_YAML)
        return {};
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 10, prettyErrors: false });
    }
    catch {
        return {};
    }
    const y = json_report_obj(doc);
    if (!y)
        return {};
    const at = json_report_obj(y.at);
    const location = /^(.*):(\d+):\d+$/.exec(json_report_str(y.location) ?? '');
    const message = json_report_str(y.message) ?? json_report_str(y.error) ?? json_report_str(json_report_obj(y.error)?.message);
    return {
        ...(message && { message }),
        ...(location ? { file: location[1], line: Number(location[2]) } : at && json_report_str(at.file) ? { file: json_report_str(at.file), line: positiveInt(at.line) } : {}),
        ...('duration_ms' in y && { durationMs: y.duration_ms })
    };
}
/** bats: `# (in test file test/calc.bats, line 10)` and the failed command after it. */
function readComments(lines) {
    const where = lines.map((l) => /\(in test file (.+), line (\d+)\)/.exec(l)).find((m) => m);
    const said = lines.find((l) => l.trim() && !/^\(in (?:test )?file /.test(l.trim()));
    return { ...(said && { message: said.trim() }), ...(where && { file: where[1], line: Number(where[2]) }) };
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/tap.ts






/**
 * TAP 13 and 14 (node --test --test-reporter=tap, node-tap, bats --tap, prove): `ok`/`not ok` lines
 * with `# SKIP` and `# TODO` directives, plans, `Bail out!`, YAML diagnostics and indented
 * subtests. A test with subtests is their suite, not a test of its own, unless it failed while
 * every child passed (a hook failed). TODO tests count as skipped, as test-summary/action and
 * node's own summary treat them. A bail-out with no failure before it is an error case; a plan that
 * promised more tests than ran (and no bail-out) is one too, as prove reports "Bad plan".
 */
const tapFormat = textTestFormat({
    id: 'tap',
    description: 'TAP 13/14 (node:test, node-tap, bats, prove)',
    sniff: (head) => /^(?:TAP version 1[34]\s*$|1\.\.\d+|(?:not )?ok \d+\b|# Subtest: )/.test(head.trimStart().split('\n', 1)[0] ?? ''),
    read: (chunks, ctx) => new TapReader(ctx).read(chunks)
});
const TEST_LINE = /^(not )?ok\b(?:\s+(\d+))?(?:\s*-)?\s?(.*)$/;
const DIRECTIVE = /(?:^|[^\\])#\s*(SKIP|TODO)\S*\s*(.*)$/i;
const PLAN = /^1\.\.(\d+)/;
class TapReader {
    ctx;
    draft;
    /** `# Subtest: name` announcements by indentation, for the suites of what follows. */
    announced = new Map();
    /** Tests and failures counted at each indentation since the last test line above it. */
    below = new Map();
    failures = 0;
    topTests = 0;
    plan;
    bailedOut = false;
    warnedAfterPlan = false;
    constructor(ctx) {
        this.ctx = ctx;
    }
    async read(chunks) {
        for await (const { text, number } of (0,decode/* readLines */.Se)(chunks))
            this.line(text, number);
        this.finish();
        return [];
    }
    line(raw, number) {
        const indent = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (this.inYaml(raw, indent, text))
            return;
        const test = TEST_LINE.exec(text);
        if (test)
            return this.test(indent, test, number);
        if (text.startsWith('# Subtest:'))
            return void this.announced.set(indent, text.slice(10).trim());
        if (/^Bail out!/i.test(text))
            return this.bailOut(text.slice(9).trim(), number);
        const plan = PLAN.exec(text);
        if (plan && indent === 0)
            this.plan = { count: Number(plan[1]), afterTests: this.topTests > 0 };
        else if (text.startsWith('#') && this.draft?.status === 'failed' && !this.draft.yaml)
            (this.draft.comments ??= []).push(text.slice(1).trim());
    }
    /** A YAML block opens with `---` indented under the test line and closes with `...`. */
    inYaml(raw, indent, text) {
        const d = this.draft;
        if (!d || d.yamlDone)
            return false;
        if (!d.yaml) {
            if (text !== '---' || indent <= d.indent)
                return false;
            d.yaml = [];
            d.yamlIndent = indent;
            return true;
        }
        if (text === '...' && indent === d.yamlIndent)
            d.yamlDone = true;
        else if (d.yaml.length < 2000)
            d.yaml.push(raw.slice(Math.min(d.yamlIndent ?? 0, indent)));
        return true;
    }
    test(indent, m, number) {
        this.flush();
        const directive = DIRECTIVE.exec(m[3] ?? '');
        const description = (directive ? (m[3] ?? '').slice(0, directive.index + (directive[0].startsWith('#') ? 0 : 1)) : (m[3] ?? '')).trim().replace(/\\#/g, '#');
        const kind = directive?.[1]?.toUpperCase();
        const status = kind ? 'skipped' : m[1] ? 'failed' : 'passed';
        const suite = [...this.announced].filter(([i]) => i < indent).sort(([a], [b]) => a - b).map(([, n]) => n).join(' › ');
        for (const i of [...this.announced.keys()])
            if (i >= indent)
                this.announced.delete(i);
        if (indent === 0)
            this.afterPlan(number);
        this.draft = { indent, name: description || `test ${m[2] ?? ''}`.trim(), suite, status, line: number, ...(directive?.[2]?.trim() && { reason: directive[2].trim() }) };
    }
    afterPlan(number) {
        this.topTests++;
        if (this.plan?.afterTests && !this.warnedAfterPlan) {
            this.warnedAfterPlan = true;
            this.ctx.warnings.add('test results after the closing plan line: counted, but the producer wrote its plan too early', { line: number });
        }
    }
    /** Delivers the pending test line: a leaf, or a parent that failed with every child passing. */
    flush() {
        const d = this.draft;
        if (!d)
            return;
        this.draft = undefined;
        let children = { tests: 0, failures: 0 };
        for (const [i, c] of this.below) {
            if (i <= d.indent)
                continue;
            children = { tests: children.tests + c.tests, failures: children.failures + c.failures };
            this.below.delete(i);
        }
        const here = this.below.get(d.indent) ?? { tests: 0, failures: 0 };
        this.below.set(d.indent, { tests: here.tests + children.tests, failures: here.failures + children.failures });
        if (children.tests > 0 && !(d.status === 'failed' && children.failures === 0))
            return;
        this.deliver(d);
        const counted = this.below.get(d.indent);
        counted.tests++;
        if (d.status === 'failed')
            counted.failures++;
    }
    deliver(d) {
        const diag = d.yaml ? readYaml(d.yaml.join('\n')) : d.comments ? readComments(d.comments) : {};
        const time = timeFields(diag.durationMs, 1e-3, () => `test ${(0,excerpt/* excerpt */.Kb)(d.name)}`, this.ctx.warnings, { line: d.line });
        const body = d.status === 'failed' ? details(d) : undefined;
        // node-tap's YAML has no message (its assertion is the test's own name).
        const message = d.status === 'skipped' ? d.reason : d.status === 'failed' ? (diag.message ?? d.name) : diag.message;
        if (d.status === 'failed')
            this.failures++;
        const fields = { suite: d.suite, name: d.name, status: d.status, ...time, ...(message && { message }), ...(diag.file && { file: diag.file, line: diag.line }) };
        this.ctx.sink.testCase(toCase(fields, body, this.ctx.locator, this.ctx.file));
    }
    bailOut(reason, number) {
        this.flush();
        this.bailedOut = true;
        const why = reason || 'no reason given';
        this.ctx.warnings.add(`Bail out! ${(0,excerpt/* excerpt */.Kb)(why)}: the run stopped here`, { line: number });
        if (this.failures === 0)
            this.deliver({ indent: 0, name: 'Bail out!', suite: '', status: 'failed', line: number, comments: [why] });
    }
    finish() {
        this.flush();
        const plan = this.plan;
        if (!plan || this.bailedOut || this.topTests >= plan.count)
            return;
        const message = `planned ${plan.count} tests but ${this.topTests} ran: the run stopped early (prove calls this a bad plan)`;
        this.ctx.sink.testCase(toCase({ suite: '', name: '[plan]', status: 'error', seconds: 0, message }, undefined, this.ctx.locator, this.ctx.file));
    }
}
function details(d) {
    const lines = d.yaml ?? d.comments;
    if (!lines?.length)
        return undefined;
    const text = new stream_text/* BoundedText */.FM(MAX_DETAILS);
    text.append(lines.join('\n'));
    return text.toString();
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/mocha-json.ts




/**
 * Mocha's JSON reporter (`mocha --reporter json`), streamed: `tests[]` are the cases (a non-empty
 * `err` failed; no `duration` means pending, read as skipped), and a `failures[]` entry that is not
 * one of them is a failed hook ("before all" hook for …), an error case of its own, as mocha counts
 * it among its failures. The suite is the full title less the test's own title.
 */
const mochaJsonFormat = textTestFormat({
    id: 'mocha-json',
    description: 'Mocha JSON reporter (mocha --reporter json)',
    sniff: (head) => /^\s*\{\s*"stats"\s*:\s*\{[^}]*"passes"\s*:/.test(head) && !/"(?:passPercent|testsRegistered)"/.test(head),
    read: (chunks, ctx) => new MochaReader(ctx).read(chunks)
});
/** Failed tests remembered to tell hooks apart in `failures[]`; past this, hooks may be missed. */
const MAX_REMEMBERED = 100_000;
class MochaReader {
    ctx;
    failed = new Set();
    constructor(ctx) {
        this.ctx = ctx;
    }
    async read(chunks) {
        const read = await (0,json_stream/* streamJson */.fM)(this.ctx.file, chunks, ['$.tests.*', '$.failures.*'], ({ path, value, start }, locator) => {
            const test = json_report_obj(value);
            if (!test)
                throw new json_stream/* JsonContentError */._l(`${path[0]}[${path[1]}] must be a test object`);
            if (path[0] === 'tests')
                this.test(test, start, locator);
            else if (!this.failed.has(keyOf(test)))
                this.deliver(test, 'error', start, locator);
        });
        return readProblems(this.ctx.file, read, 'tests', 'a Mocha JSON report (an object with "tests")');
    }
    test(t, start, locator) {
        const err = json_report_obj(t.err);
        const failed = err !== undefined && Object.keys(err).length > 0;
        const status = failed ? 'failed' : t.duration === undefined ? 'skipped' : 'passed';
        if (failed && this.failed.size < MAX_REMEMBERED)
            this.failed.add(keyOf(t));
        this.deliver(t, status, start, locator);
    }
    deliver(t, status, start, locator) {
        deliverMochaTest(this.ctx, t, status, json_report_str(t.file), json_report_str(json_report_obj(t.err)?.stack), locator.locate(start));
    }
}
/**
 * A Mocha test object (mocha JSON, Mochawesome) as a case: the suite is the full title less the
 * test's own; the message and body only for a failure.
 */
function deliverMochaTest(ctx, t, status, file, stack, at) {
    const title = json_report_str(t.title) ?? '';
    const full = json_report_str(t.fullTitle) ?? title;
    const suite = full.endsWith(title) ? full.slice(0, full.length - title.length).trim() : '';
    const time = timeFields(t.duration, 1e-3, () => `test ${(0,excerpt/* excerpt */.Kb)(full)}`, ctx.warnings, at);
    const message = json_report_str(json_report_obj(t.err)?.message);
    const broken = status === 'failed' || status === 'error';
    const fields = { suite, name: title, status, ...time, ...(file && { file }), ...(broken && message && { message }) };
    ctx.sink.testCase(toCase(fields, broken ? (stack ?? message) : undefined, ctx.locator, ctx.file));
}
function keyOf(t) {
    return `${json_report_str(t.file) ?? ''}\u0000${json_report_str(t.fullTitle) ?? json_report_str(t.title) ?? ''}`;
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/mochawesome.ts



/**
 * Mochawesome JSON (`mochawesome.json`): `results[]` of suites nested in `suites[]`, each with its
 * `tests[]` and hooks. A test's state decides (pending and skipped read as skipped); a failed
 * `before`/`after` hook is an error case, as mochawesome counts it under "other". Suites nest up to
 * MAX_NESTING levels; the file of a test is its suite's `fullFile`.
 */
const mochawesomeFormat = textTestFormat({
    id: 'mochawesome',
    description: 'Mochawesome JSON (mochawesome.json, nested suites)',
    sniff: (head) => /^\s*\{\s*"stats"\s*:\s*\{/.test(head) && /"(?:passPercent|testsRegistered)"/.test(head),
    read: (chunks, ctx) => new MochawesomeReader(ctx).read(chunks)
});
const MAX_NESTING = 12;
const mochawesome_PATHS = Array.from({ length: MAX_NESTING + 1 }, (_, k) => `$.results.*${'.suites.*'.repeat(k)}`).flatMap((suite) => [
    `${suite}.fullFile`,
    `${suite}.tests.*`,
    `${suite}.beforeHooks.*`,
    `${suite}.afterHooks.*`
]);
class MochawesomeReader {
    ctx;
    /** Suite path → its file, while its tests stream. */
    files = new Map();
    constructor(ctx) {
        this.ctx = ctx;
    }
    async read(chunks) {
        const read = await (0,json_stream/* streamJson */.fM)(this.ctx.file, chunks, mochawesome_PATHS, ({ path, value, start }, locator) => {
            const field = path[path.length - 1] === 'fullFile' ? 'fullFile' : path[path.length - 2];
            if (field === 'fullFile')
                return void (typeof value === 'string' && this.files.set(suiteKey(path, 1), value));
            const test = json_report_obj(value);
            if (!test)
                return;
            const file = this.files.get(suiteKey(path, 2));
            if (field === 'tests')
                this.deliver(test, stateOf(test), file, start, locator);
            else if (json_report_str(test.state) === 'failed')
                this.deliver(test, 'error', file, start, locator);
        });
        return readProblems(this.ctx.file, read, 'results', 'a Mochawesome report (an object with "results")');
    }
    deliver(t, status, file, start, locator) {
        deliverMochaTest(this.ctx, t, status, file, json_report_str(json_report_obj(t.err)?.estack), locator.locate(start));
    }
}
function stateOf(t) {
    const state = json_report_str(t.state);
    if (state === 'passed')
        return 'passed';
    if (state === 'failed')
        return 'failed';
    return 'skipped';
}
/** The path of the suite that holds a value, `drop` keys up from it. */
function suiteKey(path, drop) {
    return path.slice(0, path.length - drop).join('/');
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/ctrf.ts




/**
 * CTRF, the Common Test Report Format (`results.tests[]`, written by ctrf reporters for Jest,
 * Mocha, Playwright, Cypress, pytest, JUnit converters…): status passed, failed, skipped, pending
 * (skipped) or other (an error: a status we cannot read must not pass); `flaky` with a pass is a
 * flaky test; `filePath`, `line`, `suite`, `message` and `trace` as given; duration in ms.
 */
const ctrfFormat = textTestFormat({
    id: 'ctrf',
    description: 'CTRF JSON (Common Test Report Format, results.tests[])',
    sniff: (head) => /"reportFormat"\s*:\s*"CTRF"/.test(head) || /^\s*\{\s*"results"\s*:\s*\{\s*"tool"\s*:/.test(head),
    read: (chunks, ctx) => readCtrf(chunks, ctx)
});
const STATUSES = new Map([
    ['passed', 'passed'],
    ['failed', 'failed'],
    ['skipped', 'skipped'],
    ['pending', 'skipped']
]);
async function readCtrf(chunks, ctx) {
    const read = await (0,json_stream/* streamJson */.fM)(ctx.file, chunks, ['$.results.tests.*'], ({ path, value, start }, locator) => {
        const t = json_report_obj(value);
        if (!t)
            throw new json_stream/* JsonContentError */._l(`results.tests[${path[2]}] must be a test object`);
        const name = json_report_str(t.name) ?? '';
        const raw = json_report_str(t.status) ?? '';
        const status = STATUSES.get(raw) ?? 'error';
        const time = timeFields(t.duration, 1e-3, () => `test ${(0,excerpt/* excerpt */.Kb)(name)}`, ctx.warnings, locator.locate(start));
        const suite = Array.isArray(t.suite) ? t.suite.filter((s) => typeof s === 'string').join(' › ') : (json_report_str(t.suite) ?? '');
        const message = json_report_str(t.message) ?? (STATUSES.has(raw) ? undefined : `CTRF status ${(0,excerpt/* excerpt */.Kb)(raw)}${json_report_str(t.rawStatus) ? ` (${(0,excerpt/* excerpt */.Kb)(json_report_str(t.rawStatus))})` : ''}`);
        const file = json_report_str(t.filePath);
        const fields = { suite, name, status, ...time, ...(file && { file, line: positiveInt(t.line) }), ...(message && { message }) };
        const c = toCase(fields, status === 'passed' ? undefined : json_report_str(t.trace), ctx.locator, ctx.file);
        if (status === 'passed' && (t.flaky === true || (positiveInt(t.retries) ?? 0) > 0))
            c.flaky = true;
        ctx.sink.testCase(c);
    });
    return readProblems(ctx.file, read, 'results', 'a CTRF report (an object with "results")');
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/rspec-json.ts




/**
 * RSpec's JSON formatter (`rspec --format json`): each example with its status (pending, which
 * covers `skip` and unimplemented examples, reads as skipped), `file_path` and `line_number`, the
 * exception's class, message and backtrace. Errors outside of examples (a spec file that failed to
 * load) are listed nowhere else, so they become one error case.
 */
const rspecJsonFormat = textTestFormat({
    id: 'rspec-json',
    description: 'RSpec JSON (rspec --format json)',
    sniff: (head) => /^\s*\{\s*"version"\s*:\s*"\d+\.\d+\.\d+"\s*,\s*(?:"seed"\s*:\s*\d+\s*,\s*)?(?:"messages"\s*:\s*\[[^\]]*\]\s*,\s*)?"examples"\s*:/.test(head),
    read: (chunks, ctx) => readRspec(chunks, ctx)
});
const rspec_json_STATUSES = new Map([
    ['passed', 'passed'],
    ['failed', 'failed'],
    ['pending', 'skipped']
]);
async function readRspec(chunks, ctx) {
    const read = await (0,json_stream/* streamJson */.fM)(ctx.file, chunks, ['$.examples.*', '$.summary'], ({ path, value, start }, locator) => {
        const e = json_report_obj(value);
        if (path[0] === 'summary')
            return outsideErrors(e, ctx);
        if (!e)
            throw new json_stream/* JsonContentError */._l(`examples[${path[1]}] must be an example object`);
        const name = json_report_str(e.description) ?? '';
        const full = json_report_str(e.full_description) ?? name;
        const raw = json_report_str(e.status) ?? '';
        const status = rspec_json_STATUSES.get(raw) ?? 'error';
        const exception = json_report_obj(e.exception);
        const time = timeFields(e.run_time, 1, () => `example ${(0,excerpt/* excerpt */.Kb)(full)}`, ctx.warnings, locator.locate(start));
        const message = status === 'skipped' ? json_report_str(e.pending_message) : (json_report_str(exception?.message) ?? (rspec_json_STATUSES.has(raw) ? undefined : `unknown RSpec status ${(0,excerpt/* excerpt */.Kb)(raw)}`));
        const suite = full.endsWith(name) ? full.slice(0, full.length - name.length).trim() : '';
        const file = json_report_str(e.file_path);
        const backtrace = Array.isArray(exception?.backtrace) ? exception.backtrace.filter((l) => typeof l === 'string').join('\n') : undefined;
        const body = exception ? [json_report_str(exception.class), json_report_str(exception.message), backtrace].filter(Boolean).join('\n') : undefined;
        const fields = { suite, name, status, ...time, ...(file && { file, line: positiveInt(e.line_number) }), ...(message && { message: message.trim() }), type: json_report_str(exception?.class) };
        ctx.sink.testCase(toCase(fields, status === 'failed' || status === 'error' ? body : undefined, ctx.locator, ctx.file));
    });
    return readProblems(ctx.file, read, 'examples', 'an RSpec JSON report (an object with "examples")');
}
function outsideErrors(summary, ctx) {
    const count = positiveInt(summary?.errors_outside_of_examples_count);
    if (!count)
        return;
    const message = `${count} error${count > 1 ? 's' : ''} occurred outside of examples (a spec file that failed to load, a before(:suite) hook)`;
    ctx.sink.testCase(toCase({ suite: '', name: '[errors outside of examples]', status: 'error', seconds: 0, message }, undefined, ctx.locator, ctx.file));
}

;// CONCATENATED MODULE: ./src/ingest/formats/tests/dart-json.ts





/**
 * Dart and Flutter's JSON event stream (`dart test --reporter json`, `flutter test --machine`,
 * `--file-reporter json:FILE`): one event per line. A test is read from its testStart to its
 * testDone (success, failure or error; `skipped` skips). Hidden tests (the "loading file" pseudo
 * test, setUpAll/tearDownAll) are not counted unless they failed: a file that does not compile
 * fails only its loading test. The suite is the test file; the failure is the test's error events.
 */
const dartJsonFormat = textTestFormat({
    id: 'dart-json',
    description: 'Dart/Flutter JSON reporter (dart test --reporter json, flutter test --machine)',
    sniff: (head) => /^\s*\{[^\n]*"protocolVersion"\s*:[^\n]*"type"\s*:\s*"start"/.test(head) || /^\s*\{[^\n]*"type"\s*:\s*"start"[^\n]*"protocolVersion"/.test(head),
    read: (chunks, ctx) => new DartReader(ctx).read(chunks)
});
const dart_json_RESULTS = new Map([
    ['success', 'passed'],
    ['failure', 'failed'],
    ['error', 'error']
]);
class DartReader {
    ctx;
    suites = new Map();
    running = new Map();
    notJson = 0;
    constructor(ctx) {
        this.ctx = ctx;
    }
    async read(chunks) {
        for await (const { text, number } of (0,decode/* readLines */.Se)(chunks)) {
            if (!text.trim())
                continue;
            const event = this.parse(text, number);
            if (event)
                this.accept(event, number);
        }
        for (const [, r] of this.running)
            this.deliver(r, 'error', undefined, 'no testDone: the run stopped while the test ran', undefined);
        if (this.notJson > 1)
            this.ctx.warnings.add(`${this.notJson} lines were not Dart JSON events and were skipped`);
        return [];
    }
    parse(text, line) {
        try {
            const event = json_report_obj(JSON.parse(text));
            if (event)
                return event;
        }
        catch {
            // counted below
        }
        if (++this.notJson === 1)
            this.ctx.warnings.add(`not a Dart JSON event: ${(0,excerpt/* excerpt */.Kb)(text)}`, { line });
        return undefined;
    }
    accept(e, line) {
        const type = json_report_str(e.type);
        if (type === 'suite') {
            const suite = json_report_obj(e.suite);
            if (typeof suite?.id === 'number')
                this.suites.set(suite.id, (json_report_str(suite.path) ?? '').replace(/\\/g, '/'));
        }
        else if (type === 'testStart')
            this.start(json_report_obj(e.test), e.time);
        else if (type === 'error')
            this.error(e);
        else if (type === 'testDone')
            this.done(e, line);
    }
    start(test, time) {
        if (!test || typeof test.id !== 'number')
            return;
        const suite = typeof test.suiteID === 'number' ? (this.suites.get(test.suiteID) ?? '') : '';
        // A test defined in a helper file has its own url; root_line is where the test file calls it.
        const line = positiveInt(test.root_line) ?? positiveInt(test.line);
        const skipReason = json_report_str(json_report_obj(test.metadata)?.skipReason);
        this.running.set(test.id, { name: json_report_str(test.name) ?? '', suite, line, started: time, ...(skipReason && { skipReason }), errors: new stream_text/* BoundedText */.FM(MAX_DETAILS) });
    }
    error(e) {
        const r = typeof e.testID === 'number' ? this.running.get(e.testID) : undefined;
        if (!r)
            return;
        const error = json_report_str(e.error) ?? '';
        r.message ??= error;
        r.errors.append(`${r.errors.toString() ? '\n\n' : ''}${error}\n${json_report_str(e.stackTrace) ?? ''}`);
    }
    done(e, line) {
        const id = e.testID;
        const r = typeof id === 'number' ? this.running.get(id) : undefined;
        if (!r || typeof id !== 'number')
            return;
        this.running.delete(id);
        const result = dart_json_RESULTS.get(json_report_str(e.result) ?? '') ?? 'error';
        const status = e.skipped === true && result === 'passed' ? 'skipped' : result;
        if (e.hidden === true && status === 'passed')
            return;
        const elapsed = typeof e.time === 'number' && typeof r.started === 'number' ? e.time - r.started : undefined;
        this.deliver(r, status, elapsed, undefined, line);
    }
    deliver(r, status, elapsedMs, note, line) {
        const time = timeFields(elapsedMs, 1e-3, () => `test ${(0,excerpt/* excerpt */.Kb)(r.name)}`, this.ctx.warnings, line === undefined ? undefined : { line });
        const body = r.errors.toString().trim() || undefined;
        const message = note ?? (status === 'skipped' ? r.skipReason : r.message);
        const fields = { suite: r.suite, name: r.name, status, ...time, ...(r.suite && { file: r.suite, line: r.line }), ...(message && { message }) };
        this.ctx.sink.testCase(toCase(fields, status === 'passed' ? undefined : body, this.ctx.locator, this.ctx.file));
    }
}

// EXTERNAL MODULE: ./src/ingest/format-ids.ts
var format_ids = __webpack_require__(16486);
;// CONCATENATED MODULE: ./src/ingest/registry.ts
















/**
 * Every format, in sniffing order: specific shapes first, the generic metrics JSON last. Adding a
 * format is one file and one line here; nothing else switches on format ids.
 */
const FORMATS = [
    junitFormat,
    trxFormat,
    nunitFormat,
    xunitFormat,
    goTestFormat,
    tapFormat,
    mochawesomeFormat,
    mochaJsonFormat,
    ctrfFormat,
    rspecJsonFormat,
    dartJsonFormat,
    ...COVERAGE_FORMATS,
    sarifFormat,
    pipeline_gates_bench/* pipelineGatesBenchFormat */.ef,
    ...BENCHMARK_FORMATS,
    metrics/* metricsFormat */.P
];


/**
 * Picks the format from the file's first bytes, or takes the user's explicit `format` (which must
 * be a known id, and of the expected kind when the caller expects one).
 */
function detectFormat(head, fileName, options = {}) {
    const candidates = options.kind ? FORMATS.filter((f) => f.kind === options.kind) : FORMATS;
    if (options.override) {
        const chosen = FORMATS.find((f) => f.id === options.override);
        if (!chosen)
            return { ok: false, message: `unknown format "${options.override}"; known formats: ${format_ids/* FORMAT_IDS */.J.join(', ')}` };
        if (options.kind && chosen.kind !== options.kind)
            return { ok: false, message: `format "${chosen.id}" is a ${chosen.kind} format, but ${options.kind} reports were expected here` };
        return { ok: true, format: chosen };
    }
    const text = head.replace(/^\uFEFF/, '');
    const format = candidates.find((f) => f.sniff(text, fileName));
    if (format)
        return { ok: true, format };
    const ids = candidates.map((f) => f.id).join(', ');
    return { ok: false, message: `not a report format we recognise (${ids}); if it is one of them, name it with --format (or format: in the config)` };
}

;// CONCATENATED MODULE: ./src/ingest/read.ts




const HEAD_BYTES = 4096;
const MAX_PROLOG = 1024 * 1024;
/** What each kind is called, and the input (action input, CLI flag) that reads it. */
const KINDS = {
    tests: { name: 'test report', input: 'junit (--junit)' },
    coverage: { name: 'coverage report', input: 'coverage (--coverage)' },
    findings: { name: 'SARIF log', input: 'sarif (--sarif)' },
    metrics: { name: 'metrics file', input: 'metrics (--metrics)' },
    benchmarks: { name: 'benchmark result', input: 'benchmarks (--bench)' }
};
/**
 * Opens one file, detects its format from the first 4 KiB (or takes the override) and parses it.
 * An unopenable, unrecognised or broken file comes back as located problems. Anything else thrown
 * is a bug in a parser and is thrown on: told to the user as an unreadable file it would blame
 * their report for our mistake (and a fuzz test could never see it).
 */
async function readReport(file, open, options) {
    try {
        const { head, chunks } = await peek(open(file));
        const detected = detectFormat(head, file, { ...(options.format ? { override: options.format } : {}), ...(options.kind ? { kind: options.kind } : {}) });
        if (!detected.ok) {
            const other = options.skipOtherKinds && !options.format && options.kind ? detectFormat(head, file) : undefined;
            if (other?.ok && options.kind)
                return read_skipped(file, other.format, options.kind);
            return unreadable(file, head.trim() === '' ? 'the file is empty' : detected.message);
        }
        return await parseWith(detected.format, file, chunks, options);
    }
    catch (err) {
        if (err instanceof decode/* LineTooLongError */.dc)
            return { kind: 'unreadable', file, problems: [{ file, line: err.line, message: err.message }] };
        const code = fileErrorCode(err);
        if (code === undefined)
            throw err;
        const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : err.message;
        return unreadable(file, `could not be read: ${reason}`);
    }
}
/** The errno code (ENOENT, EISDIR, EACCES, EMFILE …) of an error the file system raised; undefined for anything else. */
function fileErrorCode(err) {
    const code = err?.code;
    return err instanceof Error && typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}
async function parseWith(format, file, chunks, options) {
    const base = { file, format: format.id };
    switch (format.kind) {
        case 'tests': {
            if (!options.tests)
                return unreadable(file, `${format.id} is a test report, but test reports are not read here`);
            return { kind: 'tests', ...base, ...(await format.parse(file, chunks, (0,clip/* clippingSink */.G)(options.tests), options.ctx)) };
        }
        case 'coverage':
            return { kind: 'coverage', ...base, ...(await format.parse(file, chunks, options.ctx)) };
        case 'findings':
            return { kind: 'findings', ...base, ...(await format.parse(file, chunks, options.ctx)) };
        case 'metrics':
            return { kind: 'metrics', ...base, ...(await format.parse(file, chunks, options.ctx)) };
        case 'benchmarks':
            return { kind: 'benchmarks', ...base, ...(await format.parse(file, chunks, options.ctx)) };
    }
}
function read_skipped(file, format, expected) {
    const is = KINDS[format.kind];
    const message = `skipped: a ${format.id} ${is.name}, not a ${KINDS[expected].name}; it belongs to the ${is.input} input`;
    return { kind: 'skipped', file, format: format.id, problems: [], warnings: [{ file, message }] };
}
function unreadable(file, message) {
    return { kind: 'unreadable', file, problems: [{ file, message }] };
}
/**
 * Reads the first 4 KiB for sniffing and hands back a stream that still starts at byte 0. An XML
 * prolog longer than that (a DOCTYPE with a large internal subset, long comments) is read on, up to
 * 1 MiB, so the root element still decides the format.
 */
async function peek(source) {
    const it = source[Symbol.asyncIterator]();
    const buffered = [];
    let size = 0;
    let done = false;
    let want = HEAD_BYTES;
    let head = '';
    for (;;) {
        while (size < want) {
            const r = await it.next();
            if (r.done) {
                done = true;
                break;
            }
            buffered.push(r.value);
            size += r.value.length;
        }
        head = await decodeHead(buffered, want);
        if (done || want >= MAX_PROLOG || !/^\s*</.test(head) || !isIncomplete(scanRoot(head)))
            break;
        want *= 2;
    }
    async function* chunks() {
        yield* buffered;
        if (!done)
            for (let r = await it.next(); !r.done; r = await it.next())
                yield r.value;
    }
    return { head, chunks: chunks() };
}
function isIncomplete(scan) {
    return scan !== undefined && 'incomplete' in scan;
}
async function decodeHead(buffered, bytes) {
    let head = '';
    for await (const text of (0,decode/* decodeChunks */.$N)([Buffer.concat(buffered).subarray(0, bytes)]))
        head += text;
    return head;
}


/***/ }),

/***/ 82561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ badTime),
/* harmony export */   Yx: () => (/* binding */ checkSeconds),
/* harmony export */   fL: () => (/* binding */ parseSeconds)
/* harmony export */ });
/* unused harmony export MAX_SECONDS */
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24664);

/**
 * Test times as reports write them, checked. A time that is not a duration in seconds (`0x10`,
 * `1,5`, `-3`, `NaN`, `Infinity`, `1e23`) is not guessed at: the caller warns, counts the test and
 * keeps its time out of history and the shard planner, where one absurd value would skew every
 * plan that follows.
 */
/** Longest plausible time of one test, suite or file: 1,000,000 s is 11.6 days. */
const MAX_SECONDS = 1_000_000;
/** Plain decimal notation: digits, an optional fraction and exponent; no sign, comma, hex or words. */
const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
/**
 * Maven Surefire's "1,204.332": comma-grouped thousands with a point fraction cannot be misread.
 * A lone comma ("1,5", "1,234") can (decimal comma or thousands?), so it is rejected like junk.
 */
const GROUPED = /^\s*\d{1,3}(?:,\d{3})+\.\d+\s*$/;
/** Seconds from report text: 0 when absent or empty; undefined when it is not a duration. */
function parseSeconds(raw) {
    if (raw === undefined)
        return 0;
    // Every test has a time: plain "0.123" is settled without a regex.
    const n = +raw;
    if (n >= 0 && n <= MAX_SECONDS && digitsAndPoint(raw))
        return n;
    if (raw.trim() === '')
        return 0;
    if (DECIMAL.test(raw))
        return checkSeconds(Number(raw));
    return GROUPED.test(raw) ? checkSeconds(Number(raw.replace(/,/g, ''))) : undefined;
}
function digitsAndPoint(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if ((c < 48 || c > 57) && c !== 46)
            return false;
    }
    return raw.length > 0;
}
/** A number a JSON report gives (already converted to seconds): undefined unless 0 ≤ n ≤ MAX_SECONDS. */
function checkSeconds(n) {
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_SECONDS ? n : undefined;
}
/** The warning for a bad time, quoting at most a short excerpt of it. */
function badTime(raw, whose) {
    const shown = typeof raw === 'string' ? (0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(raw) : typeof raw === 'number' ? String(raw) : raw === null ? 'null' : typeof raw;
    return `the time ${shown} of ${whose} is not a duration in seconds (0 to ${MAX_SECONDS.toLocaleString('en-US')}): the test counts, its time is left out of history and shard planning`;
}


/***/ }),

/***/ 8954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ BoundedText),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   e9: () => (/* binding */ clipMiddle),
/* harmony export */   rr: () => (/* binding */ clipMiddleBytes)
/* harmony export */ });
/**
 * Shortens text by cutting its middle: the head of a stack trace says what failed and the tail
 * says where it was called from, so both ends are worth more than the middle.
 */
function clipMiddle(text, max) {
    if (text.length <= max)
        return text;
    const note = `\n… ${text.length - max} characters cut …\n`;
    const keep = Math.max(0, max - note.length);
    const head = Math.ceil(keep / 2);
    return text.slice(0, head) + note + text.slice(text.length - (keep - head));
}
/**
 * Collects streamed text in bounded memory: the first and last `max / 2` characters are kept and
 * the middle is counted, so a 1 GB <failure> body costs at most `max` characters.
 */
class BoundedText {
    max;
    head = '';
    tail = '';
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    append(text) {
        const half = Math.floor(this.max / 2);
        if (this.head.length < half) {
            const take = half - this.head.length;
            this.head += text.slice(0, take);
            text = text.slice(take);
        }
        if (!text)
            return;
        this.tail += text;
        if (this.tail.length > this.max - half) {
            const excess = this.tail.length - (this.max - half);
            this.dropped += excess;
            this.tail = this.tail.slice(excess);
        }
    }
    toString() {
        if (!this.dropped)
            return this.head + this.tail;
        return `${this.head}\n… ${this.dropped} characters cut …\n${this.tail}`;
    }
}
const encoder = new TextEncoder();
function byteLength(text) {
    return encoder.encode(text).length;
}
/** clipMiddle with a limit in UTF-8 bytes (APIs count bytes; a character takes 1 to 4). */
function clipMiddleBytes(text, maxBytes) {
    if (byteLength(text) <= maxBytes)
        return text;
    let chars = Math.min(text.length, maxBytes);
    for (let clipped = clipMiddle(text, chars);; clipped = clipMiddle(text, chars)) {
        const bytes = byteLength(clipped);
        if (bytes <= maxBytes)
            return clipped;
        // Shrink in proportion to the overshoot; always by at least one character.
        chars = Math.min(chars - 1, Math.floor((chars * maxBytes) / bytes));
        if (chars <= 0)
            return '';
    }
}


/***/ }),

/***/ 8883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ Warnings)
/* harmony export */ });
/* unused harmony export MAX_WARNINGS */
/** A million cases with one systematic mistake must not produce a million warnings. */
const MAX_WARNINGS = 20;
/**
 * The warnings one report gave: located, not fatal (a time that is not a time, an entity left
 * unexpanded, counts taken from a suite's attributes). The first MAX_WARNINGS are kept; the rest
 * are counted and summed up in one line.
 */
class Warnings {
    file;
    kept = [];
    dropped = 0;
    constructor(file) {
        this.file = file;
    }
    add(message, at) {
        if (this.kept.length >= MAX_WARNINGS) {
            this.dropped++;
            return;
        }
        this.kept.push({ file: this.file, ...(at?.line !== undefined && { line: at.line }), ...(at?.column !== undefined && { column: at.column }), message });
    }
    list() {
        return this.dropped ? [...this.kept, { file: this.file, message: `${this.dropped} more warnings like these were left out` }] : [...this.kept];
    }
}


/***/ }),

/***/ 56963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ coveragePercent),
/* harmony export */   w: () => (/* binding */ coverageTotals)
/* harmony export */ });
/** The normalised coverage model every coverage format is read into. */
/**
 * Percent covered to two decimals, rounded half up as coverage.py and pytest-cov print it (3 of 7
 * lines: 42.86), except that it never rounds to 100 while a line is missed or to 0 while one is
 * covered (coverage.py's rule: 99.999 shows as 99.99). null when there is nothing to cover. Gates
 * compare this figure, history stores it and the JSON report shows it, so the number shown is the
 * number judged, and a base value read back from history compares exactly.
 */
function coveragePercent(t) {
    if (t.total === 0)
        return null;
    // covered × 20000 ÷ total is an integer exactly when the value sits on a half, so the halves
    // round up exactly, with no 0.29 × 100 = 28.999… surprises.
    const pct = Math.floor((t.covered * 20000) / t.total / 2 + 0.5) / 100;
    if (pct === 100 && t.covered < t.total)
        return 99.99;
    if (pct === 0 && t.covered > 0)
        return 0.01;
    return pct;
}
/** Totals are always recomputed from the line and branch records. */
function coverageTotals(files) {
    let linesCovered = 0;
    let linesTotal = 0;
    let branchesCovered = 0;
    let branchesTotal = 0;
    for (const f of files) {
        for (const hits of f.lines.values()) {
            linesTotal++;
            if (hits > 0)
                linesCovered++;
        }
        for (const b of f.branches.values()) {
            branchesCovered += b.covered;
            branchesTotal += b.total;
        }
    }
    return { lines: { covered: linesCovered, total: linesTotal }, branches: { covered: branchesCovered, total: branchesTotal } };
}


/***/ }),

/***/ 73312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ loadRepoPaths)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ingest_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33540);



/**
 * The repository as ingest sees it: the workspace root and, when this is a git checkout, the
 * tracked files (git ls-files), so report paths from other machines can be placed by suffix.
 * Outside git, paths are only made relative to the root.
 */
async function loadRepoPaths(root) {
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 512 * 1024 * 1024, timeout: 30_000 });
        return new _ingest_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .RepoPaths */ .h(root, new Set(stdout.split('\0').filter(Boolean)));
    }
    catch {
        return new _ingest_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .RepoPaths */ .h(root);
    }
}


/***/ })

};
