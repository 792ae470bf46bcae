export const id = 71;
export const ids = [71];
export const modules = {

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
            return await run(commands/* GATE */.k6, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(815), __webpack_require__.e(305), __webpack_require__.e(21), __webpack_require__.e(816), __webpack_require__.e(691), __webpack_require__.e(281), __webpack_require__.e(252), __webpack_require__.e(462), __webpack_require__.e(384), __webpack_require__.e(893), __webpack_require__.e(348), __webpack_require__.e(404)]).then(__webpack_require__.bind(__webpack_require__, 40414))).gateCommand(a.values, io));
        case 'parse':
            return await run(commands/* PARSE */.Os, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(691), __webpack_require__.e(252), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 99537))).parseCommand(a, io));
        case 'plan':
            return await run(commands/* PLAN */.Ac, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(815), __webpack_require__.e(816), __webpack_require__.e(691), __webpack_require__.e(281), __webpack_require__.e(252), __webpack_require__.e(384), __webpack_require__.e(628), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).planCommand(a.values, io));
        case 'shard':
            return await run(commands/* SHARD */.hh, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(815), __webpack_require__.e(816), __webpack_require__.e(691), __webpack_require__.e(281), __webpack_require__.e(252), __webpack_require__.e(384), __webpack_require__.e(628), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).shardCommand(a.values, io));
        case 'compare':
            return await run(commands/* COMPARE */.aI, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(305), __webpack_require__.e(21), __webpack_require__.e(691), __webpack_require__.e(252), __webpack_require__.e(462), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 94027))).compareCommand(a.values, io));
        case 'measure':
            return await run(commands/* MEASURE */.V1, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 38306))).measureCommand(a, io));
        case 'canary':
            return await run(commands/* CANARY */.nT, rest, io, async (a) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(815), __webpack_require__.e(305), __webpack_require__.e(816), __webpack_require__.e(691), __webpack_require__.e(281), __webpack_require__.e(384), __webpack_require__.e(682), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 81884))).canaryCommand(a.values, io));
        case 'init':
            return await run(commands/* INIT */.Zz, rest, io, async (a) => (await __webpack_require__.e(/* import() */ 950).then(__webpack_require__.bind(__webpack_require__, 92950))).initCommand(a.values, io));
    }
    const hint = command ? (0,closest/* didYouMean */.au)(command, commands/* COMMANDS */.Lo.map((c) => c.name)) : undefined;
    throw new problems/* UsageError */.e(`Unknown command "${command ?? ''}"${hint ? ` (did you mean ${hint}?)` : ''}. Run pipeline-gates --help for the commands.`);
}
/** Parses by the command's table entry; `--help` prints its help instead of running it. */
async function run(spec, args, io, command) {
    const parsed = parseCommandArgs(spec, args);
    if (parsed.help) {
        io.out(`${(0,help/* commandHelp */.bD)(spec)}\n`);
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
