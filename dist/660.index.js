export const id = 660;
export const ids = [660];
export const modules = {

/***/ 87472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S7: () => (/* binding */ canarySchema),
/* harmony export */   yN: () => (/* binding */ parseScore)
/* harmony export */ });
/* unused harmony exports CANARY_DIRECTIONS, canaryMetricSchema, defaultCanaryConfig */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63315);


/**
 * The `canary:` section of `.github/pipeline-gates.yml`: which metrics decide a canary, how, and
 * the score thresholds. Written like src/config/schema.ts (strict objects, a description on every
 * field); it is part of the main schema, so the config loader reads, locates and explains it.
 *
 *   canary:
 *     metrics:
 *       latency_p99: { direction: increase-is-bad, allowed-change: 0.1, critical: true }
 *       error_rate:  { direction: increase-is-bad, allowed-change: 0.5, critical: true, weight: 2 }
 *       throughput:  { direction: decrease-is-bad, query: 'job:http_requests:rate1m{job="checkout"}' }
 *     thresholds: { pass: 95, marginal: 75 }
 *     max-nodata: 0.5
 */
const CANARY_DIRECTIONS = ['increase-is-bad', 'decrease-is-bad'];
const query = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .superRefine((text, ctx) => {
    const parsed = (0,_selector_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSelector */ .P)(text);
    if (!parsed.ok)
        ctx.addIssue({ code: 'custom', message: parsed.error });
})
    .describe('A PromQL series selector that picks this metric\'s series from Prometheus files, e.g. \'http_requests_total{code=~"5.."}\' or \'{quantile="0.99"}\'');
const canaryMetricSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(CANARY_DIRECTIONS).describe('increase-is-bad for latency, errors, CPU; decrease-is-bad for throughput, success rate'),
    'allowed-change': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .min(0)
        .lt(1)
        .default(0.1)
        .describe('Relative change tolerated in the bad direction before the metric fails, as a fraction (0.1 = 10%)'),
    critical: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('A critical metric that fails (or has no data) scores the canary 0: rollback'),
    weight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).default(1).describe('Share of the score this metric carries, relative to the other metrics'),
    query: query.optional()
})
    .describe('How one metric is judged');
const percent = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100);
const thresholds = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    pass: percent.default(95).describe('Score (0–100) at or above which the canary is promoted'),
    marginal: percent.default(75).describe('Score at or above which the canary is held for a longer look; below it, rollback')
})
    .refine((t) => t.marginal < t.pass, { path: ['marginal'], message: 'must be below thresholds.pass (the band between them is hold)' })
    .prefault({})
    .describe('Score thresholds: promote ≥ pass > hold ≥ marginal > rollback');
const canarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), canaryMetricSchema)
        .default({})
        .describe('Metric name → how it is judged. Without metrics, every metric in the files is judged with its file direction (or increase-is-bad)'),
    thresholds,
    'max-nodata': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .min(0)
        .max(1)
        .default(0.5)
        .describe('Largest share of the total weight that may have no data; more scores the canary 0 (rollback)')
})
    .prefault({})
    .describe('Canary analysis: compare canary and baseline metric samples and decide promote, hold or rollback');
/** Every default: no configured metrics, thresholds 95/75, max-nodata 0.5. */
function defaultCanaryConfig() {
    return canarySchema.parse(undefined);
}
/** A threshold written as text (a flag or an input): a number from 0 to 100, else undefined. */
function parseScore(raw) {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}


/***/ }),

/***/ 63315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSelector),
/* harmony export */   d: () => (/* binding */ describeSeries)
/* harmony export */ });
/**
 * PromQL series selectors (`http_requests_total{code=~"5..",job="api"}`), used by a canary metric's
 * `query:` to pick series out of a saved Prometheus response. Only the selector is read, not
 * PromQL: the query that produced the file ran in Prometheus; here we only choose among its series.
 *
 * Semantics are Prometheus's: the name matches `__name__`; `=`, `!=`, `=~`, `!~`; a regex is
 * anchored at both ends; a label the series lacks has the value "" (so `{env=""}` matches series
 * without `env`). Regexes run as JavaScript regexes, which agree with RE2 on the usual patterns.
 */
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const OP = /^(=~|!~|!=|=)/;
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };
function parseSelector(text) {
    const fail = (at, what) => ({
        ok: false,
        error: `not a series selector at character ${at + 1} of ${JSON.stringify(text)}: ${what} (e.g. http_requests_total{code=~"5..", job="api"})`
    });
    let i = skip(text, 0);
    const matchers = [];
    const name = NAME.exec(text.slice(i))?.[0];
    if (name) {
        matchers.push({ label: '__name__', op: '=', value: name });
        i = skip(text, i + name.length);
    }
    if (text[i] === '{') {
        i = skip(text, i + 1);
        while (text[i] !== '}') {
            const label = LABEL.exec(text.slice(i))?.[0];
            if (!label)
                return fail(i, i >= text.length ? 'expected "}"' : 'expected a label name');
            i = skip(text, i + label.length);
            const op = OP.exec(text.slice(i))?.[0];
            if (!op)
                return fail(i, `expected =, !=, =~ or !~ after ${label}`);
            i = skip(text, i + op.length);
            const str = readString(text, i);
            if (!str)
                return fail(i, 'expected a quoted value');
            matchers.push({ label, op, value: str.value });
            i = skip(text, str.end);
            if (text[i] === ',')
                i = skip(text, i + 1);
            else if (text[i] !== '}')
                return fail(i, 'expected "," or "}"');
        }
        i = skip(text, i + 1);
    }
    else if (!name)
        return fail(i, 'expected a metric name or "{"');
    if (i < text.length)
        return fail(i, 'unexpected text after the selector');
    const tests = [];
    for (const m of matchers) {
        const compiled = compile(m);
        if (typeof compiled === 'string')
            return { ok: false, error: `${JSON.stringify(text)}: ${compiled}` };
        tests.push(compiled);
    }
    return { ok: true, selector: { text, matchers, test: (labels) => tests.every((t) => t(labels)) } };
}
function compile(m) {
    const get = (labels) => (Object.hasOwn(labels, m.label) ? labels[m.label] : '');
    if (m.op === '=')
        return (labels) => get(labels) === m.value;
    if (m.op === '!=')
        return (labels) => get(labels) !== m.value;
    let re;
    try {
        re = new RegExp(`^(?:${m.value})$`, 's');
    }
    catch (err) {
        return `the regex for ${m.label} is invalid: ${err.message}`;
    }
    return m.op === '=~' ? (labels) => re.test(get(labels)) : (labels) => !re.test(get(labels));
}
function skip(text, i) {
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return i;
}
/** A "…", '…' or `…` string with Go escapes (backquotes are raw); undefined when unterminated. */
function readString(text, start) {
    const quote = text[start];
    if (quote !== '"' && quote !== "'" && quote !== '`')
        return undefined;
    let value = '';
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (c === quote)
            return { value, end: i + 1 };
        if (c === '\\' && quote !== '`' && i + 1 < text.length) {
            const next = text[++i];
            value += ESCAPES[next] ?? `\\${next}`; // keep regex escapes such as \. and \d intact
        }
        else
            value += c;
    }
    return undefined;
}
/** `name{a="x", b="y"}` with sorted labels: how a series is named when nothing else names it. */
function describeSeries(labels) {
    const name = labels.__name__ ?? '';
    const rest = Object.keys(labels)
        .filter((k) => k !== '__name__')
        .sort()
        .map((k) => `${k}=${JSON.stringify(labels[k])}`);
    return rest.length || !name ? `${name}{${rest.join(', ')}}` : name;
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ CONTAINER_EXCLUDE),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES)
/* harmony export */ });
/* unused harmony exports GATE_ACTIONS, PRESETS, CONTAINER_RULES, configJsonSchema */
/* harmony import */ var _canary_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87472);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16486);



/**
 * The config file schema (`.github/pipeline-gates.yml`). The committed JSON Schema in
 * `schema/pipeline-gates.schema.json` is generated from this (`npm run schema`) for editor
 * completion; a test keeps the two equal.
 */
const GATE_ACTIONS = ['block', 'warn', 'require-approval'];
const COMMENT_MODES = ['always', 'changes', 'failures', 'off'];
const PRESETS = ['strict'];
const globs = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)])
    .transform((v) => (typeof v === 'string' ? [v] : v));
const action = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(GATE_ACTIONS).describe('block fails the run; warn only reports; require-approval blocks until the PR has an approving review or an approval label');
const exceptions = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]).describe('PR labels that waive this gate, e.g. hotfix'),
    keywords: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]).describe('Words in the PR body that waive this gate, e.g. #trivial')
})
    .describe('What waives this gate on a pull request; the report shows the waiver and what caused it');
const gateCommon = { action: action.optional(), exceptions: exceptions.optional() };
const percent = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100);
const percentOrAuto = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([percent, zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('auto')]);
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0);
const testsGate = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...gateCommon,
    'min-tests': count.default(1).describe('Fewest tests that must run (skipped ones do not count)'),
    'max-failures': count.default(0).describe('Most failed or errored tests allowed'),
    flaky: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['warn', 'block', 'ignore']).default('warn').describe('What a test that failed and then passed on a retry does')
})
    .describe('The tests gate: failures, errors, a minimum test count, flaky tests');
const coverageGate = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...gateCommon,
    lines: percentOrAuto.optional().describe('Minimum line coverage in percent, or auto (the base branch value)'),
    branches: percentOrAuto.optional().describe('Minimum branch coverage in percent, or auto'),
    tolerance: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).default(0.1).describe('Percentage points an auto target or a drop may miss by'),
    patch: percent.optional().describe('Minimum coverage of the lines the pull request adds or changes'),
    'patch-min-lines': count.default(20).describe('Fewer coverable changed lines than this: patch coverage is not gated'),
    'max-drop': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).optional().describe('Most percentage points line coverage may fall below the base branch'),
    paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), percent).default({}).describe('Glob → minimum line coverage for the files it matches, e.g. "src/core/**": 90')
})
    .describe('Coverage: overall, patch (from the local git diff), drop versus base, per path');
const performanceGate = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...gateCommon,
    q: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1).default(0.01).describe('False discovery rate across the benchmarks of a run (Benjamini-Hochberg)'),
    'min-effect': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(10).default(0.03).describe('Smallest slowdown that counts, as a fraction (0.03 = 3%)'),
    'max-regression': zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(10)).default({}).describe('Benchmark name → the largest slowdown allowed (0.2 = 20%)'),
    limits: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]).describe('Absolute limits on benchmarks or metrics, e.g. "import wall time < 5s", "p99_latency < 10ms"'),
    'history-action': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['block', 'warn']).default('warn').describe('Action for verdicts from history (one value per run) rather than same-job A/B samples')
})
    .describe('Performance: same-job A/B comparison (or history), plus absolute limits');
const severityMax = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ critical: count.optional(), high: count.optional(), medium: count.optional(), low: count.optional() })
    .describe('Most findings allowed per security severity');
const levelMax = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ error: count.optional(), warning: count.optional(), note: count.optional() }).describe('Most findings allowed per SARIF level');
const securityGate = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...gateCommon,
    max: severityMax.default({}),
    'max-level': levelMax.default({}),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional().describe('Only findings from these tools (the SARIF driver name)'),
    'new-only': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Gate only findings the base branch did not have')
})
    .describe('Security and static analysis findings from SARIF');
const docsGate = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...gateCommon,
    when: globs.describe('When files matching these change…'),
    require: globs.describe('…a file matching these must change too (e.g. CHANGELOG.md)')
})
    .describe('Docs or changelog entry when source changes');
/** Dockerfiles under test fixtures are often bad on purpose. */
const CONTAINER_EXCLUDE = ['**/fixtures/**', '**/__fixtures__/**', '**/testdata/**'];
const CONTAINER_RULES = ['copy-before-install', 'manifest-with-sources', 'toolchain-in-final-image', 'install-without-cache', 'add-local-file', 'unpinned-base', 'no-dockerignore'];
const containerGate = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...gateCommon,
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).describe('false: no Dockerfile is read'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))
        .default([...CONTAINER_EXCLUDE])
        .describe('Globs of Dockerfiles not to read (default: test fixtures, which are often wrong on purpose)'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(CONTAINER_RULES)).default([]).describe('Container rules not to report, e.g. [unpinned-base]')
})
    .describe('Dockerfile layer order, cache mounts, multi-stage builds (on by default, action warn)');
const metricCondition = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('"<metric path> <op> <number>", e.g. "compliance.score >= 70"'),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ condition: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), ...gateCommon })
]);
const gates = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    tests: testsGate.prefault({}),
    coverage: coverageGate.optional(),
    performance: performanceGate.optional(),
    security: securityGate.optional(),
    secrets: securityGate.optional().describe('A second security gate, usually tools: [gitleaks] with max-level error: 0'),
    docs: docsGate.optional(),
    container: containerGate.optional(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(metricCondition).default([]).describe('Conditions on metrics, e.g. "compliance.score >= 70"')
})
    .prefault({});
const measure = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('A command to time (wall time and peak RSS), run without a shell'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('command').describe('Benchmark name prefix: "<name> wall time", "<name> peak RSS"'),
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).max(1000).default(10),
    warmup: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0).max(100).default(1),
    'base-dir': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('A checkout of the base commit: base and head run alternately (ABBA) in the same job')
})
    .describe('Measure a command as benchmarks (e.g. import time and memory)');
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit')
        .default('default')
        .describe('Names this configuration: keeps the comment marker, check name and history apart'),
    preset: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(PRESETS).optional().describe('strict: the five mandatory gates (see README); your own settings win'),
    'check-name': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100).optional().describe('Name of the check run (default "Pipeline Gates", plus the id when not "default")'),
    check: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        'max-annotations': zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0).max(50000).default(500).describe('Annotations sent to the check run at most (failures first, then warnings, then notices); the summary says how many were left out'),
        warnings: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'neutral'])
            .default('success')
            .describe('Conclusion of a check run whose gates only warned: success (with the warnings in its summary) or neutral')
    })
        .prefault({})
        .describe('The check run'),
    'fail-on-report-error': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Fail the step when the check run, comment or report artifact could not be delivered (by default that is a warning and the exit code follows the gates only)'),
    reports: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        junit: globs.optional().describe('Glob(s) of test reports: JUnit XML, TRX, NUnit 2/3 or xUnit.net v2 (detected from content)'),
        coverage: globs.optional().describe('Glob(s) of coverage reports (lcov, Cobertura, JaCoCo, Clover, istanbul, Go); several merge'),
        sarif: globs.optional().describe('Glob(s) of SARIF files'),
        metrics: globs.optional().describe('Glob(s) of metrics JSON files'),
        benchmarks: globs.optional().describe('Glob(s) of benchmark results of this commit (any supported tool)'),
        'benchmarks-base': globs.optional().describe('Glob(s) of benchmark results of the base commit from the same job (A/B)'),
        formats: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_IDS */ .J))
            .default({})
            .describe('Glob → format id, for files whose format should not be detected from their content')
    })
        .prefault({})
        .describe('Where the reports are'),
    measure: measure.optional(),
    gates,
    approval: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]).describe('PR labels that approve every require-approval gate (an approving review does too)')
    })
        .prefault({})
        .describe('What satisfies gates with action require-approval'),
    comment: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(COMMENT_MODES)
            .default('always')
            .describe('When to post the sticky PR comment: always; changes (only when the results differ from the existing comment); failures (only when the run fails, but an existing comment is always updated); off')
    })
        .prefault({}),
    canary: _canary_config_js__WEBPACK_IMPORTED_MODULE_0__/* .canarySchema */ .S7,
    pipeline: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        logs: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).describe("Read the run's job logs for cache restores and saves (the gate job needs permissions: actions: read)"),
        'max-jobs': zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0).max(500).default(50).describe('Job logs read at most; the report names the jobs left out'),
        'max-log-mb': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).max(200).default(8).describe('Megabytes read of each job log, from its start'),
        'cache-limit-gb': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).max(100000).default(10).describe("The repository's Actions cache limit in GB (10 unless raised); near it, entries are evicted before reuse"),
        'max-dockerfiles': zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0).max(1000).default(50).describe('Dockerfiles read at most (all of them on a push, the changed ones on a pull request)')
    })
        .prefault({})
        .describe("What the gate job reads about the run itself: job logs, the repository's cache usage, Dockerfiles"),
    history: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ 'max-runs': zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).max(500).default(30).describe('Runs kept in the history document') })
        .prefault({})
})
    .meta({ title: 'Pipeline Gates configuration', $id: 'https://pipeline-gates.dev/schema/pipeline-gates.schema.json' });
function configJsonSchema() {
    return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
}


/***/ }),

/***/ 20796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ evaluateMetricGates),
/* harmony export */   t: () => (/* binding */ parseMetricCondition)
/* harmony export */ });
/* harmony import */ var _model_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47088);

const OPERATORS = '< <= > >= == !=';
const CONDITION = /^(.*\S)\s*(<=|>=|==|!=|<|>)\s*(.*)$/;
const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$/;
/** Factor to the base unit. Decimal prefixes are powers of 1000 (GB), binary ones of 1024 (GiB). */
const UNITS = {
    ns: { base: 's', factor: 1e-9 }, us: { base: 's', factor: 1e-6 }, 'µs': { base: 's', factor: 1e-6 }, 'μs': { base: 's', factor: 1e-6 },
    ms: { base: 's', factor: 1e-3 }, s: { base: 's', factor: 1 }, sec: { base: 's', factor: 1 }, min: { base: 's', factor: 60 }, h: { base: 's', factor: 3600 },
    B: { base: 'B', factor: 1 }, kB: { base: 'B', factor: 1e3 }, KB: { base: 'B', factor: 1e3 }, MB: { base: 'B', factor: 1e6 }, GB: { base: 'B', factor: 1e9 }, TB: { base: 'B', factor: 1e12 },
    KiB: { base: 'B', factor: 1024 }, MiB: { base: 'B', factor: 1024 ** 2 }, GiB: { base: 'B', factor: 1024 ** 3 }, TiB: { base: 'B', factor: 1024 ** 4 },
    '/s': { base: '1/s', factor: 1 }, '1/s': { base: '1/s', factor: 1 }, 'ops/s': { base: '1/s', factor: 1 }, 'ops/sec': { base: '1/s', factor: 1 }, Hz: { base: '1/s', factor: 1 },
    'B/s': { base: 'B/s', factor: 1 }, 'kB/s': { base: 'B/s', factor: 1e3 }, 'KB/s': { base: 'B/s', factor: 1e3 }, 'MB/s': { base: 'B/s', factor: 1e6 }, 'GB/s': { base: 'B/s', factor: 1e9 },
    'KiB/s': { base: 'B/s', factor: 1024 }, 'MiB/s': { base: 'B/s', factor: 1024 ** 2 }, 'GiB/s': { base: 'B/s', factor: 1024 ** 3 },
    '%': { base: 'ratio', factor: 0.01 }
};
/** `"compliance.score >= 70"`, `"import wall time < 5s"`; the operator is the last one in the text. */
function parseMetricCondition(text) {
    const t = text.trim();
    const example = 'expected "<metric or benchmark> <operator> <number>", e.g. "compliance.score >= 70"';
    if (!t)
        return { ok: false, error: `empty condition: ${example}` };
    const m = CONDITION.exec(t);
    if (!m) {
        const single = /(^|[^<>=!])=($|[^=])/.test(t) ? ' ("=" alone is not one: write "==")' : '';
        return { ok: false, error: `no comparison operator in "${t}"${single}: use one of ${OPERATORS}` };
    }
    const [, path, op, rest] = m;
    if (/^(<=|>=|==|!=|<|>)$/.test(path))
        return { ok: false, error: `nothing to compare before "${op}" in "${t}": ${example}` };
    const n = NUMBER.exec(rest);
    if (!n)
        return { ok: false, error: `"${rest}" in "${t}" is not a number (a unit may follow it: 5s, 10ms, 2GB, 1000/s)` };
    const [, digits, unit] = n;
    if (unit && !UNITS[unit])
        return { ok: false, error: `unknown unit "${unit}" in "${t}"; known units: ${Object.keys(UNITS).join(' ')}` };
    return { ok: true, condition: { path, op, threshold: Number(digits), ...(unit ? { unit } : {}), text: t } };
}
function evaluateMetricGates(input, options) {
    const action = options.action ?? 'block';
    return options.conditions.map((c) => evaluateOne(input, c, action));
}
function evaluateOne(input, c, action) {
    const subject = find(input, c.path);
    const head = { gate: subject?.kind === 'benchmark' ? 'benchmarks' : 'metrics', category: subject?.kind === 'benchmark' ? 'performance' : 'metrics', action, metric: c.path, comparator: c.op, threshold: c.threshold };
    const failed = (0,_model_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .failureStatus */ .l1)(action);
    if (!subject)
        return { ...head, status: failed, actual: null, message: missingMessage(input, c.path), suggestions: missingSuggestions(input) };
    const actual = inUnitOf(subject, c.unit);
    const unit = c.unit ?? subject.unit;
    const withUnit = (x) => `${x}${unit ? (/^[/%]/.test(unit) ? unit : ` ${unit}`) : ''}`;
    if (actual === undefined) {
        const has = subject.unit ? `is in ${subject.unit}` : 'has no unit';
        return { ...head, status: failed, actual: null, message: `Cannot check "${c.text}": the ${subject.kind} ${has}, which does not convert to ${c.unit}.`, suggestions: ['Write the threshold in the unit the report uses, or without a unit.'] };
    }
    if (!Number.isFinite(actual))
        return { ...head, status: failed, actual: null, message: `${c.path} is not a finite number.`, suggestions: [] };
    const shown = Number(actual.toPrecision(12));
    const ok = holds(actual, c.op, c.threshold);
    const fields = { ...head, actual: shown, ...(unit ? { unit } : {}) };
    if (ok)
        return { ...fields, status: 'passed', message: `${c.path} is ${withUnit(shown)} (needs ${c.op} ${withUnit(c.threshold)}).`, suggestions: [] };
    return {
        ...fields,
        status: failed,
        message: `${c.path} is ${withUnit(shown)}, but the gate requires ${c.op} ${withUnit(c.threshold)}.`,
        suggestions: [`Bring ${c.path} to ${c.op} ${withUnit(c.threshold)}, or change the condition "${c.text}" if the target moved on purpose.`],
        items: [{ text: `${c.path} = ${withUnit(shown)}; needs ${c.op} ${withUnit(c.threshold)}` }]
    };
}
/** A metric wins over a benchmark of the same name; the first benchmark of a name is used. */
function find(input, path) {
    const metric = input.metrics.find((m) => m.path === path);
    if (metric)
        return { kind: 'metric', value: metric.value, ...(metric.unit ? { unit: metric.unit } : {}) };
    const bench = input.benchmarks?.find((b) => b.name === path);
    if (bench)
        return { kind: 'benchmark', value: bench.value, unit: bench.unit, ...(bench.normalized ? { normalized: bench.normalized } : {}) };
    return undefined;
}
/**
 * The subject's value in the threshold's unit: its own value when no unit is given or the units
 * are spelt the same, else through the base unit (a benchmark's normalised value first).
 */
function inUnitOf(s, unit) {
    if (unit === undefined || unit === s.unit)
        return s.value;
    const target = UNITS[unit];
    if (!target)
        return undefined;
    if (s.normalized && s.normalized.unit === target.base)
        return s.normalized.value / target.factor;
    // Tools write per-iteration units: "ns/iter", "ns/op" are times.
    const own = s.unit === undefined ? undefined : UNITS[s.unit.replace(/\/(iter|op|call)$/, '')];
    return own && own.base === target.base ? (s.value * own.factor) / target.factor : undefined;
}
/** Equality allows a relative 1e-9 so that 0.1 + 0.2 == 0.3 holds, as the user means it. */
function holds(actual, op, threshold) {
    const equal = Math.abs(actual - threshold) <= 1e-9 * Math.max(1, Math.abs(actual), Math.abs(threshold));
    switch (op) {
        case '<': return actual < threshold && !equal;
        case '<=': return actual <= threshold || equal;
        case '>': return actual > threshold && !equal;
        case '>=': return actual >= threshold || equal;
        case '==': return equal;
        case '!=': return !equal;
    }
}
function missingMessage(input, path) {
    const names = [...input.metrics.map((m) => m.path), ...(input.benchmarks ?? []).map((b) => b.name)];
    if (names.length === 0)
        return `No metric or benchmark named "${path}": no metrics or benchmarks were read at all.`;
    const closest = [...new Set(names)]
        .map((n) => ({ n, d: distance(path.toLowerCase(), n.toLowerCase()) }))
        .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
        .map((x) => x.n);
    const more = closest.length > 5 ? `, and ${closest.length - 5} more` : '';
    return `No metric or benchmark named "${path}". Closest: ${closest.slice(0, 5).join(', ')}${more}.`;
}
function missingSuggestions(input) {
    if (input.metrics.length === 0 && !input.benchmarks?.length)
        return ['Check that the metrics or benchmark report is given and was read (see `pipeline-gates parse`).'];
    return ['Check the spelling: metric paths are dotted (compliance.score), benchmark names are matched exactly.'];
}
/** Levenshtein distance, two rows at a time. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
        }
        prev = row;
    }
    return prev[b.length];
}


/***/ }),

/***/ 16486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ FORMAT_IDS)
/* harmony export */ });
/**
 * The ids users may name in `reports.formats` and `--format`, in sniffing order. Kept apart from
 * the registry so the config schema does not load every parser; a test keeps the two equal.
 */
const FORMAT_IDS = [
    'junit',
    'trx',
    'nunit',
    'xunit',
    'lcov',
    'cobertura',
    'jacoco',
    'clover',
    'istanbul',
    'istanbul-summary',
    'go-cover',
    'sarif',
    'pipeline-gates-bench',
    'pytest-benchmark',
    'googlecpp',
    'benchmarkdotnet',
    'jmh',
    'julia',
    'hyperfine',
    'vitest-bench',
    'cargo',
    'go',
    'catch2',
    'benchmarkjs',
    'luau',
    'custom-bigger',
    'custom-smaller',
    'metrics'
];


/***/ }),

/***/ 99437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem)
/* harmony export */ });
function formatProblem(p) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
    return `${where}: ${p.message}`;
}


/***/ }),

/***/ 47088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ concludeVerdict),
/* harmony export */   Us: () => (/* binding */ isBlocking),
/* harmony export */   l1: () => (/* binding */ failureStatus)
/* harmony export */ });
/** The verdict is plain data: renderers, outputs and the exit code all derive from it. */
/**
 * A failed gate with action `block` (or `require-approval`, not yet approved) fails the run; `warn`
 * failures only warn. With `neutralOnWarnings`, a run with warnings and no blocking failure
 * concludes `neutral` (a grey check) instead of `success`.
 */
function concludeVerdict(gates, options = {}) {
    const blocked = gates.some(isBlocking);
    const warned = gates.some((g) => g.status === 'warning');
    const conclusion = blocked ? 'failure' : warned && options.neutralOnWarnings ? 'neutral' : 'success';
    return { conclusion, passed: !blocked, gates };
}
/** The status of a gate whose condition does not hold: warn only warns; block and require-approval fail. */
function failureStatus(action) {
    return action === 'warn' ? 'warning' : 'failed';
}
function isBlocking(g) {
    return g.status === 'failed' && (g.action === 'block' || g.action === 'require-approval');
}


/***/ }),

/***/ 32432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  HT: () => (/* binding */ loadConfigFile)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/gates/metric-gate.ts
var metric_gate = __webpack_require__(20796);
;// CONCATENATED MODULE: ./src/config/presets.ts
/**
 * `preset: strict` — the five mandatory gates of the original plan. The user's own settings are
 * merged over it key by key, so any of them can be loosened or tightened in the same file.
 * 1. compliance score ≥ 70 (a metric);
 * 2. import time < 5 s, no regression > 20%, memory no regression > 30% (the `measure` command,
 *    named "import");
 * 3. line coverage ≥ 90% and every test passes;
 * 4. zero vulnerabilities (SARIF security severities) and a clean secrets scan (gitleaks SARIF);
 * 5. a changelog entry when source changes.
 */
const STRICT = {
    measure: { command: '', name: 'import' },
    gates: {
        tests: { 'max-failures': 0, 'min-tests': 1 },
        coverage: { lines: 90 },
        performance: {
            limits: ['import wall time < 5s'],
            'max-regression': { 'import wall time': 0.2, 'import peak RSS': 0.3 }
        },
        security: { max: { critical: 0, high: 0, medium: 0, low: 0 } },
        secrets: { tools: ['gitleaks'], 'max-level': { error: 0, warning: 0, note: 0 } },
        docs: { when: ['src/**', 'lib/**'], require: ['CHANGELOG.md', 'CHANGES.md', 'docs/**'] },
        metrics: ['compliance.score >= 70']
    }
};
/** Deep merge for plain config objects: `over` wins; arrays are replaced, not concatenated. */
function mergeConfig(under, over) {
    if (!isPlain(under) || !isPlain(over))
        return over === undefined ? under : over;
    const out = { ...under };
    for (const [k, v] of Object.entries(over))
        out[k] = mergeConfig(under[k], v);
    return out;
}
function isPlain(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The preset under the user's config, or the config itself. `measure` needs a command from the user. */
function withPreset(raw) {
    if (!isPlain(raw) || raw.preset !== 'strict')
        return raw;
    const merged = mergeConfig(STRICT, raw);
    const measure = merged.measure;
    // Without the user's command the preset's measure block is only a name: drop it.
    if (measure && !measure.command)
        delete merged.measure;
    return merged;
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
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
    const value = withPreset(withoutNulls(doc.toJS() ?? {}));
    // reportInput: a missing key (input undefined) is then explained as required, not as a type.
    const parsed = schema/* configSchema */.Qn.safeParse(value, { reportInput: true });
    if (parsed.success) {
        const problems = conditionProblems(parsed.data, doc, lines, file);
        return problems.length ? { ok: false, problems } : { ok: true, config: parsed.data };
    }
    return { ok: false, problems: parsed.error.issues.map((i) => locateIssue(i, doc, lines, file)) };
}
/** Metric conditions are strings with their own grammar: check each where it was written. */
function conditionProblems(config, doc, lines, file) {
    const lists = [
        [['gates', 'metrics'], config.gates.metrics],
        [['gates', 'performance', 'limits'], config.gates.performance?.limits ?? []]
    ];
    const problems = [];
    for (const [path, items] of lists) {
        items.forEach((item, i) => {
            const text = typeof item === 'string' ? item : item.condition;
            const parsed = (0,metric_gate/* parseMetricCondition */.t)(text);
            if (parsed.ok)
                return;
            const at = typeof item === 'string' ? [...path, String(i)] : [...path, String(i), 'condition'];
            problems.push({ file, ...position(lines, valueOffset(doc, at)), message: `${at.join('.')}: ${parsed.error}` });
        });
    }
    return problems;
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
            return `${issue.input === undefined ? 'is required: ' : ''}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'invalid_type': {
            const expected = issue.expected === 'int' ? 'an integer' : issue.expected;
            return issue.input === undefined ? `is required (${expected})` : `expected ${expected}`;
        }
        case 'too_small':
            return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`)
                : issue.origin === 'array' ? `must list at least ${String(issue.minimum)}` : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
        case 'too_big':
            return issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
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
        const s = unwrap(node);
        // A record (`canary.metrics.<name>`) has one schema for every key.
        node = s?.def?.type === 'record' ? s.def.valueType : s?.def?.shape?.[String(key)];
    }
    const s = unwrap(node);
    return Object.keys(s?.def?.type === 'object' ? (s.def.shape ?? {}) : {}).filter((k) => k !== '$schema');
}
/** Unwraps defaults, optionals and transforms until an object or a record. */
function unwrap(schema) {
    let s = schema;
    for (let i = 0; i < 8 && s?.def && s.def.type !== 'object' && s.def.type !== 'record'; i++) {
        s = (s.def.innerType ?? s.def.in);
    }
    return s;
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

// EXTERNAL MODULE: ./src/shell/safe-read.ts
var safe_read = __webpack_require__(15974);
;// CONCATENATED MODULE: ./src/shell/config-file.ts


const DEFAULT_CONFIG_PATH = '.github/pipeline-gates.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
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
        // A config is a file of the checkout like a report: a link out of it is not followed.
        text = (await (0,safe_read/* readInside */.xO)(file, process.cwd(), await (0,safe_read/* readRoots */.Mi)(process.cwd()), MAX_CONFIG_BYTES)).toString('utf8');
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
