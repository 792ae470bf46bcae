export const id = 306;
export const ids = [306];
export const modules = {

/***/ 38306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measureCommand: () => (/* binding */ measureCommand)
/* harmony export */ });
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73750);
/* harmony import */ var _engine_measure_job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22112);
/* harmony import */ var _shell_measure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13370);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97310);




/** `pipeline-gates measure [options] -- COMMAND [ARGS...]`: the measure job in this directory. */
async function measureCommand({ values, positionals }, io) {
    const settings = (0,_engine_measure_job_js__WEBPACK_IMPORTED_MODULE_1__/* .measureSettings */ .k6)(values, positionals, _config_values_js__WEBPACK_IMPORTED_MODULE_0__/* .flagName */ .GI);
    const measured = await (0,_engine_measure_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runMeasureJob */ .zd)(settings, (0,_shell_measure_js__WEBPACK_IMPORTED_MODULE_2__/* .measureIo */ .l)(process.cwd(), settings.baseDir));
    for (const w of measured.warnings)
        io.err(`warning: ${w}\n`);
    io.out(values.json ? `${JSON.stringify({ head: measured.head, base: measured.base ?? null, files: measured.files }, null, 2)}\n` : (0,_engine_measure_job_js__WEBPACK_IMPORTED_MODULE_1__/* .describeMeasured */ .aY)(measured));
    return _streams_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.passed;
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

/***/ 22112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ describeMeasured),
/* harmony export */   k6: () => (/* binding */ measureSettings),
/* harmony export */   zd: () => (/* binding */ runMeasureJob)
/* harmony export */ });
/* unused harmony export measuredBenchmarks */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73750);
/* harmony import */ var _ingest_formats_benchmarks_pipeline_gates_bench_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87754);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99437);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60826);
/* harmony import */ var _stats_median_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78269);






function measureSettings(o, argv, name) {
    if (argv.length === 0)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('measure needs the command after "--", e.g. pipeline-gates measure --runs 10 -- node -e "import(\'./dist/index.js\')".');
    return {
        argv,
        runs: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedNumber */ .Xo)(o.runs, name('runs'), 1, Number.MAX_SAFE_INTEGER, 'at least 1') ?? 10,
        warmup: (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeNumber */ .rD)(o.warmup, name('warmup')) ?? 1,
        ...(o['base-dir'] ? { baseDir: o['base-dir'] } : {}),
        name: o.name || 'command',
        out: o.out || '.pipeline-gates/measure'
    };
}
async function runMeasureJob(s, io) {
    const runs = await abba(s, io);
    failIfAnyRunFailed(runs.head, 'head', s.argv);
    failIfAnyRunFailed(runs.base, 'base', s.argv);
    const head = measuredBenchmarks(s.name, runs.head);
    const base = s.baseDir ? measuredBenchmarks(s.name, runs.base) : undefined;
    const files = { head: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(s.out, 'head.json'), ...(base ? { base: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(s.out, 'base.json') } : {}) };
    await io.writeFile(files.head, `${JSON.stringify((0,_ingest_formats_benchmarks_pipeline_gates_bench_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarksDocument */ .uW)(head), null, 2)}\n`);
    if (base && files.base)
        await io.writeFile(files.base, `${JSON.stringify((0,_ingest_formats_benchmarks_pipeline_gates_bench_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarksDocument */ .uW)(base), null, 2)}\n`);
    const warnings = runs.head.some((r) => r.peakRssBytes !== undefined) ? [] : ['peak RSS needs Linux /proc; only wall time was recorded'];
    return { head, ...(base ? { base } : {}), files, warnings };
}
/**
 * Base and head alternate in ABBA order (A B B A A B B A …) so a drift in the machine's speed
 * during the job hits both equally; warm-up runs of each come first and are discarded.
 */
async function abba(s, io) {
    for (let i = 0; i < s.warmup; i++) {
        if (s.baseDir)
            await io.run(s.argv, 'base');
        await io.run(s.argv, 'head');
    }
    const head = [];
    const base = [];
    for (let i = 0; i < s.runs; i++) {
        const baseFirst = i % 2 === 0;
        if (s.baseDir && baseFirst)
            base.push(await io.run(s.argv, 'base'));
        head.push(await io.run(s.argv, 'head'));
        if (s.baseDir && !baseFirst)
            base.push(await io.run(s.argv, 'base'));
    }
    return { head, base };
}
function failIfAnyRunFailed(runs, side, argv) {
    const failed = runs.findIndex((r) => r.exitCode !== 0);
    if (failed === -1)
        return;
    throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`"${argv.join(' ')}" failed in ${side} run ${failed + 1} (exit ${String(runs[failed]?.exitCode)}): a failing command measures nothing useful.`);
}
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
    const value = (0,_stats_median_js__WEBPACK_IMPORTED_MODULE_5__/* .median */ .J)(samples);
    return { name, value, unit, direction: 'smaller-is-better', samples, normalized: { unit: base, value, samples } };
}
/** Two lines a person reads: the median of each benchmark, and where the files went. */
function describeMeasured(m) {
    const line = (label, results) => results.map((b) => `${label}${b.name}: median ${format(b)} over ${b.samples?.length ?? 1} runs`).join('\n');
    return `${line('', m.head)}${m.base ? `\n${line('base: ', m.base)}` : ''}\nwritten: ${m.files.head}${m.files.base ? `, ${m.files.base}` : ''}\n`;
}
function format(b) {
    return b.unit === 'B' ? (0,_model_format_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(b.value) : (0,_model_format_js__WEBPACK_IMPORTED_MODULE_4__/* .benchmarkValue */ .vh)(b.value, b.unit);
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

/***/ 13370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ measureIo)
/* harmony export */ });
/* unused harmony export runOnce */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99437);




const POLL_MS = 10;
async function runOnce(o) {
    const [file, ...args] = o.argv;
    if (!file)
        throw new Error('no command to measure');
    const started = process.hrtime.bigint();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
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
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`/proc/${pid}/status`, 'utf8');
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
            for (const task of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(`/proc/${pid}/task`)) {
                const children = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`/proc/${pid}/task/${task}/children`, 'utf8')).trim();
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
 * The measure job's I/O: each run spawns the command (no shell) in the working directory or the
 * base checkout, and the benchmark files are written where asked.
 */
function measureIo(cwd, baseDir) {
    return {
        async run(argv, side) {
            try {
                return await runOnce({ argv, cwd: side === 'base' && baseDir ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, baseDir) : cwd });
            }
            catch (err) {
                if (err.code !== 'ENOENT')
                    throw err;
                throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`The command "${argv[0]}" was not found${baseDir ? ` (or the base dir ${baseDir} does not exist)` : ''}; commands run without a shell.`);
            }
        },
        async writeFile(file, text) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, file)), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, file), text);
        }
    };
}


/***/ })

};
