export const id = 71;
export const ids = [71,911];
export const modules = {

/***/ 31654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ PLAN),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   Os: () => (/* binding */ PARSE),
/* harmony export */   V1: () => (/* binding */ MEASURE),
/* harmony export */   Zz: () => (/* binding */ INIT),
/* harmony export */   aI: () => (/* binding */ COMPARE),
/* harmony export */   hh: () => (/* binding */ SHARD),
/* harmony export */   k6: () => (/* binding */ GATE),
/* harmony export */   nT: () => (/* binding */ CANARY)
/* harmony export */ });
/* harmony import */ var _init_templates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38777);
/* harmony import */ var _ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16486);
/* harmony import */ var _init_runners_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34985);
/**
 * The command table: every CLI command declared once, with its options. Parsing (args.ts), each
 * command's `--help`, the global help and the README's CLI table (help.ts) are all derived from
 * it, so they cannot drift apart. `input` names the action input an option mirrors; the action
 * reads its inputs in src/action/inputs.ts and a test keeps both lists in step.
 *
 * Pure data, loaded on every start (`--help` must stay as fast as bare node): no imports beyond
 * constants.
 */



const JSON_OUT = (what) => ({ name: 'json', type: 'boolean', description: what });
const CONFIG = { name: 'config', type: 'string', arg: 'FILE', default: `${_init_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_PATH */ .tF} when it exists`, description: 'Config file', input: 'config' };
const GATE = {
    name: 'gate',
    summary: 'Read test reports, evaluate the gates, print the verdict (exit 1 when a blocking gate fails)',
    options: [
        { name: 'junit', type: 'string', arg: 'GLOB', globs: true, default: 'reports.junit', description: 'Test reports: JUnit XML, TRX, NUnit, xUnit.net', input: 'junit' },
        { name: 'coverage', type: 'string', arg: 'GLOB', globs: true, default: 'reports.coverage', description: 'Coverage reports (lcov, Cobertura, JaCoCo, Clover, istanbul, Go; merged)', input: 'coverage' },
        { name: 'sarif', type: 'string', arg: 'GLOB', globs: true, default: 'reports.sarif', description: 'SARIF files for the security gates', input: 'sarif' },
        { name: 'metrics', type: 'string', arg: 'GLOB', globs: true, default: 'reports.metrics', description: 'Metrics JSON files for metric conditions', input: 'metrics' },
        { name: 'benchmarks', type: 'string', arg: 'GLOB', globs: true, default: 'reports.benchmarks', description: 'Benchmark results of this commit (any supported tool)', input: 'benchmarks' },
        { name: 'benchmarks-base', type: 'string', arg: 'GLOB', globs: true, default: 'reports.benchmarks-base', description: 'Benchmark results of the base commit from the same machine (A/B)', input: 'benchmarks-base' },
        { name: 'base', type: 'string', arg: 'REF', description: 'Diff against the merge base with REF: a commit SHA, branch or tag name, or HEAD~N (patch coverage, docs rule; an unknown REF is exit 2)' },
        { name: 'label', type: 'string', arg: 'NAME', repeatable: true, description: 'Act as if the PR had this label (waivers and approvals)' },
        { name: 'pr-body', type: 'string', arg: 'TEXT', description: 'Act as if this were the PR body (keyword waivers such as #trivial)' },
        CONFIG,
        { name: 'history', type: 'string', arg: 'DIR', description: 'Local history folder: read before the run, written after a run on the default branch (origin/HEAD, else init.defaultBranch)' },
        { name: 'default-branch', type: 'string', arg: 'NAME', description: 'The branch whose runs are recorded into --history' },
        { name: 'record', type: 'boolean', description: 'Record this run into --history whatever the branch' },
        { name: 'no-record', type: 'boolean', description: 'Never record into --history (read only)' },
        { name: 'change-points', type: 'boolean', description: "Search the history's benchmark levels for shifts (E-divisive), and treat this run as the default branch's: a first-time history-mode regression is watching until the next runs confirm it" },
        { name: 'min-tests', type: 'string', arg: 'N', default: '1', description: 'Fewest tests that must run', input: 'min-tests' },
        { name: 'max-failures', type: 'string', arg: 'N', default: '0', description: 'Most failed tests allowed', input: 'max-failures' },
        JSON_OUT('Print the JSON verdict instead of markdown')
    ],
    notes: ['Exit 0 passed, 1 a blocking gate failed, 2 bad input (an unreadable report, a bad config or arguments).']
};
const PARSE = {
    name: 'parse',
    summary: "Detect each file's format and print what it holds (tests, coverage, findings, metrics, benchmarks)",
    operands: 'FILE...',
    positionals: 'files',
    options: [
        { name: 'format', type: 'string', arg: 'ID', description: 'Skip detection and read every FILE as this format (an id from "Report formats" in the README)' },
        JSON_OUT('Print the normalised model as JSON (one object per file; an array for several)')
    ],
    notes: [`Format ids: ${_ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_IDS */ .J.join(', ')}.`, 'FILE may be a glob (quoted). Exit 0 when every file was read, 2 when one was not.']
};
const PLAN = {
    name: 'plan',
    summary: 'Split the tests into timing-balanced shards (sticky to the previous plan)',
    options: [
        { name: 'tests', type: 'string', arg: 'GLOB', globs: true, description: 'Test files to split', input: 'tests' },
        { name: 'tests-file', type: 'string', arg: 'FILE', description: 'A file listing the tests, one per line', input: 'tests-file' },
        { name: 'tests-command', type: 'string', arg: 'CMD', description: "A command whose output lists the tests, one per line (run without a shell)", input: 'tests-command' },
        { name: 'shards', type: 'string', arg: 'N|auto', description: 'Number of shards (1–256), or auto to pick it from --target-seconds', input: 'shards' },
        { name: 'target-seconds', type: 'string', arg: 'S', description: 'With auto: the wall time one shard job should stay under', input: 'target-seconds' },
        { name: 'overhead-seconds', type: 'string', arg: 'S', default: '0', description: 'With auto: start-up time of each job before its tests', input: 'overhead-seconds' },
        { name: 'max-shards', type: 'string', arg: 'N', default: '256', description: 'With auto: the most shards to pick', input: 'max-shards' },
        { name: 'granularity', type: 'string', arg: 'file|case', default: 'file', description: 'Split whole files or single test cases', input: 'granularity' },
        { name: 'timings', type: 'string', arg: 'GLOB', globs: true, description: 'JUnit/TRX/NUnit/xUnit reports, pytest-split .test_durations or Knapsack JSON (oldest first)', input: 'timings' },
        { name: 'history', type: 'string', arg: 'DIR', description: 'Timings and the previous plan from a local history folder' },
        { name: 'previous-plan', type: 'string', arg: 'FILE', description: 'Keep tests on their shard from this plan' },
        { name: 'out', type: 'string', arg: 'FILE', description: 'Write the plan for pipeline-gates shard' },
        CONFIG,
        JSON_OUT('Print the plan as JSON')
    ],
    notes: ['Give the tests with --tests, --tests-file or --tests-command, and --shards N or --shards auto --target-seconds S.']
};
const SHARD = {
    name: 'shard',
    summary: "Print one shard's tests from a plan written by plan --out",
    options: [
        { name: 'plan', type: 'string', arg: 'FILE', description: 'The plan written by pipeline-gates plan --out' },
        { name: 'shard', type: 'string', arg: 'N', description: 'The shard to print (1-based)', input: 'shard' },
        { name: 'format', type: 'string', arg: 'words|lines|json', default: 'words', description: 'Space-separated shell words, one test per line, or a JSON array' }
    ]
};
const COMPARE = {
    name: 'compare',
    summary: 'Compare benchmark results of a base and a head commit (same-job A/B regression test)',
    options: [
        { name: 'base', type: 'string', arg: 'GLOB', globs: true, description: 'Benchmark files of the base (several files are several samples)' },
        { name: 'head', type: 'string', arg: 'GLOB', globs: true, description: 'Benchmark files of the head' },
        { name: 'q', type: 'string', arg: 'Q', default: '0.01', description: 'False discovery rate across the benchmarks' },
        { name: 'min-effect', type: 'string', arg: 'F', default: '0.03', description: 'Smallest change that counts, as a fraction' },
        { name: 'format', type: 'string', arg: 'ID', description: 'Read every file as this benchmark format' },
        JSON_OUT('Print {benchmarks: [{name, verdict, ratio, ci, pValue, qValue, samples}]}')
    ],
    notes: ['Exit 1 when a benchmark regressed, 0 otherwise, 2 when a file cannot be read.']
};
const MEASURE = {
    name: 'measure',
    summary: 'Time a command N times (wall time and peak RSS) and write benchmark files',
    operands: '-- COMMAND [ARGS...]',
    positionals: 'command',
    positionalInput: 'measure-command',
    options: [
        { name: 'runs', type: 'string', arg: 'N', default: '10', description: 'Runs per side', input: 'measure-runs' },
        { name: 'warmup', type: 'string', arg: 'N', default: '1', description: 'Discarded runs per side first', input: 'measure-warmup' },
        { name: 'base-dir', type: 'string', arg: 'DIR', description: 'Also run the command in DIR (a base checkout), alternating ABBA', input: 'measure-base-dir' },
        { name: 'name', type: 'string', arg: 'NAME', default: 'command', description: 'Benchmark names "<NAME> wall time" and "<NAME> peak RSS"', input: 'measure-name' },
        { name: 'out', type: 'string', arg: 'DIR', default: '.pipeline-gates/measure', description: 'Where head.json (and base.json) go' },
        JSON_OUT('Print the results as JSON')
    ],
    notes: ['The command runs without a shell. Exit 2 when it is not found or a run fails.']
};
const CANARY = {
    name: 'canary',
    summary: 'Judge canary against baseline metric samples: promote, hold or rollback (exit 0 / 3 / 1)',
    options: [
        { name: 'baseline', type: 'string', arg: 'GLOB', globs: true, description: 'Baseline samples (several files pool their samples)', input: 'baseline' },
        { name: 'canary', type: 'string', arg: 'GLOB', globs: true, description: 'Canary samples', input: 'canary' },
        { ...CONFIG, description: 'Config file with a canary: section: per metric direction, allowed-change, critical, weight, query; thresholds pass/marginal; max-nodata' },
        { name: 'pass', type: 'string', arg: 'N', default: '95, or canary.thresholds.pass', description: 'Promote at a score ≥ N (0–100)', input: 'pass' },
        { name: 'marginal', type: 'string', arg: 'N', default: '75, or canary.thresholds.marginal', description: 'Hold at a score ≥ N, below it roll back', input: 'marginal' },
        { name: 'history', type: 'string', arg: 'DIR', description: 'Local history folder: report its last green commit on rollback' },
        JSON_OUT('Print {decision, score, thresholds, reasons, metrics, lastGreen, notes}')
    ],
    notes: [
        'Each file is our metrics JSON (an array per metric is its samples: {"latency_p99": [0.21, 0.19, …]}) or a saved Prometheus query_range / query response (detected from the content). Write NAME=FILE to name a Prometheus file\'s series, e.g. --canary latency_p99=canary-p99.json.',
        'Exit 0 promote, 1 rollback, 3 hold (judge again after a longer look), 2 bad input.'
    ]
};
const INIT = {
    name: 'init',
    summary: 'Write a starter workflow (plan → sharded tests → gate) and config file',
    options: [
        { name: 'dir', type: 'string', arg: 'DIR', default: 'the current directory', description: 'The repository root to write into' },
        { name: 'branch', type: 'string', arg: 'NAME', default: _init_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BRANCH */ .nU, description: 'The default branch: pushes to it run the workflow and save history' },
        { name: 'action-ref', type: 'string', arg: 'REF', default: _init_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ACTION_REF */ .be, description: "What the workflow's uses: lines name (./ for a local copy)" },
        { name: 'runner', type: 'string', arg: 'ID', description: `The test runner, instead of the one found: ${_init_runners_js__WEBPACK_IMPORTED_MODULE_1__/* .RUNNER_IDS */ .g.join(', ')}` },
        { name: 'force', type: 'boolean', description: 'Replace the files when they already exist (otherwise nothing is written)' }
    ],
    notes: [
        `Writes ${_init_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKFLOW_PATH */ .A8} (plan → sharded test matrix → gate) and ${_init_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_PATH */ .tF} (with preset: strict commented out).`,
        "The test job runs the repository's test runner (from package.json, pyproject.toml, go.mod, Cargo.toml, pom.xml or build.gradle) with JUnit, coverage and file names switched on."
    ]
};
/** Every command, in the order help lists them. */
const COMMANDS = [GATE, PARSE, PLAN, SHARD, COMPARE, MEASURE, CANARY, INIT];


/***/ }),

/***/ 87911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ commandHelp),
/* harmony export */   globalHelp: () => (/* binding */ globalHelp)
/* harmony export */ });
/* unused harmony export cliTableMarkdown */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31654);


/** Help text is wrapped to this width; the option column is this wide. */
const WIDTH = 100;
const COLUMN = 24;
/** `pipeline-gates --help`: the commands, then every command's options. */
function globalHelp() {
    const commands = _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMANDS */ .Lo.map((c) => `  ${c.name.padEnd(10)}${c.summary}`);
    const sections = _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMANDS */ .Lo.map((c) => `Options for ${c.name}${c.operands ? ` ${c.operands}` : ''}:\n${optionLines(c).join('\n')}`);
    return [
        `pipeline-gates ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x} — quality gates, test shards and regression checks for CI`,
        'Usage: pipeline-gates <command> [options]',
        `Commands:\n${commands.join('\n')}`,
        ...sections,
        `Global options:\n${'  -h, --help'.padEnd(COLUMN)}Show this help (pipeline-gates <command> --help: that command's)\n${'  -v, --version'.padEnd(COLUMN)}Show the version`,
        [
            'Exit codes: 0 passed, 1 a blocking gate failed, 2 bad input (unreadable report, bad config or arguments);',
            'canary: 0 promote, 1 rollback, 3 hold. Options that take GLOB may repeat; quote globs; !GLOB excludes.',
            'In GitHub Actions the same engine runs as the action (see README.md).'
        ].join('\n')
    ].join('\n\n');
}
/** `pipeline-gates <command> --help`. */
function commandHelp(spec) {
    const notes = (spec.notes ?? []).map((n) => wrap(n, 0).join('\n'));
    return [
        `Usage: pipeline-gates ${spec.name} [options]${spec.operands ? ` ${spec.operands}` : ''}`,
        spec.summary,
        `Options:\n${[...optionLines(spec), `${'  -h, --help'.padEnd(COLUMN)}Show this help`].join('\n')}`,
        ...notes
    ].join('\n\n');
}
function optionLines(spec) {
    return spec.options.flatMap((o) => {
        const flag = `  ${o.short ? `-${o.short}, ` : ''}--${o.name}${o.arg ? ` ${o.arg}` : ''}`;
        const text = `${o.description}${qualifiers(o)}`;
        const [first = '', ...rest] = wrap(text, COLUMN);
        if (flag.length >= COLUMN - 1)
            return [flag, ...[first, ...rest].map((l) => ' '.repeat(COLUMN) + l)];
        return [`${flag.padEnd(COLUMN)}${first}`, ...rest.map((l) => ' '.repeat(COLUMN) + l)];
    });
}
function qualifiers(o) {
    const q = [o.globs ? 'globs, repeatable' : o.repeatable ? 'repeatable' : '', o.default ? `default ${o.default}` : ''].filter(Boolean);
    return q.length ? ` (${q.join('; ')})` : '';
}
/** Words filled into lines of WIDTH - indent characters. */
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > WIDTH - indent) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
}
/** The README's CLI table: one row per option, with the action input it mirrors. */
function cliTableMarkdown() {
    const rows = COMMANDS.flatMap((c) => [
        ...(c.operands ? [[c.name, `\`${c.operands}\``, '', c.positionalInput ? `\`${c.positionalInput}\`` : '', c.positionals === 'files' ? 'files to read (globs)' : 'the command to run']] : []),
        ...c.options.map((o) => [c.name, `\`--${o.name}${o.arg ? ` ${o.arg}` : ''}\``.replace(/\|/g, '\\|'), o.default ? escapeCell(o.default) : '', o.input ? `\`${o.input}\`` : '', escapeCell(`${o.description}${o.globs ? ' (globs, repeatable)' : o.repeatable ? ' (repeatable)' : ''}`)])
    ]);
    const head = ['command', 'option', 'default', 'action input', 'meaning'];
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
/** Plain text in a table cell: `|` would end the cell and `<NAME>` would vanish as a tag. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 93071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: runCommand

// EXTERNAL MODULE: ./src/model/closest.ts
var closest = __webpack_require__(64042);
// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/cli/args.ts



/**
 * Parses one command's arguments by its table entry (node:util parseArgs, strict). A mistake
 * throws a UsageError that names the flag, suggests the nearest one for a typo, and points at
 * the command's `--help`.
 */
function parseCommandArgs(spec, args) {
    const split = spec.positionals === 'command' ? args.indexOf('--') : -1;
    const own = split === -1 ? args : args.slice(0, split);
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const o of spec.options)
        options[o.name] = { type: o.type, multiple: !!(o.repeatable || o.globs), ...(o.short ? { short: o.short } : {}) };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...own], options, strict: true, allowPositionals: spec.positionals === 'files' });
    }
    catch (err) {
        throw new problems/* UsageError */.e(`${describeMistake(err, spec)} Run pipeline-gates ${spec.name} --help for the options.`);
    }
    const help = parsed.values.help === true;
    delete parsed.values.help;
    const positionals = spec.positionals === 'command' ? (split === -1 ? [] : args.slice(split + 1)) : parsed.positionals;
    return { values: parsed.values, positionals, help };
}
function describeMistake(err, spec) {
    const e = err;
    const first = (e.message ?? String(err)).split('\n', 1)[0] ?? '';
    if (e.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `${first.replace(/\.$/, '')}.`;
    const given = /'(-{1,2}[^'=]+)/.exec(first)?.[1] ?? '';
    const hint = (0,closest/* didYouMean */.au)(given.replace(/^-+/, ''), spec.options.map((o) => o.name));
    return `Unknown option '${given}'${hint ? ` (did you mean --${hint}?)` : ''}.`;
}

// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(31654);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(87911);
// EXTERNAL MODULE: ./src/cli/streams.ts + 1 modules
var streams = __webpack_require__(97310);
;// CONCATENATED MODULE: ./src/cli/main.ts






/**
 * Runs one CLI command and returns the exit code; never throws. Each command's module is loaded
 * only when it runs, so `--help` and a short command start fast. Everything printed goes through
 * the neutralising writers (streams.ts).
 */
async function runCli(argv, io = streams/* stdio */.iz) {
    return (0,streams/* withNeutralStreams */.lE)(io, printsJson(argv), (neutral) => runGuarded(argv, neutral));
}
/** Whether stdout carries JSON (`--json`, or `shard --format json`), whose values must stay exact. */
function printsJson(argv) {
    const shardJson = argv[0] === 'shard' && argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
    return shardJson || argv.includes('--json');
}
async function runGuarded(argv, io) {
    try {
        return await runCommand(argv, io);
    }
    catch (err) {
        if (err instanceof problems/* UsageError */.e) {
            io.err(`pipeline-gates: ${[err.message, ...err.problems.map(problems/* formatProblem */.V)].join('\n  ')}\n`);
            return streams/* EXIT */.dc.badInput;
        }
        io.err(`pipeline-gates: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return streams/* EXIT */.dc.badInput;
    }
}
/** Runs one command by its table entry; a user mistake throws a UsageError. */
async function runCommand(argv, io) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'gate':
            return await run(commands/* GATE */.k6, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(305), __webpack_require__.e(816), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(622), __webpack_require__.e(572), __webpack_require__.e(384), __webpack_require__.e(74), __webpack_require__.e(348), __webpack_require__.e(404)]).then(__webpack_require__.bind(__webpack_require__, 40414))).gateCommand(a.values, io));
        case 'parse':
            return await run(commands/* PARSE */.Os, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(622), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 99537))).parseCommand(a, io));
        case 'plan':
            return await run(commands/* PLAN */.Ac, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(816), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(622), __webpack_require__.e(384), __webpack_require__.e(628), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).planCommand(a.values, io));
        case 'shard':
            return await run(commands/* SHARD */.hh, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(816), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(622), __webpack_require__.e(384), __webpack_require__.e(628), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).shardCommand(a.values, io));
        case 'compare':
            return await run(commands/* COMPARE */.aI, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(305), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(622), __webpack_require__.e(572), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 94027))).compareCommand(a.values, io));
        case 'measure':
            return await run(commands/* MEASURE */.V1, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(823), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 38306))).measureCommand(a, io));
        case 'canary':
            return await run(commands/* CANARY */.nT, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(305), __webpack_require__.e(816), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(384), __webpack_require__.e(710), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 81884))).canaryCommand(a.values, io));
        case 'init':
            return await run(commands/* INIT */.Zz, rest, io, async (a) => (await __webpack_require__.e(/* import() */ 808).then(__webpack_require__.bind(__webpack_require__, 62808))).initCommand(a.values, io));
    }
    const hint = command ? (0,closest/* didYouMean */.au)(command, commands/* COMMANDS */.Lo.map((c) => c.name)) : undefined;
    throw new problems/* UsageError */.e(`Unknown command "${command ?? ''}"${hint ? ` (did you mean ${hint}?)` : ''}. Run pipeline-gates --help for the commands.`);
}
/** Parses by the command's table entry; `--help` prints its help instead of running it. */
async function run(spec, args, io, command) {
    const parsed = parseCommandArgs(spec, args);
    if (parsed.help) {
        io.out(`${(0,help/* commandHelp */.b)(spec)}\n`);
        return streams/* EXIT */.dc.passed;
    }
    return command(parsed);
}


/***/ }),

/***/ 97310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  iz: () => (/* binding */ stdio),
  lE: () => (/* binding */ withNeutralStreams)
});

;// CONCATENATED MODULE: ./src/report/terminal-text.ts
/**
 * What the CLI prints passes through here, because much of it comes from reports (test names,
 * failure messages, metric keys) and CI runs the CLI too. On a runner a line whose first
 * non-blank characters are `::` is a workflow command (`::add-mask::`, `::stop-commands::`,
 * `::set-output`), and so is any line holding `##[`; in a terminal ESC, OSC and C1 bytes move the
 * cursor, retitle the window or fake a link. So:
 * - text: escape sequences and control characters are removed (\n and \t stay), a leading `::`
 *   becomes `\::` and `##[` becomes `#\#[` (markdown shows both as written);
 * - JSON: values stay exact; characters JSON.stringify leaves raw (DEL, C1, line separators, bidi
 *   controls) and the `#` of `##[` are written as \u escapes, which only occur inside strings.
 * Output arrives in pieces, so lines are buffered (up to a bound) and cut only where it is safe.
 */
/** A long line is passed on in pieces this big; the last characters wait for what follows. */
const MAX_PENDING = 64 * 1024;
const HOLD_BACK = 8;
// ESC/C1 sequences: CSI (ESC [ or 0x9B) up to its final byte; OSC, DCS, SOS, PM, APC up to BEL or ST; any other ESC pair.
const SEQUENCES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\s\S]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Text safe to print: see the module comment. Lines are judged whole, so give whole lines. */
function terminalText(text) {
    return text
        .replace(/\r\n/g, '\n')
        .replace(SEQUENCES, '')
        .replace(CONTROLS, '')
        .replace(/^([ \t]*)::/gm, '$1\\::')
        .replace(/##\[/g, '#\\#[');
}
/** JSON text with the same meaning that no runner or terminal acts on. */
function jsonText(text) {
    return text.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '#\\u0023[');
}
/** A writer that neutralises what passes through it; call `end()` to flush the last line. */
class NeutralWriter {
    write;
    mode;
    pending = '';
    constructor(write, mode) {
        this.write = write;
        this.mode = mode;
    }
    push(text) {
        this.pending += text;
        const lastBreak = this.pending.lastIndexOf('\n');
        if (lastBreak !== -1) {
            this.emit(this.pending.slice(0, lastBreak + 1));
            this.pending = this.pending.slice(lastBreak + 1);
        }
        // A line that never ends (compact JSON) goes out in pieces; the tail waits, so a `##[` is
        // never cut in two (an escape sequence cut in two loses its ESC byte either way).
        if (this.pending.length > MAX_PENDING) {
            let cut = this.pending.length - HOLD_BACK;
            // Never between the halves of a surrogate pair: each write is encoded on its own.
            if (/[\ud800-\udbff]/.test(this.pending.charAt(cut - 1)))
                cut--;
            this.emit(this.pending.slice(0, cut));
            this.pending = this.pending.slice(cut);
        }
    }
    end() {
        if (this.pending)
            this.emit(this.pending);
        this.pending = '';
    }
    emit(text) {
        this.write(this.mode === 'json' ? jsonText(text) : terminalText(text));
    }
}

;// CONCATENATED MODULE: ./src/cli/streams.ts

const stdio = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t)
};
const EXIT = { passed: 0, failed: 1, badInput: 2 };
/**
 * Runs `command` with streams whose every line is neutralised (report/terminal-text.ts): much of
 * what the CLI prints comes from reports, and CI runs the CLI too. JSON output keeps its values
 * exact; the last partial lines are flushed however the command ends.
 */
async function withNeutralStreams(io, json, command) {
    const out = new NeutralWriter(io.out, json ? 'json' : 'text');
    const err = new NeutralWriter(io.err, 'text');
    try {
        return await command({ out: (t) => out.push(t), err: (t) => err.push(t) });
    }
    finally {
        out.end();
        err.end();
    }
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
    'go-test-json',
    'tap',
    'mochawesome',
    'mocha-json',
    'ctrf',
    'rspec-json',
    'dart-json',
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

/***/ 34985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RUNNER_IDS),
/* harmony export */   q: () => (/* binding */ pickRunner)
/* harmony export */ });
/**
 * Which test runner a repository uses, from the files `init` read (src/shell/repo-facts.ts), and
 * how the starter workflow runs it: set-up steps, the test files to split, and one shard's
 * command with JUnit, coverage and per-file timings switched on. Pure: facts in, text out.
 *
 * Every command reads the shard's tests from $TESTS_FILE into a bash array and passes them where
 * the runner reads paths: after the options for runners whose list options would swallow them
 * (jest's `--reporters` is an array option, so paths after it become reporter names), before
 * them where the runner has no `--` (vitest, mocha). It writes JUnit below $REPORTS_DIR/junit/ and
 * coverage below $REPORTS_DIR/coverage/.
 */
const READ_TESTS = 'mapfile -t TESTS < "$TESTS_FILE"';
const JS_TESTS = ['**/*.test.{js,jsx,ts,tsx,mjs,cjs,mts,cts}', '**/*.spec.{js,jsx,ts,tsx,mjs,cjs,mts,cts}', '**/__tests__/**/*.{js,jsx,ts,tsx}', '!**/node_modules/**'];
/** The runner the repository uses, most specific evidence first; `none` when nothing says. */
function pickRunner(facts, wanted) {
    const found = wanted ? { id: wanted, reason: '--runner' } : detect(facts);
    return found ? profile(found.id, found.reason, facts) : GENERIC;
}
const RUNNER_IDS = ['jest', 'vitest', 'mocha', 'node', 'pytest', 'go', 'cargo', 'maven', 'gradle'];
function detect(facts) {
    const pkg = facts.packageJson;
    if (pkg) {
        const script = pkg.testScript ?? '';
        for (const [id, pattern] of [['vitest', /\bvitest\b/], ['jest', /\bjest\b/], ['mocha', /\bmocha\b/], ['node', /\bnode\b[^&|;]*\s--test\b/]]) {
            if (pattern.test(script))
                return { id, reason: `package.json scripts.test runs ${id === 'node' ? 'node --test' : id}` };
        }
        for (const id of ['vitest', 'jest', 'mocha'])
            if (pkg.dependencies.includes(id))
                return { id, reason: `package.json depends on ${id}` };
    }
    const has = (f) => facts.files.includes(f);
    const pytestText = ['pyproject.toml', 'setup.cfg', 'tox.ini'].find((f) => /\bpytest\b/.test(facts.texts[f] ?? ''));
    if (has('pytest.ini') || pytestText)
        return { id: 'pytest', reason: has('pytest.ini') ? 'pytest.ini' : `${pytestText} mentions pytest` };
    if (has('go.mod'))
        return { id: 'go', reason: 'go.mod' };
    if (has('Cargo.toml'))
        return { id: 'cargo', reason: 'Cargo.toml' };
    if (has('pom.xml'))
        return { id: 'maven', reason: 'pom.xml' };
    if (has('build.gradle') || has('build.gradle.kts'))
        return { id: 'gradle', reason: has('build.gradle') ? 'build.gradle' : 'build.gradle.kts' };
    if (has('pyproject.toml') || has('requirements.txt'))
        return { id: 'pytest', reason: `${has('pyproject.toml') ? 'pyproject.toml' : 'requirements.txt'} (a Python project; pytest runs unittest tests too)` };
    if (pkg)
        return { id: 'node', reason: 'package.json with no test runner named: the built-in node --test' };
    return undefined;
}
function profile(id, reason, facts) {
    const base = { id, reason };
    switch (id) {
        case 'jest': {
            const missing = !facts.packageJson?.dependencies.includes('jest-junit');
            return {
                ...base,
                label: 'jest',
                tests: JS_TESTS,
                setup: nodeSetup(facts, missing && facts.lockfile === 'npm' ? 'npm install --no-save jest-junit@17' : undefined),
                // JEST_JUNIT_ADD_FILE_ATTRIBUTE: jest-junit names no files by default, and timings match by file
                command: [
                    READ_TESTS,
                    'export JEST_JUNIT_OUTPUT_DIR="$REPORTS_DIR/junit" JEST_JUNIT_ADD_FILE_ATTRIBUTE=true',
                    'npx jest --ci --coverage --coverageReporters=lcov --coverageDirectory="$REPORTS_DIR/coverage" --reporters=default --reporters=jest-junit --runTestsByPath -- "${TESTS[@]}"'
                ],
                coverage: ['lcov.info'],
                todo: missing ? ['Add jest-junit as a devDependency (npm install --save-dev jest-junit); the workflow installs it for the run until then.'] : []
            };
        }
        case 'vitest':
            return {
                ...base,
                label: 'vitest',
                tests: JS_TESTS,
                setup: nodeSetup(facts),
                command: [READ_TESTS, 'npx vitest run "${TESTS[@]}" --reporter=default --reporter=junit --outputFile.junit="$REPORTS_DIR/junit/junit.xml" --coverage.enabled --coverage.reporter=lcov --coverage.reportsDirectory="$REPORTS_DIR/coverage"'],
                coverage: ['lcov.info'],
                todo: facts.packageJson?.dependencies.includes('@vitest/coverage-v8') ? [] : ['Add @vitest/coverage-v8 (the same version as vitest) as a devDependency for coverage.']
            };
        case 'mocha': {
            const deps = facts.packageJson?.dependencies ?? [];
            const needed = ['mocha-junit-reporter', 'c8'].filter((d) => !deps.includes(d));
            return {
                ...base,
                label: 'mocha',
                tests: ['test/**/*.{js,mjs,cjs,ts}', '**/*.spec.{js,mjs,cjs,ts}', '!**/node_modules/**'],
                setup: nodeSetup(facts, needed.length && facts.lockfile === 'npm' ? `npm install --no-save ${needed.join(' ')}` : undefined),
                command: [READ_TESTS, 'npx c8 --reporter=lcov --reports-dir="$REPORTS_DIR/coverage" mocha "${TESTS[@]}" --reporter=mocha-junit-reporter --reporter-option mochaFile="$REPORTS_DIR/junit/junit.xml"'],
                coverage: ['lcov.info'],
                todo: [
                    ...(needed.length ? [`Add ${needed.join(' and ')} as devDependencies; the workflow installs them for the run until then.`] : []),
                    'mocha-junit-reporter names the test file only for tests inside a describe(): top-level it()s get no timings by file.'
                ]
            };
        }
        case 'node':
            return {
                ...base,
                label: 'node --test',
                tests: ['**/*.test.{js,mjs,cjs}', '**/test/**/*.{js,mjs,cjs}', '!**/node_modules/**'],
                setup: nodeSetup(facts),
                command: [
                    READ_TESTS,
                    'node --test --experimental-test-coverage --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination="$REPORTS_DIR/junit/junit.xml" --test-reporter=lcov --test-reporter-destination="$REPORTS_DIR/coverage/lcov.info" "${TESTS[@]}"'
                ],
                coverage: ['lcov.info'],
                todo: []
            };
        case 'pytest':
            return {
                ...base,
                label: 'pytest',
                tests: ['**/test_*.py', '**/*_test.py', '!**/.venv/**'],
                setup: pythonSetup(facts),
                // xunit1 writes each case's file and line: timings match by file, failures link to lines
                command: [READ_TESTS, 'python -m pytest -o junit_family=xunit1 --junitxml="$REPORTS_DIR/junit/junit.xml" --cov --cov-report=xml:"$REPORTS_DIR/coverage/coverage.xml" -- "${TESTS[@]}"'],
                coverage: ['coverage.xml'],
                todo: []
            };
        default:
            return compiledProfile(id, reason);
    }
}
/** Go, Rust and the JVM: tests selected by package, test target or class rather than by path. */
function compiledProfile(id, reason) {
    const base = { id, reason };
    switch (id) {
        case 'go':
            return {
                ...base,
                label: 'go test (gotestsum)',
                tests: ['**/*_test.go', '!vendor/**'],
                setup: `${step('actions/setup-go@v5', { 'go-version-file': 'go.mod' })}\n      - run: go install gotest.tools/gotestsum@v1.12.0`,
                // go test runs packages: the shard's test files become their package folders
                command: [
                    'mapfile -t PACKAGES < <(xargs -d \'\\n\' -n1 dirname < "$TESTS_FILE" | sort -u | sed \'s|^|./|\')',
                    'gotestsum --junitfile "$REPORTS_DIR/junit/junit.xml" -- -coverprofile="$REPORTS_DIR/coverage/coverage.out" "${PACKAGES[@]}"'
                ],
                coverage: ['coverage.out'],
                todo: ['The plan splits test files, and go test runs whole packages: a package whose test files land in two shards runs in both. Keep each package\'s tests in one file per package, or plan fewer, larger shards.']
            };
        case 'cargo':
            return {
                ...base,
                label: 'cargo nextest',
                tests: ['tests/*.rs', '**/tests/*.rs', '!target/**'],
                setup: `${step('taiki-e/install-action@v2', { tool: 'cargo-nextest,cargo-llvm-cov' })}\n      - run: rustup component add llvm-tools-preview`,
                // integration test files are nextest test binaries; unit tests (--lib --bins) run in shard 1
                command: [
                    READ_TESTS,
                    'ARGS=(); for f in "${TESTS[@]}"; do ARGS+=(--test "$(basename "$f" .rs)"); done',
                    'if [ "$SHARD" = 1 ]; then ARGS+=(--lib --bins); fi',
                    'grep -qs "profile.ci.junit" .config/nextest.toml || printf \'\\n[profile.ci.junit]\\npath = "junit.xml"\\n\' >> .config/nextest.toml',
                    'cargo llvm-cov nextest --profile ci --lcov --output-path "$REPORTS_DIR/coverage/lcov.info" "${ARGS[@]}"',
                    'cp target/nextest/ci/junit.xml "$REPORTS_DIR/junit/junit.xml"'
                ],
                coverage: ['lcov.info'],
                todo: []
            };
        case 'maven':
            return {
                ...base,
                label: 'Maven Surefire',
                tests: ['**/src/test/java/**/*Test.java', '**/src/test/java/**/*Tests.java', '**/src/test/java/**/Test*.java'],
                setup: step('actions/setup-java@v4', { distribution: 'temurin', 'java-version': '21', cache: 'maven' }),
                command: [
                    'CLASSES=$(sed -E \'s#^.*src/test/java/##; s#\\.java$##; s#/#.#g\' "$TESTS_FILE" | paste -sd, -)',
                    'mvn -B -ntp org.jacoco:jacoco-maven-plugin:0.8.12:prepare-agent test org.jacoco:jacoco-maven-plugin:0.8.12:report -Dtest="$CLASSES" -Dsurefire.failIfNoSpecifiedTests=false',
                    'find . -path "*/target/surefire-reports/TEST-*.xml" -exec cp {} "$REPORTS_DIR/junit/" \\;',
                    'find . -path "*/target/site/jacoco/jacoco.xml" -exec sh -c \'cp "$1" "$2/$(echo "$1" | tr / _)"\' _ {} "$REPORTS_DIR/coverage" \\;'
                ],
                coverage: ['*jacoco.xml'],
                todo: []
            };
        case 'gradle':
            return {
                ...base,
                label: 'Gradle',
                tests: ['**/src/test/java/**/*Test.java', '**/src/test/kotlin/**/*Test.kt', '**/src/test/java/**/*Tests.java'],
                setup: `${step('actions/setup-java@v4', { distribution: 'temurin', 'java-version': '21' })}\n${step('gradle/actions/setup-gradle@v4', {})}`,
                command: [
                    'ARGS=(); while IFS= read -r f; do c=$(echo "$f" | sed -E \'s#^.*src/test/(java|kotlin)/##; s#\\.(java|kt)$##; s#/#.#g\'); ARGS+=(--tests "$c"); done < "$TESTS_FILE"',
                    './gradlew test "${ARGS[@]}" jacocoTestReport',
                    'find . -path "*/build/test-results/test/TEST-*.xml" -exec cp {} "$REPORTS_DIR/junit/" \\;',
                    'find . -path "*/build/reports/jacoco/test/jacocoTestReport.xml" -exec sh -c \'cp "$1" "$2/$(echo "$1" | tr / _)"\' _ {} "$REPORTS_DIR/coverage" \\;'
                ],
                coverage: ['*jacocoTestReport.xml'],
                todo: ['Apply the jacoco plugin (plugins { id "jacoco" }) and enable its XML report (jacocoTestReport { reports { xml.required = true } }).']
            };
    }
}
/** No runner recognised: the placeholder that fails loudly until the user puts a command in. */
const GENERIC = {
    id: 'none',
    label: 'your test runner',
    reason: 'no test runner recognised',
    tests: ['**/*.test.*', '**/test_*.py', '!**/node_modules/**'],
    setup: '      # EDIT: set up your toolchain here (actions/setup-node, actions/setup-python, ...).',
    command: ['echo "::error title=Pipeline Gates starter::Replace this step with your test command (see the comments above it)."', 'exit 1'],
    coverage: ['lcov.info', '*.xml'],
    todo: ['Replace the "Run this shard\'s tests" step with your test command; it reads the tests from $TESTS_FILE and writes JUnit XML to $REPORTS_DIR/junit/ and coverage to $REPORTS_DIR/coverage/.']
};
function step(uses, inputs) {
    const lines = Object.entries(inputs).map(([k, v]) => `          ${k}: ${/^[\w./,-]+$/.test(v) && !/^\d/.test(v) ? v : JSON.stringify(v)}`);
    return `      - uses: ${uses}${lines.length ? `\n        with:\n${lines.join('\n')}` : ''}`;
}
function nodeSetup(facts, extra) {
    const pm = facts.lockfile ?? 'npm';
    const version = facts.files.includes('.nvmrc') ? { 'node-version-file': '.nvmrc' } : facts.files.includes('.node-version') ? { 'node-version-file': '.node-version' } : { 'node-version': 'lts/*' };
    const install = { npm: facts.lockfile ? 'npm ci' : 'npm install', yarn: 'yarn install --frozen-lockfile', pnpm: 'pnpm install --frozen-lockfile' }[pm];
    return [
        ...(pm === 'pnpm' ? [step('pnpm/action-setup@v4', {})] : []),
        step('actions/setup-node@v5', { ...version, ...(facts.lockfile ? { cache: pm } : {}) }),
        `      - run: ${install}${extra ? ` && ${extra}` : ''}`
    ].join('\n');
}
function pythonSetup(facts) {
    const version = facts.files.includes('.python-version') ? { 'python-version-file': '.python-version' } : { 'python-version': '3.x' };
    const installs = [
        ...(facts.files.includes('requirements.txt') ? ['pip install -r requirements.txt'] : []),
        ...(facts.files.includes('requirements-dev.txt') ? ['pip install -r requirements-dev.txt'] : []),
        ...(facts.files.includes('pyproject.toml') || facts.files.includes('setup.py') ? ['pip install -e .'] : []),
        'pip install pytest pytest-cov'
    ];
    return `${step('actions/setup-python@v5', { ...version, cache: 'pip' })}\n      - run: ${installs.join(' && ')}`;
}


/***/ }),

/***/ 38777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ WORKFLOW_PATH),
/* harmony export */   MT: () => (/* binding */ branchProblem),
/* harmony export */   Pq: () => (/* binding */ starterFiles),
/* harmony export */   bE: () => (/* binding */ actionRefProblem),
/* harmony export */   be: () => (/* binding */ DEFAULT_ACTION_REF),
/* harmony export */   nU: () => (/* binding */ DEFAULT_BRANCH),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* unused harmony exports REPORTS_ARTIFACT_PREFIX, starterWorkflow, starterConfig */
/* harmony import */ var _runners_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34985);
/**
 * The starter files `pipeline-gates init` writes: a workflow (plan → sharded tests → gate) and a
 * config file. Pure text builders, so the tests can feed the output straight to GitHub's own
 * workflow parser and to our config loader without touching the disk.
 *
 * The workflow is the shape the README recommends: one plan job pins the shard split, every
 * matrix job reads its share and uploads its reports, and the gate job runs `if: always()` so a
 * failing or cancelled shard is still reported. Each report artifact is named per shard and each
 * shard writes below its own folder, so `merge-multiple: true` can never overwrite one shard's
 * JUnit or coverage file with another's.
 */

/** Where the workflow goes, relative to the repository root. */
const WORKFLOW_PATH = '.github/workflows/pipeline-gates.yml';
/** Where the config goes: the path the action and the CLI read by default. */
const CONFIG_PATH = '.github/pipeline-gates.yml';
/** The published action, until the user names theirs (`--action-ref`). */
const DEFAULT_ACTION_REF = 'OWNER/pipeline-gates@v1';
const DEFAULT_BRANCH = 'main';
/** Artifact names: one per shard, downloaded together by this prefix. */
const REPORTS_ARTIFACT_PREFIX = 'pipeline-gates-reports-';
function starterFiles(o) {
    return [
        { path: WORKFLOW_PATH, content: starterWorkflow(o) },
        { path: CONFIG_PATH, content: starterConfig(o) }
    ];
}
// A remote action (`owner/repo[/path]@ref`) or a local one (`./path`). GitHub owner and repo
// names are letters, digits, `-`, `_` and `.`; a ref is a tag, branch or SHA.
const REMOTE_REF = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)((?:\/[A-Za-z0-9._-]+)*)@([A-Za-z0-9][A-Za-z0-9._/-]*)$/;
const LOCAL_REF = /^\.\/[A-Za-z0-9._/-]*$/;
/** Why an `--action-ref` cannot go into `uses:`, or undefined when it can. */
function actionRefProblem(ref) {
    if (REMOTE_REF.test(ref) || LOCAL_REF.test(ref))
        return undefined;
    return `"${ref}" is not an action reference; give OWNER/REPO@REF (e.g. ${DEFAULT_ACTION_REF}) or a local path starting with ./`;
}
/**
 * Why a branch name cannot go into the `push: branches:` filter, or undefined. Git's own rules
 * (no `..`, no `//`, no trailing `/`, `.` or `.lock`) plus the filter's pattern characters:
 * `*`, `?`, `[`, `+` and a leading `!` would turn the name into a pattern.
 */
function branchProblem(branch) {
    const ok = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(branch) && !/\.\.|\/\/|\/\.|\/$|\.$|\.lock$/.test(branch);
    return ok ? undefined : `"${branch}" is not a branch name that can go into a push filter (letters, digits, ".", "_", "-" and "/", as git allows)`;
}
// A plain YAML scalar stays a string when it starts with a letter and is not one of the words
// YAML 1.1 or 1.2 reads as a boolean or null; anything else (`1.0`, `0x1F`, `no`) is quoted.
const YAML_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
function yamlScalar(text) {
    return /^[A-Za-z_][A-Za-z0-9._/-]*$/.test(text) && !YAML_WORDS.test(text) ? text : JSON.stringify(text);
}
function starterWorkflow(o) {
    const uses = o.actionRef;
    const branch = yamlScalar(o.branch);
    const runner = o.runner ?? (0,_runners_js__WEBPACK_IMPORTED_MODULE_0__/* .pickRunner */ .q)({ files: [], texts: {} });
    const edit = runner.id === 'none' ? 'EDIT: ' : '';
    const block = (lines, indent) => lines.map((l) => `${indent}${l}`).join('\n');
    return `# Pipeline Gates: plan → sharded tests → gate. Written by \`pipeline-gates init\` for ${runner.label}
# (${runner.reason}). ${runner.id === 'none' ? 'Edit the places marked EDIT: the tests to split (plan job) and the test command (test job).' : 'Check the tests to split (plan job) and the test command (test job).'}
name: pipeline-gates

on:
  pull_request:
  push:
    branches: [${branch}]
  workflow_dispatch:

# Least privilege: every job reads the repository and nothing more, unless it says otherwise.
permissions:
  contents: read

# A newer push to the same pull request cancels the older run; default-branch runs always finish,
# because they save the history the next plans and gates read.
concurrency:
  group: pipeline-gates-\${{ github.workflow }}-\${{ github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
  plan:
    runs-on: ubuntu-latest
    outputs:
      matrix: \${{ steps.plan.outputs.matrix }}
    steps:
      - uses: actions/checkout@v5
      - id: plan
        uses: ${uses}
        with:
          command: plan
          # ${edit}the test files to split across shards, one glob per line ("!" excludes), or
          # tests-command: a command that lists them (e.g. npx jest --listTests).
          tests: |
${block(runner.tests, '            ')}
          shards: auto
          target-seconds: 600    # the wall time one shard job should stay under
          overhead-seconds: 60   # runner start, checkout and install before the tests
          max-shards: 20

  test:
    needs: plan
    name: test \${{ matrix.shard }}/\${{ matrix.total }}
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - uses: actions/checkout@v5
      - id: shard
        uses: ${uses}
        with:
          command: shard
          shard: \${{ matrix.shard }}
${runner.setup}
      # ${edit}${runner.id === 'none' ? 'run the tests listed in $TESTS_FILE (one per line); write JUnit XML below\n      # $REPORTS_DIR/junit/ and coverage (lcov, Cobertura, JaCoCo, ...) below $REPORTS_DIR/coverage/.' : `${runner.label}: this shard's tests from $TESTS_FILE (one per line); JUnit XML with file names\n      # (the timings of later plans) below $REPORTS_DIR/junit/, coverage below $REPORTS_DIR/coverage/.`}
      - name: Run this shard's tests
        env:
          TESTS_FILE: \${{ steps.shard.outputs.tests-file }}
          REPORTS_DIR: reports/shard-\${{ matrix.shard }}
          SHARD: \${{ matrix.shard }}
        run: |
          mkdir -p "$REPORTS_DIR/junit" "$REPORTS_DIR/coverage"
${block(runner.command, '          ')}
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: ${REPORTS_ARTIFACT_PREFIX}\${{ matrix.shard }}
          path: reports/
          if-no-files-found: warn
          retention-days: 7

  gate:
    needs: [plan, test]
    if: always()
    runs-on: ubuntu-latest
    permissions:
      contents: read         # checkout, the config file and the diff for patch coverage
      checks: write          # the check run with annotations
      pull-requests: write   # the sticky pull-request comment
      actions: read          # this run's jobs, steps and logs and the cache usage: timings and cache advice
    steps:
      - uses: actions/checkout@v5
      # Every shard's reports, each still in its own reports/shard-N/ folder.
      - uses: actions/download-artifact@v4
        continue-on-error: true   # no shard uploaded anything: the gate still runs and says so
        with:
          pattern: ${REPORTS_ARTIFACT_PREFIX}*
          path: reports
          merge-multiple: true
      - id: gate
        uses: ${uses}
        with:
          command: gate
          junit: reports/*/junit/**/*.xml
          coverage: |
${block(runner.coverage.map((c) => `reports/*/coverage/**/${c}`), '            ')}
`;
}
/**
 * The config: the tests gate spelled out with its defaults, the strict preset one uncomment away,
 * and commented examples of the other gates. Every commented example is written as
 * `# key: value` at the indentation it would have, so removing `# ` gives valid config (a test
 * uncomments each one and loads the result).
 */
function starterConfig(o) {
    const schema = schemaUrl(o.actionRef);
    const schemaLine = schema ? `# yaml-language-server: $schema=${schema}\n` : '';
    return `${schemaLine}# Pipeline Gates configuration. Written by \`pipeline-gates init\`; every key is optional.
# The README lists every key ("Config file" and "Gates"); a mistake is reported with its line.

# The strict preset turns on the five mandatory gates: every test passes with line coverage of
# at least 90%, zero vulnerabilities and a clean gitleaks scan (SARIF), a changelog entry when
# src/ or lib/ changes, compliance.score of at least 70, and import time under 5s (with measure).
# Settings below are merged over it key by key. Uncomment to use it.
# preset: strict

gates:
  tests:
    action: block       # block fails the run; warn only reports; require-approval waits for a review
    min-tests: 1        # a glob that matches nothing fails instead of passing with zero tests
    max-failures: 0
    flaky: warn         # a test that failed and then passed on a retry: warn, block or ignore

  # Coverage from the reports the workflow uploads (coverage input of the gate step).
  # coverage:
  #   lines: 80         # or auto: the default branch's value minus tolerance
  #   patch: 90         # the lines the pull request adds or changes
  #   max-drop: 1       # percentage points below the default branch
  #   exceptions: { labels: [hotfix] }

  # Security findings from SARIF files (give them as reports.sarif or the sarif input).
  # security:
  #   max: { critical: 0, high: 0 }
  #   new-only: true    # only findings the default branch does not have

  # A changelog entry whenever source changes.
  # docs:
  #   when: ["src/**"]
  #   require: [CHANGELOG.md]
  #   exceptions: { labels: [no-changelog] }

  # Conditions on metrics JSON files (reports.metrics or the metrics input).
  # metrics:
  #   - "compliance.score >= 70"
  #   - { condition: "bundle.size_kb <= 250", action: warn }

comment:
  mode: always          # always, changes, failures or off

history:
  max-runs: 30          # default-branch runs kept for timings, trends and the last green commit
`;
}
/** The committed JSON Schema at the same version as the action, for editor completion. */
function schemaUrl(actionRef) {
    const m = REMOTE_REF.exec(actionRef);
    if (!m)
        return undefined;
    const [, owner, repo, , ref] = m;
    return `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/schema/pipeline-gates.schema.json`;
}


/***/ }),

/***/ 64042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean": the names nearest to a misspelt one, by edit distance. One helper for metric
 * names in conditions and for CLI flags.
 */
/** Levenshtein distance, two rows at a time. */
function editDistance(a, b) {
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
/** The candidates by closeness to `name` (case-insensitive), nearest first; ties by name. */
function nearest(name, candidates) {
    return [...new Set(candidates)]
        .map((n) => ({ n, d: editDistance(name.toLowerCase(), n.toLowerCase()) }))
        .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
        .map((x) => x.n);
}
/** The one candidate close enough to be a typo of `name` (a third of its letters off at most). */
function didYouMean(name, candidates) {
    const [best] = nearest(name, candidates);
    if (best === undefined || name === '')
        return undefined;
    return editDistance(name.toLowerCase(), best.toLowerCase()) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 99437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
function formatProblem(p) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
    return `${where}: ${p.message}`;
}
/** A user mistake that stops the run before any gate: config, inputs or arguments. */
class UsageError extends Error {
    problems;
    constructor(message, problems = []) {
        super(message);
        this.problems = problems;
        this.name = 'UsageError';
    }
}


/***/ })

};
