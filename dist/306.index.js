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
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12011);
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
    return b.unit === 'B' ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(b.value) : (0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .benchmarkValue */ .vh)(b.value, b.unit);
}


/***/ }),

/***/ 87754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ef: () => (/* binding */ pipelineGatesBenchFormat),
/* harmony export */   uW: () => (/* binding */ benchmarksDocument)
/* harmony export */ });
/* unused harmony export BENCHMARKS_SCHEMA */
/* harmony import */ var _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13712);
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

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ decodeChunks),
/* harmony export */   S: () => (/* binding */ readLines)
/* harmony export */ });
/**
 * Bytes → text for every format: the encoding comes from the byte-order mark (UTF-8, UTF-16 LE/BE)
 * or, without one, from the first bytes of an XML document (`<\0` / `\0<`), else UTF-8. The BOM is
 * dropped. Multi-byte characters split across chunks are decoded correctly.
 */
async function* decodeChunks(chunks) {
    let decoder;
    let pendingHigh = '';
    for await (const chunk of chunks) {
        if (typeof chunk === 'string') {
            // A string chunk may end between the two halves of a surrogate pair: hold the first half.
            let text = pendingHigh + (decoder ? chunk : chunk.replace(/^\uFEFF/, ''));
            decoder ??= new TextDecoder('utf-8');
            const last = text.charCodeAt(text.length - 1);
            pendingHigh = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
            if (pendingHigh)
                text = text.slice(0, -1);
            if (text)
                yield text;
            continue;
        }
        let bytes = chunk;
        if (!decoder) {
            const { encoding, skip } = sniffEncoding(bytes);
            decoder = new TextDecoder(encoding);
            bytes = bytes.subarray(skip);
        }
        const text = decoder.decode(bytes, { stream: true });
        if (text)
            yield text;
    }
    const rest = pendingHigh + (decoder?.decode() ?? '');
    if (rest)
        yield rest;
}
function sniffEncoding(b) {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return { encoding: 'utf-8', skip: 3 };
    if (b[0] === 0xff && b[1] === 0xfe)
        return { encoding: 'utf-16le', skip: 2 };
    if (b[0] === 0xfe && b[1] === 0xff)
        return { encoding: 'utf-16be', skip: 2 };
    if (b[0] === 0x3c && b[1] === 0x00)
        return { encoding: 'utf-16le', skip: 0 };
    if (b[0] === 0x00 && b[1] === 0x3c)
        return { encoding: 'utf-16be', skip: 0 };
    return { encoding: 'utf-8', skip: 0 };
}
/** Splits decoded text into lines (LF, CRLF or CR), without holding more than one line. */
async function* readLines(chunks) {
    let carry = '';
    let number = 0;
    for await (const text of decodeChunks(chunks)) {
        let buffer = carry + text;
        // A chunk ending in "\r" may be the first half of "\r\n": hold the "\r" back.
        const hold = buffer.endsWith('\r') ? '\r' : '';
        if (hold)
            buffer = buffer.slice(0, -1);
        const parts = buffer.split(/\r\n|\n|\r/);
        carry = (parts.pop() ?? '') + hold;
        for (const line of parts)
            yield { text: line, number: ++number };
    }
    carry = carry.replace(/\r$/, '');
    if (carry)
        yield { text: carry, number: ++number };
}


/***/ }),

/***/ 13712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WD: () => (/* binding */ SCALARS),
/* harmony export */   _l: () => (/* binding */ JsonContentError),
/* harmony export */   fM: () => (/* binding */ streamJson),
/* harmony export */   yp: () => (/* binding */ Shape)
/* harmony export */ });
/* harmony import */ var _streamparser_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(535);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24664);



/** Thrown from a value callback to stop parsing: the message becomes a problem at that value. */
class JsonContentError extends Error {
}
/**
 * Feeds decoded chunks to @streamparser/json and calls `onValue` for each complete value matching
 * `paths` (all values when undefined). Emitted values are dropped from their parents
 * (`keepStack: false`), so memory stays at the largest selected value, never the whole document.
 * Structure is checked here, token by token, so an error names what was expected where.
 */
async function streamJson(file, chunks, paths, onValue) {
    const window = new TextWindow();
    const shape = new Shape();
    const tokenizer = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .Tokenizer */ ._F();
    const parser = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenParser */ .zb({ paths, keepStack: false });
    let problem;
    let bug;
    const fail = (message, at) => {
        problem ??= { file, ...(at ?? window.end()), message };
    };
    tokenizer.onToken = (token) => {
        if (problem || bug)
            return;
        // The tokenizer reports whatever its callback throws as a JSON error: keep our own bugs apart.
        let expected;
        try {
            expected = shape.advance(token);
        }
        catch (err) {
            bug = err;
            return;
        }
        if (expected)
            fail(`invalid JSON: expected ${expected}, found ${describeToken(token)}`, window.locate(token.offset));
        else
            parser.write(token);
    };
    parser.onValue = (info) => {
        if (problem || bug || info.value === undefined)
            return;
        try {
            onValue({ value: info.value, path: pathOf(info), start: shape.lastStart }, window);
        }
        catch (err) {
            if (err instanceof JsonContentError)
                fail(err.message, window.locate(shape.lastStart));
            else
                bug = err;
        }
    };
    // Once the top-level value is complete the tokenizer ends, so any text after it is an error there.
    parser.onEnd = () => {
        if (!tokenizer.isEnded)
            tokenizer.end();
    };
    tokenizer.onError = parser.onError = (err) => {
        if (!problem && !bug)
            fail(...explainError(err, shape, window));
    };
    let carry = '';
    for await (const text of (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeChunks */ .$)(chunks)) {
        // A string chunk may end between the two halves of a surrogate pair: keep the first half back.
        const whole = carry + text;
        const split = /[\uD800-\uDBFF]$/.test(whole) ? whole.length - 1 : whole.length;
        carry = whole.slice(split);
        write(whole.slice(0, split));
        if (problem || bug)
            break;
    }
    if (!problem && !bug) {
        write(carry);
        if (!tokenizer.isEnded)
            tokenizer.end(); // flushes a number at the very end; a token cut short arrives via onError
    }
    if (bug)
        throw bug;
    if (shape.root && shape.expecting !== 'end')
        fail(`unexpected end of file: expected ${shape.expected()}`);
    return { ...(problem && { problem }), ...(shape.root && { root: shape.root }), topLevelKeys: shape.topLevelKeys };
    function write(text) {
        if (!text)
            return;
        window.add(text);
        tokenizer.write(text);
    }
}
function pathOf(info) {
    const path = [];
    for (let i = 1; i < info.stack.length; i++)
        path.push(info.stack[i].key);
    if (info.stack.length > 0)
        path.push(info.key);
    return path;
}
const SCALARS = new Set([_streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.TRUE, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.FALSE, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NULL]);
/** The JSON grammar as a small state machine over tokens: what may come next, and where values start. */
class Shape {
    expecting = 'value';
    root;
    topLevelKeys = new Set();
    /** Start offset of the value completed last (a container's is its opening bracket). */
    lastStart = 0;
    open = [];
    key = '';
    /** Takes one token; returns what was expected instead when it does not fit. */
    advance(t) {
        const e = this.expecting;
        if ((e === 'value' || e === 'value-or-close') && this.isValue(t))
            return undefined;
        if (e === 'value-or-close' && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET)
            return this.close();
        if ((e === 'key' || e === 'key-or-close') && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
            this.key = t.value;
            this.expecting = 'colon';
            return undefined;
        }
        if (e === 'key-or-close' && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE)
            return this.close();
        if (e === 'colon' && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COLON) {
            if (this.open.length === 1)
                this.topLevelKeys.add(this.key);
            this.expecting = 'value';
            return undefined;
        }
        if (e === 'comma-or-close') {
            const inObject = this.open[this.open.length - 1]?.bracket === '{';
            if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COMMA)
                this.expecting = inObject ? 'key' : 'value';
            else if (t.token === (inObject ? _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE : _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET))
                return this.close();
            else
                return this.expected();
            return undefined;
        }
        return this.expected();
    }
    expected() {
        const closer = this.open[this.open.length - 1]?.bracket === '{' ? '"}"' : '"]"';
        const names = {
            value: 'a value',
            'value-or-close': 'a value or "]"',
            key: 'a property name in double quotes',
            'key-or-close': 'a property name in double quotes or "}"',
            colon: '":"',
            'comma-or-close': `"," or ${closer}`,
            end: 'the end of the file'
        };
        return names[this.expecting];
    }
    isValue(t) {
        const object = t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE;
        if (object || t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET) {
            this.root ??= object ? 'object' : 'array';
            this.open.push({ bracket: object ? '{' : '[', start: t.offset });
            this.expecting = object ? 'key-or-close' : 'value-or-close';
            return true;
        }
        if (!SCALARS.has(t.token))
            return false;
        this.root ??= 'scalar';
        this.lastStart = t.offset;
        this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
        return true;
    }
    close() {
        this.lastStart = this.open.pop().start;
        this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
        return undefined;
    }
}
function describeToken(t) {
    if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
        const s = t.value;
        return `the string ${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(s)}`;
    }
    if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER)
        return `the number ${String(t.value)}`;
    return t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.TRUE || t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.FALSE || t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NULL
        ? String(t.value)
        : JSON.stringify(t.value);
}
/** The library's messages carry a byte offset and its internal state; we turn them into ours. */
function explainError(err, shape, window) {
    const bad = /^Unexpected "[\s\S]*" at chunk position "\d+" \(absolute position "(\d+)"\) in state (\w+)$/.exec(err.message);
    if (bad) {
        const offset = Number(bad[1]);
        return [`invalid JSON: expected ${expectedIn(bad[2], shape)}, found ${window.charAt(offset)}`, window.locate(offset)];
    }
    const cut = /^Tokenizer ended in the middle of a token \(state: (\w+)\)/.exec(err.message);
    if (cut)
        return [`unexpected end of file: expected ${expectedIn(cut[1], shape)}`, undefined];
    return [`invalid JSON: ${err.message}`, undefined];
}
function expectedIn(state, shape) {
    for (const literal of ['true', 'false', 'null']) {
        if (state.startsWith(literal.toUpperCase()))
            return `the rest of "${literal}"`;
    }
    if (state === 'STRING_DEFAULT')
        return 'more string characters and a closing quote (control characters must be escaped, e.g. \\n)';
    if (state === 'STRING_AFTER_BACKSLASH')
        return 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX';
    if (state.startsWith('STRING'))
        return 'a hexadecimal digit of a \\uXXXX escape';
    if (state.startsWith('NUMBER'))
        return 'a digit';
    return shape.expected();
}
/** The last MiB of text read, with the line and column where each piece starts, to locate errors. */
class TextWindow {
    pieces = [];
    total = 0;
    kept = 0;
    line = 1;
    column = 1;
    add(text) {
        const bytes = Buffer.byteLength(text, 'utf8');
        const last = this.pieces[this.pieces.length - 1];
        // Merge small pieces so a stream of tiny chunks does not become a long list.
        if (last && last.bytes < 16 * 1024) {
            last.text += text;
            last.bytes += bytes;
        }
        else
            this.pieces.push({ start: this.total, bytes, text, line: this.line, column: this.column });
        this.total += bytes;
        this.kept += bytes;
        ({ line: this.line, column: this.column } = advance(this.line, this.column, text));
        while (this.pieces.length > 1 && this.kept - this.pieces[0].bytes >= 1024 * 1024)
            this.kept -= this.pieces.shift().bytes;
    }
    end() {
        return { line: this.line, column: this.column };
    }
    locate(offset) {
        if (offset >= this.total)
            return this.end();
        const piece = this.pieces.find((p) => offset >= p.start && offset < p.start + p.bytes);
        if (!piece)
            return undefined;
        const before = Buffer.from(piece.text).subarray(0, offset - piece.start).toString('utf8');
        return advance(piece.line, piece.column, before);
    }
    /** The character at a byte offset, quoted for a message. */
    charAt(offset) {
        const piece = this.pieces.find((p) => offset >= p.start && offset < p.start + p.bytes);
        if (!piece)
            return 'an unexpected character';
        const rest = Buffer.from(piece.text).subarray(offset - piece.start, offset - piece.start + 4).toString('utf8');
        return (0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(String.fromCodePoint(rest.codePointAt(0) ?? 0xfffd));
    }
}
function advance(line, column, text) {
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak === -1)
        return { line, column: column + text.length };
    let breaks = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        breaks++;
    return { line: line + breaks, column: text.length - lastBreak };
}


/***/ }),

/***/ 24664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   NH: () => (/* binding */ hideExcerpts),
/* harmony export */   UQ: () => (/* binding */ jsonSyntaxError)
/* harmony export */ });
/* unused harmony export EXCERPT_MAX */
/**
 * File content quoted in a message. A report path can be a link to a secret (.git/config holds
 * the checkout token's header, a dotenv file holds keys), and GitHub masks secrets in logs, not in
 * what we post. So a message quotes content only through `excerpt()`: at most 40 characters, no
 * control characters, between “curly quotes” that nothing else in our messages uses; and what we
 * post (PR comment, check run, job summary, JSON report) shows `hideExcerpts(message)`, which
 * keeps the quotes and drops what is between them. The log and the CLI's stderr keep the excerpt.
 */
const EXCERPT_MAX = 40;
const OPEN = '“';
const CLOSE = '”';
const HIDDEN = `${OPEN}…${CLOSE}`;
// C0 and C1 controls, DEL, bidi overrides and isolates, zero-width and line/paragraph separators.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
/** A clipped, inert quotation of `value` (a string as is, anything else as JSON; `nothing` for undefined). */
function excerpt(value) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    // Bounded before any regex work: a 1 GB "line" costs no more than a short one.
    const head = Array.from(text.slice(0, EXCERPT_MAX * 4));
    const clean = Array.from(head
        .join('')
        .replace(/[\t\n\r]+/g, ' ')
        .replace(INVISIBLE, '')
        .replace(/[“”]/g, '"'));
    const clipped = clean.length > EXCERPT_MAX || text.length > EXCERPT_MAX * 4 ? `${clean.slice(0, EXCERPT_MAX - 1).join('')}…` : clean.join('');
    return `${OPEN}${clipped}${CLOSE}`;
}
/** The message with every excerpt replaced by “…”: for anything posted or uploaded. */
function hideExcerpts(message) {
    return message.includes(OPEN) ? message.replace(/“[^“”]*”/g, HIDDEN) : message;
}
/**
 * A JSON.parse error without the piece of text V8 quotes in its message ("Unexpected token 'c',
 * "[core]…" is not valid JSON"): what went wrong and where, as far as the message says.
 */
function jsonSyntaxError(err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message)?.[1];
    const what = /Unexpected end|Unterminated/.test(message) ? 'it ends too early' : 'an unexpected character';
    return `${what}${at === undefined ? '' : ` at character ${Number(at) + 1}`}`;
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ow: () => (/* binding */ wallTime),
/* harmony export */   Pm: () => (/* binding */ storedSeconds),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   bS: () => (/* binding */ roundHalfUp),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   tH: () => (/* binding */ sig3),
/* harmony export */   vh: () => (/* binding */ benchmarkValue)
/* harmony export */ });
/* unused harmony exports points, duration */
/**
 * Numbers as the people reading them expect: three significant digits, percentages rounded half
 * up as coverage.py and pytest-cov print them, times in the unit a benchmark tool's users read
 * (ms, µs), and counts with the noun in the right number. Every renderer goes through here, so a
 * number reads the same in the summary, the CLI and the plan. Pure.
 */
/**
 * `x` rounded half up (away from zero) at `decimals` places, judged on the shortest decimal that
 * prints `x`: 1.005 → 1.01, where `toFixed` gives 1.00 because the binary value is 1.00499….
 */
function roundHalfUp(x, decimals) {
    if (!Number.isFinite(x))
        return x;
    const [mantissa, exponent = '0'] = String(Math.abs(x)).split('e');
    const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
    const [m2, e2 = '0'] = String(scaled).split('e');
    return Math.sign(x) * Number(`${m2}e${Number(e2) - decimals}`);
}
/** Three significant digits (`0.492`, `12.3`, `919`); whole numbers from 100 up keep every digit. */
function sig3(x) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    const digits = Math.floor(Math.log10(Math.abs(x)));
    return String(roundHalfUp(x, Math.max(0, 2 - digits)));
}
/** `fraction` (0.4286) as a percentage with up to `decimals` places: `42.86%`. */
function percent(fraction, decimals = 2) {
    return `${roundHalfUp(100 * fraction, decimals)}%`;
}
/** A difference of two percentages, in percentage points: `−1.5 pp`. Only for differences. */
function points(difference, decimals = 2) {
    return `${roundHalfUp(difference, decimals)} pp`;
}
/** `n` and the noun, in the right number: `1 test`, `2 tests`, `1 match`, `3 matches`. */
function plural(n, one, many = /(?:s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
// The plural nouns gate metrics are named with ("failed tests", "regressed benchmarks").
const SINGULAR = {
    tests: 'test', benchmarks: 'benchmark', files: 'file', findings: 'finding', reports: 'report', shards: 'shard', runs: 'run', lines: 'line', metrics: 'metric'
};
/** `n` before a plural phrase, the phrase made singular for one: `1 failed test`, `2 failed tests`. */
function count(n, phrase) {
    if (n !== 1)
        return `${n} ${phrase}`;
    return `${n} ${phrase.replace(/\b(tests|benchmarks|files|findings|reports|shards|runs|lines|metrics)\b/, (w) => SINGULAR[w])}`;
}
/** Seconds in the unit that reads best: `820 ns`, `12.3 µs`, `1.09 ms`, `0.492 s` → `492 ms`, `12.3 s`. */
function duration(s) {
    const a = Math.abs(s);
    if (a === 0 || !Number.isFinite(a))
        return `${s} s`;
    if (a < 1e-6)
        return `${sig3(s * 1e9)} ns`;
    if (a < 1e-3)
        return `${sig3(s * 1e6)} µs`;
    if (a < 1)
        return `${sig3(s * 1e3)} ms`;
    return `${sig3(s)} s`;
}
/** Wall-clock spans of a plan or a job: `42.5 s`, `13 min 10 s`. */
function wallTime(s) {
    if (s < 60)
        return `${sig3(s)} s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return rest === 60 ? `${m + 1} min 0 s` : `${m} min ${rest} s`;
}
/** Bytes in binary units: `512 B`, `1.5 KiB`, `12.3 MiB`. */
function bytes(b) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = b;
    let u = 0;
    while (Math.abs(v) >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? Math.round(v) : sig3(v)} ${units[u]}`;
}
/**
 * A benchmark value in its tool's unit, as the tool's users read it. Times in seconds scale to
 * ms/µs (hyperfine prints `491.9 ms`); pytest-benchmark's rate (`iter/sec`, kept as the stored
 * value so github-action-benchmark histories carry over) shows as time per round, as
 * pytest-benchmark's own table does; everything else keeps its unit with three digits.
 */
function benchmarkValue(value, unit) {
    if (unit === 's' || unit === 'sec' || unit === 'seconds')
        return duration(value);
    if (unit === 'iter/sec' && value > 0)
        return `${duration(1 / value)} per round`;
    return `${sig3(value)} ${unit}`;
}
/** Seconds kept in JSON (plans, reports): to the millisecond, far below timing noise. */
function storedSeconds(s) {
    return roundHalfUp(s, 3);
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


/***/ }),

/***/ 78269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ median)
/* harmony export */ });
/** The median of a non-empty list (the mean of the middle two for an even count). */
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}


/***/ })

};
