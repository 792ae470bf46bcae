export const id = 618;
export const ids = [618];
export const modules = {

/***/ 37618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeMeasured: () => (/* binding */ describeMeasured),
  measure: () => (/* binding */ measure)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
;// CONCATENATED MODULE: ./src/engine/measure-results.ts

/** Runs of one command become two benchmarks: wall time and peak memory, with every sample kept. */
function measuredBenchmarks(name, runs) {
    const seconds = runs.map((r) => r.seconds);
    const out = [result(`${name} wall time`, seconds, 's', 's')];
    const rss = runs.map((r) => r.peakRssBytes).filter((b) => b !== undefined);
    if (rss.length === runs.length && rss.length > 0)
        out.push(result(`${name} peak RSS`, rss, 'B', 'B'));
    return out;
}
function result(name, samples, unit, base) {
    const value = (0,median/* median */.J)(samples);
    return { name, value, unit, direction: 'smaller-is-better', samples, normalized: { unit: base, value, samples } };
}

// EXTERNAL MODULE: ./src/ingest/formats/benchmarks/pipeline-gates-bench.ts
var pipeline_gates_bench = __webpack_require__(87754);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/shell/measure.ts


const POLL_MS = 10;
async function runOnce(o) {
    const [file, ...args] = o.argv;
    if (!file)
        throw new Error('no command to measure');
    const started = process.hrtime.bigint();
    const child = (0,external_node_child_process_.spawn)(file, args, { cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => o.onOutput?.(d));
    child.stderr.on('data', (d) => o.onOutput?.(d));
    let peak;
    let polling = true;
    const poll = async () => {
        while (polling && child.pid !== undefined) {
            const rss = await treeRss(child.pid);
            if (rss !== undefined)
                peak = Math.max(peak ?? 0, rss);
            await new Promise((r) => setTimeout(r, POLL_MS));
        }
    };
    const polled = poll();
    const exitCode = await new Promise((resolve, reject) => {
        const timer = o.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), o.timeoutMs) : undefined;
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve(code);
        });
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    polling = false;
    await polled;
    return { seconds, ...(peak !== undefined ? { peakRssBytes: peak } : {}), exitCode };
}
/** Σ VmRSS over the tree, or the root's VmHWM if larger; undefined without /proc or once gone. */
async function treeRss(root) {
    const status = await procStatus(root);
    if (!status)
        return undefined;
    let total = status.rss;
    for (const pid of await descendants(root))
        total += (await procStatus(pid))?.rss ?? 0;
    return Math.max(total, status.hwm);
}
async function procStatus(pid) {
    try {
        const text = await (0,promises_.readFile)(`/proc/${pid}/status`, 'utf8');
        const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
        return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
    }
    catch {
        return undefined;
    }
}
async function descendants(root) {
    const out = [];
    const queue = [root];
    while (queue.length) {
        const pid = queue.shift();
        try {
            for (const task of await (0,promises_.readdir)(`/proc/${pid}/task`)) {
                const children = (await (0,promises_.readFile)(`/proc/${pid}/task/${task}/children`, 'utf8')).trim();
                for (const c of children ? children.split(/\s+/).map(Number) : []) {
                    out.push(c);
                    queue.push(c);
                }
            }
        }
        catch {
            // The process ended while we looked: its children are gone or reparented.
        }
    }
    return out;
}
/**
 * Base and head alternate in ABBA order (A B B A A B B A …) so a drift in the machine's speed
 * during the job hits both equally; warm-up runs of each come first and are discarded.
 */
async function measureAbba(o) {
    for (let i = 0; i < o.warmup; i++) {
        if (o.base)
            await runOnce(o.base);
        await runOnce(o.head);
    }
    const head = [];
    const base = [];
    for (let i = 0; i < o.runs; i++) {
        const baseFirst = i % 2 === 0;
        if (o.base && baseFirst)
            base.push(await runOnce(o.base));
        head.push(await runOnce(o.head));
        if (o.base && !baseFirst)
            base.push(await runOnce(o.base));
    }
    return { head, base };
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/shell/measure-job.ts







/**
 * `pipeline-gates measure -- COMMAND`: wall time and peak RSS of N runs (ABBA with --base-dir),
 * written as benchmark files that `compare` and the gate read.
 */
async function measure(o, io) {
    const cwd = process.cwd();
    const result = await measureAbba({
        runs: o.runs,
        warmup: o.warmup,
        head: { argv: o.argv, cwd },
        ...(o.baseDir ? { base: { argv: o.argv, cwd: external_node_path_default().resolve(o.baseDir) } } : {})
    }).catch((err) => {
        if (err.code === 'ENOENT')
            throw new config_file/* UsageError */.eb(`The command "${o.argv[0]}" was not found${o.baseDir ? ` (or the base dir ${o.baseDir} does not exist)` : ''}; commands run without a shell.`);
        throw err;
    });
    failIfAnyRunFailed(result.head, 'head', o.argv);
    failIfAnyRunFailed(result.base, 'base', o.argv);
    const head = measuredBenchmarks(o.name, result.head);
    const base = o.baseDir ? measuredBenchmarks(o.name, result.base) : undefined;
    await (0,promises_.mkdir)(o.out, { recursive: true });
    const files = { head: external_node_path_default().join(o.out, 'head.json'), ...(base ? { base: external_node_path_default().join(o.out, 'base.json') } : {}) };
    await (0,promises_.writeFile)(files.head, `${JSON.stringify((0,pipeline_gates_bench/* benchmarksDocument */.uW)(head), null, 2)}\n`);
    if (base && files.base)
        await (0,promises_.writeFile)(files.base, `${JSON.stringify((0,pipeline_gates_bench/* benchmarksDocument */.uW)(base), null, 2)}\n`);
    if (!result.head.some((r) => r.peakRssBytes !== undefined))
        io.err('warning: peak RSS needs Linux /proc; only wall time was recorded\n');
    return { head, ...(base ? { base } : {}), files };
}
function failIfAnyRunFailed(runs, side, argv) {
    const failed = runs.findIndex((r) => r.exitCode !== 0);
    if (failed === -1)
        return;
    throw new config_file/* UsageError */.eb(`"${argv.join(' ')}" failed in ${side} run ${failed + 1} (exit ${String(runs[failed]?.exitCode)}): a failing command measures nothing useful.`);
}
function describeMeasured(m) {
    const line = (label, results) => results.map((b) => `${label}${b.name}: median ${measure_job_format(b)} over ${b.samples?.length ?? 1} runs`).join('\n');
    return `${line('', m.head)}${m.base ? `\n${line('base: ', m.base)}` : ''}\nwritten: ${m.files.head}${m.files.base ? `, ${m.files.base}` : ''}\n`;
}
function measure_job_format(b) {
    return b.unit === 'B' ? (0,format/* bytes */.ee)(b.value) : (0,format/* benchmarkValue */.vh)(b.value, b.unit);
}


/***/ })

};
