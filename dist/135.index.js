export const id = 135;
export const ids = [135];
export const modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   PJ: () => (/* binding */ readShardInput),
/* harmony export */   jU: () => (/* binding */ readPlanInputs)
/* harmony export */ });
/* unused harmony exports INPUT, COMMANDS, HISTORY_MODES */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(131);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5935);


/** Every input the action reads, by its action.yml name. Read here and nowhere else. */
const INPUT = {
    command: 'command',
    token: 'github-token',
    config: 'config',
    junit: 'junit',
    minTests: 'min-tests',
    maxFailures: 'max-failures',
    checkName: 'check-name',
    commentMode: 'comment-mode',
    history: 'history',
    tests: 'tests',
    testsFile: 'tests-file',
    testsCommand: 'tests-command',
    shards: 'shards',
    targetSeconds: 'target-seconds',
    overheadSeconds: 'overhead-seconds',
    maxShards: 'max-shards',
    granularity: 'granularity',
    timings: 'timings',
    shard: 'shard'
};
const COMMANDS = ['gate', 'plan', 'shard', 'canary'];
const HISTORY_MODES = ['cache', 'off'];
function readInputs(read) {
    const junit = lines(read(INPUT.junit));
    const minTests = optionalInt(read, INPUT.minTests);
    const maxFailures = optionalInt(read, INPUT.maxFailures);
    const checkName = read(INPUT.checkName);
    const commentMode = optionalChoice(read, INPUT.commentMode, _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_MODES */ .p8);
    const configPath = read(INPUT.config);
    return Object.freeze({
        command: optionalChoice(read, INPUT.command, COMMANDS) ?? 'gate',
        token: read(INPUT.token),
        ...(configPath ? { configPath } : {}),
        history: optionalChoice(read, INPUT.history, HISTORY_MODES) ?? 'cache',
        overrides: Object.freeze({
            ...(junit.length ? { junit } : {}),
            ...(minTests !== undefined ? { minTests } : {}),
            ...(maxFailures !== undefined ? { maxFailures } : {}),
            ...(checkName ? { checkName } : {}),
            ...(commentMode ? { commentMode } : {})
        })
    });
}
function readPlanInputs(read) {
    const optional = (name) => read(name) || undefined;
    const testsFile = optional(INPUT.testsFile);
    const testsCommand = optional(INPUT.testsCommand);
    const targetSeconds = optional(INPUT.targetSeconds);
    const overheadSeconds = optional(INPUT.overheadSeconds);
    const maxShards = optional(INPUT.maxShards);
    return Object.freeze({
        tests: lines(read(INPUT.tests)),
        ...(testsFile ? { testsFile } : {}),
        ...(testsCommand ? { testsCommand } : {}),
        shards: read(INPUT.shards) || 'auto',
        ...(targetSeconds ? { targetSeconds } : {}),
        ...(overheadSeconds ? { overheadSeconds } : {}),
        ...(maxShards ? { maxShards } : {}),
        granularity: optionalChoice(read, INPUT.granularity, ['file', 'case']) ?? 'file',
        timings: lines(read(INPUT.timings))
    });
}
/** The 1-based shard of this matrix job. */
function readShardInput(read) {
    const index = optionalInt(read, INPUT.shard);
    if (!index)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Input "shard" must be this job's shard number (1-based), e.g. shard: \${{ matrix.shard }}.`);
    return index;
}
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
}
function optionalInt(read, name) {
    const raw = read(name);
    if (raw === '')
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Input "${name}" must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}
function optionalChoice(read, name, allowed) {
    const raw = read(name);
    if (raw === '')
        return undefined;
    const value = raw.toLowerCase();
    if (!allowed.includes(value)) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Input "${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}".`);
    }
    return value;
}


/***/ }),

/***/ 6135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(9437);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 1 modules
var config_file = __webpack_require__(5935);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
;// CONCATENATED MODULE: ./src/action/runner.ts

/**
 * Everything the action says to the runner goes through here: outputs, the job summary and log
 * lines. Annotated log lines carry file and line so a bad config points at its line in the UI.
 */
const runner = {
    input: (name) => core/* getInput */.V4(name),
    output: (name, value) => core/* setOutput */.uH(name, value),
    info: (message) => core/* info */.pq(message),
    notice: (message) => core/* notice */.lm(message),
    warning: (message) => core/* warning */.$e(message),
    problem: (p) => core/* error */.z3(p.message, { file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) }),
    fail: (message) => core/* setFailed */.C1(message),
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return false;
        await core/* summary */.z.addRaw(markdown, true).write({ overwrite: false });
        core/* summary */.z.emptyBuffer();
        return true;
    }
};

;// CONCATENATED MODULE: ./src/action/run.ts




/** The Action: one bundle, four jobs chosen by `command`. Anything thrown fails the step. */
async function runAction(io = runner) {
    try {
        const inputs = (0,action_inputs/* readInputs */.Ko)(io.input);
        switch (inputs.command) {
            case 'gate':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(239), __webpack_require__.e(531), __webpack_require__.e(938)]).then(__webpack_require__.bind(__webpack_require__, 5938))).gateStep(inputs, io);
            case 'plan':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(531), __webpack_require__.e(252), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 7734))).planStep(inputs, io);
            case 'shard':
                return await (await __webpack_require__.e(/* import() */ 985).then(__webpack_require__.bind(__webpack_require__, 8985))).shardStep(inputs, io);
            default:
                throw new config_file/* UsageError */.eb(`The "${inputs.command}" command is not available in this version yet; use gate, plan or shard.`);
        }
    }
    catch (err) {
        failStep(err, io);
    }
}
function failStep(err, io) {
    if (err instanceof config_file/* UsageError */.eb) {
        for (const p of err.problems)
            io.problem(p);
        io.fail([err.message, ...err.problems.map(problems/* formatProblem */.V)].join('\n'));
        return;
    }
    // Anything else, thrown strings included, still fails the step with something readable.
    io.fail(`Pipeline Gates stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES)
/* harmony export */ });
/* unused harmony exports GATE_ACTIONS, configJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6486);


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
    reports: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        junit: globs.optional().describe('Glob(s) of test reports: JUnit XML, TRX, NUnit 2/3 or xUnit.net v2 (detected from content)'),
        formats: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_IDS */ .J))
            .default({})
            .describe('Glob → format id, for files whose format should not be detected from their content')
    })
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

/***/ 6486:
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
    'metrics'
];


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


/***/ })

};
