export const id = 404;
export const ids = [404];
export const modules = {

/***/ 88131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ checkRevision),
/* harmony export */   JH: () => (/* binding */ REVISION_RULE)
/* harmony export */ });
/* unused harmony exports MAX_REVISION_LENGTH, isFullSha, refNameProblem */
/**
 * Which base revisions may reach git. A base comes from a user (`--base`, the `base-ref` dispatch
 * input) or an event payload, and git reads a word that starts with "-" as an option
 * (`--upload-pack=CMD` runs CMD on fetch). So a revision is accepted only as a full commit SHA or a
 * name git itself would accept as a ref (`git check-ref-format --allow-onelevel`), optionally
 * followed by `~N` / `^N` steps, and never with a leading "-" or "+" (a forced refspec).
 */
/** Longer than any real ref name; bounds what a message or cache key can carry. */
const MAX_REVISION_LENGTH = 255;
/** What to tell a user whose value was refused. */
const REVISION_RULE = 'a commit SHA or a branch or tag name (such as main, origin/main, release/1.x or HEAD~1)';
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** `~`, `~N`, `^`, `^N` steps after a name: HEAD~1, main^2. */
const STEPS = /(?:[~^]\d{0,6})+$/;
function isFullSha(value) {
    return FULL_SHA.test(value);
}
function checkRevision(value) {
    if (value === '')
        return { ok: false, reason: 'it is empty' };
    if (value.length > MAX_REVISION_LENGTH)
        return { ok: false, reason: `it is longer than ${MAX_REVISION_LENGTH} characters` };
    if (value.startsWith('-'))
        return { ok: false, reason: 'it starts with "-", which git would read as an option' };
    if (value.startsWith('+'))
        return { ok: false, reason: 'it starts with "+"' };
    if (isFullSha(value))
        return { ok: true, kind: 'sha' };
    const steps = STEPS.exec(value);
    const name = steps ? value.slice(0, steps.index) : value;
    const bad = refNameProblem(name);
    if (bad)
        return { ok: false, reason: bad };
    return { ok: true, kind: steps ? 'relative' : 'name' };
}
/** The rules of `git check-ref-format --allow-onelevel`, as git-check-ref-format(1) lists them. */
function refNameProblem(name) {
    if (name === '')
        return 'it has no name before its ~ or ^ steps';
    if (name === '@')
        return 'it is the single character "@"';
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'it contains ".."';
    if (name.includes('@{'))
        return 'it contains "@{"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'it starts or ends with "/" or has "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return 'a part of it starts with "."';
        if (part.endsWith('.lock'))
            return 'a part of it ends with ".lock"';
    }
    return undefined;
}


/***/ }),

/***/ 40414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/config/values.ts
var config_values = __webpack_require__(73750);
// EXTERNAL MODULE: ./src/engine/gate-job.ts + 14 modules
var gate_job = __webpack_require__(4284);
// EXTERNAL MODULE: ./src/engine/record.ts
var record = __webpack_require__(62861);
// EXTERNAL MODULE: ./src/history/local-store.ts + 2 modules
var local_store = __webpack_require__(69362);
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

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/report/summary.ts + 4 modules
var summary = __webpack_require__(64365);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
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

// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(73920);
// EXTERNAL MODULE: ./src/shell/repo.ts
var repo = __webpack_require__(73312);
// EXTERNAL MODULE: ./src/cli/streams.ts + 1 modules
var streams = __webpack_require__(97310);
;// CONCATENATED MODULE: ./src/cli/gate.ts
















/** `pipeline-gates gate`: the gate job on local files, with a local history folder. */
async function gateCommand(values, io) {
    const settings = (0,config_settings/* resolveSettings */.Mo)(await (0,config_file/* loadConfigFile */.H)(values.config), (0,config_settings/* reportOverrides */.yu)(values, config_values/* flagName */.GI));
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
        return streams/* EXIT */.dc.badInput;
    return outcome.verdict.passed ? streams/* EXIT */.dc.passed : streams/* EXIT */.dc.failed;
}
/** The --history store, whether this run goes into it, and HEAD; worked out before any report is read. */
async function localHistory(values, settings, root) {
    if (values.record && values['no-record'])
        throw new problems/* UsageError */.e('--record and --no-record cannot be given together.');
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
    const run = { runId, sha, attempt: 1, ref: recording.ref, runUrl: '' };
    const saved = await (0,record/* saveHistoryAfterRun */.f)(store, outcome, { configId: settings.configId, run, now: new Date(), maxRuns: settings.maxRuns });
    for (const w of saved.warnings)
        io.err(`warning: ${w}\n`);
    if (saved.status !== 'saved')
        io.err(`${saved.message}\n`);
}


/***/ }),

/***/ 54661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   tV: () => (/* binding */ DEFAULT_PERFORMANCE),
/* harmony export */   vb: () => (/* binding */ needsApproval),
/* harmony export */   yu: () => (/* binding */ reportOverrides)
/* harmony export */ });
/* unused harmony export defaultCheckName */
/* harmony import */ var _gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20796);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92490);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73750);



/** Report globs and test counts given on the command line or as inputs; each one set wins over the file. */
function reportOverrides(o, name) {
    const globs = (key, to) => (o[key]?.length ? { [to]: o[key] } : {});
    const minTests = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeNumber */ .rD)(o['min-tests'], name('min-tests'));
    const maxFailures = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeNumber */ .rD)(o['max-failures'], name('max-failures'));
    return {
        ...globs('junit', 'junit'),
        ...globs('coverage', 'coverage'),
        ...globs('sarif', 'sarif'),
        ...globs('metrics', 'metrics'),
        ...globs('benchmarks', 'benchmarks'),
        ...globs('benchmarks-base', 'benchmarksBase'),
        ...(minTests !== undefined ? { minTests } : {}),
        ...(maxFailures !== undefined ? { maxFailures } : {})
    };
}
function resolveSettings(config, o) {
    const g = config.gates;
    const r = config.reports;
    return {
        configId: config.id,
        junitPatterns: o.junit ?? r.junit ?? [],
        formats: r.formats,
        tests: { action: g.tests.action ?? 'block', minTests: o.minTests ?? g.tests['min-tests'], maxFailures: o.maxFailures ?? g.tests['max-failures'] },
        flaky: g.tests.flaky === 'ignore' ? undefined : { action: g.tests.flaky === 'block' ? 'block' : 'warn' },
        maxRuns: config.history['max-runs'],
        checkName: o.checkName ?? config['check-name'] ?? defaultCheckName(config.id),
        commentMode: o.commentMode ?? config.comment.mode,
        maxAnnotations: o.maxAnnotations ?? config.check['max-annotations'],
        warningsConclusion: config.check.warnings,
        failOnReportError: o.failOnReportError ?? config['fail-on-report-error'],
        coveragePatterns: o.coverage ?? r.coverage ?? [],
        sarifPatterns: o.sarif ?? r.sarif ?? [],
        metricsPatterns: o.metrics ?? r.metrics ?? [],
        benchmarkPatterns: o.benchmarks ?? r.benchmarks ?? [],
        benchmarkBasePatterns: o.benchmarksBase ?? r['benchmarks-base'] ?? [],
        ...(g.coverage ? { coverage: coverageOptions(g.coverage) } : {}),
        security: securityOptions(config),
        ...(g.docs ? { docs: { name: 'docs', action: g.docs.action ?? 'block', when: g.docs.when, require: g.docs.require } } : {}),
        conditions: conditions(config),
        ...(g.performance ? { performance: performanceOptions(g.performance) } : {}),
        ...measureOf(config.measure, o.measure),
        exceptions: exceptionsOf(config),
        approvalLabels: config.approval.labels,
        ...(g.container?.enabled === false ? {} : { container: { action: g.container?.action ?? 'warn', ignore: g.container?.ignore ?? [], exclude: g.container?.exclude ?? [..._schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTAINER_EXCLUDE */ .$5] } }),
        pipeline: pipelineOf(config.pipeline)
    };
}
function pipelineOf(p) {
    return { logs: p.logs, maxJobs: p['max-jobs'], maxLogBytes: Math.round(p['max-log-mb'] * 1024 * 1024), cacheLimitBytes: Math.round(p['cache-limit-gb'] * 1024 ** 3), maxDockerfiles: p['max-dockerfiles'] };
}
function coverageOptions(c) {
    const minimum = { ...(c.lines !== undefined ? { lines: c.lines } : {}), ...(c.branches !== undefined ? { branches: c.branches } : {}) };
    return {
        action: c.action ?? 'block',
        minimum,
        ...(c['max-drop'] !== undefined ? { maxDrop: { lines: c['max-drop'] } } : {}),
        tolerance: c.tolerance,
        ...(c.patch !== undefined ? { patch: c.patch } : {}),
        patchMinLines: c['patch-min-lines'],
        paths: c.paths
    };
}
function securityOptions(config) {
    const out = [];
    for (const name of ['security', 'secrets']) {
        const s = config.gates[name];
        if (!s)
            continue;
        out.push({
            name,
            action: s.action ?? 'block',
            ...(s.tools ? { tools: s.tools } : {}),
            maxBySeverity: s.max,
            maxByLevel: s['max-level'],
            newOnly: s['new-only']
        });
    }
    return out;
}
function performanceOptions(p) {
    return { action: p.action ?? 'block', historyAction: p['history-action'], q: p.q, minEffect: p['min-effect'], maxRegression: p['max-regression'] };
}
/**
 * The performance gate for benchmarks given without a `gates.performance` block: what an empty
 * block means (q 0.01, min-effect 3%, history-mode verdicts warn, A/B regressions block).
 */
const DEFAULT_PERFORMANCE = performanceOptions(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Qn.parse({ gates: { performance: {} } }).gates.performance);
/**
 * `gates.metrics` conditions and `gates.performance.limits`. They were checked when the config
 * was loaded (see `configProblems`), so a parse failure here cannot happen.
 */
function conditions(config) {
    const out = [];
    for (const m of config.gates.metrics) {
        const text = typeof m === 'string' ? m : m.condition;
        const parsed = (0,_gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetricCondition */ .t)(text);
        if (parsed.ok)
            out.push({ condition: parsed.condition, action: (typeof m === 'string' ? undefined : m.action) ?? 'block', gate: `metrics.${parsed.condition.path}` });
    }
    const perf = config.gates.performance;
    for (const text of perf?.limits ?? []) {
        const parsed = (0,_gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetricCondition */ .t)(text);
        if (parsed.ok)
            out.push({ condition: parsed.condition, action: perf?.action ?? 'block', gate: `performance.limit ${parsed.condition.path}` });
    }
    return out;
}
function exceptionsOf(config) {
    const out = {};
    const g = config.gates;
    const add = (name, e) => {
        if (e)
            out[name] = e;
    };
    add('tests', g.tests.exceptions);
    add('coverage', g.coverage?.exceptions);
    add('performance', g.performance?.exceptions);
    add('security', g.security?.exceptions);
    add('secrets', g.secrets?.exceptions);
    add('docs', g.docs?.exceptions);
    if (g.container)
        add('container', g.container.exceptions);
    for (const m of g.metrics) {
        if (typeof m === 'string' || !m.exceptions)
            continue;
        const parsed = (0,_gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetricCondition */ .t)(m.condition);
        add(`metrics.${parsed.ok ? parsed.condition.path : m.condition}`, m.exceptions);
    }
    return out;
}
/** Stable, so it can be made a required status check; the id keeps several configs apart. */
function defaultCheckName(configId) {
    return configId === 'default' ? 'Pipeline Gates' : `Pipeline Gates (${configId})`;
}
/** Whether any gate can end as require-approval (then the PR's reviews are worth fetching). */
function needsApproval(s) {
    const actions = [s.tests.action, s.coverage?.action, s.docs?.action, s.performance?.action, s.container?.action, ...s.security.map((g) => g.action), ...s.conditions.map((c) => c.action)];
    return actions.includes('require-approval');
}
/** The measure block: inputs over the file; a command from either is required to measure. */
function measureOf(file, input) {
    const command = input?.command ?? file?.command;
    if (!command)
        return {};
    const base = input?.['base-dir'] ?? file?.['base-dir'];
    return {
        measure: {
            command,
            name: input?.name ?? file?.name ?? 'command',
            runs: input?.runs ?? file?.runs ?? 10,
            warmup: input?.warmup ?? file?.warmup ?? 1,
            ...(base ? { 'base-dir': base } : {})
        }
    };
}


/***/ })

};
