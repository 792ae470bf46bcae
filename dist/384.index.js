export const id = 384;
export const ids = [384];
export const modules = {

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

/***/ 92490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p8: () => (/* binding */ COMMENT_MODES),
  $5: () => (/* binding */ CONTAINER_EXCLUDE),
  Qn: () => (/* binding */ configSchema)
});

// UNUSED EXPORTS: CONTAINER_RULES, GATE_ACTIONS, PRESETS, configJsonSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/canary/selector.ts
var selector = __webpack_require__(63315);
;// CONCATENATED MODULE: ./src/canary/config.ts


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
const query = schemas/* string */.YjP()
    .min(1)
    .superRefine((text, ctx) => {
    const parsed = (0,selector/* parseSelector */.P)(text);
    if (!parsed.ok)
        ctx.addIssue({ code: 'custom', message: parsed.error });
})
    .describe('A PromQL series selector that picks this metric\'s series from Prometheus files, e.g. \'http_requests_total{code=~"5.."}\' or \'{quantile="0.99"}\'');
const canaryMetricSchema = schemas/* strictObject */.rej({
    direction: schemas/* enum */.k5n(CANARY_DIRECTIONS).describe('increase-is-bad for latency, errors, CPU; decrease-is-bad for throughput, success rate'),
    'allowed-change': schemas/* number */.aig()
        .min(0)
        .lt(1)
        .default(0.1)
        .describe('Relative change tolerated in the bad direction before the metric fails, as a fraction (0.1 = 10%)'),
    critical: schemas/* boolean */.zMY().default(false).describe('A critical metric that fails (or has no data) scores the canary 0: rollback'),
    weight: schemas/* number */.aig().gt(0).default(1).describe('Share of the score this metric carries, relative to the other metrics'),
    query: query.optional()
})
    .describe('How one metric is judged');
const percent = schemas/* number */.aig().min(0).max(100);
const thresholds = schemas/* strictObject */.rej({
    pass: percent.default(95).describe('Score (0–100) at or above which the canary is promoted'),
    marginal: percent.default(75).describe('Score at or above which the canary is held for a longer look; below it, rollback')
})
    .refine((t) => t.marginal < t.pass, { path: ['marginal'], message: 'must be below thresholds.pass (the band between them is hold)' })
    .prefault({})
    .describe('Score thresholds: promote ≥ pass > hold ≥ marginal > rollback');
const canarySchema = schemas/* strictObject */.rej({
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), canaryMetricSchema)
        .default({})
        .describe('Metric name → how it is judged. Without metrics, every metric in the files is judged with its file direction (or increase-is-bad)'),
    thresholds,
    'max-nodata': schemas/* number */.aig()
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

// EXTERNAL MODULE: ./src/ingest/format-ids.ts
var format_ids = __webpack_require__(16486);
;// CONCATENATED MODULE: ./src/config/schema.ts



/**
 * The config file schema (`.github/pipeline-gates.yml`). The committed JSON Schema in
 * `schema/pipeline-gates.schema.json` is generated from this (`npm run schema`) for editor
 * completion; a test keeps the two equal.
 */
const GATE_ACTIONS = ['block', 'warn', 'require-approval'];
const COMMENT_MODES = ['always', 'changes', 'failures', 'off'];
const PRESETS = ['strict'];
const globs = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
    .transform((v) => (typeof v === 'string' ? [v] : v));
const action = schemas/* enum */.k5n(GATE_ACTIONS).describe('block fails the run; warn only reports; require-approval blocks until the PR has an approving review or an approval label');
const exceptions = schemas/* strictObject */.rej({
    labels: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('PR labels that waive this gate, e.g. hotfix'),
    keywords: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Words in the PR body that waive this gate, e.g. #trivial')
})
    .describe('What waives this gate on a pull request; the report shows the waiver and what caused it');
const gateCommon = { action: action.optional(), exceptions: exceptions.optional() };
const schema_percent = schemas/* number */.aig().min(0).max(100);
const percentOrAuto = schemas/* union */.KCZ([schema_percent, schemas/* literal */.euz('auto')]);
const count = schemas/* int */.Whr().min(0);
const testsGate = schemas/* strictObject */.rej({
    ...gateCommon,
    'min-tests': count.default(1).describe('Fewest tests that must run (skipped ones do not count)'),
    'max-failures': count.default(0).describe('Most failed or errored tests allowed'),
    flaky: schemas/* enum */.k5n(['warn', 'block', 'ignore']).default('warn').describe('What a test that failed and then passed on a retry does')
})
    .describe('The tests gate: failures, errors, a minimum test count, flaky tests');
const coverageGate = schemas/* strictObject */.rej({
    ...gateCommon,
    lines: percentOrAuto.optional().describe('Minimum line coverage in percent, or auto (the base branch value)'),
    branches: percentOrAuto.optional().describe('Minimum branch coverage in percent, or auto'),
    tolerance: schemas/* number */.aig().min(0).max(100).default(0.1).describe('Percentage points an auto target or a drop may miss by'),
    patch: schema_percent.optional().describe('Minimum coverage of the lines the pull request adds or changes'),
    'patch-min-lines': count.default(20).describe('Fewer coverable changed lines than this: patch coverage is not gated'),
    'max-drop': schemas/* number */.aig().min(0).max(100).optional().describe('Most percentage points line coverage may fall below the base branch'),
    paths: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schema_percent).default({}).describe('Glob → minimum line coverage for the files it matches, e.g. "src/core/**": 90; several space-separated globs with !exclusions: "src/** !src/generated/**": 80')
})
    .describe('Coverage: overall, patch (from the local git diff), drop versus base, per path');
const performanceGate = schemas/* strictObject */.rej({
    ...gateCommon,
    q: schemas/* number */.aig().gt(0).lt(1).default(0.01).describe('False discovery rate across the benchmarks of a run (Benjamini-Hochberg)'),
    'min-effect': schemas/* number */.aig().min(0).max(10).default(0.03).describe('Smallest slowdown that counts, as a fraction (0.03 = 3%)'),
    'max-regression': schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig().min(0).max(10)).default({}).describe('Benchmark name → the largest slowdown allowed (0.2 = 20%)'),
    limits: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Absolute limits on benchmarks or metrics, e.g. "import wall time < 5s", "p99_latency < 10ms"'),
    'history-action': schemas/* enum */.k5n(['block', 'warn']).default('warn').describe('Action for verdicts from history (one value per run) rather than same-job A/B samples')
})
    .describe('Performance: same-job A/B comparison (or history), plus absolute limits');
const severityMax = schemas/* strictObject */.rej({ critical: count.optional(), high: count.optional(), medium: count.optional(), low: count.optional() })
    .describe('Most findings allowed per security severity');
const levelMax = schemas/* strictObject */.rej({ error: count.optional(), warning: count.optional(), note: count.optional() }).describe('Most findings allowed per SARIF level');
const securityGate = schemas/* strictObject */.rej({
    ...gateCommon,
    max: severityMax.default({}),
    'max-level': levelMax.default({}),
    tools: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Only findings from these tools (the SARIF driver name)'),
    'new-only': schemas/* boolean */.zMY().default(false).describe('Gate only findings the base branch did not have')
})
    .describe('Security and static analysis findings from SARIF');
const docsGate = schemas/* strictObject */.rej({
    ...gateCommon,
    when: globs.describe('When files matching these change…'),
    require: globs.describe('…a file matching these must change too (e.g. CHANGELOG.md)')
})
    .describe('Docs or changelog entry when source changes');
/** Dockerfiles under test fixtures are often bad on purpose. */
const CONTAINER_EXCLUDE = ['**/fixtures/**', '**/__fixtures__/**', '**/testdata/**'];
const CONTAINER_RULES = ['copy-before-install', 'manifest-with-sources', 'toolchain-in-final-image', 'install-without-cache', 'add-local-file', 'unpinned-base', 'no-dockerignore'];
const containerGate = schemas/* strictObject */.rej({
    ...gateCommon,
    enabled: schemas/* boolean */.zMY().default(true).describe('false: no Dockerfile is read'),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([...CONTAINER_EXCLUDE])
        .describe('Globs of Dockerfiles not to read (default: test fixtures, which are often wrong on purpose)'),
    ignore: schemas/* array */.YOg(schemas/* enum */.k5n(CONTAINER_RULES)).default([]).describe('Container rules not to report, e.g. [unpinned-base]')
})
    .describe('Dockerfile layer order, cache mounts, multi-stage builds (on by default, action warn)');
const metricCondition = schemas/* union */.KCZ([
    schemas/* string */.YjP().min(1).describe('"<metric path> <op> <number>", e.g. "compliance.score >= 70"'),
    schemas/* strictObject */.rej({ condition: schemas/* string */.YjP().min(1), ...gateCommon })
]);
const gates = schemas/* strictObject */.rej({
    tests: testsGate.prefault({}),
    coverage: coverageGate.optional(),
    performance: performanceGate.optional(),
    security: securityGate.optional(),
    secrets: securityGate.optional().describe('A second security gate, usually tools: [gitleaks] with max-level error: 0'),
    docs: docsGate.optional(),
    container: containerGate.optional(),
    metrics: schemas/* array */.YOg(metricCondition).default([]).describe('Conditions on metrics, e.g. "compliance.score >= 70"')
})
    .prefault({});
const measure = schemas/* strictObject */.rej({
    command: schemas/* string */.YjP().min(1).describe('A command to time (wall time and peak RSS), run without a shell'),
    name: schemas/* string */.YjP().min(1).default('command').describe('Benchmark name prefix: "<name> wall time", "<name> peak RSS"'),
    runs: schemas/* int */.Whr().min(1).max(1000).default(10),
    warmup: schemas/* int */.Whr().min(0).max(100).default(1),
    'base-dir': schemas/* string */.YjP().min(1).optional().describe('A checkout of the base commit: base and head run alternately (ABBA) in the same job')
})
    .describe('Measure a command as benchmarks (e.g. import time and memory)');
const configSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    id: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit')
        .default('default')
        .describe('Names this configuration: keeps the comment marker, check name and history apart'),
    preset: schemas/* enum */.k5n(PRESETS).optional().describe('strict: the five mandatory gates (see README); your own settings win'),
    'check-name': schemas/* string */.YjP().min(1).max(100).optional().describe('Name of the check run (default "Pipeline Gates", plus the id when not "default")'),
    check: schemas/* strictObject */.rej({
        'max-annotations': schemas/* int */.Whr().min(0).max(50000).default(500).describe('Annotations sent to the check run at most (failures first, then warnings, then notices); the summary says how many were left out'),
        warnings: schemas/* enum */.k5n(['success', 'neutral'])
            .default('success')
            .describe('Conclusion of a check run whose gates only warned: success (with the warnings in its summary) or neutral')
    })
        .prefault({})
        .describe('The check run'),
    'fail-on-report-error': schemas/* boolean */.zMY()
        .default(false)
        .describe('Fail the step when the check run, comment or report artifact could not be delivered (by default that is a warning and the exit code follows the gates only)'),
    reports: schemas/* strictObject */.rej({
        junit: globs.optional().describe('Glob(s) of test reports: JUnit XML, TRX, NUnit 2/3 or xUnit.net v2 (detected from content)'),
        coverage: globs.optional().describe('Glob(s) of coverage reports (lcov, Cobertura, JaCoCo, Clover, istanbul, Go); several merge'),
        sarif: globs.optional().describe('Glob(s) of SARIF files'),
        metrics: globs.optional().describe('Glob(s) of metrics JSON files'),
        benchmarks: globs.optional().describe('Glob(s) of benchmark results of this commit (any supported tool)'),
        'benchmarks-base': globs.optional().describe('Glob(s) of benchmark results of the base commit from the same job (A/B)'),
        formats: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* enum */.k5n(format_ids/* FORMAT_IDS */.J))
            .default({})
            .describe('Glob → format id, for files whose format should not be detected from their content')
    })
        .prefault({})
        .describe('Where the reports are'),
    measure: measure.optional(),
    gates,
    approval: schemas/* strictObject */.rej({
        labels: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('PR labels that approve every require-approval gate (an approving review does too)')
    })
        .prefault({})
        .describe('What satisfies gates with action require-approval'),
    comment: schemas/* strictObject */.rej({
        mode: schemas/* enum */.k5n(COMMENT_MODES)
            .default('always')
            .describe('When to post the sticky PR comment: always; changes (only when the results differ from the existing comment); failures (only when the run fails, but an existing comment is always updated); off')
    })
        .prefault({}),
    canary: canarySchema,
    pipeline: schemas/* strictObject */.rej({
        logs: schemas/* boolean */.zMY().default(true).describe("Read the run's job logs for cache restores and saves (the gate job needs permissions: actions: read)"),
        'max-jobs': schemas/* int */.Whr().min(0).max(500).default(50).describe('Job logs read at most; the report names the jobs left out'),
        'max-log-mb': schemas/* number */.aig().gt(0).max(200).default(8).describe('Megabytes read of each job log, from its start'),
        'cache-limit-gb': schemas/* number */.aig().gt(0).max(100000).default(10).describe("The repository's Actions cache limit in GB (10 unless raised); near it, entries are evicted before reuse"),
        'max-dockerfiles': schemas/* int */.Whr().min(0).max(1000).default(50).describe('Dockerfiles read at most (all of them on a push, the changed ones on a pull request)')
    })
        .prefault({})
        .describe("What the gate job reads about the run itself: job logs, the repository's cache usage, Dockerfiles"),
    history: schemas/* strictObject */.rej({ 'max-runs': schemas/* int */.Whr().min(1).max(500).default(30).describe('Runs kept in the history document') })
        .prefault({})
})
    .meta({ title: 'Pipeline Gates configuration', $id: 'https://pipeline-gates.dev/schema/pipeline-gates.schema.json' });
function configJsonSchema() {
    return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
}


/***/ }),

/***/ 73750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ flagName),
/* harmony export */   Np: () => (/* binding */ cap),
/* harmony export */   Xo: () => (/* binding */ boundedNumber),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   fN: () => (/* binding */ score),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   yu: () => (/* binding */ inputName),
/* harmony export */   zO: () => (/* binding */ fraction)
/* harmony export */ });
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99437);

const flagName = (key) => `--${key}`;
const inputName = (key) => `input "${key}"`;
/** A name at the start of a sentence: `Input "shards" must …`. */
function cap(name) {
    return name.charAt(0).toUpperCase() + name.slice(1);
}
/** A whole number ≥ 0 (`"10"`), or undefined when not given. */
function wholeNumber(raw, name) {
    if (raw === undefined || raw === '')
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}
/** A whole number in [min, max], or undefined when not given. */
function boundedNumber(raw, name, min, max, what = `a whole number from ${min} to ${max}`) {
    const n = wholeNumber(raw, name);
    if (n !== undefined && (n < min || n > max))
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be ${what}, got "${raw}".`);
    return n;
}
/** Seconds ≥ 0 (fractions allowed), or undefined when not given. */
function seconds(raw, name) {
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a number of seconds ≥ 0, got "${raw}".`);
    return n;
}
/** A fraction: (0, 1) for a level such as q, [0, 1) for an effect such as min-effect. */
function fraction(raw, name, zeroOk) {
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n >= 1 || n < 0 || (!zeroOk && n === 0)) {
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a fraction ${zeroOk ? '≥ 0' : '> 0'} and < 1 (e.g. 0.03 for 3%), got "${raw}".`);
    }
    return n;
}
/** A score from 0 to 100 (canary thresholds), or undefined when not given. */
function score(raw, name) {
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a score from 0 to 100, got "${raw}".`);
    return n;
}
/** One of the allowed words (case-insensitive), or undefined when not given. */
function choice(raw, name, allowed) {
    if (raw === undefined || raw === '')
        return undefined;
    const value = raw.toLowerCase();
    if (!allowed.includes(value))
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}".`);
    return value;
}


/***/ }),

/***/ 20796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ evaluateMetricGates),
/* harmony export */   t: () => (/* binding */ parseMetricCondition)
/* harmony export */ });
/* harmony import */ var _model_closest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64042);
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
    const closest = (0,_model_closest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .pA)(path, names);
    const more = closest.length > 5 ? `, and ${closest.length - 5} more` : '';
    return `No metric or benchmark named "${path}". Closest: ${closest.slice(0, 5).join(', ')}${more}.`;
}
function missingSuggestions(input) {
    if (input.metrics.length === 0 && !input.benchmarks?.length)
        return ['Check that the metrics or benchmark report is given and was read (see `pipeline-gates parse`).'];
    return ['Check the spelling: metric paths are dotted (compliance.score), benchmark names are matched exactly.'];
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


/***/ })

};
