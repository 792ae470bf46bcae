export const id = 260;
export const ids = [260];
export const modules = {

/***/ 24260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/engine/record.ts
var record = __webpack_require__(62861);
// EXTERNAL MODULE: ./src/engine/gate-job.ts + 12 modules
var gate_job = __webpack_require__(60445);
;// CONCATENATED MODULE: ./src/history/record-rule.ts
/**
 * Whether a local `gate --history DIR` run is recorded. History is the baseline later runs are
 * judged against (and the `auto` base, and the last green commit), so like the action the CLI
 * records only runs on the default branch: named by --default-branch, else origin/HEAD, else
 * init.defaultBranch. --record records any run; --no-record none.
 */
function recordDecision(flags, facts) {
    const ref = facts.current ? `refs/heads/${facts.current}` : '';
    if (flags.noRecord)
        return { record: false, reason: '--no-record' };
    if (flags.record)
        return { record: true, ref };
    const anyway = 'pass --record to record it anyway';
    if (!facts.gitCheckout)
        return { record: false, reason: `this folder is not a git checkout, so its branch is not known; ${anyway}` };
    if (!facts.current)
        return { record: false, reason: `the checkout is a detached HEAD, not a branch; ${anyway}` };
    const wanted = flags.defaultBranch ?? facts.defaultBranch;
    const from = flags.defaultBranch ? '--default-branch' : facts.defaultFrom;
    if (!wanted)
        return { record: false, reason: 'the default branch is not known here (no origin/HEAD, no init.defaultBranch); pass --default-branch NAME or --record' };
    if (facts.current !== wanted)
        return { record: false, reason: `the checkout is on "${facts.current}", not the default branch "${wanted}" (from ${from}); ${anyway}` };
    return { record: true, ref };
}

// EXTERNAL MODULE: ./src/shell/git-change.ts + 1 modules
var git_change = __webpack_require__(49816);
;// CONCATENATED MODULE: ./src/shell/git-branch.ts

/** Reads the facts with fixed git commands (no user value reaches git's argv); never throws. */
async function branchFacts(cwd) {
    if ((await (0,git_change/* git */.$Y)(cwd, ['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return { gitCheckout: false };
    const current = (await (0,git_change/* git */.$Y)(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
    const originHead = (await (0,git_change/* git */.$Y)(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']))?.replace(/^origin\//, '');
    const facts = { gitCheckout: true, ...(current ? { current } : {}) };
    if (originHead)
        return { ...facts, defaultBranch: originHead, defaultFrom: 'origin/HEAD' };
    const configured = await (0,git_change/* git */.$Y)(cwd, ['config', '--get', 'init.defaultBranch']);
    return configured ? { ...facts, defaultBranch: configured, defaultFrom: 'init.defaultBranch' } : facts;
}

// EXTERNAL MODULE: ./src/history/local-store.ts + 2 modules
var local_store = __webpack_require__(69362);
// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/report/summary.ts + 4 modules
var summary = __webpack_require__(55801);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/shell/plan-options.ts
var plan_options = __webpack_require__(39016);
// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(73920);
// EXTERNAL MODULE: ./src/shell/repo.ts
var repo = __webpack_require__(73312);
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

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(87911);
;// CONCATENATED MODULE: ./src/cli/main.ts


















const EXIT = { passed: 0, failed: 1, badInput: 2 };
const stdio = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t)
};
/**
 * Runs one CLI command and returns the exit code; never throws. Everything printed goes through
 * the neutralising writers: much of it comes from reports, and CI runs the CLI too.
 */
async function runCli(argv, io = stdio) {
    const out = new NeutralWriter(io.out, printsJson(argv) ? 'json' : 'text');
    const err = new NeutralWriter(io.err, 'text');
    try {
        return await runCommand(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    }
    finally {
        out.end();
        err.end();
    }
}
/** Whether stdout carries JSON (`--json`, or `shard --format json`), whose values must stay exact. */
function printsJson(argv) {
    const shardJson = argv[0] === 'shard' && argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
    return shardJson || argv.includes('--json');
}
async function runCommand(argv, io) {
    const [command, ...rest] = argv;
    try {
        if (command === 'gate')
            return await gateCommand(rest, io);
        if (command === 'parse')
            return await parse(rest, io);
        if (command === 'plan')
            return await plan(rest, io);
        if (command === 'shard')
            return await shard(rest, io);
        if (command === 'compare')
            return await compare(rest, io);
        if (command === 'measure')
            return await measureCommand(rest, io);
        if (command === 'canary')
            return await (await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 88040))).canaryCommand(rest, io);
        if (command === 'init')
            return await (await __webpack_require__.e(/* import() */ 876).then(__webpack_require__.bind(__webpack_require__, 79876))).initCommand(rest, io);
        throw new config_file/* UsageError */.eb(`Unknown command "${command ?? ''}". Run pipeline-gates --help for the commands.`);
    }
    catch (err) {
        if (err instanceof config_file/* UsageError */.eb) {
            io.err(`pipeline-gates: ${[err.message, ...err.problems.map(problems/* formatProblem */.V)].join('\n  ')}\n`);
            return EXIT.badInput;
        }
        io.err(`pipeline-gates: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return EXIT.badInput;
    }
}
async function gateCommand(args, io) {
    const { values } = parseArgsStrict(args, {
        junit: { type: 'string', multiple: true },
        coverage: { type: 'string', multiple: true },
        sarif: { type: 'string', multiple: true },
        metrics: { type: 'string', multiple: true },
        benchmarks: { type: 'string', multiple: true },
        'benchmarks-base': { type: 'string', multiple: true },
        base: { type: 'string' },
        label: { type: 'string', multiple: true },
        'pr-body': { type: 'string' },
        config: { type: 'string' },
        history: { type: 'string' },
        record: { type: 'boolean' },
        'no-record': { type: 'boolean' },
        'default-branch': { type: 'string' },
        'change-points': { type: 'boolean' },
        'min-tests': { type: 'string' },
        'max-failures': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.out(`${help/* HELP */._}\n`);
        return EXIT.passed;
    }
    const minTests = count(values['min-tests'], '--min-tests');
    const maxFailures = count(values['max-failures'], '--max-failures');
    const settings = (0,config_settings/* resolveSettings */.Mo)(await (0,config_file/* loadConfigFile */.HT)(values.config), {
        ...(values.junit ? { junit: values.junit } : {}),
        ...(values.coverage ? { coverage: values.coverage } : {}),
        ...(values.sarif ? { sarif: values.sarif } : {}),
        ...(values.metrics ? { metrics: values.metrics } : {}),
        ...(values.benchmarks ? { benchmarks: values.benchmarks } : {}),
        ...(values['benchmarks-base'] ? { benchmarksBase: values['benchmarks-base'] } : {}),
        ...(minTests !== undefined ? { minTests } : {}),
        ...(maxFailures !== undefined ? { maxFailures } : {})
    });
    const root = process.cwd();
    const local = await localHistory(values, settings, root);
    // A missing or mistyped --base is exit 2 here, where the action would only note it.
    const change = values.base ? await (0,git_change/* changeAgainst */.oh)(root, values.base, 'error') : undefined;
    // Labels and a body make the local run behave like the PR would (waivers, approvals).
    const pr = values.label || values['pr-body'] !== undefined ? { labels: values.label ?? [], body: values['pr-body'] ?? '', approvedBy: [] } : undefined;
    // Unique even for runs started in the same millisecond: a history keeps one entry per run id.
    const runId = `local-${Date.now()}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    const outcome = await (0,gate_job/* runGateJob */.C)(settings, {
        files: (0,report_files/* reportFiles */.I)(root),
        repo: await (0,repo/* loadRepoPaths */.$)(root),
        ...(local ? { history: local.store, current: { sha: local.sha, runId } } : {}),
        ...(change ? { change } : {}),
        ...(pr ? { pr } : {}),
        changePoints: !!values['change-points']
    });
    if (values.json)
        io.out(`${JSON.stringify((0,json_report/* buildJsonReport */.X)(outcome, settings.configId), null, 2)}\n`);
    else
        io.out((0,summary/* renderMarkdown */.G)(outcome, { title: settings.checkName, ...(local ? { historyStore: local.store.description } : {}) }, Infinity));
    for (const w of outcome.warnings)
        io.err(`warning: ${w}\n`);
    for (const p of outcome.problems)
        io.err(`error: ${(0,problems/* formatProblem */.V)(p)}\n`);
    if (local)
        await recordLocally(local, outcome, settings, runId, io);
    if (!values.json)
        io.out(`\nVerdict: ${outcome.verdict.passed ? 'PASSED' : 'FAILED'} (${outcome.verdict.conclusion})\n`);
    if (outcome.problems.length)
        return EXIT.badInput;
    return outcome.verdict.passed ? EXIT.passed : EXIT.failed;
}
/** The --history store and whether this run goes into it; checked before any report is read. */
async function localHistory(values, settings, root) {
    if (values.record && values['no-record'])
        throw new config_file/* UsageError */.eb('--record and --no-record cannot be given together.');
    if (!values.history)
        return undefined;
    const store = new local_store/* LocalHistoryStore */.vn(values.history, settings.configId, { maxRuns: settings.maxRuns });
    await store.check();
    const flags = { record: !!values.record, noRecord: !!values['no-record'], ...(values['default-branch'] ? { defaultBranch: values['default-branch'] } : {}) };
    return { store, recording: recordDecision(flags, await branchFacts(root)), sha: (await (0,git_change/* git */.$Y)(root, ['rev-parse', 'HEAD'])) ?? '' };
}
/** Saves the run into --history when the record rule allows it, saying why not when it does not. */
async function recordLocally({ store, recording, sha }, outcome, settings, runId, io) {
    if (!recording.record)
        return io.err(`History not recorded: ${recording.reason}.\n`);
    const update = (0,record/* historyAfterRun */.S)(outcome, settings.configId, { runId, sha, attempt: 1, ref: recording.ref, runUrl: '' }, new Date(), settings.maxRuns);
    if (!update.save)
        return io.err(`History not saved: ${update.reason}.\n`);
    const saved = await store.save(update.history);
    for (const w of saved.warnings ?? [])
        io.err(`warning: ${w}\n`);
    if (!saved.saved)
        io.err(`History not saved: ${saved.detail}.\n`);
}
async function parse(args, io) {
    const { values, positionals } = parseArgsStrict(args, { format: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length === 0)
        throw new config_file/* UsageError */.eb('parse needs at least one FILE. Run pipeline-gates --help for the options.');
    const { parseCommand } = await __webpack_require__.e(/* import() */ 537).then(__webpack_require__.bind(__webpack_require__, 99537));
    return parseCommand({ files: positionals, ...(values.format ? { format: values.format } : {}), json: !!values.json }, io);
}
async function plan(args, io) {
    const { values } = parseArgsStrict(args, {
        tests: { type: 'string', multiple: true },
        'tests-file': { type: 'string' },
        'tests-command': { type: 'string' },
        shards: { type: 'string' },
        'target-seconds': { type: 'string' },
        'overhead-seconds': { type: 'string' },
        'max-shards': { type: 'string' },
        granularity: { type: 'string' },
        timings: { type: 'string', multiple: true },
        history: { type: 'string' },
        'previous-plan': { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        json: { type: 'boolean' }
    });
    const granularity = values.granularity ?? 'file';
    if (granularity !== 'file' && granularity !== 'case')
        throw new config_file/* UsageError */.eb(`--granularity must be "file" or "case", got "${granularity}".`);
    const config = await (0,config_file/* loadConfigFile */.HT)(values.config);
    const { planCommand } = await Promise.all(/* import() */[__webpack_require__.e(760), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943));
    return planCommand({
        tests: values.tests ?? [],
        ...(values['tests-file'] ? { testsFile: values['tests-file'] } : {}),
        ...(values['tests-command'] ? { testsCommand: values['tests-command'] } : {}),
        shards: (0,plan_options/* shardCount */.o)(values.shards, values['target-seconds'], values['overhead-seconds'], values['max-shards']),
        granularity,
        timings: values.timings ?? [],
        ...(values.history ? { history: values.history } : {}),
        ...(values['previous-plan'] ? { previousPlan: values['previous-plan'] } : {}),
        ...(values.out ? { out: values.out } : {}),
        configId: config.id,
        json: !!values.json
    }, io);
}
async function shard(args, io) {
    const { values } = parseArgsStrict(args, { plan: { type: 'string' }, shard: { type: 'string' }, format: { type: 'string' } });
    if (!values.plan)
        throw new config_file/* UsageError */.eb('shard needs --plan FILE (a plan written by pipeline-gates plan --out FILE).');
    const index = count(values.shard, '--shard');
    if (!index)
        throw new config_file/* UsageError */.eb('shard needs --shard N (1-based).');
    const format = values.format ?? 'words';
    if (format !== 'words' && format !== 'lines' && format !== 'json')
        throw new config_file/* UsageError */.eb(`--format must be words, lines or json, got "${format}".`);
    const { shardCommand } = await Promise.all(/* import() */[__webpack_require__.e(760), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943));
    return shardCommand({ plan: values.plan, shard: index, format }, io);
}
async function compare(args, io) {
    const { values } = parseArgsStrict(args, {
        base: { type: 'string', multiple: true },
        head: { type: 'string', multiple: true },
        q: { type: 'string' },
        'min-effect': { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' }
    });
    const { compareCommand } = await __webpack_require__.e(/* import() */ 513).then(__webpack_require__.bind(__webpack_require__, 89513));
    return compareCommand({
        base: values.base ?? [],
        head: values.head ?? [],
        q: fraction(values.q, '--q', 0.01, false),
        minEffect: fraction(values['min-effect'], '--min-effect', 0.03, true),
        ...(values.format ? { format: values.format } : {}),
        json: !!values.json
    }, io);
}
async function measureCommand(args, io) {
    const split = args.indexOf('--');
    if (split === -1 || split === args.length - 1)
        throw new config_file/* UsageError */.eb('measure needs the command after "--", e.g. pipeline-gates measure --runs 10 -- node -e "import(\'./dist/index.js\')".');
    const { values } = parseArgsStrict(args.slice(0, split), {
        runs: { type: 'string' },
        warmup: { type: 'string' },
        'base-dir': { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' }
    });
    const runs = count(values.runs, '--runs') ?? 10;
    if (runs < 1)
        throw new config_file/* UsageError */.eb('--runs must be at least 1.');
    const { measure, describeMeasured } = await __webpack_require__.e(/* import() */ 618).then(__webpack_require__.bind(__webpack_require__, 37618));
    const measured = await measure({
        argv: args.slice(split + 1),
        runs,
        warmup: count(values.warmup, '--warmup') ?? 1,
        ...(values['base-dir'] ? { baseDir: values['base-dir'] } : {}),
        name: values.name ?? 'command',
        out: values.out ?? '.pipeline-gates/measure'
    }, io);
    io.out(values.json ? `${JSON.stringify({ head: measured.head, base: measured.base ?? null, files: measured.files }, null, 2)}\n` : describeMeasured(measured));
    return EXIT.passed;
}
/** A fraction flag: (0, 1) for a level, [0, 1) for an effect. */
function fraction(raw, flag, fallback, zeroOk) {
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n >= 1 || n < 0 || (!zeroOk && n === 0)) {
        throw new config_file/* UsageError */.eb(`${flag} must be a fraction ${zeroOk ? '≥ 0' : '> 0'} and < 1 (e.g. 0.03 for 3%), got "${raw}".`);
    }
    return n;
}
function parseArgsStrict(args, options, allowPositionals = false) {
    try {
        return (0,external_node_util_.parseArgs)({ args: [...args], options, strict: true, allowPositionals });
    }
    catch (err) {
        throw new config_file/* UsageError */.eb(`${err.message.split('\n', 1)[0]}. Run pipeline-gates --help for the options.`);
    }
}
function count(raw, flag) {
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new config_file/* UsageError */.eb(`${flag} must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}


/***/ }),

/***/ 39016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ shardCount)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32432);

/** `--shards N`, or `--shards auto` with a target and overhead (GitHub allows 256 jobs per matrix). */
function shardCount(shards, target, overhead, max) {
    if (shards === undefined)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('plan needs --shards N or --shards auto --target-seconds S.');
    if (shards !== 'auto') {
        const n = count(shards, '--shards');
        if (!n || n > 256)
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--shards must be a number from 1 to 256, or auto; got "${shards}".`);
        return n;
    }
    const targetSeconds = positive(target, '--target-seconds');
    if (targetSeconds === undefined)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--shards auto needs --target-seconds S (the wall time one shard job should stay under).');
    const maxShards = count(max, '--max-shards') ?? 256;
    if (maxShards < 1 || maxShards > 256)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--max-shards must be from 1 to 256, got ${maxShards}.`);
    return { targetSeconds, overheadSeconds: positive(overhead, '--overhead-seconds') ?? 0, maxShards };
}
function positive(raw, flag) {
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a number of seconds ≥ 0, got "${raw}".`);
    return n;
}
function count(raw, flag) {
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}


/***/ })

};
