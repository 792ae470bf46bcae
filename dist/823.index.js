export const id = 823;
export const ids = [823];
export const modules = {

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ decodeChunks),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   dc: () => (/* binding */ LineTooLongError)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55229);

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
/** A line longer than the token limit: the file is not a line-based report (or is hostile). */
class LineTooLongError extends Error {
    line;
    constructor(line, max) {
        super(`line ${line} is longer than ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSize */ .jt)(max)}: a line-based report never has one this long`);
        this.line = line;
    }
}
/**
 * Splits decoded text into lines (LF, CRLF or CR), holding at most one line. Each piece of text is
 * scanned once, so a line split over many chunks costs linear time; a line longer than
 * `limits.maxToken` throws LineTooLongError.
 */
async function* readLines(chunks, limits = _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1) {
    let parts = [];
    let partLength = 0;
    let number = 0;
    // A chunk that ended in "\r" ended a line; a "\n" opening the next chunk belongs to it.
    let skipLf = false;
    for await (const text of decodeChunks(chunks)) {
        let start = 0;
        if (skipLf && text.charCodeAt(0) === 10)
            start = 1;
        skipLf = false;
        for (;;) {
            const lf = text.indexOf('\n', start);
            const cr = text.indexOf('\r', start);
            const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            if (end < 0)
                break;
            const piece = text.slice(start, end);
            yield { text: parts.length ? parts.join('') + piece : piece, number: ++number };
            parts = [];
            partLength = 0;
            const crlf = end === cr && text.charCodeAt(end + 1) === 10;
            start = end + (crlf ? 2 : 1);
            if (end === cr && end === text.length - 1)
                skipLf = true;
        }
        if (start < text.length) {
            parts.push(text.slice(start));
            partLength += text.length - start;
            if (partLength > limits.maxToken)
                throw new LineTooLongError(number + 1, limits.maxToken);
        }
    }
    if (partLength > 0)
        yield { text: parts.join(''), number: ++number };
}


/***/ }),

/***/ 96138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _l: () => (/* binding */ JsonContentError),
  WD: () => (/* binding */ SCALARS),
  yp: () => (/* binding */ Shape),
  fM: () => (/* binding */ streamJson)
});

// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(75497);
// EXTERNAL MODULE: ./src/ingest/stream/decode.ts
var decode = __webpack_require__(535);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
// EXTERNAL MODULE: ./src/ingest/stream/limits.ts
var stream_limits = __webpack_require__(55229);
;// CONCATENATED MODULE: ./src/ingest/stream/json-window.ts

/** The last MiB of text read, with the line and column where each piece starts, to locate errors. */
class TextWindow {
    pieces = [];
    /** Bytes added so far. */
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
        return (0,excerpt/* excerpt */.Kb)(String.fromCodePoint(rest.codePointAt(0) ?? 0xfffd));
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
/**
 * Bytes written since the last token: the tokenizer holds a string or number until it ends, so a
 * run without tokens is one growing token. Located at the last token before it, found while that
 * one is still in the window.
 */
class QuietRun {
    max;
    lastToken = 0;
    sawToken = false;
    since = 0;
    at;
    constructor(max) {
        this.max = max;
    }
    token(offset) {
        this.lastToken = offset;
        this.sawToken = true;
    }
    before(window) {
        if (!this.sawToken && this.at === undefined)
            this.at = window.locate(this.lastToken);
    }
    after(total) {
        if (this.sawToken) {
            this.sawToken = false;
            this.since = total;
            this.at = undefined;
            return undefined;
        }
        return total - this.since > this.max ? { ...(this.at && { at: this.at }) } : undefined;
    }
}

;// CONCATENATED MODULE: ./src/ingest/stream/json-stream.ts





function mapMessage(error, offset) {
    return error === undefined ? undefined : typeof error === 'string' ? { message: error, offset } : { ...error };
}
/** Thrown from a value callback to stop parsing: the message becomes a problem at that value. */
class JsonContentError extends Error {
}
/**
 * Feeds decoded chunks to @streamparser/json and calls `onValue` for each complete value matching
 * `paths` (all values when undefined). Emitted values are dropped from their parents
 * (`keepStack: false`), so memory stays at the largest selected value, never the whole document.
 * Structure is checked here, token by token, so an error names what was expected where.
 */
async function streamJson(file, chunks, paths, onValue, options = {}) {
    const limits = options.limits ?? stream_limits/* LIMITS */.b1;
    const window = new TextWindow();
    const shape = new Shape();
    let shapeError;
    if (options.shape) {
        const check = options.shape;
        shape.onStart = { depth: check.depth, start: (path, kind, offset) => void (shapeError ??= mapMessage(check.check(path, kind, offset), offset)) };
    }
    const quiet = new QuietRun(limits.maxToken);
    const tokenizer = new mjs/* Tokenizer */._F();
    const parser = new mjs/* TokenParser */.zb({ paths, keepStack: false });
    let problem;
    let bug;
    const fail = (message, at) => {
        problem ??= { file, ...(at ?? window.end()), message };
    };
    tokenizer.onToken = (token) => {
        if (problem || bug)
            return;
        quiet.token(token.offset);
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
        else if (shape.depth > limits.maxDepth)
            fail(`arrays and objects nest more than ${limits.maxDepth.toLocaleString('en-US')} levels deep here: a report never does`, window.locate(token.offset));
        else if (shapeError)
            fail(shapeError.message, window.locate(shapeError.offset));
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
    for await (const text of (0,decode/* decodeChunks */.$N)(chunks)) {
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
    return { ...(problem && { problem }), ...(shape.root && { root: shape.root }), topLevelKeys: shape.topLevelKeys, locator: window };
    function write(text) {
        if (!text)
            return;
        quiet.before(window);
        window.add(text);
        tokenizer.write(text);
        const long = quiet.after(window.total);
        if (long)
            fail(`a single JSON string or number longer than ${(0,stream_limits/* describeSize */.jt)(limits.maxToken)} follows: a report never needs one this long`, long.at);
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
function kindOf(t) {
    return t.token === mjs/* TokenType */.ks.STRING ? 'string' : t.token === mjs/* TokenType */.ks.NUMBER ? 'number' : t.token === mjs/* TokenType */.ks.NULL ? 'null' : 'boolean';
}
const SCALARS = new Set([mjs/* TokenType */.ks.STRING, mjs/* TokenType */.ks.NUMBER, mjs/* TokenType */.ks.TRUE, mjs/* TokenType */.ks.FALSE, mjs/* TokenType */.ks.NULL]);
/** The JSON grammar as a small state machine over tokens: what may come next, and where values start. */
class Shape {
    expecting = 'value';
    root;
    topLevelKeys = new Set();
    /** Start offset of the value completed last (a container's is its opening bracket). */
    lastStart = 0;
    open = [];
    key = '';
    /** Told of every value that starts within `depth` levels, with its path and kind. */
    onStart;
    /** Arrays and objects open now. */
    get depth() {
        return this.open.length;
    }
    /** Takes one token; returns what was expected instead when it does not fit. */
    advance(t) {
        const e = this.expecting;
        if ((e === 'value' || e === 'value-or-close') && this.isValue(t))
            return undefined;
        if (e === 'value-or-close' && t.token === mjs/* TokenType */.ks.RIGHT_BRACKET)
            return this.close();
        if ((e === 'key' || e === 'key-or-close') && t.token === mjs/* TokenType */.ks.STRING) {
            this.key = t.value;
            this.expecting = 'colon';
            return undefined;
        }
        if (e === 'key-or-close' && t.token === mjs/* TokenType */.ks.RIGHT_BRACE)
            return this.close();
        if (e === 'colon' && t.token === mjs/* TokenType */.ks.COLON) {
            if (this.open.length === 1)
                this.topLevelKeys.add(this.key);
            this.open[this.open.length - 1].key = this.key;
            this.expecting = 'value';
            return undefined;
        }
        if (e === 'comma-or-close') {
            const inObject = this.open[this.open.length - 1]?.bracket === '{';
            if (t.token === mjs/* TokenType */.ks.COMMA)
                this.expecting = inObject ? 'key' : 'value';
            else if (t.token === (inObject ? mjs/* TokenType */.ks.RIGHT_BRACE : mjs/* TokenType */.ks.RIGHT_BRACKET))
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
        const object = t.token === mjs/* TokenType */.ks.LEFT_BRACE;
        const container = object || t.token === mjs/* TokenType */.ks.LEFT_BRACKET;
        if (!container && !SCALARS.has(t.token))
            return false;
        const parent = this.open[this.open.length - 1];
        if (parent?.bracket === '[')
            parent.index++;
        if (this.onStart && this.open.length <= this.onStart.depth)
            this.onStart.start(this.path(), container ? (object ? 'object' : 'array') : kindOf(t), t.offset);
        if (container) {
            this.root ??= object ? 'object' : 'array';
            this.open.push({ bracket: object ? '{' : '[', start: t.offset, key: '', index: -1 });
            this.expecting = object ? 'key-or-close' : 'value-or-close';
            return true;
        }
        this.root ??= 'scalar';
        this.lastStart = t.offset;
        this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
        return true;
    }
    path() {
        return this.open.map((o) => (o.bracket === '{' ? o.key : o.index));
    }
    close() {
        this.lastStart = this.open.pop().start;
        this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
        return undefined;
    }
}
function describeToken(t) {
    if (t.token === mjs/* TokenType */.ks.STRING) {
        const s = t.value;
        return `the string ${(0,excerpt/* excerpt */.Kb)(s)}`;
    }
    if (t.token === mjs/* TokenType */.ks.NUMBER)
        return `the number ${String(t.value)}`;
    return t.token === mjs/* TokenType */.ks.TRUE || t.token === mjs/* TokenType */.ks.FALSE || t.token === mjs/* TokenType */.ks.NULL
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


/***/ }),

/***/ 55229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   h2: () => (/* binding */ MAX_MESSAGE),
/* harmony export */   jt: () => (/* binding */ describeSize),
/* harmony export */   zB: () => (/* binding */ MAX_NAME)
/* harmony export */ });
const LIMITS = { maxDepth: 1000, maxToken: 16 * 1024 * 1024 };
/** "16 MiB", "1,000 characters": limits as users read them. */
function describeSize(chars) {
    return chars >= 1024 * 1024 && chars % (1024 * 1024) === 0 ? `${chars / (1024 * 1024)} MiB` : `${chars.toLocaleString('en-US')} characters`;
}
/**
 * Names and messages are kept to a bounded prefix: a test named by a 10 MB attribute must not
 * become 10 MB in every renderer, comment and history document.
 */
const MAX_NAME = 2000;
const MAX_MESSAGE = 8 * 1024;


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

/***/ 60826:
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
 * number reads the same in the summary, the CLI and the plan; and so do the messages the gates,
 * the planner and the pipeline advisor write, which is why it lives in model/, below them all.
 * Pure, and imports nothing.
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
