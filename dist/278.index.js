export const id = 278;
export const ids = [278];
export const modules = {

/***/ 2676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   G: () => (/* binding */ clippingSink)
/* harmony export */ });
/* harmony import */ var _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55229);
/* harmony import */ var _model_test_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44204);


/**
 * Every test format delivers through this sink: names, files and messages keep a bounded prefix,
 * so a test named by a 10 MB attribute costs 2,000 characters in the comment, the check run and
 * the history, not 10 MB in each. Details are bounded by each reader already.
 */
function clippingSink(sink) {
    return {
        testCase: (c) => sink.testCase(needsClip(c) ? clipCase(c) : c),
        testSuite: (s) => sink.testSuite(s.name.length > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB || (s.file?.length ?? 0) > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB ? clipSuite(s) : s),
        ...(sink.declared && { declared: sink.declared.bind(sink) })
    };
}
function needsClip(c) {
    return (c.name.length > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB ||
        c.suite.length > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB ||
        (c.classname?.length ?? 0) > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB ||
        (c.file?.length ?? 0) > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB ||
        (c.message?.length ?? 0) > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MESSAGE */ .h2 ||
        (c.attempts?.some((a) => (a.message?.length ?? 0) > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MESSAGE */ .h2) ?? false));
}
function clipCase(c) {
    const out = { ...c, name: clip(c.name, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB), suite: clip(c.suite, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB) };
    if (c.classname !== undefined)
        out.classname = clip(c.classname, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB);
    if (c.file !== undefined)
        out.file = clip(c.file, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB);
    if (c.message !== undefined)
        out.message = clip(c.message, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MESSAGE */ .h2);
    if (c.attempts)
        out.attempts = c.attempts.map((a) => (a.message !== undefined && a.message.length > _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MESSAGE */ .h2 ? { ...a, message: clip(a.message, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MESSAGE */ .h2) } : a));
    return out;
}
function clipSuite(s) {
    return { ...s, name: clip(s.name, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB), ...(s.file !== undefined && { file: clip(s.file, _stream_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME */ .zB) }) };
}
/** The first `max` characters and "…", detached from the (possibly huge) original. */
function clip(text, max) {
    return text.length <= max ? text : (0,_model_test_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .detach */ .Y)(`${text.slice(0, max - 1)}…`);
}


/***/ }),

/***/ 20232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ metricsFormat)
/* harmony export */ });
/* harmony import */ var _stats_median_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78269);
/* harmony import */ var _streamparser_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2676);
/* harmony import */ var _stream_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55229);
/* harmony import */ var _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96138);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24664);






/**
 * A metrics file is one JSON object of named numbers; nested objects make dotted paths.
 * - A number is a metric: `{"compliance": {"score": 72}}` gives `compliance.score` = 72.
 * - An array of numbers is a metric's samples (canary analysis uses them); its value is the median.
 * - An object whose `value` or `samples` key holds anything but an object is ONE metric with
 *   metadata, not a group: `{"p99_latency": {"value": 8.2, "unit": "ms", "direction":
 *   "smaller-is-better"}}`. It may only have value, samples, unit and direction, so a misspelt
 *   `unti` or a sibling metric beside `value` is reported instead of silently dropped. (A group
 *   that needs a metric called "value" nests it: `{"g": {"value": {"value": 1}, "x": 2}}`.)
 * - Booleans are rejected, not read as 1/0: a gate compares a quantity in a direction, and a flag
 *   has neither; writing 1 or 0 on purpose costs nothing, while coercion would turn metadata such
 *   as `"cached": true` into a gated number by accident. Strings (even "72") and null are rejected
 *   the same way, each with its line and column.
 * - A file that is not valid JSON yields no metrics, only the located problem: half a file of
 *   named numbers cannot be told from a whole one with fewer metrics.
 */
const metricsFormat = {
    id: 'metrics',
    kind: 'metrics',
    description: 'a JSON object of named numbers (nested objects make dotted paths)',
    sniff: sniffMetrics,
    parse: parseMetrics
};
const LEAF_KEYS = ['value', 'samples', 'unit', 'direction'];
const DIRECTIONS = ['bigger-is-better', 'smaller-is-better'];
async function parseMetrics(file, chunks) {
    const starts = new Map();
    const duplicates = [];
    let root;
    let locator;
    const read = await (0,_stream_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .streamJson */ .fM)(file, chunks, undefined, (event, l) => {
        locator = l;
        if (event.path.length === 0)
            root = event.value;
        // Numbers inside sample arrays are not located: a long array stays cheap.
        if (typeof event.value === 'number' && typeof event.path[event.path.length - 1] === 'number')
            return;
        const key = JSON.stringify(event.path);
        if (starts.has(key))
            duplicates.push([...event.path]);
        starts.set(key, event.start);
    });
    if (read.problem)
        return { metrics: [], problems: [read.problem] };
    const collector = new Collector(file, starts, locator);
    for (const path of duplicates)
        collector.fail(path, 'this key appears twice in its object; only the last value is read');
    if (read.root === 'object')
        collector.group(root, []);
    else if (read.root)
        collector.fail([], `expected a JSON object of named numbers, found ${read.root === 'array' ? 'an array' : 'a single value'}`);
    else
        collector.fail([], 'the file is empty: expected a JSON object of named numbers');
    return { metrics: collector.metrics(), problems: collector.problems };
}
class Collector {
    file;
    starts;
    locator;
    problems = [];
    found = [];
    names = new Set();
    constructor(file, starts, locator) {
        this.file = file;
        this.starts = starts;
        this.locator = locator;
    }
    group(node, prefix) {
        for (const [key, child] of Object.entries(node)) {
            const path = [...prefix, key];
            if (key === '')
                this.fail(path, 'a metric name cannot be empty');
            else if (isObject(child) && !isLeaf(child))
                this.group(child, path);
            else if (isObject(child))
                this.leaf(path, child);
            else if (Array.isArray(child))
                this.add(path, {}, this.samples(path, child));
            else
                this.add(path, { value: this.number(path, child) });
        }
    }
    /** `value` wins when given; otherwise the median of `samples`. */
    leaf(path, node) {
        for (const key of Object.keys(node)) {
            if (!LEAF_KEYS.includes(key)) {
                this.fail([...path, key], `${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(key)} is not a metric field: an object with "value" or "samples" is one metric and may only have ${LEAF_KEYS.join(', ')}`);
            }
        }
        const samples = 'samples' in node ? this.samples([...path, 'samples'], node.samples) : undefined;
        if ('samples' in node && !samples)
            return;
        const unit = node.unit;
        if (unit !== undefined && (typeof unit !== 'string' || !unit))
            this.fail([...path, 'unit'], 'unit must be a non-empty string');
        const direction = node.direction;
        if (direction !== undefined && !DIRECTIONS.includes(direction)) {
            this.fail([...path, 'direction'], `direction must be ${DIRECTIONS.map((d) => `"${d}"`).join(' or ')}, found ${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(direction)}`);
        }
        const meta = {
            ...('value' in node && { value: this.number([...path, 'value'], node.value) }),
            ...(typeof unit === 'string' && unit && { unit }),
            ...(DIRECTIONS.includes(direction) && { direction: direction })
        };
        this.add(path, meta, samples);
    }
    add(path, meta, samples) {
        if (meta.value === undefined && 'value' in meta)
            return; // a bad value, already reported
        const value = meta.value ?? (samples && (0,_stats_median_js__WEBPACK_IMPORTED_MODULE_5__/* .median */ .J)(samples));
        if (value === undefined)
            return;
        const name = (0,_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(path.join('.'), _stream_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME */ .zB);
        if (this.names.has(name))
            return this.fail(path, `the metric "${name}" is given twice (a dotted key and a nested object name the same path)`);
        this.names.add(name);
        this.found.push({ metric: { path: name, ...meta, value, ...(samples && { samples }) }, start: this.startOf(path) ?? 0 });
    }
    samples(path, raw) {
        if (!Array.isArray(raw))
            return void this.fail(path, 'samples must be an array of numbers');
        if (raw.length === 0)
            return void this.fail(path, 'an empty array has no samples to take a value from');
        const out = [];
        for (const [i, v] of raw.entries()) {
            const n = this.number([...path, i], v);
            if (n === undefined)
                return undefined;
            out.push(n);
        }
        return out;
    }
    number(path, raw) {
        if (typeof raw === 'number')
            return Number.isFinite(raw) ? raw : void this.fail(path, 'the number is too large');
        if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) {
            return void this.fail(path, `${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(raw)} is a string; write the number ${Number(raw)} without quotes`);
        }
        const found = raw === null ? 'null' : typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? (0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(raw) : Array.isArray(raw) ? 'an array' : 'an object';
        const hint = typeof raw === 'boolean' ? ' (write 1 or 0 if it counts something)' : raw === null ? ' (leave out a metric that was not measured)' : '';
        return void this.fail(path, `expected a number, found ${found}${hint}`);
    }
    fail(path, message) {
        const start = this.startOf(path);
        const at = start === undefined ? undefined : this.locator?.locate(start);
        const name = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
        this.problems.push({ file: this.file, ...at, message: name ? `${name}: ${message}` : message });
    }
    /** Where a value starts; an unlocated one (a number in an array) is placed at its nearest container. */
    startOf(path) {
        for (let n = path.length; n >= 0; n--) {
            const start = this.starts.get(JSON.stringify(path.slice(0, n)));
            if (start !== undefined)
                return start;
        }
        return undefined;
    }
    metrics() {
        return [...this.found].sort((a, b) => a.start - b.start).map((f) => f.metric);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isLeaf(node) {
    return ['value', 'samples'].some((k) => k in node && !isObject(node[k]));
}
/** Keys that mark another format's JSON whose leaves may also be numbers (never claim those). */
const FOREIGN_KEYS = new Set([
    'runs', '$schema', // SARIF
    'pct', 'covered', 'statementMap', 'fnMap', 'branchMap', // istanbul coverage-summary / coverage-final
    'benchmarks', 'context', 'machine_info', // Google Benchmark, pytest-benchmark
    'results', 'numTotalTests' // hyperfine, Jest --json
]);
/**
 * Conservative: a `.json` file whose head is an object with at least one number, where every
 * string is a `unit` or `direction`, there are no booleans or nulls, and no key looks like another
 * format's or like a test id or file path (pytest-split and knapsack timings are also flat
 * objects of numbers). Anything else needs an explicit `format: metrics`.
 */
function sniffMetrics(head, fileName) {
    if (!/\.json$/i.test(fileName) || !/^\s*\{/.test(head))
        return false;
    const shape = new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .Shape */ .yp();
    const tokenizer = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .Tokenizer */ ._F();
    let ok = true;
    let numbers = 0;
    let key = '';
    tokenizer.onToken = (t) => {
        const isKey = shape.expecting === 'key' || shape.expecting === 'key-or-close';
        if (!ok || shape.advance(t))
            return void (ok = false);
        if (isKey && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
            key = t.value;
            ok = !FOREIGN_KEYS.has(key) && !/::|[/\\]/.test(key);
        }
        else if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER)
            numbers++;
        else if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING)
            ok = key === 'unit' || key === 'direction';
        else if (_stream_json_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .SCALARS */ .WD.has(t.token))
            ok = false;
    };
    tokenizer.onError = () => void (ok = false);
    tokenizer.write(head); // the head may stop mid-document: judge what it shows, without end()
    return ok && numbers > 0;
}


/***/ }),

/***/ 33540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ RepoPaths)
/* harmony export */ });
/**
 * Turns the paths reports write (absolute runner paths, `./x`, `file:///…` URIs, Windows
 * separators, paths relative to a source root) into repo-relative paths. With the list of tracked
 * files (git ls-files) it also places paths from another machine by their longest matching suffix.
 */
class RepoPaths {
    files;
    byBase = new Map();
    root;
    /** `root`: the absolute workspace path; `files`: tracked repo-relative paths, when known. */
    constructor(root, files) {
        this.files = files;
        this.root = clean(root).replace(/\/+$/, '');
        for (const f of files ?? []) {
            const base = f.slice(f.lastIndexOf('/') + 1);
            const list = this.byBase.get(base);
            if (list)
                list.push(f);
            else
                this.byBase.set(base, [f]);
        }
    }
    /** True when the tracked files are known, so placements are checked, not assumed. */
    get knowsFiles() {
        return this.files !== undefined;
    }
    /**
     * `roots`: source roots the report declares (Cobertura `<source>`), tried in order. A relative
     * path is tried under each root first: `app.py` under `<source>/ws/src</source>` is `src/app.py`.
     */
    place(raw, roots = []) {
        const p = clean(raw);
        const candidates = isAbsolute(p) ? [p] : [...roots.map((r) => `${clean(r).replace(/\/+$/, '')}/${p}`), p];
        for (const c of candidates) {
            const rel = this.relative(c);
            if (rel !== undefined && (!this.files || this.files.has(rel)))
                return { path: rel, placed: true };
        }
        const bySuffix = this.files ? this.suffixMatch(p) : undefined;
        if (bySuffix)
            return { path: bySuffix, placed: true };
        return { path: this.relative(p) ?? p, placed: false };
    }
    relative(p) {
        if (p.startsWith(`${this.root}/`))
            return p.slice(this.root.length + 1);
        if (isAbsolute(p))
            return undefined;
        return p.replace(/^(\.\/)+/, '');
    }
    /** The tracked file sharing the longest tail of segments with `p`, if exactly one does. */
    suffixMatch(p) {
        const segments = p.split('/').filter((s) => s && s !== '.');
        const base = segments[segments.length - 1];
        const options = base ? this.byBase.get(base) : undefined;
        if (!options)
            return undefined;
        let best;
        let bestLength = 0;
        let tie = false;
        for (const option of options) {
            const length = sharedTail(option.split('/'), segments);
            if (length > bestLength)
                [best, bestLength, tie] = [option, length, false];
            else if (length === bestLength)
                tie = true;
        }
        return tie ? undefined : best;
    }
}
function sharedTail(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
/** `file://` URIs decoded, backslashes to slashes, `C:/` kept recognisable as absolute. */
function clean(raw) {
    let p = raw.trim();
    if (/^file:/i.test(p)) {
        p = p.replace(/^file:(\/\/[^/]*)?/i, '');
        try {
            p = decodeURIComponent(p);
        }
        catch {
            // keep the undecoded path: a stray % is more likely a real character than an escape
        }
        if (/^\/[A-Za-z]:\//.test(p))
            p = p.slice(1);
    }
    return p.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
}
function isAbsolute(p) {
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}


/***/ }),

/***/ 40098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   gu: () => (/* binding */ GLOB_OPTIONS),
/* harmony export */   kt: () => (/* binding */ matchesGlob),
/* harmony export */   sb: () => (/* binding */ splitPatterns),
/* harmony export */   vZ: () => (/* binding */ matchesPatterns)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What a file pattern means, everywhere a user gives one: report inputs, test lists, timings, the
 * docs rule, per-path coverage, `reports.formats`. One library (picomatch) matches, and the shell
 * walks the disk with tinyglobby, which matches with picomatch too, under the same options, so a
 * pattern selects the same files whether it is matched against a diff or walked on disk.
 *
 * - `*` and `**` also match names starting with a dot: `**\/*.md` sees `.changeset/x.md`.
 * - `src/**` matches `src` itself and everything below it.
 * - `[!abc]` is a negated class, as in bash (picomatch needs `posix` for that).
 * - Patterns are repo-relative and case-sensitive, as git paths are; a leading `./` is dropped.
 * - In a list, a pattern starting with `!` excludes what it matches from all the others, as in
 *   actions/upload-artifact.
 */
const GLOB_OPTIONS = { dot: true, posix: true };
/** A pattern list split into what it includes and what its `!` lines exclude. */
function splitPatterns(patterns) {
    return {
        include: patterns.filter((p) => !p.startsWith('!')),
        exclude: patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))
    };
}
const compiled = new Map();
/** True when the repo-relative `file` matches `glob`. */
function matchesGlob(file, glob) {
    let test = compiled.get(glob);
    if (!test) {
        test = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob.replace(/^\.\//, ''), GLOB_OPTIONS);
        compiled.set(glob, test);
    }
    return test(file.replace(/\\/g, '/').replace(/^\.\//, ''));
}
/** True when `pattern` has glob syntax (`*`, `?`, `[…]`, `{…}`); false for a plain path. */
function isGlob(pattern) {
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern).isGlob;
}
/** True when `file` matches at least one pattern of the list and none of its `!` exclusions. */
function matchesPatterns(file, patterns) {
    const { include, exclude } = splitPatterns(patterns);
    return include.some((g) => matchesGlob(file, g)) && !exclude.some((g) => matchesGlob(file, g));
}


/***/ }),

/***/ 44204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ detach),
/* harmony export */   g: () => (/* binding */ TestCollector)
/* harmony export */ });
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44700);

/** The sink parsers stream into; `summary()` gives the result once every report is read. */
class TestCollector {
    total = 0;
    passed = 0;
    failed = 0;
    errors = 0;
    skipped = 0;
    suiteCount = 0;
    omitted = 0;
    failing = new Map();
    /** Names of kept failures: a cheap first check before building a passing test's id. */
    failingNames = new Set();
    flakyTests = new Map();
    files = new Map();
    lastFile;
    lastFileTime;
    caseTimes = new Map();
    detailsLeft;
    maxCaseTimings;
    maxKeptFailures;
    constructor(options = {}) {
        this.maxCaseTimings = options.maxCaseTimings ?? 50_000;
        this.maxKeptFailures = options.maxKeptFailures ?? 10_000;
        this.detailsLeft = options.detailsBudget ?? 16 * 1024 * 1024;
    }
    testCase(c) {
        if (c.file && !c.timeUnknown)
            this.fileTime(c.file).cases += c.durationSeconds;
        const timed = this.caseTimes !== undefined && !c.timeUnknown;
        const mayBeRetry = c.status === 'passed' && this.failingNames.has(c.name);
        const id = timed || mayBeRetry || c.status !== 'passed' || c.flaky ? (0,_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .testId */ .ec)(c) : '';
        if (timed)
            this.time(id, c.durationSeconds);
        const earlier = mayBeRetry ? this.failing.get(id) : undefined;
        // The same test failing in one report and passing in a later one (a rerun job, a retry
        // written to its own file) is one flaky test, not a failure plus a pass.
        if (earlier) {
            this.failing.delete(id);
            this.uncount(earlier);
            this.passed++;
            this.flakyTests.set(id, this.keep({ ...c, flaky: true, attempts: [...attemptsOf(earlier), ...attemptsOf(c)] }));
            return;
        }
        this.total++;
        this.count(c);
        if (c.flaky)
            this.flakyTests.set(id, this.keep(c));
        if (c.status === 'failed' || c.status === 'error')
            this.keepFailure(id, c);
    }
    /** Runs a suite only declares: in the counts, not in any list, time or history. */
    declared(d) {
        this.total += d.counts.total;
        this.passed += d.counts.passed;
        this.failed += d.counts.failed;
        this.errors += d.counts.errors;
        this.skipped += d.counts.skipped;
    }
    testSuite(s) {
        this.suiteCount++;
        if (s.file)
            this.fileTime(s.file).suites += s.durationSeconds;
    }
    summary() {
        return {
            counts: { total: this.total, passed: this.passed, failed: this.failed, errors: this.errors, skipped: this.skipped, flaky: this.flakyTests.size },
            failures: [...this.failing.values()],
            failuresOmitted: this.omitted,
            flaky: [...this.flakyTests.values()],
            fileSeconds: new Map([...this.files].map(([f, t]) => [f, Math.max(t.cases, t.suites)])),
            ...(this.caseTimes ? { caseSeconds: this.caseTimes } : {}),
            suites: this.suiteCount
        };
    }
    keepFailure(id, c) {
        if (this.failing.size >= this.maxKeptFailures) {
            this.omitted++;
            return;
        }
        const kept = this.keep(c);
        this.failing.set(this.failing.has(id) ? `${id}\u0000${this.total}` : id, kept);
        this.failingNames.add(kept.name);
    }
    /** A copy fit to keep: detached from the report's chunks, details within the budget. */
    keep(c) {
        const details = c.details !== undefined && c.details.length <= this.detailsLeft ? c.details : undefined;
        if (details)
            this.detailsLeft -= details.length;
        const out = {};
        for (const [key, value] of Object.entries(c)) {
            if (key === 'details')
                continue;
            out[key] = typeof value === 'string' ? detach(value) : value;
        }
        if (details)
            out.details = detach(details);
        if (c.attempts)
            out.attempts = c.attempts.map((a) => ({ ...a, ...(a.message ? { message: detach(a.message) } : {}), ...(a.details ? { details: detach(a.details) } : {}) }));
        return out;
    }
    count(c) {
        if (c.status === 'passed')
            this.passed++;
        else if (c.status === 'failed')
            this.failed++;
        else if (c.status === 'error')
            this.errors++;
        else
            this.skipped++;
    }
    uncount(c) {
        if (c.status === 'failed')
            this.failed--;
        else if (c.status === 'error')
            this.errors--;
    }
    time(id, seconds) {
        const times = this.caseTimes;
        if (!times)
            return;
        times.set(id, (times.get(id) ?? 0) + seconds);
        if (times.size > this.maxCaseTimings)
            this.caseTimes = undefined;
    }
    /** Consecutive cases usually share a file: compare with the last one before hashing. */
    fileTime(file) {
        if (file === this.lastFile && this.lastFileTime)
            return this.lastFileTime;
        let t = this.files.get(file);
        if (!t)
            this.files.set(detach(file), (t = { cases: 0, suites: 0 }));
        this.lastFile = file;
        this.lastFileTime = t;
        return t;
    }
}
function attemptsOf(c) {
    if (c.attempts?.length)
        return [...c.attempts];
    return [{ status: c.status, durationSeconds: c.durationSeconds, ...(c.message ? { message: c.message } : {}), ...(c.details ? { details: c.details } : {}) }];
}
/**
 * A copy of `text` that does not keep its source alive. V8 makes substrings of 13+ characters as
 * views into the parent string, so a test name kept from a 256 KiB chunk would pin the whole chunk:
 * keeping 5,000 failures of a 1 GB report would keep most of the report. Call this on strings that
 * outlive the chunk they were cut from.
 */
function detach(text) {
    return text.length < 13 ? text : (' ' + text).slice(1);
}


/***/ }),

/***/ 44700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ec: () => (/* binding */ testId),
/* harmony export */   f$: () => (/* binding */ ranCount)
/* harmony export */ });
/* unused harmony export countTests */
/** The normalised test-result model every test format is read into. */
/** Counts are derived from the cases, never stored, so they cannot drift. */
function countTests(cases) {
    let passed = 0;
    let failed = 0;
    let errors = 0;
    let skipped = 0;
    for (const c of cases) {
        if (c.status === 'passed')
            passed++;
        else if (c.status === 'failed')
            failed++;
        else if (c.status === 'error')
            errors++;
        else
            skipped++;
    }
    return { total: cases.length, passed, failed, errors, skipped };
}
/** Counts of tests that actually ran (skipped ones did not). */
function ranCount(counts) {
    return counts.total - counts.skipped;
}
/** A stable identity for a test across runs, used as the history key. */
function testId(c) {
    const owner = c.file ?? c.classname ?? c.suite;
    return owner ? `${owner}::${c.name}` : c.name;
}


/***/ }),

/***/ 73920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ toWorkspacePath),
/* harmony export */   I: () => (/* binding */ reportFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73382);
/* harmony import */ var _model_globs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40098);
/* harmony import */ var _safe_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15974);






/**
 * The real file system for the engine, and the one place report files are found and opened.
 * Patterns are globs relative to the workspace, walked by tinyglobby with the same picomatch
 * options the core matches with (src/model/globs.ts), and a pattern starting with `!` excludes.
 * Paths inside the workspace come back workspace-relative, so reports, annotations and links all
 * speak repo paths. Only regular files inside the workspace or RUNNER_TEMP, outside any `.git`
 * directory, are found or opened (see safe-read.ts); the rest are named in `refused()`.
 *
 * The walk never follows a symbolic link (a linked folder could lead anywhere on the disk, `/`
 * included) and never enters `.git`. Links and special files (FIFOs, devices) the walk passes are
 * collected on the way and judged one by one: a link to a readable file inside is found, the rest
 * are refused with the reason.
 */
function reportFiles(workspace, env = process.env) {
    const roots = (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRoots */ .Mi)(workspace, env);
    const refused = new Set();
    return {
        async find(pattern, exclude) {
            if (await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .patternOutside */ .G0)(pattern, workspace, await roots)) {
                refused.add(`"${pattern}" is outside the workspace and RUNNER_TEMP: not searched.`);
                return [];
            }
            const { files, others } = await walk(workspace, pattern, exclude);
            const found = [];
            const folders = new FolderCheck(await roots);
            // Plain files in a folder already known to be fine need no more system calls.
            for (const full of files)
                if (await folders.fine(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(full), node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(full)))
                    found.push(toWorkspacePath(workspace, full));
                else
                    others.push(full);
            for (const full of others) {
                const file = toWorkspacePath(workspace, full);
                const checked = await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .inspect */ .Nn)(file, workspace, await roots);
                if (checked.ok)
                    found.push(file);
                else if (!checked.missing && checked.reason !== 'it is a directory')
                    refused.add(`${file}: not read: ${checked.reason}.`);
            }
            return [...new Set(found)].sort();
        },
        open(file) {
            return streamInside(file, workspace, roots);
        },
        async read(file, maxBytes) {
            return (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readInside */ .xO)(file, workspace, await roots, maxBytes);
        },
        refused: () => [...refused]
    };
}
/** Folders the walk never enters: git's own, which holds the checkout token. */
const NEVER = ['**/.git/**'];
/**
 * The regular files matching the pattern (absolute paths), and the links and special files the
 * walk passed that match it too: tinyglobby leaves those out, so a readdir wrapper notes them.
 */
async function walk(workspace, pattern, exclude) {
    const passed = [];
    const noting = ((dir, options, done) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, options, (err, entries) => {
        for (const e of entries ?? [])
            if (!e.isFile() && !e.isDirectory())
                passed.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, dir, e.name));
        done(err, entries);
    }));
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([pattern], {
        cwd: workspace,
        ignore: [...exclude, ...NEVER],
        ..._model_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .GLOB_OPTIONS */ .gu,
        onlyFiles: true,
        absolute: true,
        expandDirectories: false,
        followSymbolicLinks: false,
        fs: { readdir: noting }
    });
    const matches = (full, glob) => (0,_model_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesGlob */ .kt)(node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(glob) ? full : node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, full).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/'), glob);
    const others = passed.filter((full) => matches(full, pattern) && !exclude.some((g) => matches(full, g)));
    return { files, others };
}
/** Whether a folder's real path is inside a root and outside .git, worked out once per folder. */
class FolderCheck {
    roots;
    known = new Map();
    constructor(roots) {
        this.roots = roots;
    }
    async fine(folder, name) {
        if (name.toLowerCase() === '.git')
            return false;
        let verdict = this.known.get(folder);
        if (!verdict)
            this.known.set(folder, (verdict = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(folder).then((real) => (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .isReadableFolder */ .Xj)(real, this.roots), () => false)));
        return verdict;
    }
}
async function* streamInside(file, workspace, roots) {
    const handle = await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .openInside */ .X$)(file, workspace, await roots);
    try {
        for await (const chunk of handle.createReadStream({ highWaterMark: 256 * 1024, autoClose: false }))
            yield chunk;
    }
    finally {
        await handle.close();
    }
}
function toWorkspacePath(workspace, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file));
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel))
        return file;
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}


/***/ }),

/***/ 15974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ patternOutside),
/* harmony export */   Mi: () => (/* binding */ readRoots),
/* harmony export */   Nn: () => (/* binding */ inspect),
/* harmony export */   X$: () => (/* binding */ openInside),
/* harmony export */   Xj: () => (/* binding */ isReadableFolder),
/* harmony export */   pV: () => (/* binding */ bytesText),
/* harmony export */   xO: () => (/* binding */ readInside)
/* harmony export */ });
/* unused harmony exports RefusedFile, patternRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Where a file we read from a pull request's checkout may live. A PR can commit a report path as a
 * symbolic link to `.git/config` (which holds the checkout token's extraheader) or to a dotenv file
 * outside the workspace; we post what we read. So a file is read only when it is a regular file
 * whose real path lies inside one of the roots (the workspace, GITHUB_WORKSPACE, RUNNER_TEMP) and
 * not inside any `.git` directory. It is opened by that real path without following a last
 * symbolic link, and the opened file must be the very file that was checked (same device and
 * inode), so swapping it between the check and the open does not work either.
 *
 * A path you name yourself (a CLI argument, an action input such as `config`) that lies outside
 * the roots is read as named: a pull request cannot put anything there, and `parse /tmp/x.xml`
 * should work. It still must be a regular file outside any `.git` directory. Globs (report
 * patterns, which a PR's config can set) never reach outside the roots.
 *
 * Not covered: hard links (git cannot commit them; code that runs in the job can read the token
 * anyway).
 */
/** A file we will not open, with the reason as a phrase: "it is a symbolic link to …". */
class RefusedFile extends Error {
    code = 'EREFUSED';
}
/**
 * The folders files may be read from: the workspace, GITHUB_WORKSPACE and RUNNER_TEMP, each as
 * given and as its real path (they differ when a parent folder is a link, e.g. /tmp on macOS).
 */
async function readRoots(workspace, env = process.env) {
    const candidates = [workspace, env.GITHUB_WORKSPACE, env.RUNNER_TEMP].filter((d) => !!d);
    const roots = [];
    for (const dir of candidates) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir)).catch(() => undefined);
        if (!real)
            continue;
        for (const form of [node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir), real])
            if (!roots.includes(form))
                roots.push(form);
    }
    return roots;
}
/**
 * Whether `file` (relative to `base`) may be read, and if not, why; never opens it. `named`: the
 * user named this path (see the module comment); glob matches are not named.
 */
async function inspect(file, base, roots, named = false) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, file);
    let link;
    try {
        link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
    }
    catch (err) {
        const code = err.code;
        return { ok: false, reason: code === 'ENOENT' ? 'the file does not exist' : err.message, missing: code === 'ENOENT' };
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full).catch(() => undefined);
    if (real === undefined)
        return { ok: false, reason: 'it is a symbolic link to nothing' };
    const viaLink = link.isSymbolicLink() ? 'it is a symbolic link to a file' : undefined;
    const root = roots.find((r) => isInside(real, r));
    const outsideAsNamed = named && !roots.some((r) => isInside(full, r));
    if (!root && !outsideAsNamed)
        return { ok: false, reason: viaLink ? `${viaLink} outside the workspace` : 'it is outside the workspace' };
    if (inGitDir(root ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, real) : real))
        return { ok: false, reason: viaLink ? `${viaLink} inside a .git directory` : 'it is inside a .git directory' };
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    if (!target.isFile())
        return { ok: false, reason: target.isDirectory() ? 'it is a directory' : `it is not a regular file (${kindOf(target)})` };
    return { ok: true, real, stat: target };
}
/** Opens a file that `inspect` allows, or throws RefusedFile / the fs error. The caller closes it. */
async function openInside(file, base, roots) {
    // Files are opened by name: glob matches were inspected (without `named`) when they were found.
    const checked = await inspect(file, base, roots, true);
    if (!checked.ok) {
        if (checked.missing)
            throw Object.assign(new Error(checked.reason), { code: 'ENOENT' });
        throw new RefusedFile(`${checked.reason}; not opened`);
    }
    // O_NONBLOCK: should a FIFO appear here after the check, opening it must not wait for a writer.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(checked.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const opened = await handle.stat();
        if (!opened.isFile() || opened.ino !== checked.stat.ino || opened.dev !== checked.stat.dev)
            throw new RefusedFile('it changed while it was being opened; not read');
        return handle;
    }
    catch (err) {
        await handle.close();
        throw err;
    }
}
/**
 * A whole small file (a config, a tests list, canary samples) under the same rules, at most
 * `maxBytes`; a bigger file is refused with the bound named.
 */
async function readInside(file, base, roots, maxBytes) {
    const handle = await openInside(file, base, roots);
    try {
        const { size } = await handle.stat();
        if (size > maxBytes)
            throw new RefusedFile(`it is ${bytesText(size)}, over the ${bytesText(maxBytes)} this file may have`);
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * A glob's fixed leading folder ("reports" of "reports/**\/*.xml", "coverage" of
 * "coverage/lcov.info"), resolved against `base`. The last part is left out even when it is
 * plain, so a link there is judged (and named) as a file.
 */
function patternRoot(pattern, base) {
    const parts = pattern.split(/[\\/]/);
    const fixed = [];
    for (const part of parts.slice(0, -1)) {
        if (/[*?[\]{}!]/.test(part))
            break;
        fixed.push(part);
    }
    const joined = fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, joined);
}
/** Whether the fixed part of a glob can only match outside every root (checked on real paths). */
async function patternOutside(pattern, base, roots) {
    let dir = patternRoot(pattern, base);
    // The deepest folder that exists stands for the pattern (a missing one matches nothing anyway).
    for (;;) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir).catch(() => undefined);
        if (real)
            return !roots.some((r) => isInside(real, r) || isInside(r, real));
        const up = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
        if (up === dir)
            return true;
        dir = up;
    }
}
/** Whether files directly in this (real) folder may be read: it is inside a root and not in .git. */
function isReadableFolder(real, roots) {
    const root = roots.find((r) => isInside(real, r));
    return root !== undefined && !inGitDir(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, real));
}
function isInside(file, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
function inGitDir(relative) {
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).some((part) => part.toLowerCase() === '.git');
}
function kindOf(s) {
    if (s.isFIFO())
        return 'a FIFO';
    if (s.isCharacterDevice() || s.isBlockDevice())
        return 'a device';
    if (s.isSocket())
        return 'a socket';
    return 'not a file';
}
/** "512 bytes", "3.5 KiB", "64 MiB", "65.2 MiB". */
function bytesText(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / (1024 * 1024), 'MiB'];
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}


/***/ })

};
