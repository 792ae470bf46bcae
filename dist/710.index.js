export const id = 710;
export const ids = [710];
export const modules = {

/***/ 17075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z6: () => (/* binding */ canaryJson),
  yM: () => (/* binding */ canarySettings),
  R0: () => (/* binding */ runCanaryJob)
});

// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
// EXTERNAL MODULE: ./src/stats/hodges-lehmann.ts
var hodges_lehmann = __webpack_require__(19129);
// EXTERNAL MODULE: ./src/stats/mann-whitney.ts
var mann_whitney = __webpack_require__(98462);
// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
;// CONCATENATED MODULE: ./src/stats/canary.ts
/**
 * Canary metric classification, modelled on Kayenta's MannWhitneyClassifier (spinnaker/kayenta,
 * kayenta-judge): run the Mann–Whitney test with the Hodges–Lehmann CI of canary − baseline and
 * call the metric High (or Low) only when the whole CI lies beyond the allowed change on that side.
 * Like Kayenta with a metric direction of Increase (or Decrease), only the bad side is reported:
 * a canary that is better than its baseline passes.
 *
 * Differences from Kayenta, and why:
 * - Positive metrics (latency, CPU, memory) are compared on logs, so the CI is a ratio and the
 *   allowed change is relative: High ⇔ CI_lo > 1 + allowedChange, Low ⇔ CI_hi < 1 − allowedChange.
 *   Kayenta compares raw differences with a fraction of the estimate; a ratio is what people mean.
 * - Metrics with zeros (error counts) have no logs; they fall back to Kayenta's scale: the raw
 *   shift over |median(baseline)|, i.e. ratio = 1 + Δ/|median|. A zero median makes any shift
 *   infinite relative to it, so there only the sign of the CI counts and the ratio is null.
 * - The p-value returned is the one-sided Mann–Whitney p in the bad direction.
 */



function compareMetric(input) {
    const { baseline, canary, direction, allowedChange } = input;
    const confidence = input.confidence ?? 0.95;
    if (!(allowedChange >= 0 && allowedChange < 1))
        throw new RangeError(`compareMetric: allowedChange must be in [0, 1), got ${allowedChange}`);
    const values = [...baseline, ...canary];
    const finite = values.every(Number.isFinite);
    if (baseline.length === 0 || canary.length === 0 || !finite) {
        const what = !finite ? 'a value is not a finite number' : `no ${baseline.length === 0 ? 'baseline' : 'canary'} data`;
        return { classification: 'NoData', ratio: null, ci: null, pValue: null, scale: 'log', reason: what };
    }
    const positive = values.every((v) => v > 0);
    const log = (xs) => (positive ? xs.map(Math.log) : [...xs]);
    const [c, b] = [log(canary), log(baseline)];
    const pValue = direction === 'increase-is-bad' ? (0,mann_whitney/* mannWhitneyGreater */.nK)(c, b).pValue : (0,mann_whitney/* mannWhitneyGreater */.nK)(b, c).pValue;
    const scale = positive ? 'log' : 'linear';
    if (new Set(values).size === 1)
        return { classification: 'Pass', ratio: 1, ci: [1, 1], pValue, scale, reason: 'every value is the same' };
    const shift = (0,hodges_lehmann/* hodgesLehmannShift */.Ss)(c, b, { confidence });
    const toRatio = ratioScale(positive, baseline);
    const ratio = toRatio(shift.estimate);
    const ci = [toRatio(shift.ci[0]), toRatio(shift.ci[1])];
    const cls = classify(direction, shift.ci, ci, allowedChange);
    const bound = direction === 'increase-is-bad' ? `1 + ${allowedChange}` : `1 − ${allowedChange}`;
    const shown = ratio === null ? `shift ${shift.estimate.toPrecision(3)} on a zero baseline median` : `ratio ${ratio.toFixed(3)}, CI [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]`;
    const reason = cls === 'Pass' ? `${shown}: not wholly beyond ${bound}` : `${shown}: the whole CI is beyond ${bound}`;
    return { classification: cls, ratio, ci: ratio === null ? null : ci, pValue, scale, reason };
}
/** Shift → ratio: exp on logs; 1 + Δ/|median(baseline)| on raw values; null without a scale. */
function ratioScale(positive, baseline) {
    if (positive)
        return Math.exp;
    const middle = (0,median/* median */.J)(baseline);
    return middle === 0 ? () => null : (shift) => 1 + shift / Math.abs(middle);
}
function classify(direction, shiftCi, ci, allowed) {
    if (direction === 'increase-is-bad') {
        const high = ci[0] === null ? shiftCi[0] > 0 : ci[0] > 1 + allowed;
        return high ? 'High' : 'Pass';
    }
    const low = ci[1] === null ? shiftCi[1] < 0 : ci[1] < 1 - allowed;
    return low ? 'Low' : 'Pass';
}

;// CONCATENATED MODULE: ./src/canary/judge.ts


function judgeCanary(input) {
    const { thresholds } = input;
    checkThresholds(thresholds);
    const metrics = input.metrics.map((m) => classifyMetric(m, input.confidence));
    const { score, vetoes, notes } = scoreOf(metrics, thresholds.maxNodata);
    const decision = vetoes.length ? 'rollback' : decide(score, thresholds);
    const reasons = [...vetoes, verdictLine(decision, score, thresholds, vetoes.length > 0), ...notes];
    const lastGreen = decision === 'rollback' ? input.lastGreen : undefined;
    if (lastGreen)
        reasons.push(`last known good commit: ${lastGreen.sha}`);
    return { decision, score, reasons, metrics, thresholds, ...(lastGreen && { lastGreen }) };
}
/** score ≥ pass → promote; ≥ marginal → hold; else rollback. */
function decide(score, thresholds) {
    if (score >= thresholds.pass)
        return 'promote';
    return score >= thresholds.marginal ? 'hold' : 'rollback';
}
function checkThresholds(t) {
    const pct = (v) => v >= 0 && v <= 100;
    if (!pct(t.pass) || !pct(t.marginal) || !(t.marginal < t.pass))
        throw new RangeError(`judgeCanary: thresholds need 0 ≤ marginal < pass ≤ 100, got pass ${t.pass}, marginal ${t.marginal}`);
    if (!(t.maxNodata >= 0 && t.maxNodata <= 1))
        throw new RangeError(`judgeCanary: maxNodata must be in [0, 1], got ${t.maxNodata}`);
}
function classifyMetric(m, confidence) {
    const { direction, allowedChange, critical, weight } = m.settings;
    if (!(weight > 0 && Number.isFinite(weight)))
        throw new RangeError(`judgeCanary: the weight of ${m.name} must be > 0, got ${weight}`);
    const r = compareMetric({ baseline: m.baseline, canary: m.canary, direction, allowedChange, ...(confidence !== undefined && { confidence }) });
    const infinite = r.classification === 'NoData' ? infiniteNote(m) : '';
    const reason = [r.reason + infinite, m.note].filter(Boolean).join('; ');
    return {
        name: m.name,
        classification: r.classification,
        ratio: r.ratio,
        ci: r.ci,
        pValue: r.pValue,
        direction,
        allowedChange,
        critical,
        weight,
        samples: { baseline: m.baseline.length, canary: m.canary.length },
        reason
    };
}
/** ±Inf is real data (a quantile above the top histogram bucket), but not comparable: say so. */
function infiniteNote(m) {
    const count = (xs) => xs.filter((x) => x === Infinity || x === -Infinity).length;
    const parts = [['baseline', count(m.baseline)], ['canary', count(m.canary)]].filter(([, n]) => n).map(([side, n]) => `${side} ${n}`);
    return parts.length ? ` (infinite values: ${parts.join(', ')}; a histogram_quantile above the top bucket is +Inf, so add a larger bucket)` : '';
}
function scoreOf(metrics, maxNodata) {
    const vetoes = [];
    const total = sum(metrics.map((m) => m.weight));
    const withData = metrics.filter((m) => m.classification !== 'NoData');
    const dataWeight = sum(withData.map((m) => m.weight));
    for (const m of metrics.filter((x) => x.critical && x.classification !== 'Pass')) {
        vetoes.push(m.classification === 'NoData' ? `critical metric ${m.name} has no data: ${m.reason}` : `critical metric ${m.name} is ${m.classification}: ${m.direction === 'increase-is-bad' ? 'higher' : 'lower'} than the baseline beyond the allowed ${(0,format/* percent */.KN)(m.allowedChange, 1)}`);
    }
    if (metrics.length === 0)
        vetoes.push('no metrics to judge');
    else if (withData.length === 0)
        vetoes.push('no metric has data');
    else {
        const missing = (total - dataWeight) / total;
        if (missing > maxNodata)
            vetoes.push(`too much missing data: ${(0,format/* percent */.KN)(missing, 1)} of the weight has no data (max-nodata ${(0,format/* percent */.KN)(maxNodata, 1)})`);
    }
    if (vetoes.length)
        return { score: 0, vetoes, notes: [] };
    const passWeight = sum(withData.filter((m) => m.classification === 'Pass').map((m) => m.weight));
    const nodata = metrics.filter((m) => m.classification === 'NoData');
    const notes = nodata.length ? [`left out of the score for lack of data (${(0,format/* percent */.KN)((total - dataWeight) / total, 1)} of the weight, max-nodata ${(0,format/* percent */.KN)(maxNodata, 1)}): ${nodata.map((m) => m.name).join(', ')}`] : [];
    return { score: Math.round((10000 * passWeight) / dataWeight) / 100, vetoes, notes };
}
function verdictLine(decision, score, t, vetoed) {
    if (vetoed)
        return `score 0: ${decision}`;
    if (decision === 'promote')
        return `score ${score} ≥ pass ${t.pass}: promote`;
    if (decision === 'hold')
        return `score ${score} is below pass ${t.pass} but ≥ marginal ${t.marginal}: hold (watch the canary longer, then judge again)`;
    return `score ${score} < marginal ${t.marginal}: rollback`;
}
function sum(xs) {
    return xs.reduce((a, b) => a + b, 0);
}

;// CONCATENATED MODULE: ./src/canary/pair.ts
/**
 * Lines up both sides' samples per metric with its settings. With `canary.metrics` configured,
 * exactly those metrics are judged (one missing from the files is NoData, so a typo cannot pass
 * silently); otherwise every metric found on either side is, with the direction its file
 * declares, else increase-is-bad (latency, errors and saturation are the usual canary metrics).
 */
function pairSides(baseline, canary, config) {
    const configured = Object.keys(config.metrics);
    const names = configured.length ? configured : [...new Set([...baseline.samples.keys(), ...canary.samples.keys()])];
    const assumed = [];
    const metrics = names.map((name) => {
        const cfg = Object.hasOwn(config.metrics, name) ? config.metrics[name] : undefined;
        const declared = baseline.directions.get(name) ?? canary.directions.get(name);
        if (!cfg && !declared)
            assumed.push(name);
        const b = baseline.samples.get(name);
        const c = canary.samples.get(name);
        const note = nanNote(b, c);
        return {
            name,
            baseline: b?.values ?? [],
            canary: c?.values ?? [],
            settings: {
                direction: cfg?.direction ?? declared ?? 'increase-is-bad',
                allowedChange: cfg?.['allowed-change'] ?? 0.1,
                critical: cfg?.critical ?? false,
                weight: cfg?.weight ?? 1
            },
            ...(note && { note })
        };
    });
    const notes = [];
    const unjudged = [...new Set([...baseline.unjudged, ...canary.unjudged])];
    if (unjudged.length)
        notes.push(`not judged (not in canary.metrics): ${unjudged.join(', ')}`);
    if (assumed.length)
        notes.push(`direction assumed increase-is-bad (configure canary.metrics.<name>.direction): ${assumed.join(', ')}`);
    return { metrics, notes };
}
/** The config's thresholds in the judge's terms, with command-line overrides. */
function thresholdsOf(config, overrides = {}) {
    return {
        pass: overrides.pass ?? config.thresholds.pass,
        marginal: overrides.marginal ?? config.thresholds.marginal,
        maxNodata: config['max-nodata']
    };
}
function nanNote(b, c) {
    const parts = [['baseline', b?.nan ?? 0], ['canary', c?.nan ?? 0]].filter(([, n]) => n).map(([side, n]) => `${side} ${n}`);
    return parts.length ? `NaN points left out (no value in that step): ${parts.join(', ')}` : undefined;
}

// EXTERNAL MODULE: ./src/ingest/formats/metrics/metrics.ts
var metrics = __webpack_require__(20232);
// EXTERNAL MODULE: ./src/ingest/paths.ts
var paths = __webpack_require__(33540);
// EXTERNAL MODULE: ./src/ingest/stream/json-stream.ts + 1 modules
var json_stream = __webpack_require__(96138);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
;// CONCATENATED MODULE: ./src/canary/prometheus.ts


const EXPECTED = 'a Prometheus API response: {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[<unix time>,"<value>"],…]}]}}';
const PATHS = ['$.status', '$.errorType', '$.error', '$.warnings', '$.infos', '$.data.resultType', '$.data.result', '$.data.result.*'];
/** One systematic mistake in 10,000 points must not produce 10,000 messages. */
const MAX_PROBLEMS = 20;
/** True for a JSON object that is certainly a Prometheus API response (either key order). */
function sniffPrometheus(head) {
    if (!/^\s*\{/.test(head))
        return false;
    const status = /"status"\s*:\s*"(success|error)"/.test(head) && /"(resultType|errorType)"\s*:/.test(head);
    const resultType = /"resultType"\s*:\s*"(matrix|vector|scalar|string)"/.test(head);
    const sorted = /^\s*\{\s*"data"\s*:\s*\{\s*"result"\s*:\s*\[\s*(\]|\{\s*"metric"\s*:)/.test(head);
    return status || resultType || sorted;
}
async function parsePrometheus(file, chunks) {
    const top = new Map();
    const entries = [];
    const read = await (0,json_stream/* streamJson */.fM)(file, chunks, PATHS, (event, locator) => {
        const at = locator.locate(event.start);
        const key = event.path.join('.');
        if (event.path.length === 3 && event.path[0] === 'data' && event.path[1] === 'result') {
            entries.push({ value: event.value, index: typeof event.path[2] === 'number' ? event.path[2] : -1, ...(at && { at }) });
        }
        else
            top.set(key, { value: event.value, ...(at && { at }) });
    });
    const reader = new Reader(file);
    if (read.problem)
        return reader.fail(read.problem);
    if (read.root !== 'object')
        return reader.fail({ file, line: 1, column: 1, message: read.root ? `expected ${EXPECTED}, found ${read.root === 'array' ? 'an array' : 'a single value'}` : `the file is empty: expected ${EXPECTED}` });
    for (const key of ['warnings', 'infos'])
        reader.notes(top.get(key));
    const status = top.get('status');
    if (status?.value === 'error') {
        const type = top.get('errorType')?.value;
        const error = top.get('error')?.value;
        const what = `${typeof type === 'string' && type ? ` (${type})` : ''}${typeof error === 'string' && error ? `: ${error}` : ''}`;
        return reader.fail({ file, ...status.at, message: `Prometheus answered with an error${what}; fix the query and export it again` });
    }
    if (status && status.value !== 'success')
        return reader.fail({ file, ...status.at, message: `status: expected "success" or "error", found ${describe(status.value)}` });
    const type = top.get('data.resultType');
    if (!type)
        return reader.fail({ file, message: `data.resultType is missing: expected ${EXPECTED}` });
    if (type.value === 'scalar' || type.value === 'string') {
        return reader.fail({ file, ...type.at, message: `data.resultType is "${type.value}": a ${type.value} names no series; query a vector (e.g. sum by (deployment) (…)) instead` });
    }
    if (type.value !== 'matrix' && type.value !== 'vector')
        return reader.fail({ file, ...type.at, message: `data.resultType: expected "matrix" or "vector", found ${describe(type.value)}` });
    const result = top.get('data.result');
    if (!result)
        return reader.fail({ file, ...type.at, message: 'data.result is missing: expected an array of series' });
    if (!Array.isArray(result.value))
        return reader.fail({ file, ...result.at, message: `data.result: expected an array of series, found ${describe(result.value)}` });
    for (const entry of entries)
        reader.series(entry, type.value);
    return reader.result(type.value);
}
class Reader {
    file;
    found = [];
    problems = [];
    warnings = [];
    constructor(file) {
        this.file = file;
    }
    fail(problem) {
        return { series: [], problems: [problem], warnings: this.warnings };
    }
    notes(entry) {
        if (!entry || !Array.isArray(entry.value))
            return;
        for (const note of entry.value)
            if (typeof note === 'string')
                this.warnings.push({ file: this.file, ...entry.at, message: `Prometheus: ${note}` });
    }
    series(entry, type) {
        const path = `data.result[${entry.index}]`;
        const problem = (where, message) => {
            if (this.problems.length < MAX_PROBLEMS)
                this.problems.push({ file: this.file, ...entry.at, message: `${where}: ${message}` });
        };
        const raw = entry.value;
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            return problem(path, `expected a series object {"metric":{…},"${type === 'matrix' ? 'values' : 'value'}":…}, found ${describe(raw)}`);
        const obj = raw;
        const labels = this.labels(obj.metric, `${path}.metric`, problem);
        if (!labels)
            return;
        const key = type === 'matrix' ? 'values' : 'value';
        if (!(key in obj)) {
            if ('histograms' in obj || 'histogram' in obj) {
                this.warnings.push({ file: this.file, ...entry.at, message: `${path}: native histogram samples are not read; query histogram_quantile(…) for a number per point` });
                return;
            }
            return problem(`${path}.${key}`, `is missing: a ${type} series has "${key}"`);
        }
        const points = type === 'matrix' ? obj.values : [obj.value];
        if (!Array.isArray(points))
            return problem(`${path}.values`, `expected an array of [<unix time>, "<value>"] pairs, found ${describe(points)}`);
        const timestamps = [];
        const values = [];
        for (const [i, point] of points.entries()) {
            const where = type === 'matrix' ? `${path}.values[${i}]` : `${path}.value`;
            const parsed = readPoint(point);
            if (typeof parsed === 'string')
                return problem(where, parsed);
            timestamps.push(parsed[0]);
            values.push(parsed[1]);
        }
        this.found.push({ labels, timestamps, values, path, ...(entry.at && { line: entry.at.line }) });
    }
    labels(raw, where, problem) {
        if (raw === undefined)
            return {};
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            return void problem(where, `expected an object of label names to values, found ${describe(raw)}`);
        for (const [name, value] of Object.entries(raw)) {
            if (typeof value !== 'string')
                return void problem(`${where}.${name}`, `a label value must be a string, found ${describe(value)}`);
        }
        return { ...raw };
    }
    result(type) {
        if (this.problems.length)
            return { resultType: type, series: [], problems: this.problems, warnings: this.warnings };
        return { resultType: type, series: this.found, problems: [], warnings: this.warnings };
    }
}
/** `[1718000000.123, "0.25"]` → [time, value], or what is wrong with it. */
function readPoint(point) {
    const expected = 'expected [<unix time>, "<value>"]';
    if (!Array.isArray(point) || point.length !== 2)
        return `${expected}, found ${describe(point)}`;
    const [time, raw] = point;
    if (typeof time !== 'number' || !Number.isFinite(time))
        return `${expected}: the time is ${describe(time)}`;
    const value = sampleValue(raw);
    return value === undefined ? `${expected}: the value is ${describe(raw)}, not a number Prometheus writes (e.g. "0.25", "NaN", "+Inf")` : [time, value];
}
/** Prometheus's float text: Go's decimal or exponent form, "NaN", "+Inf", "-Inf". */
function sampleValue(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : undefined; // some proxies write numbers
    if (typeof raw !== 'string')
        return undefined;
    if (raw === 'NaN')
        return NaN;
    if (/^[+]?Inf$/.test(raw))
        return Infinity;
    if (raw === '-Inf')
        return -Infinity;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw))
        return undefined;
    return Number(raw);
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return value.length <= 3 && value.every((v) => typeof v !== 'object') ? (0,excerpt/* excerpt */.Kb)(value) : `an array of ${value.length}`;
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return (0,excerpt/* excerpt */.Kb)(value);
    return String(value);
}

// EXTERNAL MODULE: ./src/canary/selector.ts
var selector = __webpack_require__(63315);
;// CONCATENATED MODULE: ./src/canary/samples.ts




const METRIC_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
/**
 * `NAME=FILE` when the text before the first "=" is a metric name (letters, digits, `_ . : -`);
 * anything else is a plain path, so `./a=b.json` still names a file called `a=b.json`.
 */
function parseFileArg(arg) {
    const eq = arg.indexOf('=');
    if (eq > 0 && METRIC_NAME.test(arg.slice(0, eq)) && eq < arg.length - 1)
        return { file: arg.slice(eq + 1), name: arg.slice(0, eq) };
    return { file: arg };
}
/** Reads one file: Prometheus when it looks like an API response, else our metrics JSON. */
async function readSampleFile(spec, head, chunks) {
    if (sniffPrometheus(head.replace(/^\uFEFF/, ''))) {
        const parsed = await parsePrometheus(spec.file, chunks);
        if (parsed.problems.length)
            return { problems: parsed.problems, warnings: parsed.warnings };
        return { source: { kind: 'prometheus', file: spec.file, ...(spec.name && { name: spec.name }), series: parsed.series }, problems: [], warnings: parsed.warnings };
    }
    if (spec.name) {
        const message = `${spec.name}=… names the series of a Prometheus response, but this is not one (a metrics JSON names its metrics by its keys); give the file alone`;
        return { problems: [{ file: spec.file, message }], warnings: [] };
    }
    const parsed = await metrics/* metricsFormat */.P.parse(spec.file, chunks, { repo: new paths/* RepoPaths */.h('/') });
    return parsed.problems.length ? { problems: parsed.problems, warnings: [] } : { source: { kind: 'metrics', file: spec.file, metrics: parsed.metrics }, problems: [], warnings: [] };
}
/** Samples per metric name on one side, chosen as the module comment describes. */
function gatherSide(sources, metrics) {
    const configured = Object.keys(metrics).length > 0;
    const samples = new Map();
    const directions = new Map();
    const unjudged = new Set();
    const problems = [];
    const selectors = new Map();
    for (const [name, cfg] of Object.entries(metrics)) {
        const parsed = cfg.query ? (0,selector/* parseSelector */.P)(cfg.query) : undefined;
        if (parsed?.ok)
            selectors.set(name, parsed.selector);
    }
    const add = (name, values) => {
        if (configured && !Object.hasOwn(metrics, name))
            return void unjudged.add(name);
        const side = samples.get(name) ?? { values: [], nan: 0 };
        samples.set(name, side);
        for (const v of values) {
            if (Number.isNaN(v))
                side.nan++;
            else
                side.values.push(v);
        }
    };
    for (const source of sources) {
        if (source.kind === 'metrics') {
            for (const m of source.metrics) {
                add(m.path, m.samples ?? [m.value]);
                if (m.direction)
                    directions.set(m.path, m.direction === 'smaller-is-better' ? 'increase-is-bad' : 'decrease-is-bad');
            }
        }
        else if (source.name !== undefined) {
            const selector = selectors.get(source.name);
            for (const s of source.series)
                if (!selector || selector.test(s.labels))
                    add(source.name, s.values);
        }
        else {
            for (const s of source.series) {
                if (!configured && Object.keys(s.labels).length === 0) {
                    problems.push({
                        file: source.file,
                        ...(s.line !== undefined && { line: s.line }),
                        message: `${s.path} has no metric name or labels to call it by: give the file as NAME=FILE (e.g. latency_p99=${source.file}) or configure canary.metrics.<name>.query`
                    });
                    continue;
                }
                const owners = configured ? Object.keys(metrics).filter((name) => selectors.get(name)?.test(s.labels) ?? s.labels.__name__ === name) : [(0,selector/* describeSeries */.d)(s.labels)];
                if (owners.length === 0)
                    unjudged.add((0,selector/* describeSeries */.d)(s.labels));
                for (const owner of owners)
                    add(owner, s.values);
            }
        }
    }
    return { samples, directions, unjudged: [...unjudged], problems };
}

// EXTERNAL MODULE: ./src/config/values.ts
var values = __webpack_require__(73750);
// EXTERNAL MODULE: ./src/model/globs.ts
var globs = __webpack_require__(40098);
// EXTERNAL MODULE: ./src/model/problems.ts
var model_problems = __webpack_require__(99437);
;// CONCATENATED MODULE: ./src/engine/canary-job.ts






function canarySettings(o, config, name) {
    if (!o.baseline?.length)
        throw new model_problems/* UsageError */.e(`canary needs ${name('baseline')} (metrics JSON or a Prometheus response; repeatable).`);
    if (!o.canary?.length)
        throw new model_problems/* UsageError */.e(`canary needs ${name('canary')} (metrics JSON or a Prometheus response; repeatable).`);
    const pass = (0,values/* score */.fN)(o.pass, name('pass'));
    const marginal = (0,values/* score */.fN)(o.marginal, name('marginal'));
    return { baseline: o.baseline, canary: o.canary, ...(pass !== undefined && { pass }), ...(marginal !== undefined && { marginal }), config: config.canary, configId: config.id, name };
}
async function runCanaryJob(s, io) {
    const thresholds = thresholdsOf(s.config, { ...(s.pass !== undefined && { pass: s.pass }), ...(s.marginal !== undefined && { marginal: s.marginal }) });
    if (!(thresholds.marginal < thresholds.pass))
        throw new model_problems/* UsageError */.e(`The marginal threshold (${thresholds.marginal}) must be below the pass threshold (${thresholds.pass}); scores between them hold the canary.`);
    const warnings = [];
    const baseline = gatherSide(await readSide(s.baseline, s.name('baseline'), io.files, warnings), s.config.metrics);
    const canary = gatherSide(await readSide(s.canary, s.name('canary'), io.files, warnings), s.config.metrics);
    const problems = [...baseline.problems, ...canary.problems];
    if (problems.length)
        throw new model_problems/* UsageError */.e('Some Prometheus series have no name to judge them by.', problems);
    const paired = pairSides(baseline, canary, s.config);
    const lastGreen = await io.lastGreen?.(s.configId);
    const judgement = judgeCanary({ metrics: paired.metrics, thresholds, ...(lastGreen && { lastGreen }) });
    return { judgement, notes: paired.notes, warnings };
}
/** The machine form: stable keys, `lastGreen` null unless the decision is rollback and it is known. */
function canaryJson(r) {
    const j = r.judgement;
    return { decision: j.decision, score: j.score, thresholds: j.thresholds, reasons: j.reasons, metrics: j.metrics, lastGreen: j.lastGreen ?? null, notes: r.notes };
}
/** Sample files are read whole; a Prometheus range query of a day at 1 s steps is well below this. */
const MAX_SAMPLE_BYTES = 64 * 1024 * 1024;
async function readSide(args, name, files, warnings) {
    const { include, exclude } = (0,globs/* splitPatterns */.sb)(args);
    const sources = [];
    for (const arg of include) {
        const spec = parseFileArg(arg);
        const found = await files.find(spec.file, exclude);
        // A plain name that matches nothing is read as given, so a missing or refused file says why.
        if (found.length === 0 && (0,globs/* isGlob */.fg)(spec.file))
            throw new model_problems/* UsageError */.e(`${(0,values/* cap */.Np)(name)}: "${spec.file}" matched no files.`);
        for (const file of found.length ? found : [spec.file]) {
            const bytes = await readSample(file, name, files);
            const read = await readSampleFile({ ...spec, file }, new TextDecoder().decode(bytes.subarray(0, 4096)), once(bytes));
            warnings.push(...read.warnings);
            if (!read.source)
                throw new model_problems/* UsageError */.e(`${(0,values/* cap */.Np)(name)} ${file} could not be read as metrics JSON or a Prometheus response.`, read.problems);
            sources.push(read.source);
        }
    }
    return sources;
}
async function readSample(file, name, files) {
    try {
        return await files.read(file, MAX_SAMPLE_BYTES);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : err.message;
        throw new model_problems/* UsageError */.e(`${(0,values/* cap */.Np)(name)} ${file} could not be read: ${why}.`);
    }
}
async function* once(bytes) {
    yield bytes;
}


/***/ }),

/***/ 92224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ renderCanaryMarkdown),
/* harmony export */   t: () => (/* binding */ canarySummaryLine)
/* harmony export */ });
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60826);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);


/**
 * The canary judgement as markdown (job summary, CLI) and as one line (logs, outputs). Metric
 * names come from users' files and configs, and reasons quote them: every such string goes
 * through the escaping helpers of src/report/markdown.ts.
 */
const DECISION_ICON = { promote: '✅', hold: '⏸️', rollback: '⏪' };
const CLASS_ICON = { Pass: '✅', High: '🔺', Low: '🔻', NoData: '❔' };
/** `Canary: rollback (score 0; pass 95, marginal 75); 1 of 3 metrics failed, 0 without data; last good abc1234` */
function canarySummaryLine(j) {
    const failed = j.metrics.filter((m) => m.classification === 'High' || m.classification === 'Low').length;
    const nodata = j.metrics.filter((m) => m.classification === 'NoData').length;
    const last = j.lastGreen ? `; last good ${j.lastGreen.sha.slice(0, 12)}` : '';
    return `Canary: ${j.decision} (score ${j.score}; pass ${j.thresholds.pass}, marginal ${j.thresholds.marginal}); ${failed} of ${j.metrics.length} ${j.metrics.length === 1 ? 'metric' : 'metrics'} failed, ${nodata} without data${last}`;
}
function renderCanaryMarkdown(j, notes = [], title = 'Canary analysis') {
    const heading = `## ${DECISION_ICON[j.decision]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(title)}: ${j.decision} — score ${j.score}`;
    const limits = `Promote at ≥ ${j.thresholds.pass}, hold at ≥ ${j.thresholds.marginal}, else rollback; at most ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(j.thresholds.maxNodata, 0)} of the weight without data.`;
    const rows = j.metrics.map((m) => [
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.name)}${m.critical ? ' **(critical)**' : ''}`,
        `${CLASS_ICON[m.classification]} ${m.classification}`,
        m.ratio === null ? '—' : `×${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(m.ratio)}`,
        m.ci === null ? '—' : `×${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(m.ci[0])} – ×${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(m.ci[1])}`,
        m.pValue === null ? '—' : m.pValue.toPrecision(2),
        `${m.direction === 'increase-is-bad' ? '↑' : '↓'} bad, ±${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(m.allowedChange, 1)} allowed`,
        (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(m.weight),
        `${m.samples.baseline} / ${m.samples.canary}`
    ]);
    const parts = [heading, limits];
    if (rows.length)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Metric', 'Result', 'Canary ÷ baseline', 'CI', 'p', 'Rule', 'Weight', 'Samples (baseline / canary)'], rows));
    parts.push(`**Why**\n${j.reasons.map((r) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(r)}`).join('\n')}`);
    const notPassing = j.metrics.filter((m) => m.classification !== 'Pass');
    if (notPassing.length)
        parts.push(`**Not passing**\n${notPassing.map((m) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(m.name)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(m.reason)}`).join('\n')}`);
    if (j.lastGreen)
        parts.push(`**Roll back to** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(j.lastGreen.sha)}${link(j.lastGreen.runUrl)}`);
    if (notes.length)
        parts.push(`<sub>${notes.map(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG).join(' · ')}</sub>`);
    return `${parts.join('\n\n')}\n`;
}
/** A run link only for a plain https URL: anything else could break out of the markdown link. */
function link(url) {
    return /^https:\/\/[^\s()<>[\]"'`\\]+$/.test(url) ? ` ([last green run](${url}))` : '';
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   mG: () => (/* binding */ inline),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export codeCell */
/**
 * Everything that comes from a report (test names, messages, paths) is untrusted text. These
 * helpers make it inert in GitHub-flavoured markdown: no HTML, no @mentions, no broken tables or
 * code fences. Renderers must pass every user-controlled string through one of them.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Inline text: HTML-escaped, markdown punctuation backslash-escaped, mentions defused. */
function inline(text) {
    return defuseMentions(text
        .replace(/[&<>]/g, (c) => HTML[c] ?? c)
        .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
        .replace(/\r?\n|\r/g, ' '));
}
/** A table cell: like inline text, and never longer than `max` characters of source text. */
function cell(text, max = 200) {
    const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return inline(short);
}
/**
 * A fenced code block that the content cannot close: the fence is longer than any backtick run
 * inside. Mentions in code are not linked by GitHub, so only the fence needs care.
 */
function codeBlock(text, lang = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}
/** Text inside an HTML element such as <summary>: only HTML escaping and mention defusing apply. */
function htmlText(text) {
    return defuseMentions(text.replace(/[&<>]/g, (c) => HTML[c] ?? c).replace(/\r?\n|\r/g, ' '));
}
/** A zero-width space after "@" stops GitHub from treating `@team` as a mention. */
function defuseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
/** An inline code span for identifiers such as file paths. */
function code(text) {
    const clean = text.replace(/\r?\n|\r/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/** A code span inside a table cell: GFM splits cells on "|" even inside code, unless escaped. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 19129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ hodgesLehmannShift)
/* harmony export */ });
/* unused harmony exports pairwiseDifferences, hodgesLehmannRatio */
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72484);
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86060);
/* harmony import */ var _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98462);
/**
 * The two-sample Hodges–Lehmann shift estimate and its distribution-free confidence interval
 * (Hodges & Lehmann 1963; the interval is Moses's; Hollander, Wolfe & Chicken, Nonparametric
 * Statistical Methods, 3rd ed. 2014, §4.2 and §4.3).
 *
 * With D_(1) ≤ … ≤ D_(mn) the sorted pairwise differences head_i − base_j:
 * - estimate Δ̂ = median(D) (§4.2);
 * - interval [D_(C), D_(mn + 1 − C)], where C is the Mann–Whitney critical count: the interval
 *   misses the true shift Δ exactly when U computed on (head − Δ, base) is < C or > mn − C, so its
 *   coverage is 1 − 2·P(U ≤ C − 1) under the continuity assumption, whatever the distribution.
 *
 * C, as R's `wilcox.test(head, base, conf.int = TRUE)` picks it in its exact branch:
 *   C = qwilcox(α/2, m, n) (the smallest q with P(U ≤ q) ≥ α/2), raised to 1 when it is 0 (then the
 *   requested level cannot be reached and the interval is [min D, max D]); achieved level
 *   1 − 2·pwilcox(C − 1, m, n).
 * Otherwise (ties, or m·n past the exact limit) H&W's large-sample value, the integer nearest to
 *   C = mn/2 − z_{α/2} · σ_U,   σ_U the tie-corrected standard deviation of U (§4.3).
 * R finds its non-exact interval and estimate by root-finding on the corrected z statistic instead;
 * ours stays the textbook order-statistic form, so it can differ from R there by a neighbouring D.
 *
 * On log values the shift is a log ratio: `hodgesLehmannRatio` reports exp(Δ̂) and [exp(lo), exp(hi)].
 * Cost: the mn differences are materialised (8·mn bytes: 10,000 × 10,000 is the practical ceiling)
 * and three order statistics selected in expected O(mn); benchmark samples are far smaller.
 */



/** All head_i − base_j, unsorted. */
function differences(head, base) {
    const diffs = new Float64Array(head.length * base.length);
    let k = 0;
    for (const h of head)
        for (const b of base)
            diffs[k++] = h - b;
    return diffs;
}
/** All head_i − base_j, sorted ascending. */
function pairwiseDifferences(head, base) {
    return differences(head, base).sort();
}
/**
 * The k-th smallest of a[lo..hi] (0-based k), by Hoare's quickselect with a median-of-three pivot;
 * partitions `a` in place so that a[lo..k] ≤ a[k] ≤ a[k..hi]. Expected O(hi − lo): the estimate and
 * the CI need three order statistics of mn differences, not a full O(mn log mn) sort.
 */
function select(a, k, lo, hi) {
    while (hi > lo) {
        const mid = (lo + hi) >> 1;
        const pivot = Math.max(Math.min(a[lo], a[mid]), Math.min(Math.max(a[lo], a[mid]), a[hi]));
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return a[k];
    }
    return a[k];
}
/** Order statistics at the given 0-based ranks (ascending), each selection narrowing the next. */
function orderStatistics(a, ranks) {
    let lo = 0;
    return ranks.map((k) => {
        const v = select(a, k, lo, a.length - 1);
        lo = k;
        return v;
    });
}
/** The critical count C (1-based order statistic of the lower end) and the coverage it achieves. */
function criticalCount(head, base, alpha, exact) {
    const m = head.length;
    const n = base.length;
    const { tieTerm } = (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .rankSum */ .uB)(head, base);
    if ((0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .useExact */ .n0)(m, n, tieTerm > 0, exact)) {
        const c = Math.max(1, (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .exactQuantile */ .HT)(alpha / 2, m, n));
        return { c, achieved: 1 - 2 * (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .exactLowerTail */ .t$)(c - 1, m, n), method: 'exact' };
    }
    const sigma = (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .uSigma */ .TU)(m, n, tieTerm);
    const raw = Math.round((m * n) / 2 - _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1___default()(1 - alpha / 2, 0, 1) * sigma);
    const c = Math.min(Math.max(1, raw), Math.floor((m * n + 1) / 2));
    // P(U ≤ C − 1) by the same normal law, with the continuity correction.
    const tail = sigma > 0 ? _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()((c - 1 + 0.5 - (m * n) / 2) / sigma, 0, 1) : 0;
    return { c, achieved: 1 - 2 * tail, method: 'normal' };
}
function hodgesLehmannShift(head, base, options = {}) {
    const confidence = options.confidence ?? 0.95;
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`hodgesLehmannShift: confidence must be in (0, 1), got ${confidence}`);
    if (head.length === 0 || base.length === 0)
        throw new RangeError('hodgesLehmannShift: both samples need at least one value');
    if (![...head, ...base].every(Number.isFinite))
        throw new RangeError('hodgesLehmannShift: values must be finite');
    const diffs = differences(head, base);
    const { c, achieved, method } = criticalCount(head, base, 1 - confidence, options.exact);
    // 1-based D_(C) and D_(mn + 1 − C) → 0-based C − 1 and mn − C; the median from the middle one(s).
    const total = diffs.length;
    const mid = total >> 1;
    const middle = total % 2 === 1 ? [mid] : [mid - 1, mid];
    const ranks = [...new Set([c - 1, ...middle, total - c])].sort((x, y) => x - y);
    const values = new Map(orderStatistics(diffs, ranks).map((v, i) => [ranks[i], v]));
    const estimate = middle.length === 1 ? values.get(mid) : (values.get(mid - 1) + values.get(mid)) / 2;
    const ci = [values.get(c - 1), values.get(total - c)];
    return { estimate, ci, confidence, achievedConfidence: achieved, method };
}
/** The shift on log values, reported as a ratio; every value must be positive and finite. */
function hodgesLehmannRatio(head, base, options = {}) {
    if (![...head, ...base].every((v) => v > 0 && Number.isFinite(v)))
        throw new RangeError('hodgesLehmannRatio: values must be positive (ratios are taken on logs)');
    const shift = hodgesLehmannShift(head.map(Math.log), base.map(Math.log), options);
    return {
        ratio: Math.exp(shift.estimate),
        ci: [Math.exp(shift.ci[0]), Math.exp(shift.ci[1])],
        confidence: shift.confidence,
        achievedConfidence: shift.achievedConfidence,
        method: shift.method
    };
}


/***/ }),

/***/ 98462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ minimumPValue),
/* harmony export */   HT: () => (/* binding */ exactQuantile),
/* harmony export */   Pi: () => (/* binding */ mannWhitney),
/* harmony export */   TU: () => (/* binding */ uSigma),
/* harmony export */   n0: () => (/* binding */ useExact),
/* harmony export */   nK: () => (/* binding */ mannWhitneyGreater),
/* harmony export */   t$: () => (/* binding */ exactLowerTail),
/* harmony export */   uB: () => (/* binding */ rankSum)
/* harmony export */ });
/* unused harmony exports EXACT_MAX_PRODUCT, EXACT_FORCED_MAX_PRODUCT, normalUpperTail, exactDistribution, exactUpperTail */
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72484);
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__);
/**
 * One-sided Mann–Whitney U test (the Wilcoxon rank-sum test) for "head is stochastically larger
 * than base", the way R's `wilcox.test(head, base, alternative = "greater")` computes it.
 *
 * Statistic (Mann & Whitney 1947; Hollander, Wolfe & Chicken, Nonparametric Statistical Methods, §4.1):
 *   U = #{(i, j): head_i > base_j} + ½ · #{(i, j): head_i = base_j} = W − m(m + 1)/2,
 * W being the sum of the head ranks (mid-ranks for ties) in the pooled sample, m = |head|, n = |base|.
 * R prints U as "W". Under H0 (one distribution) E[U] = mn/2 and, without ties, Var[U] = mn(N + 1)/12.
 *
 * p-value = P(U ≥ u_observed) under H0:
 * - exact (no ties and m·n ≤ EXACT_MAX_PRODUCT): the null distribution of U by Mann & Whitney's
 *   recurrence (1947) — see `exactDistribution`;
 * - otherwise the normal approximation with R's tie and continuity corrections:
 *   z = (U − mn/2 − ½) / σ,  σ² = (mn/12) · [(N + 1) − Σ(t³ − t) / (N(N − 1))]   (t = size of each tie
 *   group; the large-sample approximation of H&W §4.1 with its tie correction), p = 1 − Φ(z).
 *
 * The exact/approximate switch. R uses the exact law when m < 50 and n < 50 and there are no ties.
 * We use it when m·n ≤ 2,500: that holds all of R's exact region (49·49 = 2,401), so we agree with R
 * there, and adds the unbalanced designs where the normal tail is worst (at 5 × 400 an exact
 * p = 1.0e-4 comes out as 6.2e-4 from the approximation, 1.0e-3 as 2.1e-3). The recurrence costs
 * Σ_{i≤m, j≤n} (ij + 1) ≈ (mn)²/4 additions: 1.6 million at the limit, about 8 ms once, then cached.
 * Past the limit the approximation is close, and in the far tail errs on the safe side (a larger p):
 * at 50 × 51 it is within 0.2% of the exact p at 0.05, 2% above at 0.01, 11% at 1e-3, 27% at 1e-4.
 * Ties make the untied exact law wrong, so ties always use the normal approximation, as R does.
 */

/** Largest m·n for which the exact null distribution is used (see the header). */
const EXACT_MAX_PRODUCT = 2500;
/** Largest m·n for which `exact: true` is honoured (≈ 25 million additions, ~0.1 s); past it, normal. */
const EXACT_FORCED_MAX_PRODUCT = 10_000;
/** The switch: exact without ties and within the size limit (or forced within the hard limit). */
function useExact(m, n, ties, exact) {
    if (ties || exact === false)
        return false;
    return m * n <= (exact === true ? EXACT_FORCED_MAX_PRODUCT : EXACT_MAX_PRODUCT);
}
/**
 * U for the first sample and the tie term Σ(t³ − t), from mid-ranks of the pooled sample. Both
 * samples are sorted on their own (native typed-array sort) and merged, so no comparator runs.
 */
function rankSum(head, base) {
    const h = Float64Array.from(head).sort();
    const b = Float64Array.from(base).sort();
    let [i, j, below, rankSumHead, tieTerm] = [0, 0, 0, 0, 0];
    while (i < h.length || j < b.length) {
        const value = Math.min(i < h.length ? h[i] : Infinity, j < b.length ? b[j] : Infinity);
        const i0 = i;
        const j0 = j;
        while (i < h.length && h[i] === value)
            i++;
        while (j < b.length && b[j] === value)
            j++;
        const t = i - i0 + (j - j0);
        rankSumHead += (i - i0) * (below + (t + 1) / 2); // every value of the group gets the mid-rank
        tieTerm += t * t * t - t;
        below += t;
    }
    return { u: rankSumHead - (h.length * (h.length + 1)) / 2, tieTerm };
}
/** Both one-sided p-values from one ranking (the detector tests both directions). */
function mannWhitney(head, base, options = {}) {
    const m = head.length;
    const n = base.length;
    if (m === 0 || n === 0)
        throw new RangeError('mannWhitney: both samples need at least one value');
    if (!head.every(Number.isFinite) || !base.every(Number.isFinite))
        throw new RangeError('mannWhitney: values must be finite');
    const { u, tieTerm } = rankSum(head, base);
    const ties = tieTerm > 0;
    const sizes = { head: m, base: n };
    if (useExact(m, n, ties, options.exact)) {
        return { u, pGreater: exactUpperTail(u, m, n), pLess: exactLowerTail(u, m, n), method: 'exact', ties, sizes };
    }
    const correct = options.correct ?? true;
    // "less" is "greater" for the mirrored statistic mn − U (R: z = (U − mn/2 + ½)/σ, p = Φ(z)).
    const pLess = normalUpperTail(m * n - u, m, n, tieTerm, correct);
    return { u, pGreater: normalUpperTail(u, m, n, tieTerm, correct), pLess, method: 'normal', ties, sizes };
}
function mannWhitneyGreater(head, base, options = {}) {
    const { pGreater, pLess: _less, ...rest } = mannWhitney(head, base, options);
    return { ...rest, pValue: pGreater };
}
/** The tie-corrected σ of U (Hollander & Wolfe §4.1; R's SIGMA). */
function uSigma(m, n, tieTerm) {
    const big = m + n;
    const tie = big > 1 ? tieTerm / (big * (big - 1)) : 0;
    return Math.sqrt(((m * n) / 12) * (big + 1 - tie));
}
/**
 * P(U ≥ u) by the normal approximation with R's corrections. With every value tied σ = 0 and the
 * data carry no evidence either way: z = −½/0 = −∞ and p = 1, which is also what R returns.
 */
function normalUpperTail(u, m, n, tieTerm, correct = true) {
    const sigma = uSigma(m, n, tieTerm);
    const centred = u - (m * n) / 2 - (correct ? 0.5 : 0);
    if (sigma === 0)
        return centred > 0 ? 0 : 1;
    // Φ(−z) rather than 1 − Φ(z), so tiny p-values keep their digits.
    return _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()(-centred / sigma, 0, 1);
}
// ---- the exact null distribution ------------------------------------------------------------
const cache = new Map();
const CACHE_LIMIT = 64;
/**
 * P(U = u) for u = 0..mn under H0, by Mann & Whitney's recurrence (1947), in probabilities:
 *   p_{m,n}(u) = m/(m+n) · p_{m−1,n}(u − n) + n/(m+n) · p_{m,n−1}(u),   p_{m,0} = p_{0,n} = [1].
 * (The largest pooled value is a head value with probability m/(m+n), and then beats all n base
 * values.) Every term is a positive weight of probabilities, so nothing cancels or overflows, even
 * where the counts C(m+n, m) exceed 2^53. The law of U_{m,n} equals that of U_{n,m}, so one table
 * serves both orders. Cached (a pure memo: same input, same output).
 */
function exactDistribution(m, n) {
    const [small, large] = m <= n ? [m, n] : [n, m];
    const key = `${small},${large}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    // row[j] = p_{i,j} for the current i; start at i = 0, where U ≡ 0.
    let row = Array.from({ length: large + 1 }, () => Float64Array.of(1));
    for (let i = 1; i <= small; i++) {
        const next = [Float64Array.of(1)];
        for (let j = 1; j <= large; j++) {
            const dist = new Float64Array(i * j + 1);
            const fromHead = row[j]; // p_{i−1,j}, shifted by j
            const fromBase = next[j - 1]; // p_{i,j−1}
            const wHead = i / (i + j);
            const wBase = j / (i + j);
            for (let u = 0; u < fromHead.length; u++)
                dist[u + j] += wHead * fromHead[u];
            for (let u = 0; u < fromBase.length; u++)
                dist[u] += wBase * fromBase[u];
            next.push(dist);
        }
        row = next;
    }
    const result = row[large];
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(key, result);
    return result;
}
/** P(U ≥ u) from the exact law (u an integer when there are no ties). */
function exactUpperTail(u, m, n) {
    const dist = exactDistribution(m, n);
    let sum = 0;
    // Sum the tail from its small end upwards so the smallest terms are not lost.
    for (let k = dist.length - 1; k >= Math.max(0, Math.ceil(u)); k--)
        sum += dist[k];
    return Math.min(1, sum);
}
/**
 * R's qwilcox(p, m, n): the smallest q with P(U ≤ q) ≥ p (R subtracts 10·DBL_EPSILON from p so a
 * cumulative sum that lands just below p through rounding still counts).
 */
function exactQuantile(p, m, n) {
    const dist = exactDistribution(m, n);
    const target = p - 10 * Number.EPSILON;
    let cumulative = 0;
    for (let q = 0; q < dist.length; q++) {
        cumulative += dist[q];
        if (cumulative >= target)
            return q;
    }
    return dist.length - 1;
}
/** P(U ≤ q) from the exact law. */
function exactLowerTail(q, m, n) {
    const dist = exactDistribution(m, n);
    let sum = 0;
    for (let k = 0; k <= Math.min(q, dist.length - 1); k++)
        sum += dist[k];
    return Math.min(1, sum);
}
/**
 * The smallest p-value the exact test can give: 1 / C(m + n, m), reached when every head value is
 * above every base value. When it exceeds the level, no data can be significant: "insufficient".
 */
function minimumPValue(m, n) {
    if (m <= 0 || n <= 0)
        return 1;
    const k = Math.min(m, n);
    let p = 1;
    for (let i = 1; i <= k; i++)
        p *= i / (m + n - k + i);
    return p;
}


/***/ })

};
