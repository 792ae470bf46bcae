export const id = 486;
export const ids = [486];
export const modules = {

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES)
/* harmony export */ });
/* unused harmony exports GATE_ACTIONS, configJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);

/**
 * The config file schema (`.github/pipeline-gates.yml`). The committed JSON Schema in
 * `schema/pipeline-gates.schema.json` is generated from this (`npm run schema`) for editor
 * completion; a test keeps the two equal.
 */
const GATE_ACTIONS = ['block', 'warn'];
const COMMENT_MODES = ['always', 'off'];
const globs = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1)])
    .transform((v) => (typeof v === 'string' ? [v] : v));
const testsGate = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    action: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(GATE_ACTIONS).default('block').describe('block fails the run; warn only reports'),
    'min-tests': zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0).default(1).describe('Fewest tests that must run (skipped ones do not count)'),
    'max-failures': zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0).default(0).describe('Most failed or errored tests allowed')
})
    .describe('The tests gate: failures, errors and a minimum test count');
const configSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit')
        .default('default')
        .describe('Names this configuration: keeps the comment marker, check name and history apart'),
    'check-name': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(100).optional().describe('Name of the check run (default "Pipeline Gates", plus the id when not "default")'),
    reports: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ junit: globs.optional().describe('Glob(s) of JUnit XML files') })
        .prefault({})
        .describe('Where the reports are'),
    gates: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ tests: testsGate.prefault({}) }).prefault({}),
    comment: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(COMMENT_MODES).default('always').describe('When to post the sticky PR comment') })
        .prefault({}),
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ 'max-runs': zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).max(500).default(30).describe('Runs kept in the history document') })
        .prefault({})
})
    .meta({ title: 'Pipeline Gates configuration', $id: 'https://pipeline-gates.dev/schema/pipeline-gates.schema.json' });
function configJsonSchema() {
    return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* unused harmony export defaultCheckName */
function resolveSettings(config, o) {
    const tests = config.gates.tests;
    return {
        configId: config.id,
        junitPatterns: o.junit ?? config.reports.junit ?? [],
        tests: {
            action: tests.action,
            minTests: o.minTests ?? tests['min-tests'],
            maxFailures: o.maxFailures ?? tests['max-failures']
        },
        maxRuns: config.history['max-runs'],
        checkName: o.checkName ?? config['check-name'] ?? defaultCheckName(config.id),
        commentMode: o.commentMode ?? config.comment.mode
    };
}
/** Stable, so it can be made a required status check; the id keeps several configs apart. */
function defaultCheckName(configId) {
    return configId === 'default' ? 'Pipeline Gates' : `Pipeline Gates (${configId})`;
}


/***/ }),

/***/ 8042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runGateJob)
});

// EXTERNAL MODULE: ./src/model/problems.ts
var model_problems = __webpack_require__(9437);
;// CONCATENATED MODULE: ./src/gates/reports-gate.ts

/**
 * A report we could not read is a failure of its own: silently skipping it could hide the very
 * failures it holds. Other reports are still read and gated.
 */
function evaluateReportsGate(problems) {
    const base = { gate: 'reports', action: 'block', metric: 'unreadable reports', comparator: '==', threshold: 0 };
    if (problems.length === 0) {
        return { ...base, status: 'passed', actual: 0, message: 'All reports were read.', suggestions: [] };
    }
    const files = new Set(problems.map((p) => p.file));
    return {
        ...base,
        status: 'failed',
        actual: files.size,
        message: `${files.size} ${files.size === 1 ? 'report' : 'reports'} could not be read: ${problems.slice(0, 3).map(model_problems/* formatProblem */.V).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`,
        suggestions: ['Check that the test run finished writing the file (a crashed runner leaves truncated XML).']
    };
}

// EXTERNAL MODULE: ./src/model/tests.ts
var tests = __webpack_require__(4700);
;// CONCATENATED MODULE: ./src/gates/tests-gate.ts

/**
 * Fails when more tests failed or errored than allowed, or when fewer than `minTests` ran. "No
 * tests" is a failure by default (minTests 1) because a broken glob looks exactly like a green run.
 */
function evaluateTestsGate(input, options) {
    const { counts } = input;
    const ran = (0,tests/* ranCount */.f$)(counts);
    const broken = counts.failed + counts.errors;
    const base = { gate: 'tests', action: options.action };
    if (ran < options.minTests) {
        return {
            ...base,
            status: failStatus(options.action),
            metric: 'tests run',
            comparator: '>=',
            threshold: options.minTests,
            actual: ran,
            message: tooFewMessage(input, ran, options.minTests),
            suggestions: tooFewSuggestions(input)
        };
    }
    const ok = broken <= options.maxFailures;
    return {
        ...base,
        status: ok ? 'passed' : failStatus(options.action),
        metric: 'failed tests',
        comparator: '<=',
        threshold: options.maxFailures,
        actual: broken,
        message: ok ? passMessage(counts) : failMessage(counts, options.maxFailures),
        suggestions: ok ? [] : ['Fix the failing tests listed below, or raise gates.tests.max-failures if they are known.']
    };
}
function failStatus(action) {
    return action === 'block' ? 'failed' : 'warning';
}
function tooFewMessage(input, ran, min) {
    const searched = input.patterns.filter((p) => !p.startsWith('!'));
    if (searched.length === 0)
        return 'No test results were given: set the junit input or reports.junit in the config.';
    if (ran === 0 && input.unmatchedPatterns.length === searched.length) {
        return `No test results: ${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files.`;
    }
    const unmatched = input.unmatchedPatterns.length ? ` (${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files)` : '';
    return `${ran} ${ran === 1 ? 'test' : 'tests'} ran; at least ${min} required${unmatched}.`;
}
function tooFewSuggestions(input) {
    const out = ['Check that the test step wrote its report before this step, and that the path is relative to the workspace.'];
    if (input.unmatchedPatterns.length)
        out.push('If no tests is expected here, set gates.tests.min-tests: 0 (or the `min-tests` input).');
    return out;
}
function passMessage(c) {
    const skipped = c.skipped ? `, ${c.skipped} skipped` : '';
    const broken = c.failed + c.errors;
    return broken ? `${c.passed} passed, ${broken} failed (within the allowance)${skipped}.` : `${c.passed} passed${skipped}.`;
}
function failMessage(c, max) {
    const parts = [`${c.failed} failed`];
    if (c.errors)
        parts.push(`${c.errors} errored`);
    const allowance = max ? ` (at most ${max} allowed)` : '';
    return `${parts.join(', ')} of ${c.total} tests${allowance}.`;
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/ingest/xml-stream.ts

/** Thrown inside a handler to stop the parse: the message becomes a located problem. */
class XmlContentError extends Error {
}
/**
 * Feeds chunks to saxes without ever holding the whole document. saxes does not read external
 * entities or expand DTD-declared ones (an undeclared entity is a well-formedness error), so XXE and
 * billion-laughs documents are inert.
 */
async function streamXml(file, chunks, handlers) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    let problem;
    let sawRoot = false;
    const fail = (message) => {
        problem ??= { file, line: parser.line, column: parser.column, message };
    };
    // saxes handles a mismatched close tag by first emitting close events for the elements it pops,
    // then the error, at the same position. So close events wait until the parser has moved on: an
    // error at their position drops them. After the first error nothing more is delivered.
    let pending = [];
    let pendingAt = -1;
    const flush = () => {
        if (pendingAt === parser.position)
            return;
        const tags = pending;
        pending = [];
        for (const tag of tags)
            if (!problem)
                guard(() => handlers.close(tag), fail);
    };
    parser.on('error', (err) => {
        if (pendingAt === parser.position)
            pending = [];
        else
            flush();
        fail(stripPosition(err.message));
    });
    parser.on('opentag', (tag) => {
        sawRoot = true;
        flush();
        if (!problem)
            guard(() => handlers.open(tag), fail);
    });
    parser.on('closetag', (tag) => {
        flush();
        pending.push(tag);
        pendingAt = parser.position;
    });
    parser.on('text', (t) => {
        flush();
        if (!problem)
            handlers.text(t);
    });
    parser.on('cdata', (t) => {
        flush();
        if (!problem)
            handlers.text(t);
    });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let first = true;
    for await (const chunk of chunks) {
        let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        if (first && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        first = false;
        parser.write(text);
        if (problem)
            return { problem, sawRoot };
    }
    parser.write(decoder.decode());
    // Everything read so far is real: deliver it before close() reports what is missing at the end.
    pendingAt = -1;
    flush();
    if (!problem && !sawRoot)
        return { problem: { file, message: 'no XML element found: the file is empty or was cut off' }, sawRoot };
    if (!problem)
        parser.close();
    return { problem, sawRoot };
}
function guard(fn, fail) {
    try {
        fn();
    }
    catch (err) {
        if (err instanceof XmlContentError)
            fail(err.message);
        else
            throw err;
    }
}
/** saxes prefixes "line:column: " itself; we carry the position as fields instead. */
function stripPosition(message) {
    return message.replace(/^\d+:\d+: /, '');
}

// EXTERNAL MODULE: ./src/ingest/text.ts
var ingest_text = __webpack_require__(2061);
;// CONCATENATED MODULE: ./src/ingest/junit.ts


/** Keep failure bodies bounded: a 2 MB stack trace must not ride along into every renderer. */
const MAX_DETAILS = 64 * 1024;
const OUTCOME = { failure: 'failed', error: 'error', skipped: 'skipped' };
/** Reads JUnit XML (testsuites/testsuite/testcase with failure, error, skipped) as a stream. */
async function parseJUnit(file, chunks) {
    const cases = [];
    const suites = [];
    const stack = [];
    let current;
    let rootChecked = false;
    const result = await streamXml(file, chunks, {
        open(tag) {
            if (!rootChecked) {
                rootChecked = true;
                if (tag.name !== 'testsuites' && tag.name !== 'testsuite') {
                    throw new XmlContentError(`expected a JUnit <testsuites> or <testsuite> root element, found <${tag.name}>`);
                }
            }
            if (tag.name === 'testsuite')
                stack.push(openSuite(tag, stack));
            else if (tag.name === 'testcase')
                current = openCase(tag, stack);
            else if (current && Object.hasOwn(OUTCOME, tag.name))
                applyOutcome(current, tag);
        },
        close(tag) {
            if (tag.name === 'testsuite') {
                const s = stack.pop();
                if (s)
                    suites.push({ ...s, reportFile: file });
            }
            else if (tag.name === 'testcase' && current) {
                cases.push(finishCase(current, stack, file));
                current = undefined;
            }
            else if (current && Object.hasOwn(OUTCOME, tag.name))
                current.collecting = false;
        },
        text(t) {
            if (current?.collecting)
                current.details.append(t);
        }
    });
    const problems = result.problem ? [result.problem] : [];
    return { cases, suites, problems };
}
function openSuite(tag, stack) {
    const parent = stack[stack.length - 1];
    return {
        name: attr(tag, 'name') ?? parent?.name ?? '',
        file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? parent?.file,
        durationSeconds: parseSeconds(attr(tag, 'time'))
    };
}
function openCase(tag, stack) {
    const line = Number.parseInt(attr(tag, 'line') ?? '', 10);
    return {
        name: attr(tag, 'name') ?? '',
        classname: attr(tag, 'classname'),
        file: attr(tag, 'file') ?? stack[stack.length - 1]?.file,
        line: Number.isFinite(line) && line > 0 ? line : undefined,
        durationSeconds: parseSeconds(attr(tag, 'time')),
        status: 'passed',
        details: new ingest_text/* BoundedText */.FM(MAX_DETAILS),
        collecting: false
    };
}
/** error outranks failure outranks skipped, whatever order they appear in. */
function applyOutcome(draft, tag) {
    const status = OUTCOME[tag.name] ?? 'passed';
    if (rank(status) < rank(draft.status))
        return;
    if (rank(status) > rank(draft.status)) {
        draft.status = status;
        draft.message = firstLine(attr(tag, 'message'));
        draft.type = attr(tag, 'type');
        draft.details = new ingest_text/* BoundedText */.FM(MAX_DETAILS);
    }
    draft.collecting = true;
}
function rank(s) {
    return { passed: 0, skipped: 1, failed: 2, error: 3 }[s];
}
function finishCase(d, stack, reportFile) {
    const details = d.details.toString().trim();
    const message = d.message ?? firstLine(details) ?? d.type;
    return {
        suite: stack[stack.length - 1]?.name ?? '',
        name: d.name,
        ...(d.classname ? { classname: d.classname } : {}),
        status: d.status,
        durationSeconds: d.durationSeconds,
        ...(d.file ? { file: d.file } : {}),
        ...(d.line ? { line: d.line } : {}),
        ...(message ? { message } : {}),
        ...(details ? { details } : {}),
        reportFile
    };
}
function attr(tag, name) {
    const v = tag.attributes[name];
    return v === undefined || v === '' ? undefined : v;
}
/** "1,234.5" (thousands separators) reads as 1234.5; missing, negative or junk reads as 0. */
function parseSeconds(raw) {
    if (!raw)
        return 0;
    const n = Number(raw.replace(/,/g, '').trim());
    return Number.isFinite(n) && n > 0 ? n : 0;
}
function firstLine(s) {
    const line = s?.trim().split(/\r?\n/, 1)[0];
    return line ? line : undefined;
}

;// CONCATENATED MODULE: ./src/ingest/tests.ts

/** The registry: adding a format is one file and one line here, never a switch elsewhere. */
const TEST_FORMATS = [
    { id: 'junit', sniff: (head) => /<testsuites?[\s>/]/.test(head), parse: parseJUnit }
];
/** Reads every file; a file that cannot be read or parsed becomes a problem, the rest still count. */
async function readTestReport(files, open) {
    const out = { cases: [], suites: [], problems: [] };
    for (const file of files) {
        const part = await readOne(file, open);
        out.cases.push(...part.cases);
        out.suites.push(...part.suites);
        out.problems.push(...part.problems);
    }
    return out;
}
async function readOne(file, open) {
    try {
        const { head, chunks } = await peek(open(file));
        const format = TEST_FORMATS.find((f) => f.sniff(head)) ?? TEST_FORMATS[0];
        if (!format)
            throw new Error('no test formats registered');
        return await format.parse(file, chunks);
    }
    catch (err) {
        const code = err.code;
        const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : err.message;
        return { cases: [], suites: [], problems: [{ file, message: `could not be read: ${reason}` }] };
    }
}
/** Reads the first chunk for sniffing and hands back a stream that still starts at byte 0. */
async function peek(source) {
    const it = source[Symbol.asyncIterator]();
    const first = await it.next();
    const head = first.done ? '' : new TextDecoder().decode(first.value.subarray(0, 4096));
    async function* chunks() {
        if (!first.done)
            yield first.value;
        for (let r = await it.next(); !r.done; r = await it.next())
            yield r.value;
    }
    return { head, chunks: chunks() };
}

;// CONCATENATED MODULE: ./src/model/verdict.ts
/** The verdict is plain data: renderers, outputs and the exit code all derive from it. */
/** A gate that failed with action `block` fails the run; `warn` failures only warn. */
function concludeVerdict(gates) {
    const blocked = gates.some((g) => g.status === 'failed' && g.action === 'block');
    return { conclusion: blocked ? 'failure' : 'success', passed: !blocked, gates };
}

;// CONCATENATED MODULE: ./src/engine/gate-job.ts





/** Ingest → gates. Shared line for line by the Action and the CLI. */
async function runGateJob(settings, files, store) {
    const restoring = store ? store.restore() : Promise.resolve({ warnings: [] });
    const { matched, unmatched } = await resolvePatterns(settings.junitPatterns, files);
    const report = await readTestReport(matched, (f) => files.open(f));
    const restored = await restoring;
    const counts = (0,tests/* countTests */.tu)(report.cases);
    const gates = [
        evaluateTestsGate({ counts, patterns: settings.junitPatterns, unmatchedPatterns: unmatched }, settings.tests),
        ...(report.problems.length ? [evaluateReportsGate(report.problems)] : [])
    ];
    return {
        verdict: concludeVerdict(gates),
        cases: report.cases,
        suites: report.suites,
        counts,
        problems: report.problems,
        files: matched,
        unmatchedPatterns: unmatched,
        ...(restored.history ? { previous: restored.history } : {}),
        ...(restored.source ? { historySource: restored.source } : {}),
        warnings: restored.warnings
    };
}
async function resolvePatterns(patterns, files) {
    const matched = new Set();
    const unmatched = [];
    // "!pattern" lines exclude from every other pattern, as in actions/upload-artifact.
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const found = await files.find(pattern, exclude);
        if (found.length === 0)
            unmatched.push(pattern);
        for (const f of found)
            matched.add(f);
    }
    return { matched: [...matched], unmatched };
}


/***/ }),

/***/ 2861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ historyAfterRun)
/* harmony export */ });
/* harmony import */ var _history_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8363);
/* harmony import */ var _model_tests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4700);


/**
 * The history after this run, or why it must not be written: a run whose reports were unreadable
 * or empty has incomplete results, and recording it would poison timings and the last green SHA.
 */
function historyAfterRun(outcome, configId, run, now, maxRuns) {
    if (outcome.problems.length)
        return { save: false, reason: 'some reports could not be read, so the results are incomplete' };
    if (outcome.counts.total === 0)
        return { save: false, reason: 'no test results were read' };
    const tests = {};
    for (const c of outcome.cases)
        tests[(0,_model_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .testId */ .ec)(c)] = round(c.durationSeconds + (tests[(0,_model_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .testId */ .ec)(c)] ?? 0));
    const history = (0,_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRun */ .vj)(outcome.previous ?? (0,_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyHistory */ .s4)(configId), {
        run: { runId: run.runId, attempt: run.attempt, sha: run.sha, ref: run.ref, at: now.toISOString(), conclusion: outcome.verdict.conclusion, tests },
        runUrl: run.runUrl
    }, maxRuns);
    return { save: true, history };
}
/** Millisecond precision is all a timing needs, and it keeps the document small. */
function round(seconds) {
    return Math.round(seconds * 1000) / 1000;
}


/***/ }),

/***/ 8363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   s4: () => (/* binding */ emptyHistory),
/* harmony export */   vj: () => (/* binding */ recordRun)
/* harmony export */ });
/* unused harmony exports HISTORY_SCHEMA, HISTORY_VERSION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);

/**
 * The history document: one versioned JSON file per config id, bounded to the last N runs. It is
 * its own format (never parsed back out of markdown), validated on every read.
 */
const HISTORY_SCHEMA = 'pipeline-gates/history';
const HISTORY_VERSION = 1;
const historyRun = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['success', 'failure', 'neutral']),
    /** Seconds per test id (see `testId`). */
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative())
});
const historyDocument = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(HISTORY_SCHEMA),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(HISTORY_VERSION),
    configId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Oldest first. */
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(historyRun),
    lastGreen: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), runUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional()
});
function emptyHistory(configId) {
    return { schema: HISTORY_SCHEMA, version: HISTORY_VERSION, configId, runs: [] };
}
/** Accepts only our own document for this config; anything else is a reason, never an exception. */
function readHistory(json, configId) {
    const parsed = historyDocument.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        return { ok: false, reason: `not a Pipeline Gates history document (v${HISTORY_VERSION})${where}: ${issue?.message ?? 'invalid'}` };
    }
    if (parsed.data.configId !== configId) {
        return { ok: false, reason: `it belongs to config "${parsed.data.configId}", not "${configId}"` };
    }
    return { ok: true, history: parsed.data };
}
/** Appends a run (replacing an earlier attempt of the same run) and keeps the newest `maxRuns`. */
function recordRun(history, record, maxRuns) {
    const { run } = record;
    const runs = [...history.runs.filter((r) => r.runId !== run.runId), run].slice(-maxRuns);
    const lastGreen = run.conclusion === 'success' ? { sha: run.sha, runId: run.runId, runUrl: record.runUrl, at: run.at } : history.lastGreen;
    return { ...history, runs, ...(lastGreen ? { lastGreen } : {}) };
}


/***/ }),

/***/ 9987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ writeHistoryFile),
/* harmony export */   tG: () => (/* binding */ readHistoryFile),
/* harmony export */   vn: () => (/* binding */ LocalHistoryStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8363);



/**
 * Reads a history file from disk; a missing file is "no history", a bad one a warning. `label`
 * names where it came from in messages (the file, or the cache key it was restored from).
 */
async function readHistoryFile(file, configId, label = file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { warnings: [] };
        return { warnings: [`History ${label} could not be read (${err.message}); continuing without history.`] };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        return { warnings: [`History ${label} is not valid JSON (${err.message}); ignoring it.`] };
    }
    const read = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(json, configId);
    if (!read.ok)
        return { warnings: [`History ${label} was ignored: ${read.reason}.`] };
    return { history: read.history, warnings: [], source: label };
}
/** Writes through a temporary file and a rename, so a crash never leaves half a document. */
async function writeHistoryFile(file, history) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(history)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
}
/** History in a local folder: one `<config-id>.history.json` per config (CLI and tests). */
class LocalHistoryStore {
    configId;
    description;
    file;
    constructor(dir, configId) {
        this.configId = configId;
        this.file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${configId}.history.json`);
        this.description = `local folder ${dir}`;
    }
    restore() {
        return readHistoryFile(this.file, this.configId);
    }
    async save(history) {
        await writeHistoryFile(this.file, history);
        return { saved: true, detail: `written to ${this.file}` };
    }
}


/***/ }),

/***/ 2061:
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

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem)
/* harmony export */ });
function formatProblem(p) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
    return `${where}: ${p.message}`;
}


/***/ }),

/***/ 4700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ec: () => (/* binding */ testId),
/* harmony export */   f$: () => (/* binding */ ranCount),
/* harmony export */   tu: () => (/* binding */ countTests)
/* harmony export */ });
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

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ buildJsonReport)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
const REPORT_SCHEMA = 'pipeline-gates/report';
/** The machine-readable verdict: the `report` output points at this, and `--json` prints it. */
function buildJsonReport(outcome, configId, run = {}) {
    return {
        schema: REPORT_SCHEMA,
        version: 1,
        configId,
        conclusion: outcome.verdict.conclusion,
        passed: outcome.verdict.passed,
        gates: outcome.verdict.gates,
        tests: outcome.counts,
        failures: outcome.cases
            .filter((c) => c.status === 'failed' || c.status === 'error')
            .map(({ suite, name, classname, status, file, line, message, durationSeconds, reportFile }) => ({
            suite, name, classname, status, file, line, message, durationSeconds, reportFile
        })),
        problems: outcome.problems,
        inputs: { files: outcome.files, unmatchedPatterns: outcome.unmatchedPatterns },
        history: { source: outcome.historySource ?? null, runs: outcome.previous?.runs.length ?? 0 },
        warnings: outcome.warnings,
        run
    };
}


/***/ }),

/***/ 6518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown),
  b: () => (/* binding */ renderMarkdownBytes)
});

// EXTERNAL MODULE: ./src/ingest/text.ts
var ingest_text = __webpack_require__(2061);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Everything that comes from a report (test names, messages, paths) is untrusted text. These
 * helpers make it inert in GitHub-flavoured markdown: no HTML, no @mentions, no broken tables or
 * code fences. Renderers must pass every user-controlled string through one of them.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Inline text: HTML-escaped, markdown punctuation backslash-escaped, mentions defused. */
function inline(text) {
    return defuseMentions(text
        .replace(/[&<>]/g, (c) => HTML[c] ?? c)
        .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
        .replace(/\r?\n|\r/g, ' '));
}
/** A table cell: like inline text, and never longer than `max` characters of source text. */
function cell(text, max = 200) {
    const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return inline(short);
}
/**
 * A fenced code block that the content cannot close: the fence is longer than any backtick run
 * inside. Mentions in code are not linked by GitHub, so only the fence needs care.
 */
function codeBlock(text, lang = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}
/** Text inside an HTML element such as <summary>: only HTML escaping and mention defusing apply. */
function htmlText(text) {
    return defuseMentions(text.replace(/[&<>]/g, (c) => HTML[c] ?? c).replace(/\r?\n|\r/g, ' '));
}
/** A zero-width space after "@" stops GitHub from treating `@team` as a mention. */
function defuseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
/** An inline code span for identifiers such as file paths. */
function code(text) {
    const clean = text.replace(/\r?\n|\r/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/** A code span inside a table cell: GFM splits cells on "|" even inside code, unless escaped. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts


const STATUS_ICON = { passed: '✅', failed: '❌', warning: '⚠️', skipped: '⏭️' };
/** Failure bodies shown per test; the check run and the JSON report carry more. */
const DETAILS_PER_FAILURE = 3000;
/**
 * Renders the verdict as markdown within `budget` characters. When the full text does not fit it
 * degrades in steps: shorter failure bodies, then names only, then fewer failures, and says so.
 */
function renderMarkdown(outcome, ctx, budget) {
    const failures = outcome.cases.filter((c) => c.status === 'failed' || c.status === 'error');
    const steps = [
        { shown: failures.length, detail: DETAILS_PER_FAILURE },
        { shown: failures.length, detail: 500 },
        { shown: failures.length, detail: 0 }
    ];
    for (let shown = Math.min(failures.length, 200); shown > 0; shown = Math.floor(shown / 2))
        steps.push({ shown, detail: 0 });
    steps.push({ shown: 0, detail: 0 });
    for (const step of steps) {
        const text = compose(outcome, ctx, failures, step.shown, step.detail);
        if (text.length <= budget)
            return text;
    }
    return (0,ingest_text/* clipMiddle */.e9)(compose(outcome, ctx, failures, 0, 0), budget);
}
function compose(outcome, ctx, failures, shown, detail) {
    const parts = [heading(outcome, ctx), gatesTable(outcome.verdict.gates)];
    if (failures.length)
        parts.push(failureSection(failures, ctx, shown, detail));
    const notes = [...outcome.problems.map((p) => `Unreadable report ${code(p.file)}${p.line ? ` line ${p.line}` : ''}: ${inline(p.message)}`), ...outcome.warnings.map(inline)];
    if (notes.length)
        parts.push(`### Notes\n${notes.map((n) => `- ${n}`).join('\n')}`);
    parts.push(footer(outcome, ctx));
    return `${parts.join('\n\n')}\n`;
}
function heading(outcome, ctx) {
    const { verdict, counts } = outcome;
    const icon = verdict.passed ? (verdict.gates.some((g) => g.status === 'warning') ? '⚠️' : '✅') : '❌';
    const word = verdict.passed ? 'passed' : 'failed';
    const tests = `**${counts.total} ${counts.total === 1 ? 'test' : 'tests'}**: ${counts.passed} passed, ${counts.failed} failed${counts.errors ? `, ${counts.errors} errored` : ''}, ${counts.skipped} skipped`;
    const files = `${outcome.files.length} report ${outcome.files.length === 1 ? 'file' : 'files'}`;
    const sha = ctx.sha ? ` · commit ${code(ctx.sha.slice(0, 7))}` : '';
    return `## ${icon} ${inline(ctx.title)}: ${word}\n\n${tests} · ${files}${sha}`;
}
function gatesTable(gates) {
    const rows = gates.map((g) => [
        code(g.gate),
        `${STATUS_ICON[g.status]} ${g.status}${g.action === 'warn' && g.status !== 'passed' ? ' (warn only)' : ''}`,
        g.actual === null ? '—' : `${g.actual} ${cell(g.metric)}`,
        `${g.comparator} ${g.threshold}`,
        cell(g.message, 300)
    ]);
    return table(['Gate', 'Status', 'Actual', 'Threshold', 'Details'], rows);
}
function failureSection(failures, ctx, shown, detail) {
    const items = failures.slice(0, shown).map((c) => failureItem(c, ctx, detail));
    const more = failures.length - shown;
    const tail = more > 0 ? `\n\n…and ${more} more failed ${more === 1 ? 'test' : 'tests'} not shown here (see the check run annotations and the JSON report).` : '';
    return `### Failed tests (${failures.length})${items.length ? `\n\n${items.join('\n')}` : ''}${tail}`;
}
function failureItem(c, ctx, detail) {
    const name = [c.suite, c.name].filter(Boolean).join(' › ');
    const where = summary_location(c, ctx);
    const icon = c.status === 'error' ? '💥' : '❌';
    if (detail === 0)
        return `- ${icon} ${inline(name)}${where ? ` — ${where}` : ''}${c.message ? `: ${cell(c.message, 150)}` : ''}`;
    const body = (0,ingest_text/* clipMiddle */.e9)(c.details ?? c.message ?? '', detail);
    return `<details><summary>${icon} ${htmlText(name)}</summary>\n\n${where ? `${where}\n\n` : ''}${body ? codeBlock(body) : '(no message)'}\n\n</details>`;
}
function summary_location(c, ctx) {
    if (!c.file)
        return '';
    const label = code(c.line ? `${c.file}:${c.line}` : c.file);
    const segments = c.file.replace(/\\/g, '/').split('/');
    const relative = !c.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(c.file) && !segments.includes('..');
    if (!ctx.repoUrl || !ctx.sha || !relative)
        return label;
    // encodeURIComponent leaves ( and ) alone, and an unbalanced one would end the markdown link.
    const path = segments.map((s) => encodeURIComponent(s).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
    return `[${label}](${ctx.repoUrl}/blob/${ctx.sha}/${path}${c.line ? `#L${c.line}` : ''})`;
}
function footer(outcome, ctx) {
    const runs = outcome.previous?.runs.length ?? 0;
    const history = outcome.historySource
        ? `history: ${runs} earlier ${runs === 1 ? 'run' : 'runs'} from ${inline(outcome.historySource)}`
        : `history: ${ctx.historyStore ? `none yet in ${inline(ctx.historyStore)}` : 'off'}`;
    const bits = [history, ...(ctx.notes ?? []).map(inline)];
    if (ctx.runUrl)
        bits.push(`[workflow run](${ctx.runUrl})`);
    return `<sub>${bits.join(' · ')}</sub>`;
}
/** Like renderMarkdown, but the limit is in UTF-8 bytes (the job summary's 1 MiB is bytes). */
function renderMarkdownBytes(outcome, ctx, maxBytes) {
    for (let budget = maxBytes; budget >= 256; budget = Math.floor(budget * 0.8)) {
        const md = renderMarkdown(outcome, ctx, budget);
        if ((0,ingest_text/* byteLength */.dp)(md) <= maxBytes)
            return md;
    }
    return (0,ingest_text/* clipMiddleBytes */.rr)(renderMarkdown(outcome, ctx, maxBytes), maxBytes);
}


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  HT: () => (/* binding */ loadConfigFile)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/load.ts


/** The config when no file exists: every default. */
function defaultConfig() {
    return schema/* configSchema */.Qn.parse({});
}
/**
 * Parses and validates a config file's text. Every problem names the file, the line and column
 * of the offending key or value, the key path, and what is allowed there.
 */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            ok: false,
            problems: doc.errors.map((e) => ({
                file,
                ...position(lines, e.pos[0]),
                message: `invalid YAML: ${e.message.split('\n', 1)[0]}`
            }))
        };
    }
    const value = withoutNulls(doc.toJS() ?? {});
    const parsed = schema/* configSchema */.Qn.safeParse(value);
    if (parsed.success)
        return { ok: true, config: parsed.data };
    return { ok: false, problems: parsed.error.issues.map((i) => locateIssue(i, doc, lines, file)) };
}
function locateIssue(issue, doc, lines, file) {
    const path = issue.path.map(String);
    const offset = issue.code === 'unrecognized_keys' ? keyOffset(doc, path, issue.keys[0]) : valueOffset(doc, path);
    const key = path.length ? path.join('.') : '(top level)';
    return { file, ...position(lines, offset), message: `${key}: ${describeIssue(issue)}` };
}
/**
 * A key with nothing after it (`gates:` with every line below commented out) is YAML null; it
 * means "not set", so it takes the defaults instead of failing as "expected object".
 */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map(withoutNulls);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}
function describeIssue(issue) {
    switch (issue.code) {
        case 'unrecognized_keys':
            return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowedKeys(issue.path).join(', ')}`;
        case 'invalid_value':
            return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'invalid_type':
            return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}`;
        case 'too_small':
            return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`)
                : issue.origin === 'array' ? `must list at least ${String(issue.minimum)}` : `must be at least ${String(issue.minimum)}`;
        case 'too_big':
            return issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be at most ${String(issue.maximum)}`;
        case 'invalid_format':
            return issue.message;
        default:
            return issue.message;
    }
}
/** The keys the schema accepts at a path, for "allowed:" hints. */
function allowedKeys(path) {
    let node = schema/* configSchema */.Qn;
    for (const key of path) {
        const shape = objectShape(node);
        node = shape?.[String(key)];
    }
    return Object.keys(objectShape(node) ?? {}).filter((k) => k !== '$schema');
}
function objectShape(schema) {
    let s = schema;
    // Unwrap defaults, optionals and transforms until the object itself.
    for (let i = 0; i < 8 && s?.def && s.def.type !== 'object'; i++) {
        s = (s.def.innerType ?? s.def.in);
    }
    return s?.def?.type === 'object' ? s.def.shape : undefined;
}
function valueOffset(doc, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return node.range[0];
    }
    return undefined;
}
function keyOffset(doc, path, key) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if ((0,dist/* isMap */.jh)(parent)) {
        for (const pair of parent.items) {
            if ((0,dist/* isNode */.Ll)(pair.key) && String(pair.key.value) === key)
                return pair.key.range?.[0];
        }
    }
    return valueOffset(doc, path);
}
function position(lines, offset) {
    if (offset === undefined)
        return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}

;// CONCATENATED MODULE: ./src/shell/config-file.ts


const DEFAULT_CONFIG_PATH = '.github/pipeline-gates.yml';
/** A user mistake that stops the run before any gate: config, inputs or arguments. */
class UsageError extends Error {
    problems;
    constructor(message, problems = []) {
        super(message);
        this.problems = problems;
        this.name = 'UsageError';
    }
}
/**
 * Loads the config file. The default path may be absent (defaults apply); a path the user named
 * must exist. Invalid content throws a UsageError listing every located problem.
 */
async function loadConfigFile(path) {
    const file = path ?? DEFAULT_CONFIG_PATH;
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' && path === undefined)
            return defaultConfig();
        throw new UsageError(`Config file ${file} could not be read: ${code === 'ENOENT' ? 'it does not exist' : err.message}.`);
    }
    const parsed = parseConfig(text, file);
    if (parsed.ok)
        return parsed.config;
    const n = parsed.problems.length;
    throw new UsageError(`Config file ${file} has ${n} ${n === 1 ? 'problem' : 'problems'}.`, parsed.problems);
}


/***/ }),

/***/ 3920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ toWorkspacePath),
/* harmony export */   I: () => (/* binding */ reportFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The real file system for the engine. Patterns are globs relative to the workspace (`**`, `{a,b}`),
 * and a pattern starting with `!` excludes. Paths inside the workspace come back
 * workspace-relative, so reports, annotations and links all speak repo paths.
 */
function reportFiles(workspace) {
    return {
        async find(pattern, exclude) {
            const found = [];
            for await (const entry of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.glob)(pattern, { cwd: workspace, exclude: [...exclude], withFileTypes: true })) {
                if (entry.isFile() || entry.isSymbolicLink())
                    found.push(toWorkspacePath(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(entry.parentPath, entry.name)));
            }
            return found.sort();
        },
        open(file) {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file), { highWaterMark: 256 * 1024 });
        }
    };
}
function toWorkspacePath(workspace, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file));
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel))
        return file;
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}


/***/ })

};
