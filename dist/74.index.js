export const id = 74;
export const ids = [74];
export const modules = {

/***/ 4284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runGateJob)
});

// EXTERNAL MODULE: ./src/ingest/formats/coverage/merge.ts
var merge = __webpack_require__(8002);
// EXTERNAL MODULE: ./src/ingest/read.ts + 49 modules
var ingest_read = __webpack_require__(27995);
// EXTERNAL MODULE: ./src/model/globs.ts
var globs = __webpack_require__(40098);
// EXTERNAL MODULE: ./src/model/problems.ts
var model_problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/model/test-summary.ts
var test_summary = __webpack_require__(44204);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/model/coverage.ts
var coverage = __webpack_require__(56963);
// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(47088);
;// CONCATENATED MODULE: ./src/gates/coverage-gate.ts



const EPSILON = 1e-9;
const LISTED = 5;
const NOUN = { lines: 'line', branches: 'branch' };
function evaluateCoverageGates(input, options) {
    const action = options.action ?? 'block';
    const { minimum = {}, maxDrop = {}, paths = {} } = options;
    const metrics = ['lines', 'branches'];
    const configured = metrics.some((m) => minimum[m] !== undefined || maxDrop[m] !== undefined) || options.patch !== undefined || Object.keys(paths).length > 0;
    if (!input.report)
        return [missingReport(action, configured)];
    if (!configured)
        return [];
    const base = input.base ?? {};
    const ctx = { action, tolerance: options.tolerance ?? 0.1, report: input.report, totals: (0,coverage/* coverageTotals */.w)(input.report.files), base, baseLabel: base.label ?? 'the base branch' };
    // Patch first: the uncovered changed lines are what the author of a change can act on.
    const out = options.patch === undefined ? [] : [patchGate(ctx, input.diff, options.patch, options.patchMinLines ?? 20)];
    for (const m of metrics) {
        const min = minimum[m];
        if (min !== undefined)
            out.push(overallGate(ctx, m, min));
        const drop = maxDrop[m];
        if (drop !== undefined)
            out.push(dropGate(ctx, m, drop));
    }
    for (const [glob, min] of Object.entries(paths))
        out.push(pathGate(ctx, glob, min));
    return out;
}
function result(ctx, ok, fields) {
    const status = ok === 'skipped' ? 'skipped' : ok ? 'passed' : (0,verdict/* failureStatus */.l1)(ctx.action);
    return { category: 'coverage', unit: '%', suggestions: [], ...fields, status, action: ctx.action };
}
function missingReport(action, configured) {
    return result({ action }, configured ? false : 'skipped', {
        gate: 'coverage',
        metric: 'coverage reports',
        comparator: '>=',
        threshold: 1,
        actual: 0,
        message: configured ? 'No coverage report was read, but coverage gates are configured.' : 'No coverage report was read; no coverage gate is configured.',
        suggestions: configured ? ['Check that the test step writes a coverage report (lcov, Cobertura, JaCoCo, …) and that the coverage pattern matches it.'] : []
    });
}
function overallGate(ctx, m, min) {
    const t = ctx.totals[m];
    const actual = (0,coverage/* coveragePercent */.q)(t);
    const baseValue = ctx.base[m];
    const head = { gate: `coverage.${m}`, metric: `${NOUN[m]} coverage`, comparator: '>=', actual, base: baseValue ?? null };
    if (min === 'auto' && baseValue === undefined) {
        return result(ctx, 'skipped', { ...head, threshold: 0, message: `${noBase(ctx, m)} The minimum is 'auto', so nothing is compared yet.${actual === null ? '' : ` Now: ${fmt(actual)}%.`}` });
    }
    const threshold = min === 'auto' ? round2(baseValue - ctx.tolerance) : min;
    if (actual === null)
        return noData(ctx, m, { ...head, threshold });
    const ok = actual + EPSILON >= threshold;
    const what = `${cap(NOUN[m])} coverage ${fmt(actual)}% (${t.covered} of ${t.total} ${m})`;
    const rule = min === 'auto' ? `${fmt(threshold)}% ('auto': ${baseText(ctx, baseValue)} minus ${fmt(ctx.tolerance)} pp)` : `${fmt(threshold)}%`;
    const message = ok ? `${what}, at least ${rule} required.` : `${what} is below the minimum of ${rule}.${min === 'auto' ? '' : baseSuffix(ctx, baseValue)}`;
    return result(ctx, ok, { ...head, threshold, message, ...(ok ? {} : worst(ctx.report.files, m)) });
}
function dropGate(ctx, m, maxDrop) {
    const actualPct = (0,coverage/* coveragePercent */.q)(ctx.totals[m]);
    const baseValue = ctx.base[m];
    const threshold = round2(maxDrop + ctx.tolerance);
    const head = { gate: `coverage.${m}.drop`, metric: `${NOUN[m]} coverage drop`, comparator: '<=', threshold, base: baseValue ?? null, unit: 'pp' };
    if (baseValue === undefined)
        return result(ctx, 'skipped', { ...head, actual: null, message: `${noBase(ctx, m)} The drop is measured from then on.` });
    if (actualPct === null)
        return noData(ctx, m, { ...head, actual: null });
    const drop = round2(baseValue - actualPct);
    const ok = drop <= threshold + EPSILON;
    const change = drop > 0 ? `down ${fmt(drop)} pp` : drop < 0 ? `up ${fmt(-drop)} pp` : 'unchanged';
    const message = `${cap(NOUN[m])} coverage ${fmt(actualPct)}% against ${fmt(baseValue)}% on ${ctx.baseLabel}: ${change} (at most ${fmt(maxDrop)} pp down allowed, plus ${fmt(ctx.tolerance)} pp tolerance).`;
    return result(ctx, ok, { ...head, actual: drop, message, ...(ok ? {} : worst(ctx.report.files, m)) });
}
function pathGate(ctx, glob, min) {
    // A key may list several globs, space-separated, with `!glob` exclusions: "src/** !src/generated/**".
    const patterns = glob.split(/\s+/).filter(Boolean);
    const files = ctx.report.files.filter((f) => (0,globs/* matchesPatterns */.vZ)(f.path, patterns));
    const t = (0,coverage/* coverageTotals */.w)(files).lines;
    const actual = (0,coverage/* coveragePercent */.q)(t);
    const head = { gate: 'coverage.paths', metric: `line coverage of ${glob}`, comparator: '>=', threshold: min, actual };
    if (files.length === 0) {
        const unplaced = ctx.report.unplaced.length ? ` ${ctx.report.unplaced.length} report paths could not be placed in the repository.` : '';
        const some = ctx.report.files.slice(0, 3).map((f) => f.path).join(', ');
        return result(ctx, false, { ...head, message: `No file in the coverage report matches ${glob}.${unplaced}`, suggestions: [`Globs are repo-relative (the report has e.g. ${some || 'no files'}); check the pattern in the coverage paths.`] });
    }
    if (actual === null)
        return result(ctx, false, { ...head, message: `The ${files.length} files matching ${glob} have no coverable lines.` });
    const ok = actual + EPSILON >= min;
    const what = `Line coverage of ${glob} ${fmt(actual)}% (${t.covered} of ${t.total} lines in ${files.length} ${files.length === 1 ? 'file' : 'files'})`;
    return result(ctx, ok, { ...head, message: ok ? `${what}, at least ${fmt(min)}% required.` : `${what} is below the minimum of ${fmt(min)}%.`, ...(ok ? {} : worst(files, 'lines')) });
}
/** Lines are never absent from a report worth the name; branches are, in several formats. */
function noData(ctx, m, head) {
    if (m === 'branches') {
        return result(ctx, 'skipped', { ...head, message: 'The coverage report has no branch data (Go coverprofiles and some lcov and Cobertura producers record none).' });
    }
    return result(ctx, false, { ...head, message: 'The coverage report holds no coverable lines: nothing was measured.', suggestions: ['Check that the tests ran with coverage on and that the report is the full one, not an empty placeholder.'] });
}
function patchGate(ctx, diff, patch, minLines) {
    const head = { gate: 'coverage.patch', metric: 'patch coverage', comparator: '>=', threshold: patch === 'auto' ? 0 : patch, actual: null };
    if (!diff)
        return result(ctx, 'skipped', { ...head, message: 'No diff against a base branch: patch coverage is measured on pull requests.' });
    if (patch === 'auto' && ctx.base.lines === undefined)
        return result(ctx, 'skipped', { ...head, message: `${noBase(ctx, 'lines')} The patch minimum is 'auto', so nothing is compared yet.` });
    const threshold = patch === 'auto' ? round2(ctx.base.lines - ctx.tolerance) : patch;
    const p = patchCoverage(ctx.report.files, diff);
    const coverable = p.covered + p.uncovered;
    const actual = (0,coverage/* coveragePercent */.q)({ covered: p.covered, total: coverable });
    const fields = { ...head, threshold, actual, suggestions: unlistedSuggestion(ctx.report.files, p.unlisted) };
    const notCoverable = p.changed - coverable;
    const unlisted = p.unlisted.length ? ` (${p.unlistedLines} in ${p.unlisted.length} ${p.unlisted.length === 1 ? 'file' : 'files'} the report does not list)` : '';
    if (p.changed === 0)
        return result(ctx, 'skipped', { ...fields, message: 'The change adds or rewrites no lines (only deletions, renames or binary files).' });
    if (coverable < minLines) {
        const covered = coverable ? ` (${p.covered} covered)` : '';
        return result(ctx, 'skipped', { ...fields, message: `Only ${coverable} of ${p.changed} changed lines are coverable${unlisted}, fewer than ${minLines}: too few to judge patch coverage${covered}.` });
    }
    const ok = actual + EPSILON >= threshold;
    const what = `Patch coverage ${fmt(actual)}% (${p.covered} of ${coverable} coverable changed lines)`;
    const rest = notCoverable ? ` ${notCoverable} changed ${notCoverable === 1 ? 'line is' : 'lines are'} not coverable${unlisted}.` : '';
    const message = `${what}${ok ? ', at least' : ' is below the minimum of'} ${fmt(threshold)}%${ok ? ' required' : ''}.${rest}`;
    if (ok)
        return result(ctx, true, { ...fields, message });
    const items = p.files.slice(0, LISTED).map((f) => ({
        text: `${f.path}:${formatLineRanges(f.lines)} — ${f.lines.length} changed ${f.lines.length === 1 ? 'line' : 'lines'} not covered`,
        location: { file: f.path, line: f.lines[0], endLine: f.lines[f.lines.length - 1] }
    }));
    const where = p.files.slice(0, 3).map((f) => `${f.path}:${formatLineRanges(f.lines, 4)}`).join('; ');
    return result(ctx, false, {
        ...fields,
        message,
        suggestions: [`Add tests that run the uncovered changed lines: ${where}${p.files.length > 3 ? `; and ${p.files.length - 3} more files` : ''}.`, ...fields.suggestions],
        items,
        ...(p.files.length > LISTED ? { moreItems: p.files.length - LISTED } : {})
    });
}
/** A changed line is coverable when the report lists it; otherwise it is a comment, a blank, config, … */
function patchCoverage(files, diff) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const out = { changed: 0, covered: 0, uncovered: 0, files: [], unlisted: [], unlistedLines: 0 };
    for (const d of diff) {
        if (d.newPath === null || d.binary || d.addedLines.length === 0)
            continue;
        out.changed += d.addedLines.length;
        const fc = byPath.get(d.newPath);
        if (!fc) {
            out.unlisted.push(d.newPath);
            out.unlistedLines += d.addedLines.length;
            continue;
        }
        const missed = [];
        for (const line of d.addedLines) {
            const hits = fc.lines.get(line);
            if (hits === undefined)
                continue;
            if (hits > 0)
                out.covered++;
            else
                missed.push(line);
        }
        out.uncovered += missed.length;
        if (missed.length)
            out.files.push({ path: d.newPath, lines: missed });
    }
    out.files.sort((a, b) => b.lines.length - a.lines.length || (a.path < b.path ? -1 : 1));
    return out;
}
/**
 * A source file no test loads is missing from most reports (lcov, istanbul without `all`), and
 * its lines then look "not coverable". Say so when a changed file has an extension the report covers.
 */
function unlistedSuggestion(files, unlisted) {
    const extensions = new Set(files.map((f) => extension(f.path)).filter((e) => e !== ''));
    const suspicious = unlisted.filter((p) => extensions.has(extension(p)));
    if (suspicious.length === 0)
        return [];
    const names = suspicious.slice(0, 3).join(', ') + (suspicious.length > 3 ? `, and ${suspicious.length - 3} more` : '');
    return [`${names} changed but ${suspicious.length === 1 ? 'is' : 'are'} not in the coverage report: if tests should run ${suspicious.length === 1 ? 'it' : 'them'}, make the coverage tool include every source file (jest collectCoverageFrom, coverage.py --source, nyc all).`];
}
/** The least covered files (most uncovered), as suggestions and items. */
function worst(files, m) {
    const rows = files
        .map((f) => {
        const t = (0,coverage/* coverageTotals */.w)([f])[m];
        const missedLines = m === 'lines' ? [...f.lines].filter(([, h]) => h === 0) : [...f.branches].filter(([, b]) => b.covered < b.total);
        const lines = missedLines.map(([l]) => l).sort((a, b) => a - b);
        return { path: f.path, t, missed: t.total - t.covered, lines };
    })
        .filter((r) => r.missed > 0)
        .sort((a, b) => b.missed - a.missed || (a.path < b.path ? -1 : 1));
    const items = rows.slice(0, LISTED).map((r) => ({
        text: `${r.path}: ${fmt((0,coverage/* coveragePercent */.q)(r.t))}% of ${m} covered, ${r.missed} not (${m === 'lines' ? '' : 'on lines '}${formatLineRanges(r.lines, 4)})`,
        location: { file: r.path, line: r.lines[0] }
    }));
    const names = rows.slice(0, 3).map((r) => `${r.path} (${r.missed} ${m} uncovered)`).join(', ');
    return { suggestions: names ? [`Add tests for the least covered files: ${names}.`] : [], items, ...(rows.length > LISTED ? { moreItems: rows.length - LISTED } : {}) };
}
/** `[10, 11, 12, 18]` → `10-12, 18`; beyond `max` ranges, "and N more lines". */
function formatLineRanges(lines, max = 10) {
    const ranges = [];
    for (const l of [...lines].sort((a, b) => a - b)) {
        const last = ranges[ranges.length - 1];
        if (last && l <= last[1] + 1)
            last[1] = Math.max(last[1], l);
        else
            ranges.push([l, l]);
    }
    const shown = ranges.slice(0, max).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
    const rest = ranges.slice(max).reduce((n, [a, b]) => n + b - a + 1, 0);
    return shown.join(', ') + (rest ? `, and ${rest} more ${rest === 1 ? 'line' : 'lines'}` : '');
}
function noBase(ctx, m) {
    return `No base yet: ${ctx.baseLabel} has no ${NOUN[m]} coverage in history (it is saved by pushes to the default branch).`;
}
function baseText(ctx, value) {
    return value === undefined ? ctx.baseLabel : `${fmt(value)}% on ${ctx.baseLabel}`;
}
function baseSuffix(ctx, value) {
    return value === undefined ? '' : ` The base, ${ctx.baseLabel}, has ${fmt(value)}%.`;
}
function round2(x) {
    return Math.round(x * 100) / 100;
}
function fmt(x) {
    return String(round2(x));
}
function cap(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function extension(p) {
    const name = p.slice(p.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot) : '';
}

;// CONCATENATED MODULE: ./src/gates/docs-gate.ts


const docs_gate_LISTED = 10;
function evaluateDocsGate(input, rule) {
    const action = rule.action ?? 'block';
    const base = { gate: rule.name ?? 'docs', category: 'docs', action, metric: 'docs files changed', comparator: '>=', threshold: 1 };
    const when = rule.when.join(', ');
    const require = (0,globs/* splitPatterns */.sb)(rule.require).include.join(', ');
    if (!input.diff) {
        return { ...base, status: 'skipped', actual: null, message: `Not checked: there is no diff against a base branch to look for changes under ${when}.`, suggestions: [] };
    }
    // A deleted changelog is not an entry; a file renamed into docs/ is.
    const written = input.diff.filter((f) => f.newPath !== null && (0,globs/* matchesPatterns */.vZ)(f.newPath, rule.require)).map((f) => f.newPath);
    const triggers = input.diff.map(triggerPath(rule)).filter((p) => p !== undefined);
    if (triggers.length === 0) {
        return { ...base, status: 'skipped', actual: written.length, message: `Not needed: no changed file matches ${when}.`, suggestions: [] };
    }
    if (written.length > 0) {
        const names = written.slice(0, 3).join(', ') + (written.length > 3 ? `, and ${written.length - 3} more` : '');
        return { ...base, status: 'passed', actual: written.length, message: `${count(triggers.length, 'changed file')} under ${when}; ${names} changed too.`, suggestions: [] };
    }
    const listed = triggers.slice(0, docs_gate_LISTED);
    const items = listed.map((file) => ({ text: `${file} changed without an entry in ${require}`, location: { file } }));
    const names = triggers.slice(0, 3).join(', ') + (triggers.length > 3 ? `, and ${triggers.length - 3} more` : '');
    return {
        ...base,
        status: (0,verdict/* failureStatus */.l1)(action),
        actual: 0,
        message: `${count(triggers.length, 'changed file')} under ${when} (${names}) but no change to ${require}.`,
        suggestions: [`Add an entry to ${require} describing the change to ${names}.`],
        items,
        ...(triggers.length > docs_gate_LISTED ? { moreItems: triggers.length - docs_gate_LISTED } : {})
    };
}
/** The path that made the rule apply: the new name, or the old one when only that matches. */
function triggerPath(rule) {
    return (f) => {
        for (const p of [f.newPath, f.oldPath]) {
            // Editing the changelog itself never calls for a changelog entry.
            if (p !== null && (0,globs/* matchesPatterns */.vZ)(p, rule.when) && !(0,globs/* matchesPatterns */.vZ)(p, rule.require))
                return p;
        }
        return undefined;
    };
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/gates/metric-gate.ts
var metric_gate = __webpack_require__(20796);
;// CONCATENATED MODULE: ./src/gates/outcomes.ts
/**
 * Applies waivers and approvals to failed gates. Outside a pull request nothing is waived and a
 * require-approval failure blocks (there is nobody to approve a push).
 */
function applyOutcomes(gates, rules, pr) {
    return gates.map((g) => {
        if (g.status !== 'failed' && g.status !== 'warning')
            return g;
        const waiver = pr ? waivedBy(exceptionsFor(g.gate, rules), pr) : undefined;
        if (waiver)
            return { ...g, status: 'waived', waiver, message: `${g.message} Waived by ${waiver.kind} "${waiver.by}".` };
        if (g.action !== 'require-approval' || g.status !== 'failed')
            return g;
        const approval = pr ? approvedBy(rules, pr) : undefined;
        if (approval)
            return { ...g, status: 'warning', waiver: approval, message: `${g.message} Approved by ${approval.by}.` };
        const how = rules.approvalLabels.length ? ` or the label ${rules.approvalLabels.map((l) => `"${l}"`).join(' / ')}` : '';
        return { ...g, message: `${g.message} Needs an approving review${how} before it can merge.`, suggestions: [...g.suggestions, `Ask a reviewer to approve the pull request${how}.`] };
    });
}
function exceptionsFor(gate, rules) {
    return rules.exceptions[gate] ?? rules.exceptions[gate.split('.')[0] ?? gate];
}
function waivedBy(ex, pr) {
    if (!ex)
        return undefined;
    const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
    const label = ex.labels.find((l) => labels.has(l.toLowerCase()));
    if (label)
        return { kind: 'label', by: label };
    const keyword = ex.keywords.find((k) => containsWord(pr.body, k));
    return keyword ? { kind: 'keyword', by: keyword } : undefined;
}
function approvedBy(rules, pr) {
    const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
    const label = rules.approvalLabels.find((l) => labels.has(l.toLowerCase()));
    if (label)
        return { kind: 'label', by: label };
    const reviewer = pr.approvedBy[0];
    return reviewer ? { kind: 'approval', by: `@${reviewer}` } : undefined;
}
/** `#trivial` must stand alone: not inside `#trivially` or a URL fragment. */
function containsWord(text, word) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\w#-])${escaped}(?![\\w-])`, 'i').test(text);
}

// EXTERNAL MODULE: ./src/gates/performance-gate.ts + 4 modules
var performance_gate = __webpack_require__(45572);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
;// CONCATENATED MODULE: ./src/gates/reports-gate.ts


/**
 * A report we could not read is a failure of its own: silently skipping it could hide the very
 * failures it holds. Other reports are still read and gated. The message is posted, so it quotes
 * no file content (the log has the excerpts).
 */
function evaluateReportsGate(problems) {
    const base = { gate: 'reports', action: 'block', metric: 'unreadable reports', comparator: '==', threshold: 0 };
    if (problems.length === 0) {
        return { ...base, status: 'passed', actual: 0, message: 'All reports were read.', suggestions: [] };
    }
    const files = new Set(problems.map((p) => p.file));
    return {
        ...base,
        status: 'failed',
        actual: files.size,
        message: `${files.size} ${files.size === 1 ? 'report' : 'reports'} could not be read: ${problems.slice(0, 3).map((p) => (0,model_problems/* formatProblem */.V)({ ...p, message: (0,excerpt/* hideExcerpts */.NH)(p.message) })).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`,
        suggestions: ['Check that the test run finished writing the file (a crashed runner leaves truncated XML).']
    };
}

// EXTERNAL MODULE: ./src/gates/security-gate.ts
var security_gate = __webpack_require__(1858);
// EXTERNAL MODULE: ./src/model/tests.ts
var tests = __webpack_require__(44700);
;// CONCATENATED MODULE: ./src/gates/tests-gate.ts



/**
 * Fails when more tests failed or errored than allowed, or when fewer than `minTests` ran. "No
 * tests" is a failure by default (minTests 1) because a broken glob looks exactly like a green run.
 */
function evaluateTestsGate(input, options) {
    const { counts } = input;
    const ran = (0,tests/* ranCount */.f$)(counts);
    const broken = counts.failed + counts.errors;
    const base = { gate: 'tests', action: options.action };
    if (ran < options.minTests) {
        return {
            ...base,
            status: (0,verdict/* failureStatus */.l1)(options.action),
            metric: 'tests run',
            comparator: '>=',
            threshold: options.minTests,
            actual: ran,
            message: tooFewMessage(input, ran, options.minTests),
            suggestions: tooFewSuggestions(input)
        };
    }
    const ok = broken <= options.maxFailures;
    return {
        ...base,
        status: ok ? 'passed' : (0,verdict/* failureStatus */.l1)(options.action),
        metric: 'failed tests',
        comparator: '<=',
        threshold: options.maxFailures,
        actual: broken,
        message: ok ? passMessage(counts) : failMessage(counts, options.maxFailures),
        suggestions: ok ? [] : ['Fix the failing tests listed below, or raise gates.tests.max-failures if they are known.']
    };
}
const FLAKY_LISTED = 10;
/**
 * Tests that failed and then passed on a retry, as a gate of their own (`tests.flaky`), so the main
 * tests gate keeps its meaning and a flaky test is visible without turning the run red.
 */
function evaluateFlakyTestsGate(flaky, options = {}) {
    const action = options.action ?? 'warn';
    const max = options.maxFlaky ?? 0;
    const base = { gate: 'tests.flaky', category: 'tests', action, metric: 'flaky tests', comparator: '<=', threshold: max, actual: flaky.length };
    if (flaky.length <= max) {
        return { ...base, status: 'passed', message: flaky.length ? `${flaky.length} flaky (within the allowance of ${max}).` : 'No flaky tests.', suggestions: [] };
    }
    const items = flaky.slice(0, FLAKY_LISTED).map((c) => {
        const tries = c.attempts?.length ? ` after ${c.attempts.length} attempts` : ' on a retry';
        return { text: `${[c.suite, c.name].filter(Boolean).join(' › ')} passed${tries}`, ...(c.file ? { location: { file: c.file, ...(c.line ? { line: c.line } : {}) } } : {}) };
    });
    return {
        ...base,
        status: (0,verdict/* failureStatus */.l1)(action),
        message: `${flaky.length} ${flaky.length === 1 ? 'test was' : 'tests were'} flaky (failed, then passed on a retry)${max ? `; at most ${max} allowed` : ''}.`,
        suggestions: ['Fix or quarantine the flaky tests before they fail a run: look for shared state, timing and ordering assumptions.'],
        items,
        ...(flaky.length > FLAKY_LISTED ? { moreItems: flaky.length - FLAKY_LISTED } : {})
    };
}
function tooFewMessage(input, ran, min) {
    const searched = (0,globs/* splitPatterns */.sb)(input.patterns).include;
    if (searched.length === 0)
        return 'No test results were given: set the junit input or reports.junit in the config.';
    if (ran === 0 && input.unmatchedPatterns.length === searched.length) {
        return `No test results: ${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files.`;
    }
    const unmatched = input.unmatchedPatterns.length ? ` (${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files)` : '';
    return `${ran} ${ran === 1 ? 'test' : 'tests'} ran; at least ${min} required${unmatched}.`;
}
function tooFewSuggestions(input) {
    const out = ['Check that the test step wrote its report before this step, and that the path is relative to the workspace.'];
    if (input.unmatchedPatterns.length)
        out.push('If no tests is expected here, set gates.tests.min-tests: 0 (or the `min-tests` input).');
    return out;
}
function passMessage(c) {
    const skipped = c.skipped ? `, ${c.skipped} skipped` : '';
    const broken = c.failed + c.errors;
    return broken ? `${c.passed} passed, ${broken} failed (within the allowance)${skipped}.` : `${c.passed} passed${skipped}.`;
}
function failMessage(c, max) {
    const parts = [`${c.failed} failed`];
    if (c.errors)
        parts.push(`${c.errors} errored`);
    const allowance = max ? ` (at most ${max} allowed)` : '';
    return `${parts.join(', ')} of ${c.total} tests${allowance}.`;
}

// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
// EXTERNAL MODULE: ./src/pipeline/rich-text.ts
var rich_text = __webpack_require__(83616);
;// CONCATENATED MODULE: ./src/pipeline/container-gate.ts


/** Items kept on the gate (annotations); the report lists the findings itself. */
const container_gate_LISTED = 50;
/** The findings the gate counts: those of rules the config does not ignore. */
function gatedFindings(scan, options) {
    return scan.findings.filter((f) => !options.ignore.includes(f.rule));
}
/** Undefined when no Dockerfile was read: there is nothing to gate. */
function evaluateContainerGate(scan, options) {
    if (!scan.files.length)
        return undefined;
    const found = gatedFindings(scan, options);
    const files = new Set(found.map((f) => f.file)).size;
    const items = found.slice(0, container_gate_LISTED).map((f) => ({ text: `${f.rule}: ${(0,rich_text/* richPlain */.Zq)(f.problem)} ${(0,rich_text/* richPlain */.Zq)(f.cost)} Fix: ${(0,rich_text/* richPlain */.Zq)(f.fix)}`, location: { file: f.file, line: f.line } }));
    const checked = `${scan.files.length} Dockerfile${scan.files.length === 1 ? '' : 's'}`;
    return {
        gate: 'container',
        category: 'pipeline',
        status: found.length ? (0,verdict/* failureStatus */.l1)(options.action) : 'passed',
        action: options.action,
        metric: 'container build findings',
        comparator: '<=',
        threshold: 0,
        actual: found.length,
        message: found.length ? `${found.length} finding${found.length === 1 ? '' : 's'} in ${files} of ${checked} slow the build or bloat the image.` : `${checked} checked: layers ordered for the cache, no toolchain left in the final image.`,
        suggestions: [...new Set(found.map((f) => (0,rich_text/* richPlain */.Zq)(f.fix)))].slice(0, 3),
        items,
        ...(found.length > container_gate_LISTED ? { moreItems: found.length - container_gate_LISTED } : {})
    };
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts












/** Every configured gate, then waivers and approvals, then the conclusion. Pure. */
function evaluateGates(input, settings) {
    const gates = [
        evaluateTestsGate({ counts: input.tests.counts, patterns: settings.junitPatterns, unmatchedPatterns: input.unmatchedPatterns }, settings.tests),
        ...(settings.flaky && input.tests.flaky.length ? [evaluateFlakyTestsGate(input.tests.flaky, settings.flaky)] : [])
    ];
    if (settings.coverage)
        gates.push(...evaluateCoverageGates({ ...(input.coverage ? { report: input.coverage } : {}), ...(input.diff ? { diff: input.diff } : {}), base: coverageBase(input.history) }, settings.coverage));
    const baseKeys = lastRunWith(input.history, 'findings')?.findings;
    for (const options of settings.security) {
        gates.push(...(0,security_gate/* evaluateSecurityGates */.M)({ findings: input.findings, toolsRead: input.toolsRead, ...(baseKeys ? { baseKeys } : {}) }, options));
    }
    if (settings.docs)
        gates.push(evaluateDocsGate(input.diff ? { diff: input.diff } : {}, settings.docs));
    for (const c of settings.conditions) {
        const [g] = (0,metric_gate/* evaluateMetricGates */.m)({ metrics: input.metrics, benchmarks: input.benchmarks }, { action: c.action, conditions: [c.condition] });
        if (g)
            gates.push({ ...g, gate: c.gate });
    }
    let performance;
    // Benchmarks given are compared even without a gates.performance block (with its defaults).
    const performanceOptions = settings.performance ?? (input.benchmarks.length ? config_settings/* DEFAULT_PERFORMANCE */.tV : undefined);
    if (performanceOptions) {
        const history = benchmarkHistory(input.history);
        const defaultBranch = input.defaultBranch ?? false;
        performance = (0,performance_gate/* evaluatePerformanceGate */.h)({ head: input.benchmarks, base: input.benchmarksBase, defaultBranch, ...(history ? { history } : {}) }, performanceOptions);
        gates.push(performance.gate);
    }
    const container = settings.container && input.containers ? evaluateContainerGate(input.containers, settings.container) : undefined;
    if (container)
        gates.push(container);
    if (input.problems.length)
        gates.push(evaluateReportsGate(input.problems));
    const decided = applyOutcomes(gates, { exceptions: settings.exceptions, approvalLabels: settings.approvalLabels }, input.pr);
    return { verdict: (0,verdict/* concludeVerdict */.F_)(decided, { neutralOnWarnings: settings.warningsConclusion === 'neutral' }), ...(performance ? { performance } : {}) };
}
function lastRunWith(history, key) {
    return [...(history?.runs ?? [])].reverse().find((r) => r[key] !== undefined);
}
/** The newest base-branch run that recorded coverage; "no base yet" when none did. */
function coverageBase(history) {
    const run = lastRunWith(history, 'coverage');
    if (!run?.coverage)
        return {};
    return { ...run.coverage, label: `${run.ref.replace(/^refs\/heads\//, '')}@${run.sha.slice(0, 7)}` };
}
/** One value per past run and benchmark (the median of that run's samples), oldest first. */
function benchmarkHistory(history) {
    const runs = (history?.runs ?? []).filter((r) => r.benchmarks);
    if (!runs.length)
        return undefined;
    const units = {};
    const out = runs.map((r) => {
        const values = {};
        for (const [name, b] of Object.entries(r.benchmarks ?? {})) {
            if (!b.samples.length)
                continue;
            values[name] = (0,median/* median */.J)(b.samples);
            units[name] = b.unit;
        }
        return { id: r.runId, values };
    });
    return { runs: out, units };
}

// EXTERNAL MODULE: ./src/engine/files.ts
var engine_files = __webpack_require__(34817);
;// CONCATENATED MODULE: ./src/engine/shard-balance.ts
/** What the pinned plan expected beside what this run's reports say each shard took. */
function shardBalance(plan, tests) {
    const times = plan.granularity === 'file' ? tests.fileSeconds : tests.caseSeconds;
    if (!times || times.size === 0)
        return undefined;
    const shards = plan.shards.map((s) => {
        let realised = 0;
        let reported = 0;
        for (const t of s.tests) {
            const seconds = times.get(t);
            if (seconds === undefined)
                continue;
            realised += seconds;
            reported++;
        }
        return { index: s.index, estimatedSeconds: s.estimatedSeconds, realisedSeconds: realised, reported, tests: s.tests.length };
    });
    const slowest = Math.max(...shards.map((s) => s.realisedSeconds));
    const sum = shards.reduce((a, s) => a + s.realisedSeconds, 0);
    return { shards, efficiency: slowest > 0 ? sum / (shards.length * slowest) : 1, slowestSeconds: slowest };
}

;// CONCATENATED MODULE: ./src/pipeline/gates.ts

/**
 * The plan's pipeline targets, on by default as warnings: a run under 15 minutes to the gate,
 * test shards that finish within 80% of each other's time, and caches that find something on at
 * least 80% of lookups. Warnings, because runner queues and cold caches move these numbers for
 * reasons a pull request cannot fix.
 */
const DEFAULT_PIPELINE_GATES = ['pipeline.duration-minutes < 15', 'pipeline.shard-efficiency >= 0.8', 'pipeline.cache-hit-rate >= 0.8'];
/**
 * The default conditions to add for this run: only for metrics that were measured (a missing
 * figure is already explained in the pipeline notes; a gate would only repeat it as a warning),
 * and never where the config sets its own condition on the same metric.
 */
function defaultPipelineConditions(measured, configured) {
    const have = new Set(measured.map((m) => m.path));
    const mine = new Set(configured.map((c) => c.condition.path));
    return DEFAULT_PIPELINE_GATES.flatMap((text) => {
        const parsed = (0,metric_gate/* parseMetricCondition */.t)(text);
        if (!parsed.ok || !have.has(parsed.condition.path) || mine.has(parsed.condition.path))
            return [];
        return [{ condition: parsed.condition, action: 'warn', gate: `metrics.${parsed.condition.path}` }];
    });
}

// EXTERNAL MODULE: ./src/pipeline/cache-history.ts
var cache_history = __webpack_require__(44109);
;// CONCATENATED MODULE: ./src/pipeline/advice.ts

/**
 * The pipeline report with what only the history can add: per-cache totals over the recorded
 * runs and the caches saved in every one of them but never restored. The engine calls this once
 * the history is restored; without cache figures the report passes through unchanged.
 */
function withPipelineHistory(details, previous) {
    if (!details.caches)
        return details;
    return { ...details, caches: (0,cache_history/* withCacheHistory */.b)(details.caches, previous) };
}

;// CONCATENATED MODULE: ./src/stats/energy-split.ts
/**
 * The max-Q̂ search of E-divisive (change-point.ts): for a segment Z_1..Z_L and a split at τ,
 *   Q̂(τ) = (nm/L) · [ (2/(nm)) Σ|X_i − Y_j|^α − C(n,2)⁻¹ Σ|X_i − X_k|^α − C(m,2)⁻¹ Σ|Y_j − Y_k|^α ],
 * X = Z_1..Z_τ, Y = the rest, maximised over minSize ≤ τ ≤ L − minSize.
 *
 * For α = 1 all the sums come from before[k] = Σ_{i<k} |x_k − x_i| and after[k] = Σ_{j>k} |x_k − x_j|,
 * and before[k] is one Fenwick-tree sweep over the ranks (x_k·#below − Σbelow + Σabove − x_k·#above):
 * O(L log L) per search instead of O(L²). Over a whole segment after[k] = S(x_k) − before[k], with
 * S(x) = Σ_j |x − x_j| depending on the value only, so one sweep does. Other α keep the O(L²) sums.
 *
 * A permutation only reorders the values, so a segment is sorted once and a permutation is a
 * shuffled array of ranks: no sorting per draw, and the buffers are reused.
 */
class SplitSearch {
    minSize;
    alpha;
    sorted;
    /** S(x_r) for the value of rank r: its distance sum to the whole segment. */
    total;
    count;
    sum;
    before;
    after;
    constructor(values, minSize, alpha = 1) {
        this.minSize = minSize;
        this.alpha = alpha;
        const L = values.length;
        const sorted = Float64Array.from(values).sort();
        this.sorted = sorted;
        this.total = new Float64Array(L);
        let all = 0;
        for (let r = 0; r < L; r++)
            all += sorted[r];
        let below = 0;
        for (let r = 0; r < L; r++) {
            const x = sorted[r];
            this.total[r] = x * r - below + (all - below - x) - x * (L - 1 - r);
            below += x;
        }
        this.count = new Float64Array(L + 1);
        this.sum = new Float64Array(L + 1);
        this.before = new Float64Array(L);
        this.after = new Float64Array(L);
    }
    /** Ranks (0-based positions in the sorted segment) of `values` in their order; ties get distinct ranks. */
    static ranksOf(values) {
        const order = Int32Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
        const rank = new Int32Array(values.length);
        order.forEach((i, r) => (rank[i] = r));
        return rank;
    }
    /** The best split of rank[from..to) (τ counted from `from`), or undefined when too short. */
    best(rank, from = 0, to = rank.length) {
        const L = to - from;
        if (L < 2 * this.minSize)
            return undefined;
        const before = this.before.subarray(from, to);
        const after = this.after.subarray(from, to);
        if (this.alpha !== 1)
            this.quadratic(rank, from, to);
        else if (L === rank.length) {
            this.sweep(rank, this.before, 0, L, 1);
            for (let k = 0; k < L; k++)
                this.after[k] = this.total[rank[k]] - this.before[k];
        }
        else {
            this.sweep(rank, this.before, from, to, 1);
            this.sweep(rank, this.after, to - 1, from - 1, -1);
        }
        return splitFromSums(before, after, this.minSize);
    }
    /**
     * out[k] = Σ |x_k − x_i| over the i visited before k, by Fenwick trees of counts and sums over
     * ranks. The trees are zero on entry and left zero (the visited paths are cleared, not the whole
     * tree: a short window of a long segment costs its own length).
     */
    sweep(rank, out, from, to, step) {
        const size = this.count.length - 1;
        const { count, sum, sorted } = this;
        let seen = 0;
        let seenSum = 0;
        for (let k = from; k !== to; k += step) {
            const r0 = rank[k];
            const x = sorted[r0];
            let below = 0;
            let belowSum = 0;
            for (let r = r0; r > 0; r -= r & -r) {
                below += count[r];
                belowSum += sum[r];
            }
            out[k] = x * below - belowSum + (seenSum - belowSum) - x * (seen - below);
            for (let r = r0 + 1; r <= size; r += r & -r) {
                count[r] += 1;
                sum[r] += x;
            }
            seen++;
            seenSum += x;
        }
        for (let k = from; k !== to; k += step) {
            for (let r = rank[k] + 1; r <= size && count[r] !== 0; r += r & -r) {
                count[r] = 0;
                sum[r] = 0;
            }
        }
    }
    /** The same sums by the definition, for α ≠ 1. */
    quadratic(rank, from, to) {
        const { before, after, sorted, alpha } = this;
        before.fill(0, from, to);
        after.fill(0, from, to);
        for (let i = from; i < to; i++) {
            for (let j = i + 1; j < to; j++) {
                const d = Math.abs(sorted[rank[i]] - sorted[rank[j]]) ** alpha;
                after[i] += d;
                before[j] += d;
            }
        }
    }
}
/** The sweep over τ from before[k] = Σ_{i<k} d(i, k) and after[k] = Σ_{j>k} d(k, j). */
function splitFromSums(before, after, minSize) {
    const L = before.length;
    let total = 0;
    for (let k = 0; k < L; k++)
        total += before[k];
    // Move points one by one from Y to X: within-X, cross and within-Y sums update in O(1).
    let within = 0;
    let cross = 0;
    let rest = total;
    let best;
    for (let k = 0; k < L - minSize; k++) {
        within += before[k];
        cross += after[k] - before[k];
        rest -= after[k];
        const n = k + 1;
        const m = L - n;
        if (n < minSize)
            continue;
        const energy = (2 * cross) / (n * m) - within / ((n * (n - 1)) / 2) - rest / ((m * (m - 1)) / 2);
        const q = ((n * m) / L) * energy;
        if (!best || q > best.q)
            best = { tau: n, q };
    }
    return best;
}
/** argmax_τ Q̂(τ) over minSize ≤ τ ≤ L − minSize, or undefined when the segment is too short. */
function bestSplit(values, minSize, alpha = 1) {
    if (values.length < 2 * minSize)
        return undefined;
    return new SplitSearch(values, minSize, alpha).best(SplitSearch.ranksOf(values));
}
/**
 * Short windows of a segment for the bump scan: lengths 4·minSize, 8·minSize, … up to `longest`
 * (and shorter than the segment), each scale overlapping by half, the last window ending at the end
 * (the seeded intervals of Kovács et al. 2023, "Seeded binary segmentation", Biometrika 110:249).
 */
function windowsOf(length, minSize, longest) {
    const out = [];
    for (let w = 4 * minSize; w < length && w <= longest; w *= 2) {
        for (let s = 0;; s += w / 2) {
            const start = Math.min(s, length - w);
            out.push([start, start + w]);
            if (start + w >= length)
                break;
        }
    }
    return out;
}
/** The best split over the windows: Q̂ of the best window, τ counted from the segment's start. */
function bestWindowSplit(search, rank, windows) {
    let best;
    for (const [from, to] of windows) {
        const s = search.best(rank, from, to);
        if (s && (!best || s.q > best.q))
            best = { tau: from + s.tau, q: s.q };
    }
    return best;
}

;// CONCATENATED MODULE: ./src/stats/random.ts
/**
 * A small seedable PRNG and the draws the permutation test and the simulations need.
 *
 * The core never touches `Math.random`: every random choice goes through an `Rng` passed in, so a
 * seed reproduces a permutation p-value or a whole simulation bit for bit.
 *
 * Generator: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 2021; reference code prng.di.unimi.it/xoshiro128starstar.c): 128 bits of state, period
 * 2^128 − 1, passes BigCrush, and needs only 32-bit integer arithmetic (`Math.imul`), which is what
 * JavaScript does fast. The state is filled from a 32-bit seed with SplitMix32 so that nearby seeds
 * give unrelated streams and the all-zero state cannot occur.
 */
const rotl = (x, k) => (x << k) | (x >>> (32 - k));
/** xoshiro128** from an explicit state (four 32-bit words, not all zero). */
function xoshiro128ss(state) {
    let [s0, s1, s2, s3] = state.map((w) => w >>> 0);
    if ((s0 | s1 | s2 | s3) === 0)
        throw new RangeError('xoshiro128**: the all-zero state is not allowed');
    const nextUint32 = () => {
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        return result;
    };
    // 27 + 26 bits, as in Java's nextDouble: every double k·2^-53 is equally likely.
    const next = () => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992;
    return { nextUint32, next };
}
/** SplitMix32 (a 32-bit variant of Steele, Lea & Flood's SplitMix, OOPSLA 2014), for seeding only. */
function splitMix32(seed) {
    let a = seed | 0;
    return () => {
        a = (a + 0x9e3779b9) | 0;
        let t = a ^ (a >>> 16);
        t = Math.imul(t, 0x21f0aaad);
        t ^= t >>> 15;
        t = Math.imul(t, 0x735a2d97);
        return (t ^ (t >>> 15)) >>> 0;
    };
}
/** A generator seeded from one integer (only its low 32 bits count). */
function createRng(seed) {
    const mix = splitMix32(seed);
    const state = [mix(), mix(), mix(), mix()];
    if ((state[0] | state[1] | state[2] | state[3]) === 0)
        state[0] = 1;
    return xoshiro128ss(state);
}
/** A uniform integer in [0, n), without modulo bias (Lemire's rejection on the 32-bit output). */
function uniformInt(rng, n) {
    if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32)
        throw new RangeError(`uniformInt: n must be an integer in [1, 2^32], got ${n}`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
        const x = rng.nextUint32();
        if (x < limit)
            return x % n;
    }
}
/** Fisher–Yates (Durstenfeld) shuffle in place; every permutation equally likely. */
function shuffleInPlace(rng, values) {
    for (let i = values.length - 1; i > 0; i--) {
        const j = uniformInt(rng, i + 1);
        const tmp = values[i];
        values[i] = values[j];
        values[j] = tmp;
    }
    return values;
}
/**
 * A standard normal draw by Box–Muller (Box & Muller 1958): z = √(−2 ln u₁) · cos(2π u₂).
 * u₁ is taken from (0, 1] so the logarithm is finite; the sine twin is dropped to keep no state.
 */
function normal(rng, mean = 0, sd = 1) {
    const u1 = 1 - rng.next();
    const u2 = rng.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
/** exp(N(mu, sigma²)): a log-normal draw. */
function logNormal(rng, mu, sigma) {
    return Math.exp(normal(rng, mu, sigma));
}
/**
 * A Gamma(shape, 1) draw by Marsaglia & Tsang (ACM TOMS 2000, "A simple method for generating
 * gamma variables"); shapes below 1 use their boost Gamma(a) = Gamma(a + 1) · U^(1/a).
 */
function gamma(rng, shape) {
    if (!(shape > 0))
        throw new RangeError(`gamma: shape must be > 0, got ${shape}`);
    if (shape < 1)
        return gamma(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        const x = normal(rng);
        const v0 = 1 + c * x;
        if (v0 <= 0)
            continue;
        const v = v0 * v0 * v0;
        const u = 1 - rng.next();
        if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v))
            return d * v;
    }
}
/** Student-t with `df` degrees of freedom: Z / √(χ²_df / df), with χ²_df = 2 · Gamma(df / 2). */
function studentT(rng, df) {
    if (!(df > 0))
        throw new RangeError(`studentT: df must be > 0, got ${df}`);
    const chiSquare = 2 * gamma(rng, df / 2);
    return normal(rng) / Math.sqrt(chiSquare / df);
}

;// CONCATENATED MODULE: ./src/stats/change-point.ts
/**
 * E-divisive change points (Matteson & James 2014, "A nonparametric approach for multiple change
 * point analysis of multivariate data", JASA 109:334–345) on a benchmark's default-branch history,
 * in the single-split form MongoDB uses for its performance CI (Daniel et al. 2020, "Change point
 * detection in software performance testing", ICPE).
 *
 * For a split of Z_1..Z_L at τ into X = Z_1..Z_τ (n = τ) and Y = Z_τ+1..Z_L (m = L − τ), with
 * exponent α ∈ (0, 2) (α = 1 here):
 *   Ê(X, Y) = (2/(nm)) Σ_i Σ_j |X_i − Y_j|^α − C(n,2)⁻¹ Σ_{i<k} |X_i − X_k|^α − C(m,2)⁻¹ Σ_{j<k} |Y_j − Y_k|^α
 *   Q̂(τ)   = (nm/(n + m)) · Ê(X, Y)                                        (M&J eqs. 5 and 6)
 * Ê is the energy distance (Székely & Rizzo): ≥ 0, and 0 only when the two laws are equal, so it sees
 * any change in distribution, not only in the mean. τ̂ = argmax Q̂ (with ≥ minSize points a side).
 *
 * Significance (M&J §3.2): permute the segment with the injected PRNG, recompute max Q̂,
 * p = (1 + #{Q̂_perm ≥ Q̂_obs}) / (1 + R). The permutations stop as soon as the answer is known
 * (Besag & Clifford 1991, "Sequential Monte Carlo p-values", Biometrika 78:301–304): once enough of
 * them reached Q̂_obs that p can no longer be ≤ significance, the rest cannot change the decision.
 * Noise segments stop after a handful; only real splits pay for all R.
 *
 * Bumps: a short up-and-back excursion (40 runs at 100, 10 at 130, 40 at 100) hardly moves the whole
 * segment's best split. Where that test finds nothing, a second one scans short windows of the
 * segment (seeded intervals, energy-split.ts) with the maximum over the windows as its statistic and
 * the same permutation test, so the number of windows is paid for. Either end found is then a split
 * like any other, and the recursion finds the other end. Each of the two tests runs at half the
 * significance (Bonferroni), so a segment's level stays at `significance`; bench/detector.mjs
 * measures false shifts on stable histories.
 *
 * Search first, filter after: every significant split is recursed into, whatever its size, and only
 * then are moves smaller than minMagnitude dropped, smallest first, each time re-measuring its
 * neighbours on the merged segments. (Filtering first stops the search at a first split that moves
 * the median 4.8% and hides the 5–6.6% shifts under it.) `bumps` then pairs a move with the next one
 * when the level comes back.
 *
 * Cost: O(L log L) per max-Q̂ search (energy-split.ts), times the permutations that are needed.
 * bench/detector.mjs measures it (200 benchmarks × 100 runs, one 5,000-run series).
 */




/** Longest window of the bump scan: bumps up to about half of it in runs. */
const BUMP_WINDOW = 80;
/** Permutation p-value of `statistic`, stopped as soon as it must exceed the significance level (Besag–Clifford). */
function permutationPValue(ranks, observed, statistic, o) {
    const copy = Int32Array.from(ranks);
    // A permutation that re-creates the observed split ties with it; sums in another order may differ in the last bits.
    const bar = observed - 1e-9 * Math.abs(observed);
    // p = (1 + atLeast)/(1 + R) > significance as soon as atLeast reaches this.
    const enough = Math.max(1, Math.floor(o.significance * (1 + o.permutations)));
    let atLeast = 0;
    for (let r = 1; r <= o.permutations; r++) {
        shuffleRanks(o.rng, copy);
        const split = statistic(copy);
        if (split && split.q >= bar)
            atLeast++;
        if (atLeast >= enough)
            return Math.min(1, (1 + atLeast) / (1 + r));
    }
    return (1 + atLeast) / (1 + o.permutations);
}
/** Fisher–Yates on a typed array, drawing as shuffleInPlace does. */
function shuffleRanks(rng, a) {
    for (let i = a.length - 1; i > 0; i--) {
        const j = uniformInt(rng, i + 1);
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
function resolve(options) {
    const o = {
        rng: options.rng ?? createRng(options.seed ?? 0x5eed),
        permutations: options.permutations ?? 199,
        significance: options.significance ?? 0.05,
        minSize: options.minSize ?? 5,
        minMagnitude: options.minMagnitude ?? 0.05,
        alpha: options.alpha ?? 1
    };
    if (!(o.minSize >= 2 && Number.isInteger(o.minSize)))
        throw new RangeError(`eDivisive: minSize must be an integer ≥ 2, got ${o.minSize}`);
    if (!(o.alpha > 0 && o.alpha < 2))
        throw new RangeError(`eDivisive: alpha must be in (0, 2), got ${o.alpha}`);
    if (!(Number.isInteger(o.permutations) && o.permutations >= 1))
        throw new RangeError(`eDivisive: permutations must be a positive integer, got ${o.permutations}`);
    if (!(o.significance > 0 && o.significance < 1))
        throw new RangeError(`eDivisive: significance must be in (0, 1), got ${o.significance}`);
    return o;
}
function eDivisive(series, options = {}) {
    if (!series.every(Number.isFinite))
        throw new RangeError('eDivisive: values must be finite');
    const o = resolve(options);
    const found = [];
    // Depth-first over segments [start, end), left part first, so the PRNG is used in a fixed order.
    const stack = [[0, series.length]];
    while (stack.length > 0) {
        const [start, end] = stack.pop();
        if (end - start < 2 * o.minSize)
            continue;
        const split = significantSplit(series.slice(start, end), o);
        if (!split)
            continue;
        found.push({ index: start + split.tau, pValue: split.pValue, statistic: split.q });
        stack.push([start + split.tau, end], [start, start + split.tau]);
    }
    return keepLargeMoves(series, found.sort((a, b) => a.index - b.index), o.minMagnitude);
}
/**
 * The segment's best single split when significant; else the bump scan: the best split inside its
 * short windows, as one statistic (the maximum over the windows) with its own permutation test. A
 * 40/10/40 bump moves the whole segment's best split by nothing, but a window around either end
 * sees a clean step.
 */
function significantSplit(segment, o) {
    const search = new SplitSearch(segment, o.minSize, o.alpha);
    const ranks = SplitSearch.ranksOf(segment);
    const whole = search.best(ranks);
    if (!whole)
        return undefined;
    const half = { ...o, significance: o.significance / 2 };
    const pWhole = permutationPValue(ranks, whole.q, (r) => search.best(r), half);
    if (pWhole <= half.significance)
        return { ...whole, pValue: pWhole };
    const windows = windowsOf(segment.length, o.minSize, BUMP_WINDOW);
    const local = windows.length ? bestWindowSplit(search, ranks, windows) : undefined;
    if (!local)
        return undefined;
    const pLocal = permutationPValue(ranks, local.q, (r) => bestWindowSplit(search, r, windows), half);
    return pLocal <= half.significance ? { ...local, pValue: pLocal } : undefined;
}
const relative = (before, after) => (before === 0 ? (after === 0 ? 0 : Infinity) : (after - before) / Math.abs(before));
/**
 * Measures each move between the medians of its neighbouring segments and drops the smallest one
 * below `minMagnitude`, again and again (its neighbours are re-measured on the merged segment).
 */
function keepLargeMoves(series, points, minMagnitude) {
    const kept = [...points];
    const measure = () => kept.map((p, i) => {
        const before = (0,median/* median */.J)(series.slice(kept[i - 1]?.index ?? 0, p.index));
        const after = (0,median/* median */.J)(series.slice(p.index, kept[i + 1]?.index ?? series.length));
        return { ...p, before, after, change: relative(before, after) };
    });
    for (;;) {
        const moves = measure();
        let smallest = -1;
        moves.forEach((m, i) => {
            if (Math.abs(m.change) < minMagnitude && (smallest < 0 || Math.abs(m.change) < Math.abs(moves[smallest].change)))
                smallest = i;
        });
        if (smallest < 0)
            return moves;
        kept.splice(smallest, 1);
    }
}
/** Pairs of consecutive moves in opposite directions whose outer levels agree within `tolerance` (relative). */
function bumps(points, tolerance) {
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
        const [up, down] = [points[i], points[i + 1]];
        if (Math.sign(up.change) === Math.sign(down.change))
            continue;
        if (Math.abs(relative(up.before, down.after)) > tolerance)
            continue;
        out.push({ up, down });
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/trends.ts



/**
 * Trends of the named benchmarks (all when `names` is absent). A past run whose stored unit differs
 * from the current one is left out rather than mixed in: a unit change is not a level change.
 */
function benchmarkTrends(history, head, current, names) {
    const now = (0,performance_gate/* seriesOf */.L)(head);
    const past = (history?.runs ?? []).filter((r) => r.benchmarks);
    const wanted = names ?? new Set([...now.keys(), ...past.flatMap((r) => Object.keys(r.benchmarks ?? {}))]);
    const out = [];
    for (const name of wanted) {
        const here = now.get(name);
        const stored = past.map((r) => ({ run: r, b: r.benchmarks?.[name] })).filter((x) => x.b && x.b.samples.length > 0);
        const unit = here?.unit ?? stored.at(-1)?.b?.unit;
        const direction = here?.direction ?? stored.at(-1)?.b?.direction;
        if (!unit || !direction)
            continue;
        const points = stored.filter((x) => x.b?.unit === unit).map((x) => ({ sha: x.run.sha, runId: x.run.runId, value: (0,median/* median */.J)(x.b?.samples ?? []) }));
        if (here && current && here.values.length)
            points.push({ sha: current.sha, runId: current.runId, value: (0,median/* median */.J)(here.values), current: true });
        if (points.length)
            out.push({ name, unit, direction, points });
    }
    return out;
}
/**
 * E-divisive change points over each trend (see stats/change-point.ts), as commit ranges. Every
 * benchmark gets its own fixed seed (derived from its name), so a re-run finds the same moves.
 */
function levelShifts(trends, options = {}) {
    const minRuns = options.minRuns ?? 5;
    const out = [];
    for (const t of trends.slice(0, options.maxBenchmarks ?? 200)) {
        const points = t.points.slice(-(options.window ?? 100));
        if (points.length < 2 * minRuns)
            continue;
        const values = points.map((p) => p.value);
        const found = eDivisive(values, { minSize: minRuns, minMagnitude: options.minChange ?? 0.05, significance: options.significance ?? 0.01, seed: seedOf(t.name) });
        const paired = bumps(found, options.minChange ?? 0.05);
        const ends = new Set(paired.map((b) => b.down));
        for (const cp of found) {
            if (ends.has(cp))
                continue;
            const bump = paired.find((b) => b.up === cp);
            const shift = shiftAt(t, points, cp);
            if (!shift)
                continue;
            const back = bump ? { ...around(points, bump.down.index), after: bump.down.after, pValue: bump.down.pValue, runs: bump.down.index - cp.index } : undefined;
            out.push(back ? { ...shift, kind: 'bump', back } : shift);
        }
    }
    // Newest moves first: they are the ones a reader has not seen in an earlier report.
    return out.sort((a, b) => a.runsSince - b.runsSince || Math.abs(b.change) - Math.abs(a.change));
}
/** The commits either side of index: the last run at the old level and the first at the new. */
function around(points, index) {
    const from = points[index - 1];
    const to = points[index];
    return from && to ? { from: { sha: from.sha, runId: from.runId }, to: { sha: to.sha, runId: to.runId } } : undefined;
}
function shiftAt(t, points, cp) {
    const range = around(points, cp.index);
    if (!range)
        return undefined;
    const worse = t.direction === 'smaller-is-better' ? cp.change > 0 : cp.change < 0;
    return { kind: 'shift', name: t.name, unit: t.unit, ...range, before: cp.before, after: cp.after, change: cp.change, pValue: cp.pValue, worse, runsSince: points.length - cp.index };
}
/** FNV-1a of the name: a stable, well-spread seed per benchmark. */
function seedOf(name) {
    let h = 0x811c9dc5;
    for (let i = 0; i < name.length; i++)
        h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/engine/gate-job.ts












/** Trend charts drawn at most: each is a few hundred characters of the comment's budget. */
const MAX_CHARTS = 5;
/** Ingest → gates. Shared line for line by the Action and the CLI. */
async function runGateJob(settings, deps) {
    const restoring = deps.history ? deps.history.restore() : Promise.resolve({ warnings: [] });
    const collector = new test_summary/* TestCollector */.g();
    const problems = [];
    const warnings = [];
    const files = [];
    const got = { coverage: [], findings: [], tools: new Set(), metrics: [], benchmarks: [...(deps.measured?.head ?? [])], benchmarksBase: [...(deps.measured?.base ?? [])] };
    const read = async (patterns, kind, take) => {
        const { matched, unmatched } = await (0,engine_files/* resolvePatterns */.E)(patterns, deps.files);
        for (const file of matched) {
            const format = formatFor(file, settings.formats);
            const result = await (0,ingest_read/* readReport */.t)(file, deps.files.open, { ctx: { repo: deps.repo }, tests: collector, kind, skipOtherKinds: true, ...(format ? { format } : {}) });
            problems.push(...result.problems);
            if (result.kind !== 'unreadable' && result.kind !== 'skipped')
                files.push({ file, format: result.format });
            if ('warnings' in result)
                warnings.push(...result.warnings.map(model_problems/* formatProblem */.V));
            take(result);
        }
        return unmatched;
    };
    const unmatched = await read(settings.junitPatterns, 'tests', () => undefined);
    const optional = [
        ...(await read(settings.coveragePatterns, 'coverage', (r) => r.kind === 'coverage' && got.coverage.push(r.report))),
        ...(await read(settings.sarifPatterns, 'findings', (r) => {
            if (r.kind !== 'findings')
                return;
            got.findings.push(...r.findings);
            for (const t of r.tools)
                got.tools.add(t);
        })),
        ...(await read(settings.metricsPatterns, 'metrics', (r) => r.kind === 'metrics' && got.metrics.push(...r.metrics))),
        ...(await read(settings.benchmarkPatterns, 'benchmarks', (r) => r.kind === 'benchmarks' && got.benchmarks.push(...r.benchmarks))),
        ...(await read(settings.benchmarkBasePatterns, 'benchmarks', (r) => r.kind === 'benchmarks' && got.benchmarksBase.push(...r.benchmarks)))
    ];
    // A report glob that matches nothing is named; the gate that needs the report then fails on it.
    warnings.push(...optional.map((p) => `"${p}" matched no files.`));
    warnings.push(...(deps.files.refused?.() ?? []));
    if (deps.change?.note)
        warnings.push(deps.change.note);
    const restored = await restoring;
    const tests = collector.summary();
    // Pipeline metrics go first so the history's bound on metrics never drops them.
    const metrics = [...(deps.pipeline?.metrics ?? []), ...got.metrics];
    const pipelineConditions = deps.pipeline ? defaultPipelineConditions(deps.pipeline.metrics, settings.conditions) : [];
    const coverage = got.coverage.length ? (0,merge/* mergeCoverage */.PV)(got.coverage) : undefined;
    const evaluation = evaluateGates({
        tests,
        unmatchedPatterns: unmatched,
        problems,
        ...(coverage ? { coverage } : {}),
        findings: got.findings,
        toolsRead: [...got.tools],
        metrics,
        benchmarks: got.benchmarks,
        benchmarksBase: got.benchmarksBase,
        ...(deps.change?.files ? { diff: deps.change.files } : {}),
        ...(restored.history ? { history: restored.history } : {}),
        ...(deps.pr ? { pr: deps.pr } : {}),
        ...(deps.containers ? { containers: deps.containers } : {}),
        // Runs that search level shifts are the default branch's own (pushes, schedules): suspicions wait for confirmation.
        defaultBranch: deps.changePoints ?? false
    }, pipelineConditions.length ? { ...settings, conditions: [...settings.conditions, ...pipelineConditions] } : settings);
    return {
        verdict: evaluation.verdict,
        tests,
        problems,
        files,
        unmatchedPatterns: unmatched,
        ...(restored.history ? { previous: restored.history } : {}),
        ...(restored.source ? { historySource: restored.source } : {}),
        warnings: [...restored.warnings, ...warnings],
        ...(coverage ? { coverage } : {}),
        findings: got.findings,
        metrics,
        benchmarks: got.benchmarks,
        // The pipeline's view over earlier runs (cache trends, caches nobody restores) needs the history.
        ...(deps.pipeline ? { pipeline: withPipelineHistory(deps.pipeline.details, restored.history?.runs ?? []) } : {}),
        // The report shows what the gate counted: rules the config ignores are left out.
        ...(deps.containers && settings.container ? { containers: { ...deps.containers, findings: gatedFindings(deps.containers, settings.container) } } : {}),
        ...shardsOf(deps.plan, tests),
        ...(evaluation.performance ? { performance: evaluation.performance } : {}),
        ...benchmarkHistoryViews(restored.history, got.benchmarks, evaluation.performance, deps)
    };
}
/** Level shifts (when asked for) and the trends worth a chart: regressed or shifted for the worse. */
function benchmarkHistoryViews(history, head, performance, deps) {
    if (!history?.runs.some((r) => r.benchmarks))
        return {};
    const trends = benchmarkTrends(history, head, deps.current);
    const shifts = deps.changePoints ? levelShifts(trends) : undefined;
    const regressed = (performance?.comparisons ?? []).filter((c) => c.verdict === 'regression').map((c) => c.name);
    const charted = new Set([...regressed, ...(shifts ?? []).filter((s) => s.worse).map((s) => s.name)]);
    const charts = trends.filter((t) => charted.has(t.name) && t.points.length >= 3).slice(0, MAX_CHARTS);
    return { ...(shifts ? { levelShifts: shifts } : {}), ...(charts.length ? { trends: charts } : {}) };
}
/** The first `reports.formats` glob that matches the file names its format. */
function formatFor(file, formats) {
    for (const [glob, format] of Object.entries(formats))
        if ((0,globs/* matchesGlob */.kt)(file, glob))
            return format;
    return undefined;
}
/** Realised shard times, when this run's tests were split by a pinned plan. */
function shardsOf(plan, tests) {
    const shards = plan ? shardBalance(plan, tests) : undefined;
    return shards ? { shards } : {};
}


/***/ }),

/***/ 1858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ evaluateSecurityGates),
/* harmony export */   f: () => (/* binding */ findingKey)
/* harmony export */ });
/* harmony import */ var _model_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47088);

const LISTED = 10;
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const LEVELS = ['error', 'warning', 'note'];
const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
const LEVEL_RANK = { error: 0, warning: 1, note: 2, none: 3 };
/**
 * Identity of a finding across commits. The fingerprint when the tool gives one (GitHub's
 * primaryLocationLineHash survives line shifts); otherwise tool, rule, file and the message with
 * numbers blanked. The line is left out on purpose: an edit above a finding moves it, and a moved
 * finding is not a new one.
 */
function findingKey(f) {
    if (f.fingerprint)
        return [f.tool, 'fp', f.fingerprint].join('\u0000');
    const message = f.message.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
    return [f.tool, f.ruleId, f.file ?? '', message].join('\u0000');
}
function evaluateSecurityGates(input, options) {
    const name = options.name ?? 'security';
    const action = options.action ?? 'block';
    const limits = limitsOf(options);
    const tools = options.tools?.map((t) => t.toLowerCase());
    const scoped = tools ? input.findings.filter((f) => tools.includes(f.tool.toLowerCase())) : input.findings;
    const head = { gate: name, category: 'security', action, comparator: '<=' };
    const missing = tools && input.toolsRead ? (options.tools ?? []).filter((t) => !input.toolsRead?.some((r) => r.toLowerCase() === t.toLowerCase())) : [];
    if (missing.length) {
        return [{ ...head, status: (0,_model_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .failureStatus */ .l1)(action), metric: 'tool reports', threshold: 0, actual: null, message: `No report from ${missing.join(', ')} was read, so ${name} cannot say it found nothing.`, suggestions: [`Run ${missing.join(', ')} with SARIF output and pass the file as a SARIF report.`] }];
    }
    if (options.newOnly && input.baseKeys === undefined) {
        const message = `No base yet: the base branch has no findings in history, so new ones cannot be told from old (${scoped.length} in all). This gate starts once a default-branch run saves them.`;
        return limits.map((l) => ({ ...head, gate: `${name}${l.suffix}`, status: 'skipped', metric: l.metric, threshold: l.max, actual: null, message, suggestions: [] }));
    }
    const gated = options.newOnly ? newFindings(scoped, input.baseKeys ?? []) : scoped;
    const scope = `${options.newOnly ? 'new ' : ''}${tools ? `${options.tools?.join('/')} ` : ''}`;
    return limits.map((l) => limitResult(head, gated.filter(l.matches).sort(byImportance), l, scope));
}
function limitsOf(o) {
    const out = [];
    const noLimit = o.max === undefined && !o.maxBySeverity && !o.maxByLevel;
    if (o.max !== undefined || noLimit)
        out.push({ metric: 'findings', max: o.max ?? 0, matches: () => true, suffix: '' });
    for (const s of SEVERITIES) {
        const max = o.maxBySeverity?.[s];
        if (max !== undefined)
            out.push({ metric: `${s} findings`, max, matches: (f) => f.severity === s, suffix: `.${s}` });
    }
    for (const level of LEVELS) {
        const max = o.maxByLevel?.[level];
        if (max !== undefined)
            out.push({ metric: `${level} findings`, max, matches: (f) => f.level === level, suffix: `.${level}` });
    }
    return out;
}
/** Findings beyond the base's count of the same key: two identical findings where there was one is one new. */
function newFindings(findings, baseKeys) {
    const left = new Map();
    for (const k of baseKeys)
        left.set(k, (left.get(k) ?? 0) + 1);
    return findings.filter((f) => {
        const key = findingKey(f);
        const n = left.get(key) ?? 0;
        if (n > 0)
            left.set(key, n - 1);
        return n === 0;
    });
}
function limitResult(head, found, l, scope) {
    const ok = found.length <= l.max;
    head = { ...head, gate: `${head.gate}${l.suffix}` };
    const what = `${found.length} ${scope}${l.metric}`.replace(/ findings$/, found.length === 1 ? ' finding' : ' findings');
    const allowed = l.max === 0 ? 'none allowed' : `at most ${l.max} allowed`;
    if (ok)
        return { ...head, status: 'passed', metric: l.metric, threshold: l.max, actual: found.length, message: `${what} (${allowed}).`, suggestions: [] };
    const top = found.slice(0, 3).map(describe).join('; ');
    const items = found.slice(0, LISTED).map((f) => ({ text: `${describe(f)}: ${shorten(f.message)}`, ...(f.file ? { location: { file: f.file, ...(f.line ? { line: f.line } : {}) } } : {}) }));
    return {
        ...head,
        status: (0,_model_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .failureStatus */ .l1)(head.action),
        metric: l.metric,
        threshold: l.max,
        actual: found.length,
        message: `${what} (${allowed}): ${top}${found.length > 3 ? `; and ${found.length - 3} more` : ''}.`,
        suggestions: [`Fix ${found[0]?.ruleId ?? 'the findings'} first (most severe first), or suppress a false positive in the tool with a justification.`],
        items,
        ...(found.length > LISTED ? { moreItems: found.length - LISTED } : {})
    };
}
/** "gitleaks generic-api-key at src/config.ts:12" */
function describe(f) {
    const where = f.file ? ` at ${f.file}${f.line ? `:${f.line}` : ''}` : '';
    const severity = f.severity ? ` [${f.severity}]` : '';
    return `${f.tool} ${f.ruleId}${severity}${where}`;
}
/** Most severe first (no severity after low), then by level, then by place. */
function byImportance(a, b) {
    const severity = (f) => (f.severity ? SEVERITY_RANK[f.severity] : 4);
    const fa = a.file ?? '';
    const fb = b.file ?? '';
    return severity(a) - severity(b) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (fa < fb ? -1 : fa > fb ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}
function shorten(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > 160 ? `${one.slice(0, 157)}…` : one;
}


/***/ }),

/***/ 93305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ diagnoseCaches),
/* harmony export */   mb: () => (/* binding */ mb),
/* harmony export */   z: () => (/* binding */ secs)
/* harmony export */ });
/* harmony import */ var _cache_fixes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50982);
/* harmony import */ var _cache_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62057);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60826);
/* harmony import */ var _rich_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83616);




/** GitHub evicts entries not used for 7 days anyway; an oldest entry younger than that means eviction by size. */
const UNUSED_EVICTION_DAYS = 7;
const NEAR_LIMIT = 0.8;
const GB = 1024 ** 3;
function diagnoseCaches(input) {
    const out = [...fromWorkflow(input), ...fromLogs(input), ...duplicateSaves(input)];
    const limit = nearLimit(input);
    if (limit)
        out.push(limit);
    return out.sort((a, b) => b.seconds - a.seconds);
}
/** The key expressions as written: a run id or date that can never be found again, a key blind to the lockfile. */
function fromWorkflow(input) {
    const file = input.workflow?.path;
    if (!file)
        return [];
    return (input.workflow?.caches ?? []).flatMap((step) => {
        if (step.key === undefined || !/^actions\/cache(?:\/restore)?@/i.test(step.uses))
            return [];
        const location = { file, line: step.keyLine ?? step.line };
        const eco = (0,_cache_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemOfPaths */ .cg)((0,_cache_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .pathLines */ .VS)(step.path));
        const events = eventsOfStep(input, step);
        const volatile = (0,_cache_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .volatileExpression */ .t5)(step.key);
        if (volatile && !step.restoreKeys?.trim())
            return [volatileKey(step.key, volatile, eco, events, location)];
        if (!volatile && eco && !/hashFiles\s*\(/.test(step.key))
            return [noLockfileHash(step.key, eco.name, eco, events, location)];
        return [];
    });
}
/** Keys seen only in logs (the step sits in a composite action or another workflow file). */
function fromLogs(input) {
    const covered = new Set((input.workflow?.caches ?? []).filter((s) => /^actions\/cache/i.test(s.uses)).map((s) => s.job));
    const seen = new Set();
    const out = [];
    for (const e of input.run.events) {
        if (e.op !== 'restore' || e.tool !== 'actions/cache' || e.key === undefined || seen.has((0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPrefix */ .uU)(e.key)))
            continue;
        const jobId = input.jobIds?.get(e.job);
        if (jobId !== undefined && covered.has(jobId))
            continue;
        seen.add((0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPrefix */ .uU)(e.key));
        const events = input.run.events.filter((x) => x.key !== undefined && (0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPrefix */ .uU)(x.key) === (0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPrefix */ .uU)(e.key));
        const eco = (0,_cache_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemOfPaths */ .cg)(e.paths ?? []);
        const volatile = volatileOfKey(e.key, input.current);
        if (volatile && !e.restoreKeys?.length && e.outcome === 'miss')
            out.push(volatileKey(e.key, volatile, eco, events));
        else if (!volatile && eco && !(0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .hasContentHash */ ._m)(e.key))
            out.push(noLockfileHash(e.key, eco.name, eco, events));
    }
    return out;
}
function volatileOfKey(key, current) {
    if (current && key.includes(current.runId))
        return 'the run id';
    if (current && current.sha.length >= 7 && key.includes(current.sha.slice(0, 7)))
        return 'the commit SHA';
    const part = (0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .volatilePart */ .QN)(key);
    return part?.kind === 'date' ? 'a date' : part?.kind === 'number' ? 'a number that changes every run' : undefined;
}
function volatileKey(key, what, eco, events, location) {
    const misses = events.filter((e) => e.op === 'restore' && e.outcome === 'miss').length;
    const saves = events.filter((e) => e.op === 'save' && e.outcome === 'saved');
    const seconds = sum(events.map((e) => e.seconds ?? 0));
    const measured = events.length ? ` This run: ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(misses, 'miss', 'misses')}, ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(saves.length, 'save')} of ${mb(sum(saves.map((s) => s.bytes ?? 0)))} (${secs(seconds)}).` : '';
    return {
        kind: 'volatile-key',
        cache: key,
        problem: `The key ${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mono */ .O5)(key)} contains ${what} and has no restore-keys.`,
        cost: `No later run can find the entry, so every lookup misses: each run rebuilds what the cache should hold, then uploads an entry nobody restores.${measured}`,
        fix: `Key the cache on what it holds (the lockfile), with restore-keys on the stable part so a changed lockfile still restores the nearest entry. Output that must be per run does not belong in a cache.`,
        rewrite: (0,_cache_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestedKey */ .Vt)(eco),
        ...(location ? { location } : {}),
        seconds
    };
}
function noLockfileHash(key, name, eco, events, location) {
    return {
        kind: 'no-lockfile-hash',
        cache: key,
        problem: `The key ${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mono */ .O5)(key)} of a ${name} cache has no hash of the lockfile.`,
        cost: `It never changes when the dependencies do: the first entry is restored forever (an exact hit, so it is never saved again), and every dependency added since is downloaded on every run.`,
        fix: `Add the lockfile's hash to the key, and the old key as a restore key.`,
        rewrite: (0,_cache_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestedKey */ .Vt)(eco),
        ...(location ? { location } : {}),
        seconds: sum(events.map((e) => e.seconds ?? 0))
    };
}
/** Several jobs of one run saving one key: one upload is kept, the rest pack and upload for nothing. */
function duplicateSaves(input) {
    const byKey = new Map();
    for (const e of input.run.events) {
        if (e.op !== 'save' || e.key === undefined || !(e.outcome === 'saved' || e.outcome === 'conflict'))
            continue;
        byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
    }
    const out = [];
    for (const [key, saves] of byKey) {
        const jobs = [...new Set(saves.map((s) => s.job))];
        if (jobs.length < 2)
            continue;
        // The one that won cost what a save costs; the others are the waste.
        const times = saves.map((s) => s.seconds ?? 0).sort((a, b) => a - b);
        const wasted = sum(times.slice(0, -1));
        const conflicts = saves.filter((s) => s.outcome === 'conflict').length;
        const tool = saves[0]?.tool ?? 'actions/cache';
        const step = stepOf(input, saves[0]?.job, tool);
        out.push({
            kind: 'duplicate-save',
            cache: key,
            problem: `${jobs.length} jobs save the same key ${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mono */ .O5)(key)} (${names(jobs)}).`,
            cost: `Only one upload is kept; ${conflicts ? `${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(conflicts, 'job')} lost the reservation ("another job may be creating this cache") after packing the archive, and ` : ''}the duplicates cost ${secs(wasted)} of packing and uploading.`,
            fix: tool === 'actions/cache'
                ? 'Restore in the matrix jobs with actions/cache/restore and save once, from one job (or a job the matrix needs); if each job caches different contents, put the matrix value in the key.'
                : `Let one job warm the cache (a job the matrix ${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mono */ .O5)('needs:')}, with ${tool}'s cache on) and restore it in the others; if each job caches different contents, make the keys differ (${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mono */ .O5)('cache-dependency-path')}).`,
            ...(step && input.workflow ? { location: { file: input.workflow.path, line: step.line } } : {}),
            seconds: wasted
        });
    }
    return out;
}
/** Near the repository limit, GitHub evicts the least recently used entries, often before their next use. */
function nearLimit(input) {
    const u = input.usage;
    if (!u || u.bytes < NEAR_LIMIT * input.limitBytes)
        return undefined;
    const ageMs = u.oldestAccessAt ? input.now - Date.parse(u.oldestAccessAt) : NaN;
    const evicting = Number.isFinite(ageMs) && ageMs < UNUSED_EVICTION_DAYS * 86_400_000;
    const byPrefix = new Map();
    for (const e of u.entries) {
        const p = (0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPrefix */ .uU)(e.key);
        const row = byPrefix.get(p) ?? { bytes: 0, count: 0 };
        byPrefix.set(p, { bytes: row.bytes + e.bytes, count: row.count + 1 });
    }
    const biggest = [...byPrefix].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 3);
    const pulls = u.entries.filter((e) => e.ref.startsWith('refs/pull/')).length;
    const listed = u.entries.length < u.listed ? ` (the largest among the ${u.entries.length} most recently used)` : '';
    return {
        kind: 'near-limit',
        cache: 'repository',
        problem: `The repository's Actions caches hold ${gb(u.bytes)} of the ${gb(input.limitBytes)} limit in ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(u.count, 'entry', 'entries')}.`,
        cost: evicting
            ? `GitHub evicts the least recently used entries to stay under the limit: the oldest entry left was last used ${age(ageMs)} ago, so an entry unused for longer is already gone, and a branch's cache can be evicted before its next run restores it.`
            : 'Past the limit GitHub evicts the least recently used entries, and caches start missing for that reason alone.',
        fix: `Save fewer and smaller entries: no per-run keys, cache download folders rather than installed trees, and delete a pull request's caches when it closes (${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mono */ .O5)('gh cache delete')}).${pulls ? ` ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(pulls, 'entry', 'entries')} ${pulls === 1 ? 'belongs' : 'belong'} to pull-request refs, which only that pull request can restore.` : ''} Largest key prefixes${listed}: ${biggest.map(([p, r]) => `${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_3__/* .mono */ .O5)(p)} ${gb(r.bytes)} in ${r.count}`).join('; ')}.`,
        seconds: 0
    };
}
/** The log events of a step: same workflow job, and a key its expression can evaluate to. */
function eventsOfStep(input, step) {
    if (!input.jobIds || step.key === undefined)
        return [];
    const pattern = keyPattern(step.key);
    return input.run.events.filter((e) => e.tool === 'actions/cache' && input.jobIds?.get(e.job) === step.job && e.key !== undefined && pattern.test(e.key));
}
/** `${{ runner.os }}-build-${{ github.run_id }}` → /^.+?-build-.+?$/: each expression matches any text. */
function keyPattern(expression) {
    const literals = expression.trim().split(/\$\{\{[\s\S]*?\}\}/g).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${literals.join('.+?')}$`, 's');
}
function stepOf(input, job, tool) {
    const id = job !== undefined ? input.jobIds?.get(job) : undefined;
    const prefix = tool === 'gradle' ? 'gradle/' : `actions/${tool === 'actions/cache' ? 'cache' : tool}`;
    return input.workflow?.caches?.find((s) => s.job === id && s.uses.toLowerCase().startsWith(prefix));
}
function names(jobs) {
    return jobs.length > 4 ? `${jobs.slice(0, 3).join(', ')} and ${jobs.length - 3} more` : jobs.join(', ');
}
function sum(xs) {
    return Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
}
function secs(s) {
    const r = Math.round(s);
    return r < 60 ? `${Math.round(s * 10) / 10} s` : `${Math.floor(r / 60)} min ${r % 60} s`;
}
function mb(bytes) {
    return `${Math.round(bytes / (1024 * 1024))} MB`;
}
function gb(bytes) {
    return `${(bytes / GB).toFixed(1)} GB`;
}
function age(ms) {
    const h = ms / 3_600_000;
    return h < 48 ? `${Math.max(1, Math.round(h))} h` : `${Math.round(h / 24)} days`;
}


/***/ }),

/***/ 50982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VS: () => (/* binding */ pathLines),
/* harmony export */   Vt: () => (/* binding */ suggestedKey),
/* harmony export */   cg: () => (/* binding */ ecosystemOfPaths),
/* harmony export */   t5: () => (/* binding */ volatileExpression)
/* harmony export */ });
/**
 * What a good key looks like for the thing being cached: the lockfile that decides its contents,
 * by the cached path. Used to write the concrete rewrite a diagnosis ends with.
 */
const ECOSYSTEMS = [
    [/pnpm-store|\.pnpm/i, { name: 'pnpm', lockfiles: "'**/pnpm-lock.yaml'" }],
    [/\.yarn|yarn/i, { name: 'yarn', lockfiles: "'**/yarn.lock'" }],
    [/node_modules|\.npm\b/i, { name: 'npm', lockfiles: "'**/package-lock.json'" }],
    [/pypoetry|poetry/i, { name: 'poetry', lockfiles: "'**/poetry.lock'" }],
    [/\.cache\/uv\b|\buv\b/i, { name: 'uv', lockfiles: "'**/uv.lock'" }],
    [/pip\b|\.venv|site-packages/i, { name: 'pip', lockfiles: "'**/requirements*.txt'" }],
    [/\.m2\b/i, { name: 'maven', lockfiles: "'**/pom.xml'" }],
    [/\.gradle\b/i, { name: 'gradle', lockfiles: "'**/*.gradle*', '**/gradle-wrapper.properties'" }],
    [/go\/pkg\/mod|go-build/i, { name: 'go', lockfiles: "'**/go.sum'" }],
    [/\.cargo|(?:^|\/)target\b/i, { name: 'cargo', lockfiles: "'**/Cargo.lock'" }],
    [/\.nuget/i, { name: 'nuget', lockfiles: "'**/packages.lock.json'" }],
    [/vendor\/bundle|\.gem\b/i, { name: 'bundler', lockfiles: "'**/Gemfile.lock'" }],
    [/composer/i, { name: 'composer', lockfiles: "'**/composer.lock'" }]
];
/** The dependency ecosystem a cached path belongs to, if it is a dependency cache. */
function ecosystemOfPaths(paths) {
    for (const p of paths) {
        const hit = ECOSYSTEMS.find(([re]) => re.test(p));
        if (hit)
            return hit[1];
    }
    return undefined;
}
/** The `with:` lines of a key on the lockfile, with a restore key on the stable part. */
function suggestedKey(eco) {
    const name = eco?.name ?? 'deps';
    const files = eco?.lockfiles ?? "'<your lockfile>'";
    return `key: \${{ runner.os }}-${name}-\${{ hashFiles(${files}) }}\nrestore-keys: \${{ runner.os }}-${name}-`;
}
/** What in a key expression changes every run, e.g. `github.run_id` → "the run id". */
function volatileExpression(key) {
    const expressions = key.match(/\$\{\{[\s\S]*?\}\}/g) ?? [];
    for (const e of expressions) {
        if (/\bgithub\.run_id\b/.test(e))
            return 'the run id';
        if (/\bgithub\.run_number\b/.test(e))
            return 'the run number';
        if (/\bgithub\.run_attempt\b/.test(e))
            return 'the run attempt';
        if (/\bgithub\.(?:sha|event\.after|event\.head_commit\.id|event\.pull_request\.head\.sha)\b/.test(e))
            return 'the commit SHA';
        if (/\b(?:date|time|timestamp|today|now|week|month)\b/i.test(e))
            return 'a date';
    }
    return undefined;
}
/** Paths written in a `path:` input, one per line. */
function pathLines(text) {
    return (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}


/***/ }),

/***/ 44109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ cacheHistoryEntry),
/* harmony export */   b: () => (/* binding */ withCacheHistory)
/* harmony export */ });
/* harmony import */ var _cache_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62057);
/* harmony import */ var _cache_advice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93305);
/* harmony import */ var _rich_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83616);



/** Caches recorded per run: enough for any real workflow, small enough for 500 runs in one document. */
const MAX_RECORDED = 50;
/** Runs in a row a cache must be saved and never restored before we say so (this one included). */
const NEVER_RESTORED_RUNS = 3;
/** This run's caches as the history document stores them. */
function cacheHistoryEntry(run) {
    const out = {};
    for (const c of run.caches.slice(0, MAX_RECORDED)) {
        out[c.id] = {
            tool: c.tool,
            hit: c.counts.hit,
            partial: c.counts.partial,
            miss: c.counts.miss + c.counts.failed,
            saved: c.counts.saved,
            bytes: c.restoredBytes + c.savedBytes,
            seconds: Math.round((c.restoreSeconds + c.saveSeconds) * 10) / 10
        };
    }
    return out;
}
/** The report with the history's view added: per-cache totals and the caches nobody restores. */
function withCacheHistory(report, previous) {
    const runs = previous.filter((r) => r.caches);
    if (!runs.length)
        return report;
    const perCache = {};
    for (const r of runs) {
        for (const [id, c] of Object.entries(r.caches ?? {})) {
            const t = perCache[id] ?? { tool: c.tool, hit: 0, partial: 0, miss: 0, saved: 0, bytes: 0, seconds: 0, runs: 0 };
            perCache[id] = { tool: t.tool, hit: t.hit + c.hit, partial: t.partial + c.partial, miss: t.miss + c.miss, saved: t.saved + c.saved, bytes: t.bytes + c.bytes, seconds: t.seconds + c.seconds, runs: t.runs + 1 };
        }
    }
    return { ...report, history: { runs: runs.length, perCache }, diagnoses: [...report.diagnoses, ...neverRestored(report, runs)].sort((a, b) => b.seconds - a.seconds) };
}
/** Saved in this run and each of the runs before it that saw the cache, found by none of them. */
function neverRestored(report, runs) {
    const explained = new Set(report.diagnoses.filter((d) => d.kind === 'volatile-key').map((d) => (0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyPrefix */ .uU)(d.cache)));
    return report.run.caches.flatMap((c) => {
        if (c.counts.saved === 0 || c.counts.hit + c.counts.partial > 0 || explained.has(c.id) || (c.prefix !== undefined && explained.has(c.prefix)))
            return [];
        const seen = runs.map((r) => r.caches?.[c.id]).filter((x) => x !== undefined).slice(-(NEVER_RESTORED_RUNS - 1));
        if (seen.length < NEVER_RESTORED_RUNS - 1 || seen.some((s) => s.saved === 0 || s.hit + s.partial > 0))
            return [];
        const n = seen.length + 1;
        const seconds = c.saveSeconds + c.restoreSeconds;
        return [
            {
                kind: 'never-restored',
                cache: c.id,
                problem: `${(0,_rich_text_js__WEBPACK_IMPORTED_MODULE_2__/* .mono */ .O5)(c.id)} was saved in each of the last ${n} runs and restored in none of them.`,
                cost: `Every run packs and uploads it (${(0,_cache_advice_js__WEBPACK_IMPORTED_MODULE_0__.mb)(c.savedBytes)}, ${(0,_cache_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .z)(seconds)} this run) for nothing, and the entries push useful ones out of the repository's cache.`,
                fix: `If no step needs it, remove the cache step (or its save). If a later run should find it, the key changes every run: key it on the files that decide its contents and add restore-keys.`,
                seconds
            }
        ];
    });
}


/***/ }),

/***/ 62057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ volatilePart),
/* harmony export */   _m: () => (/* binding */ hasContentHash),
/* harmony export */   uU: () => (/* binding */ keyPrefix)
/* harmony export */ });
/**
 * What a cache key is made of. Keys are written as `<stable part><what the content depends on>`:
 * `Linux-npm-<sha256 of package-lock.json>`. The stable part names the cache across runs; a part
 * that changes every run (the run id, the commit, today's date) makes every lookup a miss unless
 * restore-keys fall back to the stable part.
 */
const SEPARATORS = /[-_:|/.[\]@+=, ]/;
const DATE = /(?:19|20)\d\d[-_/.]?(?:0[1-9]|1[0-2])[-_/.]?(?:0[1-9]|[12]\d|3[01])(?!\d)/;
/**
 * The first part of the key that looks computed rather than written: a date, a hex digest (12+
 * hex digits with a digit in them: a file hash or a commit), or a number of 6+ digits (a run id
 * or a timestamp). Version numbers such as `24.04` or `v1` are too short to count.
 */
function volatilePart(key) {
    const date = DATE.exec(key);
    let at = 0;
    for (const token of key.split(SEPARATORS)) {
        if (date && at >= date.index)
            break;
        if (/^[0-9a-f]{12,}$/i.test(token) && /\d/.test(token) && !/^\d+$/.test(token))
            return { kind: 'hash', at, text: token };
        if (/^\d{6,}$/.test(token) && !(date && at + token.length > date.index))
            return { kind: 'number', at, text: token };
        at += token.length + 1;
    }
    return date ? { kind: 'date', at: date.index, text: date[0] } : undefined;
}
/**
 * The stable part that names a cache across runs: the longest restore key the key starts with,
 * else everything before the first volatile part, else the whole key.
 */
function keyPrefix(key, restoreKeys = []) {
    const declared = restoreKeys.filter((r) => r.length > 0 && r.length < key.length && key.startsWith(r)).sort((a, b) => b.length - a.length)[0];
    if (declared)
        return declared;
    const v = volatilePart(key);
    return v && v.at > 0 ? key.slice(0, v.at) : key;
}
/** Whether the key holds a digest of file contents (what `hashFiles()` gives: 64 hex digits). */
function hasContentHash(key) {
    return /(?:^|[^0-9a-f])[0-9a-f]{32,}(?:[^0-9a-f]|$)/i.test(key);
}


/***/ }),

/***/ 97484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aQ: () => (/* binding */ assignJobs)
/* harmony export */ });
/* unused harmony exports namePattern, matchJobName */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
/** The displayed-name pattern of one workflow job. */
function namePattern(job) {
    const display = job.name ?? job.id;
    const literals = display.split(EXPRESSION);
    const body = literals.map(escapeRegExp).join('.*?');
    // Matrix values are appended to a name without expressions; we allow the suffix either way
    // because a cell may also leave the name as written (all values empty).
    const matrix = job.matrix ? String.raw `(?: \(.*\))?` : '';
    const called = job.reusable ? ' / .+' : '';
    return { id: job.id, regex: new RegExp(`^${body}${matrix}${called}$`, 's'), literal: literals.join('').length };
}
/** The workflow job a displayed name belongs to, or why none or several fit. */
function matchJobName(name, patterns) {
    let best = [];
    for (const p of patterns) {
        if (!p.regex.test(name))
            continue;
        const top = best[0];
        if (!top || p.literal > top.literal)
            best = [p];
        else if (p.literal === top.literal)
            best.push(p);
    }
    const [first] = best;
    if (!first)
        return {};
    return best.length > 1 ? { id: first.id, tie: best.map((p) => p.id) } : { id: first.id };
}
/** Groups the listed jobs under the workflow's job ids. */
function assignJobs(jobs, workflow) {
    const patterns = workflow.map(namePattern);
    const byJob = new Map();
    const unmatched = [];
    const notes = [];
    for (const job of jobs) {
        const match = matchJobName(job.name, patterns);
        if (!match.id) {
            unmatched.push(job.name);
            continue;
        }
        if (match.tie)
            notes.push(`Job "${job.name}" fits the workflow jobs ${match.tie.join(', ')} equally well; counted under ${match.id}.`);
        const list = byJob.get(match.id) ?? [];
        list.push(job);
        byJob.set(match.id, list);
    }
    if (unmatched.length) {
        const s = unmatched.length === 1 ? '' : 's';
        notes.push(`${unmatched.length} listed job${s} fit${s ? '' : 's'} no job of the workflow file (left out of the critical path): ${unmatched.map((n) => `"${n}"`).join(', ')}.`);
    }
    return { byJob, unmatched, notes };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 6283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d8: () => (/* binding */ PIPELINE_METRICS),
  No: () => (/* binding */ computePipelineMetrics),
  FQ: () => (/* binding */ toMetrics)
});

;// CONCATENATED MODULE: ./src/pipeline/critical-path.ts
/**
 * The critical path of a run: the chain of jobs, linked by `needs:`, whose durations add up to
 * the most. Shortening a job off that chain does not shorten the pipeline; shortening one on it
 * does (until another chain takes over). A job group's duration is its wall span, first instance
 * start to last instance finish, because its dependants wait for the last instance.
 */
function criticalPath(nodes) {
    const notes = [];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const needsOf = new Map();
    for (const n of nodes) {
        const known = n.needs.filter((target) => byId.has(target));
        for (const missing of n.needs.filter((target) => !byId.has(target))) {
            notes.push(`Job ${n.id} needs "${missing}", which the workflow file does not define; that link is left out of the critical path.`);
        }
        needsOf.set(n.id, known);
    }
    const order = topologicalOrder(nodes, needsOf);
    if (order.length < nodes.length) {
        const stuck = nodes.filter((n) => !order.includes(n.id)).map((n) => n.id);
        notes.push(`The needs of ${stuck.join(', ')} form a cycle (GitHub would reject the workflow); those jobs are left out of the critical path.`);
    }
    const best = new Map();
    for (const id of order) {
        const node = byId.get(id);
        let previous;
        let upstream;
        for (const p of needsOf.get(id) ?? []) {
            const candidate = best.get(p);
            if (candidate && (!upstream || longer(candidate, upstream))) {
                upstream = candidate;
                previous = p;
            }
        }
        best.set(id, {
            total: node.ms + (upstream?.total ?? 0),
            finishedAt: node.finishedAt ?? Number.NEGATIVE_INFINITY,
            ...(previous !== undefined ? { previous } : {})
        });
    }
    let end;
    for (const id of order) {
        const b = best.get(id);
        if (end === undefined || longer(b, best.get(end)))
            end = id;
    }
    const chain = [];
    for (let at = end; at !== undefined; at = best.get(at)?.previous) {
        if (byId.get(at)?.finishedAt !== undefined)
            chain.unshift(at);
    }
    if (chain.length === 0)
        return { path: null, notes };
    return { path: { jobs: chain, ms: best.get(end).total }, notes };
}
/** Longer total wins; on a tie the later finisher, which is what the dependants actually waited for. */
function longer(a, b) {
    return a.total > b.total || (a.total === b.total && a.finishedAt > b.finishedAt);
}
/** Kahn's algorithm, stable in workflow order; jobs on a cycle never come out. */
function topologicalOrder(nodes, needsOf) {
    const waiting = new Map(nodes.map((n) => [n.id, new Set(needsOf.get(n.id))]));
    const order = [];
    let progressed = true;
    while (progressed) {
        progressed = false;
        for (const n of nodes) {
            const open = waiting.get(n.id);
            if (!open || open.size > 0)
                continue;
            waiting.delete(n.id);
            order.push(n.id);
            for (const rest of waiting.values())
                rest.delete(n.id);
            progressed = true;
        }
    }
    return order;
}

// EXTERNAL MODULE: ./src/pipeline/job-names.ts
var job_names = __webpack_require__(97484);
;// CONCATENATED MODULE: ./src/pipeline/metrics.ts


const PIPELINE_METRICS = {
    duration: 'pipeline.duration-minutes',
    shardEfficiency: 'pipeline.shard-efficiency',
    criticalPath: 'pipeline.critical-path-minutes',
    cacheHitRate: 'pipeline.cache-hit-rate'
};
const MINUTE = 60_000;
const NOT_STARTED = new Set(['queued', 'waiting', 'pending', 'requested']);
function computePipelineMetrics(input) {
    const notes = [];
    const jobs = currentAttempt(input.run, notes);
    const spans = jobs.map((job) => spanOf(job, input.now));
    notesOnSpans(spans, notes);
    const runStart = runStartOf(input.run, spans, notes);
    const { groups, unmatched } = groupJobs(spans, input, notes);
    const path = input.workflow ? pathOf(input.workflow, groups, notes) : null;
    const onPath = new Set(path?.jobs ?? []);
    const timings = [...groups.values()]
        .sort((a, b) => (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY))
        .map((g) => groupTiming(g, runStart, onPath.has(g.id)));
    return {
        durationMinutes: runStart === undefined ? null : Math.max(0, input.now - runStart) / MINUTE,
        jobs: timings,
        criticalPath: path ? { jobs: path.jobs, minutes: path.ms / MINUTE } : null,
        shardEfficiency: shardEfficiency(input, groups, notes),
        unmatched,
        notes
    };
}
/** The metrics the gates see; figures that could not be computed are absent, not zero. */
function toMetrics(result) {
    const out = [];
    const minutes = (path, value) => ({ path, value, unit: 'min', direction: 'smaller-is-better' });
    if (result.durationMinutes !== null)
        out.push(minutes(PIPELINE_METRICS.duration, result.durationMinutes));
    if (result.shardEfficiency)
        out.push({ path: PIPELINE_METRICS.shardEfficiency, value: result.shardEfficiency.value, direction: 'bigger-is-better' });
    if (result.criticalPath)
        out.push(minutes(PIPELINE_METRICS.criticalPath, result.criticalPath.minutes));
    const hitRate = result.caches?.run.hitRate;
    if (hitRate !== undefined && hitRate !== null)
        out.push({ path: PIPELINE_METRICS.cacheHitRate, value: hitRate, direction: 'bigger-is-better' });
    return out;
}
/** A re-run of failed jobs lists the jobs it kept from earlier attempts; they did not run now. */
function currentAttempt(run, notes) {
    const earlier = run.jobs.filter((j) => j.runAttempt !== undefined && j.runAttempt < run.attempt);
    if (earlier.length === 0)
        return run.jobs;
    notes.push(`${count(earlier.length, 'job')} kept from an earlier attempt (not re-run) ${earlier.length === 1 ? 'is' : 'are'} left out: ${quoted(earlier.map((j) => j.name))}.`);
    return run.jobs.filter((j) => !earlier.includes(j));
}
/** When a job ran: queued jobs have not started, running ones end now. */
function spanOf(job, now) {
    if (NOT_STARTED.has(job.status))
        return { job };
    const start = parseTime(job.startedAt);
    if (start === undefined)
        return { job };
    if (job.status !== 'completed')
        return { job, start, end: Math.max(start, now) };
    const end = parseTime(job.completedAt);
    return end === undefined ? { job, start } : { job, start, end: Math.max(start, end) };
}
function notesOnSpans(spans, notes) {
    const waiting = spans.filter((s) => NOT_STARTED.has(s.job.status)).map((s) => s.job.name);
    if (waiting.length)
        notes.push(`${count(waiting.length, 'job')} had not started yet: ${quoted(waiting)}.`);
    const noStart = spans.filter((s) => !NOT_STARTED.has(s.job.status) && s.start === undefined).map((s) => s.job.name);
    if (noStart.length)
        notes.push(`GitHub gave no valid start time for ${quoted(noStart)}; counted as 0 minutes.`);
    const noEnd = spans.filter((s) => s.start !== undefined && s.end === undefined).map((s) => s.job.name);
    if (noEnd.length)
        notes.push(`GitHub gave no valid finish time for the completed ${quoted(noEnd)}; counted as 0 minutes.`);
}
function runStartOf(run, spans, notes) {
    const start = parseTime(run.runStartedAt);
    if (start !== undefined)
        return start;
    const earliest = Math.min(...spans.map((s) => s.start ?? Number.POSITIVE_INFINITY));
    if (Number.isFinite(earliest)) {
        notes.push('The run has no valid start time (run_started_at); the duration counts from the first job start, so queueing before it is missing.');
        return earliest;
    }
    notes.push('Neither the run nor any job has a start time, so the run duration is unknown.');
    return undefined;
}
function groupJobs(spans, input, notes) {
    const members = new Map();
    const add = (id, span) => members.set(id, [...(members.get(id) ?? []), span]);
    let unmatched = [];
    const names = new Map();
    if (input.workflow) {
        const assigned = (0,job_names/* assignJobs */.aQ)(spans.map((s) => s.job), input.workflow.jobs);
        notes.push(...assigned.notes);
        unmatched = [...assigned.unmatched];
        const spanOfJob = new Map(spans.map((s) => [s.job, s]));
        for (const [id, list] of assigned.byJob)
            for (const job of list)
                add(id, spanOfJob.get(job));
        for (const j of input.workflow.jobs)
            names.set(j.id, j.name && !j.name.includes('${{') ? j.name : j.id);
    }
    else {
        const why = input.workflowNote ? ` (${input.workflowNote})` : '';
        notes.push(`Without the workflow file${why}, jobs are grouped by name and the critical path is unknown.`);
        for (const s of spans)
            add(baseName(s.job.name), s);
    }
    const groups = new Map();
    for (const [id, list] of members) {
        const started = list.filter((s) => s.start !== undefined);
        const name = list.length === 1 && list[0] ? list[0].job.name : (names.get(id) ?? id);
        groups.set(id, {
            id,
            name,
            spans: list,
            ...(started.length ? { start: Math.min(...started.map((s) => s.start)), end: Math.max(...started.map((s) => s.end ?? s.start)) } : {})
        });
    }
    return { groups, unmatched };
}
/** `test (1)` → `test`, `security / analyze (go)` → `security`: a guess for when the file is missing. */
function baseName(name) {
    return name.split(' / ')[0]?.replace(/ \([^()]*\)$/, '') ?? name;
}
function pathOf(workflow, groups, notes) {
    const nodes = workflow.jobs.map((j) => {
        const g = groups.get(j.id);
        const ran = g?.start !== undefined && g.end !== undefined;
        return { id: j.id, needs: j.needs, ms: ran ? g.end - g.start : 0, ...(ran ? { finishedAt: g.end } : {}) };
    });
    const result = criticalPath(nodes);
    notes.push(...result.notes);
    return result.path;
}
function groupTiming(g, runStart, onCriticalPath) {
    return {
        id: g.id,
        name: g.name,
        minutes: g.start !== undefined && g.end !== undefined ? (g.end - g.start) / MINUTE : 0,
        startMinute: g.start !== undefined && runStart !== undefined ? (g.start - runStart) / MINUTE : null,
        instances: g.spans.map((s) => ({
            name: s.job.name,
            status: s.job.status,
            conclusion: s.job.conclusion,
            startedAt: s.start === undefined ? null : s.job.startedAt,
            minutes: spanMs(s) / MINUTE,
            running: s.start !== undefined && s.job.status !== 'completed'
        })),
        onCriticalPath
    };
}
function shardEfficiency(input, groups, notes) {
    const id = shardJobId(input, notes);
    if (id === undefined)
        return null;
    const group = groups.get(id);
    if (!group) {
        notes.push(`The shard job ${id} has no jobs in this run attempt, so shard efficiency is not measured.`);
        return null;
    }
    // A skipped or never-started shard did no work; counting it as 0 minutes would only mean
    // "this shard did not run", not "the split was uneven".
    const shards = group.spans.filter((s) => s.start !== undefined && s.job.conclusion !== 'skipped');
    const left = group.spans.length - shards.length;
    if (left)
        notes.push(`${count(left, 'shard')} of ${id} did not run (skipped or not started) and ${left === 1 ? 'is' : 'are'} left out of the shard efficiency.`);
    const running = shards.filter((s) => s.job.status !== 'completed').length;
    if (running)
        notes.push(`${count(running, 'shard')} of ${id} ${running === 1 ? 'is' : 'are'} still running; the shard efficiency counts ${running === 1 ? 'it' : 'them'} up to now.`);
    const ms = shards.map(spanMs);
    const slowest = Math.max(0, ...ms);
    if (shards.length === 0 || slowest === 0) {
        notes.push(`No shard of ${id} took any time, so shard efficiency is not measured.`);
        return null;
    }
    const sum = ms.reduce((a, b) => a + b, 0);
    return { value: sum / (shards.length * slowest), job: id, shards: shards.length, slowestMinutes: slowest / MINUTE, sumMinutes: sum / MINUTE };
}
function shardJobId(input, notes) {
    if (input.shardJob !== undefined) {
        if (input.workflow && !input.workflow.jobs.some((j) => j.id === input.shardJob)) {
            notes.push(`The shard job ${input.shardJob} is not a job of ${input.workflow.path}, so shard efficiency is not measured.`);
            return undefined;
        }
        return input.shardJob;
    }
    const found = input.workflow?.jobs.filter((j) => j.runsShard) ?? [];
    const [first] = found;
    if (!first) {
        notes.push(input.workflow ? `No job of ${input.workflow.path} runs the shard step, so shard efficiency is not measured.` : 'Without the workflow file the shard job is unknown, so shard efficiency is not measured.');
        return undefined;
    }
    if (found.length > 1)
        notes.push(`Several jobs run the shard step (${found.map((j) => j.id).join(', ')}); shard efficiency is measured for ${first.id}.`);
    return first.id;
}
function spanMs(s) {
    return s.start !== undefined && s.end !== undefined ? s.end - s.start : 0;
}
function parseTime(text) {
    if (!text)
        return undefined;
    const t = Date.parse(text);
    return Number.isFinite(t) ? t : undefined;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function quoted(names) {
    const shown = names.slice(0, 5).map((n) => `"${n}"`).join(', ');
    return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}


/***/ }),

/***/ 83616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ CLOSE),
/* harmony export */   O5: () => (/* binding */ mono),
/* harmony export */   Zq: () => (/* binding */ richPlain),
/* harmony export */   vP: () => (/* binding */ OPEN)
/* harmony export */ });
/**
 * Advice text names keys, files and commands taken from logs and Dockerfiles. It marks them as
 * code with two control characters that no key, path or command can hold (they are removed from
 * the value first), so the renderer can escape the prose and the code apart, and an annotation
 * can show them as plain text (the markdown form is in src/report/pipeline-advice.ts).
 */
const OPEN = '\u0001';
const CLOSE = '\u0002';
/** A value to show as code inside advice text. */
function mono(value) {
    return `${OPEN}${value.replace(/[\u0000-\u001f\u007f]/g, ' ')}${CLOSE}`;
}
/** Plain text (annotations, logs): marked values in backticks. */
function richPlain(text) {
    return text.replace(/\u0001/g, '`').replace(/\u0002/g, '`');
}


/***/ }),

/***/ 79077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ clock),
  D: () => (/* binding */ explainRun)
});

// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
// EXTERNAL MODULE: ./src/pipeline/cache-fixes.ts
var cache_fixes = __webpack_require__(50982);
// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
// EXTERNAL MODULE: ./src/pipeline/rich-text.ts
var rich_text = __webpack_require__(83616);
;// CONCATENATED MODULE: ./src/pipeline/install-steps.ts

const KINDS = [
    [/\bnpm (?:ci|install|i)\b/, { ecosystem: 'npm', tool: 'setup-node', manager: 'npm', enable: `cache ${(0,rich_text/* mono */.O5)('~/.npm')}: ${(0,rich_text/* mono */.O5)('actions/setup-node')} with ${(0,rich_text/* mono */.O5)('cache: npm')}` }],
    [/\byarn(?: install)?\b/, { ecosystem: 'yarn', tool: 'setup-node', manager: 'yarn', enable: `cache yarn's download folder: ${(0,rich_text/* mono */.O5)('actions/setup-node')} with ${(0,rich_text/* mono */.O5)('cache: yarn')}` }],
    [/\bpnpm (?:i|install)\b/, { ecosystem: 'pnpm', tool: 'setup-node', manager: 'pnpm', enable: `cache the pnpm store: ${(0,rich_text/* mono */.O5)('actions/setup-node')} with ${(0,rich_text/* mono */.O5)('cache: pnpm')}` }],
    [/\bpip3? install\b/, { ecosystem: 'pip', tool: 'setup-python', manager: 'pip', enable: `cache ${(0,rich_text/* mono */.O5)('~/.cache/pip')}: ${(0,rich_text/* mono */.O5)('actions/setup-python')} with ${(0,rich_text/* mono */.O5)('cache: pip')}` }],
    [/\bpoetry install\b/, { ecosystem: 'poetry', tool: 'setup-python', manager: 'poetry', enable: `${(0,rich_text/* mono */.O5)('actions/setup-python')} with ${(0,rich_text/* mono */.O5)('cache: poetry')}` }],
    [/\buv (?:sync|pip install)\b/, { ecosystem: 'uv', enable: `${(0,rich_text/* mono */.O5)('astral-sh/setup-uv')} with ${(0,rich_text/* mono */.O5)('enable-cache: true')}` }],
    [/\bgo mod download\b/, { ecosystem: 'go', tool: 'setup-go', enable: `${(0,rich_text/* mono */.O5)('actions/setup-go')} caches ${(0,rich_text/* mono */.O5)('~/go/pkg/mod')} (on by default since v4)` }],
    [/\bmvn\b.*\bdependency:(?:go-offline|resolve)\b/, { ecosystem: 'maven', tool: 'setup-java', manager: 'maven', enable: `${(0,rich_text/* mono */.O5)('actions/setup-java')} with ${(0,rich_text/* mono */.O5)('cache: maven')}` }],
    [/\bcargo (?:fetch|build)\b/, { ecosystem: 'cargo', enable: `cache ${(0,rich_text/* mono */.O5)('~/.cargo/registry')}, ${(0,rich_text/* mono */.O5)('~/.cargo/git')} and ${(0,rich_text/* mono */.O5)('target/')} keyed on ${(0,rich_text/* mono */.O5)('Cargo.lock')}` }],
    [/\bbundle install\b/, { ecosystem: 'bundler', enable: `${(0,rich_text/* mono */.O5)('ruby/setup-ruby')} with ${(0,rich_text/* mono */.O5)('bundler-cache: true')}` }],
    [/\bcomposer install\b/, { ecosystem: 'composer', enable: `cache composer's download folder keyed on ${(0,rich_text/* mono */.O5)('composer.lock')}` }],
    [/\bdotnet restore\b/, { ecosystem: 'nuget', tool: 'setup-dotnet', enable: `${(0,rich_text/* mono */.O5)('actions/setup-dotnet')} with ${(0,rich_text/* mono */.O5)('cache: true')} (needs ${(0,rich_text/* mono */.O5)('packages.lock.json')})` }],
    [/\bapt(?:-get)? install\b/, { ecosystem: 'apt', enable: 'install these packages once, in a container image the job runs in, instead of on every run' }]
];
/** The install a step name runs, if any. */
function installKind(stepName) {
    return KINDS.find(([re]) => re.test(stepName))?.[1];
}

;// CONCATENATED MODULE: ./src/pipeline/why-slow.ts





const STEPS_SHOWN = 10;
/** Below these a cause is noise: a minute across the run, half a minute per job. */
const MIN_CAUSE_SECONDS = 60;
const OUTLIER_RATIO = 1.5;
function explainRun(input) {
    const jobs = input.run.jobs.filter((j) => j.runAttempt === undefined || j.runAttempt >= input.run.attempt);
    const byName = new Map(jobs.map((j) => [j.name, j]));
    const steps = stepCosts(jobs);
    const queue = queueTimes(jobs, input.metrics, byName);
    const critical = criticalJobs(input.metrics, byName);
    const causes = [...installCauses(jobs, input.cacheEvents ?? []), ...setupCauses(input.metrics, byName), ...queueCauses(queue), ...outlierCauses(input.metrics)];
    return {
        minutes: input.metrics.durationMinutes,
        criticalMinutes: input.metrics.criticalPath?.minutes ?? null,
        queue,
        steps: steps.slice(0, STEPS_SHOWN),
        critical,
        causes: causes.sort((a, b) => b.minutes - a.minutes)
    };
}
function stepSeconds(job) {
    return (job.steps ?? []).flatMap((s) => {
        const start = Date.parse(s.startedAt ?? '');
        const end = Date.parse(s.completedAt ?? '');
        return s.status === 'completed' && Number.isFinite(start) && Number.isFinite(end) && end >= start ? [{ name: s.name, seconds: (end - start) / 1000 }] : [];
    });
}
/** Seconds per step name over all jobs, most expensive first. */
function stepCosts(jobs) {
    const costs = new Map();
    for (const job of jobs) {
        for (const s of stepSeconds(job)) {
            const c = costs.get(s.name) ?? { jobs: new Set(), seconds: 0 };
            c.jobs.add(job.name);
            c.seconds += s.seconds;
            costs.set(s.name, c);
        }
    }
    return [...costs].map(([name, c]) => ({ name, jobs: c.jobs.size, seconds: c.seconds })).sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
}
function queueSeconds(job) {
    const created = Date.parse(job?.createdAt ?? '');
    const started = Date.parse(job?.startedAt ?? '');
    return job?.status !== 'queued' && Number.isFinite(created) && Number.isFinite(started) ? Math.max(0, started - created) / 1000 : null;
}
function queueTimes(jobs, metrics, byName) {
    let total = 0;
    let max = 0;
    let maxJob;
    for (const j of jobs) {
        const q = queueSeconds(j);
        if (q === null)
            continue;
        total += q;
        if (q > max)
            [max, maxJob] = [q, j.name];
    }
    const critical = criticalJobs(metrics, byName).reduce((n, c) => n + (c.queueSeconds ?? 0), 0);
    return { totalSeconds: total, maxSeconds: max, ...(maxJob ? { maxJob } : {}), criticalSeconds: critical };
}
function criticalJobs(metrics, byName) {
    const groups = new Map(metrics.jobs.map((g) => [g.id, g]));
    return (metrics.criticalPath?.jobs ?? []).flatMap((id) => {
        const g = groups.get(id);
        const last = g?.instances.filter((i) => i.startedAt !== null).sort((a, b) => b.minutes - a.minutes)[0];
        const job = last ? byName.get(last.name) : undefined;
        if (!g || !last)
            return [];
        const steps = job ? stepSeconds(job).sort((a, b) => b.seconds - a.seconds).slice(0, 3) : [];
        return [{ id, instance: last.name, minutes: last.minutes, queueSeconds: queueSeconds(job), steps }];
    });
}
/** Dependency installs: their total, and what their jobs' caches did. */
function installCauses(jobs, events) {
    const byStep = new Map();
    for (const job of jobs) {
        for (const s of stepSeconds(job)) {
            if (!installKind(s.name))
                continue;
            const c = byStep.get(s.name) ?? { jobs: [], seconds: 0 };
            byStep.set(s.name, { jobs: [...c.jobs, job.name], seconds: c.seconds + s.seconds });
        }
    }
    return [...byStep].flatMap(([name, c]) => {
        const kind = installKind(name);
        if (!kind || c.seconds < MIN_CAUSE_SECONDS)
            return [];
        const restores = events.filter((e) => e.op === 'restore' && c.jobs.includes(e.job) && ((e.tool === kind.tool && (!kind.manager || e.manager === kind.manager)) || (0,cache_fixes/* ecosystemOfPaths */.cg)(e.op === 'restore' ? (e.paths ?? []) : [])?.name === kind.ecosystem));
        const found = restores.filter((e) => e.outcome === 'hit' || e.outcome === 'partial').length;
        const each = c.seconds / c.jobs.length;
        const command = name.replace(/^Run /, '');
        const fix = !restores.length
            ? `${kind.enable[0]?.toUpperCase() ?? ''}${kind.enable.slice(1)}.`
            : found < restores.length
                ? `Its cache missed in ${restores.length - found} of ${(0,format/* plural */.LS)(restores.length, 'job')}: see the cache findings.`
                : `The cache hits, yet it still takes ${clock(each)} per job: cache the installed result keyed on the lockfile, or install less in jobs that do not need everything.`;
        return [{ minutes: c.seconds / 60, text: `${(0,rich_text/* mono */.O5)(command)} costs ${clock(c.seconds)} across ${(0,format/* plural */.LS)(c.jobs.length, 'job')} (${clock(each)} each).`, fix }];
    });
}
/** In a matrix, what every cell pays before its real work: repeated per shard. */
function setupCauses(metrics, byName) {
    const group = metrics.jobs.find((g) => g.id === metrics.shardEfficiency?.job) ?? metrics.jobs.filter((g) => g.instances.length >= 4).sort((a, b) => b.instances.length - a.instances.length)[0];
    if (!group)
        return [];
    const overheads = group.instances.flatMap((i) => {
        const steps = stepSeconds(byName.get(i.name) ?? { name: '', status: '', conclusion: null, startedAt: null, completedAt: null });
        if (steps.length < 2)
            return [];
        const longest = Math.max(...steps.map((s) => s.seconds));
        return [steps.reduce((n, s) => n + s.seconds, 0) - longest];
    });
    if (overheads.length < 2)
        return [];
    const each = (0,median/* median */.J)(overheads);
    const total = overheads.reduce((a, b) => a + b, 0);
    if (total < 3 * MIN_CAUSE_SECONDS || each < MIN_CAUSE_SECONDS / 2)
        return [];
    const isShard = group.id === metrics.shardEfficiency?.job;
    return [
        {
            minutes: total / 60,
            text: `Each of the ${overheads.length} ${(0,rich_text/* mono */.O5)(group.id)} jobs spends ${clock(each)} besides its longest step (setting up, checking out, installing): ${clock(total)} across the matrix.`,
            fix: isShard
                ? `Fewer, longer shards pay it fewer times: give the plan step ${(0,rich_text/* mono */.O5)(`overhead-seconds: ${Math.round(each)}`)} so ${(0,rich_text/* mono */.O5)('shards: auto')} weighs it, and cache what the setup steps download.`
                : 'Fewer, larger matrix cells pay it fewer times; cache what the setup steps download.'
        }
    ];
}
function queueCauses(q) {
    if (q.maxSeconds < MIN_CAUSE_SECONDS)
        return [];
    const critical = q.criticalSeconds >= 1 ? `, ${clock(q.criticalSeconds)} of it on the critical path` : '';
    return [
        {
            minutes: Math.max(q.criticalSeconds, q.maxSeconds) / 60,
            text: `Jobs waited ${clock(q.totalSeconds)} in all for a runner${critical}; ${(0,rich_text/* mono */.O5)(q.maxJob ?? '?')} waited longest, ${clock(q.maxSeconds)}.`,
            fix: 'More jobs were ready than runners were free: the account’s concurrent-job limit or a busy self-hosted pool. Run fewer jobs at once (fewer matrix cells), or add runners.'
        }
    ];
}
/** Matrix cells far above their siblings' median: for test shards, a sign of stale timings. */
function outlierCauses(metrics) {
    return metrics.jobs.flatMap((g) => {
        const done = g.instances.filter((i) => i.startedAt !== null && !i.running);
        if (done.length < 3)
            return [];
        const mid = (0,median/* median */.J)(done.map((i) => i.minutes));
        const isShard = g.id === metrics.shardEfficiency?.job;
        return done.flatMap((i) => {
            const excess = (i.minutes - mid) * 60;
            if (mid <= 0 || i.minutes / mid < OUTLIER_RATIO || excess < MIN_CAUSE_SECONDS)
                return [];
            const ratio = `${(i.minutes / mid).toFixed(1)}×`;
            return [
                {
                    minutes: excess / 60,
                    text: `${(0,rich_text/* mono */.O5)(i.name)} ran ${ratio} the median of ${(0,rich_text/* mono */.O5)(g.id)} (${clock(i.minutes * 60)} against ${clock(mid * 60)}).`,
                    fix: isShard
                        ? 'Its timings are stale, or a slow test landed in it: the plan learns test times from default-branch runs, so the next plan after a push rebalances it; if it repeats, its slowest tests are the place to look.'
                        : 'Look at what this cell does differently (runner, version, inputs): the whole group waits for it.'
                }
            ];
        });
    });
}
/** `4 min 10 s`, `42 s`. */
function clock(seconds) {
    const s = Math.round(seconds);
    if (s < 60)
        return `${s} s`;
    return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ buildJsonReport)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56963);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24664);


const REPORT_SCHEMA = 'pipeline-gates/report';
/** The machine-readable verdict: the `report` output points at this, and `--json` prints it. */
function buildJsonReport(outcome, configId, run = {}) {
    return {
        schema: REPORT_SCHEMA,
        version: 1,
        configId,
        conclusion: outcome.verdict.conclusion,
        passed: outcome.verdict.passed,
        gates: outcome.verdict.gates,
        tests: outcome.tests.counts,
        failures: outcome.tests.failures.map(brief),
        failuresOmitted: outcome.tests.failuresOmitted,
        flaky: outcome.tests.flaky.map(brief),
        coverage: outcome.coverage ? coverageSummary(outcome.coverage) : null,
        findings: outcome.findings.length,
        metrics: Object.fromEntries(outcome.metrics.map((m) => [m.path, m.value])),
        benchmarks: {
            ...(outcome.performance ? { comparisons: outcome.performance.comparisons, runShift: outcome.performance.runShift ?? null } : { comparisons: [], read: outcome.benchmarks.length }),
            levelShifts: outcome.levelShifts ?? null
        },
        problems: outcome.problems.map((p) => ({ ...p, message: (0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .hideExcerpts */ .NH)(p.message) })),
        inputs: { files: outcome.files, unmatchedPatterns: outcome.unmatchedPatterns },
        history: { source: outcome.historySource ?? null, runs: outcome.previous?.runs.length ?? 0 },
        warnings: outcome.warnings.map(_model_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .hideExcerpts */ .NH),
        run
    };
}
function coverageSummary(report) {
    const t = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageTotals */ .w)(report.files);
    return { files: report.files.length, lines: { ...t.lines, percent: (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .coveragePercent */ .q)(t.lines) }, branches: { ...t.branches, percent: (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .coveragePercent */ .q)(t.branches) } };
}
/** A test as the JSON report lists it: where and why, without the full stack trace. */
function brief({ suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts }) {
    return { suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts: attempts?.length };
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

/***/ 64365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown),
  b: () => (/* binding */ renderMarkdownBytes)
});

;// CONCATENATED MODULE: ./src/gates/guidance.ts
const CATEGORY_ORDER = ['reports', 'tests', 'coverage', 'performance', 'security', 'docs', 'metrics', 'pipeline'];
/** Gate names of other kinds (and gates made before `category` existed) mapped to their category. */
const BY_NAME = {
    benchmarks: 'performance',
    benchmark: 'performance',
    secrets: 'security',
    sarif: 'security',
    changelog: 'docs',
    container: 'pipeline'
};
function buildGuidance(gates, context = {}) {
    const perCategory = context.perCategory ?? 3;
    const pending = new Map();
    let testsListed = false;
    // Blocking failures first: they are what stops the merge.
    const failing = [...gates.filter((g) => g.status === 'failed'), ...gates.filter((g) => g.status === 'warning')];
    for (const g of failing) {
        const category = categoryOf(g);
        const group = pending.get(category) ?? { items: [], unlisted: 0 };
        pending.set(category, group);
        if (!testsListed && isFailedTestsGate(g) && context.failedTests?.length) {
            testsListed = true;
            group.items.push(...context.failedTests.map(testItem));
            group.unlisted += context.failedTestsOmitted ?? 0;
        }
        else if (g.items?.length) {
            // Two gates may name the same thing (the minimum and the drop both list the least covered files).
            group.items.push(...g.items.filter((i) => !group.items.some((seen) => sameItem(seen, i))));
            group.unlisted += g.moreItems ?? 0;
        }
        else {
            group.items.push(summaryItem(g));
        }
    }
    return CATEGORY_ORDER.filter((c) => pending.has(c)).map((category) => {
        const { items, unlisted } = pending.get(category);
        return { category, items: items.slice(0, perCategory), more: Math.max(0, items.length - perCategory) + unlisted };
    });
}
/** The gate's own category, else its name's first segment ("coverage.patch" → coverage). */
function categoryOf(g) {
    if (g.category)
        return g.category;
    const first = g.gate.split('.')[0];
    if (CATEGORY_ORDER.includes(first))
        return first;
    return BY_NAME[first] ?? 'metrics';
}
function sameItem(a, b) {
    return a.text === b.text && a.location?.file === b.location?.file && a.location?.line === b.location?.line;
}
function isFailedTestsGate(g) {
    return g.gate === 'tests' && g.metric === 'failed tests';
}
function testItem(c) {
    const name = [c.suite, c.name].filter(Boolean).join(' › ');
    const why = c.message ? `: ${firstLine(c.message)}` : '';
    const verb = c.status === 'error' ? 'errored' : 'failed';
    return { text: `${name} ${verb}${why}`, ...(c.file ? { location: { file: c.file, ...(c.line ? { line: c.line } : {}) } } : {}) };
}
/** A gate without items: its message, and the first suggestion as the fix. */
function summaryItem(g) {
    const fix = g.suggestions[0];
    return { text: fix ? `${g.message} ${fix}` : g.message };
}
function firstLine(text) {
    const line = text.split('\n', 1)[0]?.trim() ?? '';
    return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

// EXTERNAL MODULE: ./src/ingest/stream/text.ts
var stream_text = __webpack_require__(8954);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
;// CONCATENATED MODULE: ./src/report/trends.ts


/** Runs drawn per chart: enough to see a level, few enough to read the axis. */
const CHART_POINTS = 20;
/** Level shifts listed in markdown; the JSON report has all of them. */
const SHIFTS_LISTED = 10;
/**
 * A Mermaid `xychart-beta` line of a benchmark's last runs (GitHub renders Mermaid in comments
 * and job summaries). Everything placed in the chart is reduced to a safe alphabet: a benchmark
 * name could otherwise close the quoted title, start a `%%{init}%%` directive or end the fence.
 */
function trendChart(trend) {
    const points = trend.points.slice(-CHART_POINTS);
    const values = points.map((p) => p.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 1;
    const labels = points.map((p) => (p.current ? 'this' : hexShort(p.sha)));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${chartText(trend.name)}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "${chartText(trend.unit)}" ${round(Math.max(0, lo - pad))} --> ${round(hi + pad)}`,
        `  line [${values.map(round).join(', ')}]`,
        '```'
    ].join('\n');
}
/** Charts with a table beside them (the data, for readers whose client does not render Mermaid). */
function trendsSection(trends) {
    const blocks = trends.map((t) => {
        const rows = t.points.slice(-CHART_POINTS).map((p) => [p.current ? 'this run' : `\`${hexShort(p.sha)}\``, (0,format/* sig3 */.tH)(p.value)]);
        const data = (0,markdown/* table */.tp)(['Commit', (0,markdown/* inline */.mG)(t.unit)], rows);
        return `#### ${(0,markdown/* inline */.mG)(t.name)}\n\n${trendChart(t)}\n\n<details><summary>Values</summary>\n\n${data}\n\n</details>`;
    });
    return `### Trends\n\nOne value per default-branch run (median of its samples), oldest first.\n\n${blocks.join('\n\n')}`;
}
/** Where benchmark levels moved on the default branch, newest first, with the commit range (both ends for a bump). */
function levelShiftSection(shifts, runs, repoUrl) {
    if (!shifts.length)
        return `### Level shifts\n\nNo benchmark level moved by 5% or more over the last ${runs} runs (E-divisive change points, p ≤ 0.01).`;
    const rows = shifts.slice(0, SHIFTS_LISTED).map((s) => {
        const move = `${s.worse ? '🔺 worse' : '🟢 better'} ${s.change >= 0 ? '+' : ''}${(0,format/* percent */.KN)(s.change, 1)}`;
        if (!s.back) {
            return [(0,markdown/* inline */.mG)(s.name), move, `${(0,format/* sig3 */.tH)(s.before)} → ${(0,format/* sig3 */.tH)(s.after)} ${(0,markdown/* inline */.mG)(s.unit)}`, commitRange(s, repoUrl), s.runsSince === 1 ? 'this run' : `${s.runsSince} runs`, s.pValue.toPrecision(2)];
        }
        const back = s.back;
        const since = s.runsSince - back.runs;
        return [
            (0,markdown/* inline */.mG)(s.name),
            `${move} for ${(0,format/* plural */.LS)(back.runs, 'run')}, then back (bump)`,
            `${(0,format/* sig3 */.tH)(s.before)} → ${(0,format/* sig3 */.tH)(s.after)} → ${(0,format/* sig3 */.tH)(back.after)} ${(0,markdown/* inline */.mG)(s.unit)}`,
            `${commitRange(s, repoUrl)}, back ${commitRange(back, repoUrl)}`,
            since === 1 ? 'back this run' : `back ${since} runs`,
            `${s.pValue.toPrecision(2)}, ${back.pValue.toPrecision(2)}`
        ];
    });
    const more = shifts.length > rows.length ? `\n\n…and ${shifts.length - rows.length} more in the JSON report.` : '';
    const head = ['Benchmark', 'Moved', 'Level (median)', 'Between', 'At new level', 'p'];
    return `### Level shifts\n\nE-divisive change points over the last ${runs} default-branch runs (p ≤ 0.01, moves of 5% or more). The level moved between the two commits shown; a bump moved and came back, and shows both ranges.\n\n${(0,markdown/* table */.tp)(head, rows)}${more}`;
}
function commitRange(s, repoUrl) {
    const [from, to] = [hexShort(s.from.sha), hexShort(s.to.sha)];
    const label = `${from}..${to}`;
    return repoUrl && /^[0-9a-f]{7,40}$/.test(s.from.sha) && /^[0-9a-f]{7,40}$/.test(s.to.sha) ? `[\`${label}\`](${repoUrl}/compare/${s.from.sha}...${s.to.sha})` : `\`${label}\``;
}
/** A short SHA, or "?" for anything that is not hex (history is data, and data can be wrong). */
function hexShort(sha) {
    return /^[0-9a-fA-F]{4,}$/.test(sha) ? sha.slice(0, 7).toLowerCase() : '?';
}
/** Letters, digits and a few separators; the rest becomes a space. */
function chartText(text) {
    return text.replace(/[^\p{L}\p{N} ._:/+\-·µ]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || '?';
}
function round(x) {
    return Number(x.toPrecision(4));
}

// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
// EXTERNAL MODULE: ./src/pipeline/metrics.ts + 1 modules
var metrics = __webpack_require__(6283);
// EXTERNAL MODULE: ./src/pipeline/cache-advice.ts
var cache_advice = __webpack_require__(93305);
// EXTERNAL MODULE: ./src/pipeline/rich-text.ts
var rich_text = __webpack_require__(83616);
// EXTERNAL MODULE: ./src/pipeline/why-slow.ts + 1 modules
var why_slow = __webpack_require__(79077);
;// CONCATENATED MODULE: ./src/report/pipeline-advice.ts





/**
 * The pipeline advice as markdown: the cache table with its findings, "why this run took N
 * minutes", and the container findings. Everything that came from a log, a workflow or a
 * Dockerfile goes through the escaping helpers; tables and lists are bounded.
 */
const CACHE_ROWS = 15;
const FINDINGS_SHOWN = 8;
const CAUSES_SHOWN = 6;
const STEP_ROWS = 8;
const CONTAINER_SHOWN = 12;
function renderCaches(report, trend) {
    const r = report.run;
    const parts = ['#### Caches'];
    if (r.hitRate !== null) {
        const rate = `**Hit rate** ${r.found} of ${r.lookups} lookups found an entry (${(0,format/* percent */.KN)(r.hitRate, 1)}: ${r.exact} exact, ${r.found - r.exact} from a restore key)`;
        parts.push(trend ? `${rate} · ${trend}` : rate);
    }
    else
        parts.push(r.jobsRead ? 'No cache lookups in the job logs read.' : 'No job log could be read, so cache use is unknown.');
    if (r.caches.length)
        parts.push(cacheTable(r.caches.slice(0, CACHE_ROWS), report.history));
    if (r.caches.length > CACHE_ROWS)
        parts.push(`…and ${r.caches.length - CACHE_ROWS} more caches.`);
    if (report.usage)
        parts.push(`Repository cache: ${gb(report.usage.bytes)} of ${gb(report.usage.limitBytes)} in ${report.usage.count} entries.`);
    if (report.diagnoses.length)
        parts.push(diagnoses(report.diagnoses));
    if (r.notes.length)
        parts.push(r.notes.map((n) => `- ${(0,markdown/* inline */.mG)(n)}`).join('\n'));
    return parts.join('\n\n');
}
function cacheTable(caches, history) {
    const head = ['Cache', 'Jobs', 'Hit', 'Restore-key hit', 'Miss', 'Saves', 'Down / up', 'Time', ...(history ? [`Last ${history.runs} runs (hit / restore-key / miss)`] : [])];
    const rows = caches.map((c) => {
        const h = history?.perCache[c.id];
        const misses = c.counts.miss + c.counts.failed;
        const lost = c.counts.conflict ? ` (${c.counts.conflict} lost)` : '';
        return [
            `${(0,markdown/* code */.aY)(c.id)}${c.prefix && c.prefix !== c.id ? `<br>${(0,markdown/* code */.aY)(`${c.prefix}…`)}` : ''}`.replace(/\|/g, '\\|'),
            String(c.jobs.length),
            String(c.counts.hit),
            String(c.counts.partial),
            misses ? `**${misses}**` : '0',
            `${c.counts.saved}${lost}`,
            `${c.restoredBytes ? (0,cache_advice.mb)(c.restoredBytes) : '—'} / ${c.savedBytes ? (0,cache_advice.mb)(c.savedBytes) : '—'}`,
            (0,cache_advice/* secs */.z)(c.restoreSeconds + c.saveSeconds),
            ...(history ? [h ? `${h.hit} / ${h.partial} / ${h.miss}` : 'new'] : [])
        ];
    });
    return (0,markdown/* table */.tp)(head, rows);
}
function diagnoses(list) {
    const shown = list.slice(0, FINDINGS_SHOWN).map((d) => {
        const where = d.location ? ` — ${(0,markdown/* code */.aY)(`${d.location.file}:${d.location.line}`)}` : '';
        const rewrite = d.rewrite ? `\n\n${indent((0,markdown/* codeBlock */.DV)(d.rewrite, 'yaml'))}` : '';
        return `- ⚠️ ${richMarkdown(d.problem)} ${richMarkdown(d.cost)}${where}\n  **Fix:** ${richMarkdown(d.fix)}${rewrite}`;
    });
    const more = list.length > FINDINGS_SHOWN ? `\n- …and ${list.length - FINDINGS_SHOWN} more.` : '';
    return `**What to change**\n\n${shown.join('\n')}${more}`;
}
/** "Why this run took 23 minutes": open when the run is over budget, folded when it is not. */
function renderWhy(why, withinBudget) {
    const took = why.minutes === null ? 'this run took' : `this run took ${Math.round(why.minutes)} ${Math.round(why.minutes) === 1 ? 'minute' : 'minutes'}`;
    const title = `Why ${took}`;
    const body = [headline(why), causes(why), criticalTable(why), stepTable(why)].filter(Boolean).join('\n\n');
    return withinBudget ? `<details><summary><b>${title}</b> (within budget)</summary>\n\n${body}\n\n</details>` : `#### ${title}\n\n${body}`;
}
function headline(why) {
    const path = why.critical.length && why.criticalMinutes !== null ? `The critical path ${why.critical.map((c) => (0,markdown/* inline */.mG)(c.id)).join(' → ')} took ${(0,why_slow/* clock */.p)(why.criticalMinutes * 60)}` : 'The critical path is unknown';
    const queue = why.queue.criticalSeconds >= 1 ? `; its jobs waited ${(0,why_slow/* clock */.p)(why.queue.criticalSeconds)} for runners` : '';
    return `${path}${queue}.`;
}
function causes(why) {
    if (!why.causes.length)
        return 'No single step, queue or shard stands out.';
    const shown = why.causes.slice(0, CAUSES_SHOWN).map((c) => `- **${richMarkdown(c.text)}** ${richMarkdown(c.fix)}`);
    return [...shown, ...(why.causes.length > CAUSES_SHOWN ? [`- …and ${why.causes.length - CAUSES_SHOWN} smaller ones.`] : [])].join('\n');
}
function criticalTable(why) {
    if (!why.critical.length)
        return '';
    const rows = why.critical.map((c) => [
        (0,markdown/* code */.aY)(c.id),
        (0,markdown/* cell */.Hn)(c.instance),
        (0,why_slow/* clock */.p)(c.minutes * 60),
        c.queueSeconds === null ? '—' : (0,why_slow/* clock */.p)(c.queueSeconds),
        c.steps.map((s) => `${(0,markdown/* cell */.Hn)(s.name, 60)} ${(0,why_slow/* clock */.p)(s.seconds)}`).join(' · ') || '—'
    ]);
    return (0,markdown/* table */.tp)(['Critical path', 'Slowest instance', 'Took', 'Queued', 'Slowest steps'], rows);
}
function stepTable(why) {
    if (!why.steps.length)
        return '';
    const rows = why.steps.slice(0, STEP_ROWS).map((s) => [(0,markdown/* cell */.Hn)(s.name, 80), String(s.jobs), (0,why_slow/* clock */.p)(s.seconds), (0,why_slow/* clock */.p)(s.seconds / s.jobs)]);
    return `Time per step, summed over all jobs:\n\n${(0,markdown/* table */.tp)(['Step', 'Jobs', 'Total', 'Each'], rows)}`;
}
/** The container findings, each with its place, cost and rewrite. */
function renderContainers(scan) {
    const gated = scan.findings;
    const parts = [`#### Container builds (${scan.files.length} Dockerfile${scan.files.length === 1 ? '' : 's'})`];
    if (!gated.length)
        parts.push('No findings: dependencies install before the sources are copied, and no toolchain is left in a final image.');
    for (const f of gated.slice(0, CONTAINER_SHOWN)) {
        const rewrite = f.rewrite ? `\n\n${indent((0,markdown/* codeBlock */.DV)(f.rewrite, f.rule === 'no-dockerignore' ? '' : 'dockerfile'))}` : '';
        parts.push(`- ${(0,markdown/* code */.aY)(`${f.file}:${f.line}`)} ${richMarkdown(f.problem)} ${richMarkdown(f.cost)}\n  **Fix:** ${richMarkdown(f.fix)}${rewrite}`);
    }
    if (gated.length > CONTAINER_SHOWN)
        parts.push(`…and ${gated.length - CONTAINER_SHOWN} more (see the annotations).`);
    if (scan.notes.length)
        parts.push(scan.notes.map((n) => `- ${(0,markdown/* inline */.mG)(n)}`).join('\n'));
    return parts.join('\n\n');
}
function indent(text) {
    return text.split('\n').map((l) => `  ${l}`).join('\n');
}
function gb(bytes) {
    return `${(0,format/* sig3 */.tH)(bytes / 1024 ** 3)} GB`;
}
/** Advice text (src/pipeline/rich-text.ts) as markdown: prose escaped, marked values as code spans. */
function richMarkdown(text) {
    return text
        .split(rich_text/* OPEN */.vP)
        .map((part, i) => {
        if (i === 0)
            return (0,markdown/* inline */.mG)(part);
        const end = part.indexOf(rich_text/* CLOSE */.Nd);
        return end < 0 ? (0,markdown/* inline */.mG)(part) : `${(0,markdown/* code */.aY)(part.slice(0, end))}${(0,markdown/* inline */.mG)(part.slice(end + 1))}`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/report/pipeline.ts





/** How many earlier runs the trend summarises: recent enough to reflect today's pipeline. */
const TREND_RUNS = 10;
/**
 * The pipeline metrics as a markdown section for the job summary and the comment: the headline
 * figures, one row per job group in the order they started (critical-path jobs marked), and the
 * notes that say what could not be measured. Job names come from the workflow file and matrix
 * values, so every one goes through the escaping helpers.
 */
function renderPipeline(result, options = {}) {
    const parts = [`### ${(0,markdown/* inline */.mG)(options.title ?? 'Pipeline')}`, pipeline_headline(result)];
    const trendLine = trend(result, options.previous ?? []);
    if (trendLine)
        parts.push(trendLine);
    if (result.jobs.length)
        parts.push((0,markdown/* table */.tp)(['Job', 'Started', 'Took', 'Instances', 'Result', 'Critical path'], result.jobs.map(row)));
    if (result.notes.length)
        parts.push(result.notes.map((n) => `- ${(0,markdown/* inline */.mG)(n)}`).join('\n'));
    if (result.why)
        parts.push(renderWhy(result.why, options.withinBudget ?? true));
    if (result.caches)
        parts.push(renderCaches(result.caches, hitRateTrend(result, options.previous ?? [])));
    return `${parts.join('\n\n')}\n`;
}
/** `median of the last 10 runs 85.0%`: the hit rate's usual level, beside this run's. */
function hitRateTrend(result, previous) {
    const before = previous.flatMap((r) => {
        const v = r.metrics?.[metrics/* PIPELINE_METRICS */.d8.cacheHitRate];
        return typeof v === 'number' ? [v] : [];
    }).slice(-TREND_RUNS);
    if (!before.length || result.caches?.run.hitRate == null)
        return '';
    return `median of the last ${before.length} ${before.length === 1 ? 'run' : 'runs'} ${(0,format/* percent */.KN)((0,median/* median */.J)(before))}`;
}
function pipeline_headline(r) {
    const lines = [`**Run so far** ${r.durationMinutes === null ? 'unknown' : pipeline_long(r.durationMinutes)}`];
    if (r.criticalPath)
        lines.push(`**Critical path** ${pipeline_long(r.criticalPath.minutes)}: ${r.criticalPath.jobs.map(markdown/* inline */.mG).join(' → ')}`);
    const s = r.shardEfficiency;
    if (s) {
        const shards = `${s.shards} ${s.shards === 1 ? 'shard' : 'shards'}`;
        lines.push(`**Shard efficiency** ${(0,format/* percent */.KN)(s.value, 1)} for ${(0,markdown/* inline */.mG)(s.job)}: ${shards} took ${pipeline_long(s.sumMinutes)} in all, the slowest ${pipeline_long(s.slowestMinutes)} (sum ÷ shards × slowest)`);
    }
    return lines.join('  \n');
}
/** `median of the last N runs → now` per pipeline metric that has both. */
function trend(result, previous) {
    const now = new Map((0,metrics/* toMetrics */.FQ)(result).map((m) => [m.path, m.value]));
    const shown = [
        [metrics/* PIPELINE_METRICS */.d8.duration, 'run', pipeline_long],
        [metrics/* PIPELINE_METRICS */.d8.criticalPath, 'critical path', pipeline_long],
        [metrics/* PIPELINE_METRICS */.d8.shardEfficiency, 'shard efficiency', (x) => (0,format/* percent */.KN)(x, 1)],
        [metrics/* PIPELINE_METRICS */.d8.cacheHitRate, 'cache hit rate', (x) => (0,format/* percent */.KN)(x, 1)]
    ];
    let runs = 0;
    const items = shown.flatMap(([path, label, format]) => {
        const current = now.get(path);
        const before = previous.flatMap((r) => (typeof r.metrics?.[path] === 'number' ? [r.metrics[path]] : [])).slice(-TREND_RUNS);
        if (current === undefined || before.length === 0)
            return [];
        runs = Math.max(runs, before.length);
        return [`${label} ${format((0,median/* median */.J)(before))} → ${format(current)}`];
    });
    return items.length ? `**Trend** (median of the last ${runs} ${runs === 1 ? 'run' : 'runs'} in history → this run): ${items.join(' · ')}` : '';
}
function row(g) {
    const running = g.instances.some((i) => i.running);
    const started = g.startMinute === null ? 'not yet' : `+${clock(g.startMinute)}`;
    return [(0,markdown/* cell */.Hn)(g.name), started, `${clock(g.minutes)}${running ? ' (running)' : ''}`, instances(g), result(g), g.onCriticalPath ? '◆' : ''];
}
function instances(g) {
    const ran = g.instances.filter((i) => i.startedAt !== null).map((i) => i.minutes);
    if (g.instances.length < 2 || ran.length < 2)
        return String(g.instances.length);
    return `${g.instances.length} (${clock(Math.min(...ran))}–${clock(Math.max(...ran))})`;
}
/** One word when all instances agree, else the counts: `3 success, 1 failure`. */
function result(g) {
    const counts = new Map();
    for (const i of g.instances) {
        const key = i.status === 'completed' ? (i.conclusion ?? 'completed') : i.status.replace('_', ' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (counts.size === 1)
        return (0,markdown/* cell */.Hn)([...counts.keys()][0] ?? '');
    return (0,markdown/* cell */.Hn)([...counts].map(([k, n]) => `${n} ${k}`).join(', '));
}
/** `6:39`: GitHub's timestamps are whole seconds, so this loses nothing. */
function clock(minutes) {
    const s = Math.round(minutes * 60);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
/** `9 min 39 s`, `45 s`. */
function pipeline_long(minutes) {
    const s = Math.round(minutes * 60);
    if (s < 60)
        return `${s} s`;
    return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
}

// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
;// CONCATENATED MODULE: ./src/report/summary.ts








const STATUS_ICON = { passed: '✅', failed: '❌', warning: '⚠️', skipped: '⏭️', waived: '🏷️' };
/** Failure bodies shown per test; the check run and the JSON report carry more. */
const DETAILS_PER_FAILURE = 3000;
/**
 * Renders the verdict as markdown within `budget` characters. When the full text does not fit it
 * degrades in steps: shorter failure bodies, then names only, then fewer failures, and says so.
 */
function renderMarkdown(outcome, ctx, budget) {
    const failures = outcome.tests.failures;
    const steps = [
        { shown: failures.length, detail: DETAILS_PER_FAILURE, charts: true },
        { shown: failures.length, detail: 500, charts: true },
        { shown: failures.length, detail: 0, charts: true },
        { shown: failures.length, detail: 0, charts: false }
    ];
    for (let shown = Math.min(failures.length, 200); shown > 0; shown = Math.floor(shown / 2))
        steps.push({ shown, detail: 0, charts: false });
    steps.push({ shown: 0, detail: 0, charts: false });
    for (const step of steps) {
        const text = compose(outcome, ctx, failures, step);
        if (text.length <= budget)
            return text;
    }
    return (0,stream_text/* clipMiddle */.e9)(compose(outcome, ctx, failures, { shown: 0, detail: 0, charts: false }), budget);
}
function compose(outcome, ctx, failures, { shown, detail, charts }) {
    const parts = [heading(outcome, ctx), gatesTable(outcome.verdict.gates)];
    const guidance = guidanceSection(outcome, ctx);
    if (guidance)
        parts.push(guidance);
    if (failures.length || outcome.tests.failuresOmitted)
        parts.push(failureSection(failures, ctx, shown, detail, outcome.tests.failuresOmitted));
    if (outcome.performance?.comparisons.length)
        parts.push(performanceSection(outcome.performance));
    if (outcome.trends?.length && charts)
        parts.push(trendsSection(outcome.trends));
    if (outcome.levelShifts)
        parts.push(levelShiftSection(outcome.levelShifts, (outcome.previous?.runs.length ?? 0) + 1, ctx.repoUrl));
    if (outcome.tests.flaky.length)
        parts.push(flakySection(outcome.tests.flaky, ctx));
    if (outcome.shards)
        parts.push(shardSection(outcome.shards));
    if (outcome.pipeline)
        parts.push(renderPipeline(outcome.pipeline, { previous: outcome.previous?.runs ?? [], withinBudget: withinBudget(outcome) }).trimEnd());
    if (outcome.containers?.files.length)
        parts.push(renderContainers(outcome.containers));
    // Posted text: file content quoted in a message stays in the log (see model/excerpt.ts).
    const notes = [...outcome.problems.map((p) => `Unreadable report ${(0,markdown/* code */.aY)(p.file)}${p.line ? ` line ${p.line}` : ''}: ${(0,markdown/* inline */.mG)((0,excerpt/* hideExcerpts */.NH)(p.message))}`), ...outcome.warnings.map((w) => (0,markdown/* inline */.mG)((0,excerpt/* hideExcerpts */.NH)(w)))];
    if (notes.length)
        parts.push(`### Notes\n${notes.map((n) => `- ${n}`).join('\n')}`);
    const cuts = cutsOf(outcome, { shown, detail, charts });
    if (cuts.length)
        parts.push(`<sub>Shortened to fit GitHub's size limit: ${cuts.join('; ')}.</sub>`);
    parts.push(footer(outcome, ctx));
    return `${parts.join('\n\n')}\n`;
}
/** The run's duration gate did not fail: the explanation of where the time went can be folded. */
function withinBudget(outcome) {
    return !outcome.verdict.gates.some((g) => g.gate === 'metrics.pipeline.duration-minutes' && (g.status === 'failed' || g.status === 'warning'));
}
/** What a degradation step left out, so the reader knows the page is not the whole story. */
function cutsOf(outcome, step) {
    const failures = outcome.tests.failures.length;
    const cuts = [];
    if (failures && step.detail < DETAILS_PER_FAILURE)
        cuts.push(step.detail ? `failure messages cut to ${step.detail} characters` : 'failure messages left out');
    if (step.shown < failures)
        cuts.push(`${(0,format/* count */.U9)(failures - step.shown, 'failed tests')} not listed`);
    if (outcome.trends?.length && !step.charts)
        cuts.push('trend charts left out');
    return cuts;
}
function heading(outcome, ctx) {
    const { verdict } = outcome;
    const { counts } = outcome.tests;
    const icon = verdict.passed ? (verdict.gates.some((g) => g.status === 'warning') ? '⚠️' : '✅') : '❌';
    const word = verdict.passed ? 'passed' : 'failed';
    const flaky = counts.flaky ? ` (${counts.flaky} flaky)` : '';
    const tests = `**${counts.total} ${counts.total === 1 ? 'test' : 'tests'}**: ${counts.passed} passed${flaky}, ${counts.failed} failed${counts.errors ? `, ${counts.errors} errored` : ''}, ${counts.skipped} skipped`;
    const files = `${outcome.files.length} report ${outcome.files.length === 1 ? 'file' : 'files'}`;
    const sha = ctx.sha ? ` · commit ${(0,markdown/* code */.aY)(ctx.sha.slice(0, 7))}` : '';
    return `## ${icon} ${(0,markdown/* inline */.mG)(ctx.title)}: ${word}\n\n${tests} · ${files}${sha}`;
}
function gatesTable(gates) {
    const withBase = gates.some((g) => g.base !== undefined);
    const rows = gates.map((g) => [
        (0,markdown/* code */.aY)(g.gate),
        `${STATUS_ICON[g.status]} ${g.status}${statusNote(g)}`,
        g.actual === null ? '—' : g.unit ? `${shownActual(g.actual, g)} ${(0,markdown/* cell */.Hn)(g.metric)}` : (0,markdown/* cell */.Hn)((0,format/* count */.U9)(g.actual, g.metric)),
        `${g.comparator} ${number(g.threshold, g.unit)}`,
        ...(withBase ? [g.base === undefined || g.base === null ? '—' : number(g.base, g.unit)] : []),
        (0,markdown/* cell */.Hn)(g.message, 300)
    ]);
    return (0,markdown/* table */.tp)(['Gate', 'Status', 'Actual', 'Threshold', ...(withBase ? ['Base'] : []), 'Details'], rows);
}
function statusNote(g) {
    if (g.waiver)
        return g.waiver.kind === 'approval' ? ` (approved by ${(0,markdown/* inline */.mG)(g.waiver.by)})` : ` (${g.waiver.kind} ${(0,markdown/* code */.aY)(g.waiver.by)})`;
    if (g.status === 'failed' && g.action === 'require-approval')
        return ' (needs approval)';
    return g.action === 'warn' && g.status !== 'passed' ? ' (warn only)' : '';
}
/** Three digits, unless that would print the actual value as the threshold it differs from. */
function shownActual(actual, g) {
    const shown = number(actual, g.unit);
    return shown === number(g.threshold, g.unit) && actual !== g.threshold ? `${actual} ${(0,markdown/* cell */.Hn)(g.unit ?? '')}`.trim() : shown;
}
function number(x, unit) {
    if (!unit)
        return String(x);
    // percentages are already rounded to two places (half up) where they were judged
    return unit === '%' || unit === 'pp' ? `${x}${unit === 'pp' ? ' pp' : '%'}` : `${(0,format/* sig3 */.tH)(x)} ${(0,markdown/* cell */.Hn)(unit)}`;
}
const CATEGORY_TITLE = {
    reports: 'Reports', tests: 'Tests', coverage: 'Coverage', performance: 'Performance', security: 'Security', docs: 'Docs', metrics: 'Metrics', pipeline: 'Pipeline'
};
/** "What to fix": the failing and warning gates by category, three items each, with where. */
function guidanceSection(outcome, ctx) {
    // The failed tests have their own section with the stack traces; guidance lists the other kinds.
    const groups = buildGuidance(outcome.verdict.gates.filter((g) => !(g.gate === 'tests' && g.metric === 'failed tests')));
    if (!groups.length)
        return undefined;
    const lines = groups.map((group) => {
        // Items that already name their file get the link only when there is one to give.
        const where = (i) => (!i.location ? '' : i.text.includes(i.location.file) && !(ctx.repoUrl && ctx.sha) ? '' : ` — ${summary_location(i.location, ctx)}`);
        const items = group.items.map((i) => `  - ${(0,markdown/* inline */.mG)(i.text)}${where(i)}`);
        const more = group.more ? [`  - …and ${group.more} more`] : [];
        return [`- **${CATEGORY_TITLE[group.category]}**`, ...items, ...more].join('\n');
    });
    return `### What to fix\n\n${lines.join('\n')}`;
}
/** The detector's per-benchmark verdicts: regressions first, then the rest by effect. */
function performanceSection(p) {
    const order = { regression: 0, watching: 1, insufficient: 2, improvement: 3, unchanged: 4 };
    const rows = [...p.comparisons]
        .sort((a, b) => (order[a.verdict] ?? 9) - (order[b.verdict] ?? 9) || Math.abs((b.ratio ?? 1) - 1) - Math.abs((a.ratio ?? 1) - 1))
        .slice(0, 50)
        .map((c) => [
        (0,markdown/* inline */.mG)(c.name),
        `${VERDICT_ICON[c.verdict] ?? ''} ${c.verdict}${c.strong ? ' (strong)' : ''}`,
        c.ratio === null ? '—' : `×${(0,format/* sig3 */.tH)(c.ratio)}`,
        c.ci ? `×${(0,format/* sig3 */.tH)(c.ci[0])} – ×${(0,format/* sig3 */.tH)(c.ci[1])}` : '—',
        c.qValue === null ? '—' : c.qValue.toPrecision(2),
        `${c.samples.base} / ${c.samples.head}`
    ]);
    const mode = p.comparisons[0]?.mode === 'history' ? 'one value per run against the base branch history' : 'same-job A/B samples';
    const shift = p.runShift !== undefined && Math.abs(p.runShift - 1) >= 0.005 ? ` This run was ${(0,format/* percent */.KN)(Math.abs(p.runShift - 1), 1)} ${p.runShift > 1 ? 'slower' : 'faster'} across all benchmarks (runner speed); that shift was removed before judging.` : '';
    const more = p.comparisons.length > rows.length ? `\n\n…and ${p.comparisons.length - rows.length} more in the JSON report.` : '';
    const head = ['Benchmark', 'Verdict', 'Ratio', '95% CI', 'q', 'Samples (base / head)'];
    return `### Benchmarks (${p.comparisons.length}, ${mode})\n\nRatio is head ÷ base in the tool's unit (below 1 is faster for times).${shift}\n\n${(0,markdown/* table */.tp)(head, rows)}${more}${historyNotes(p.comparisons)}`;
}
/** Why history mode is watching a benchmark, or cannot tell from one run: the reasons, a few of them. */
function historyNotes(comparisons) {
    const noted = comparisons.filter((c) => c.mode === 'history' && (c.verdict === 'watching' || (c.verdict === 'insufficient' && c.detectable !== undefined)));
    if (!noted.length)
        return '';
    const lines = noted.slice(0, 10).map((c) => `- ${VERDICT_ICON[c.verdict]} ${(0,markdown/* inline */.mG)(c.name)}: ${(0,markdown/* inline */.mG)(c.reason)}`);
    const more = noted.length > lines.length ? `\n- …and ${noted.length - lines.length} more in the JSON report.` : '';
    return `\n\n<details><summary>Watching and inconclusive (${noted.length})</summary>\n\n${lines.join('\n')}${more}\n\n</details>`;
}
const VERDICT_ICON = { regression: '🔺', watching: '👀', improvement: '🟢', unchanged: '▫️', insufficient: '❔' };
function failureSection(failures, ctx, shown, detail, omitted) {
    const items = failures.slice(0, shown).map((c) => failureItem(c, ctx, detail));
    const total = failures.length + omitted;
    const more = total - items.length;
    const tail = more > 0 ? `\n\n…and ${(0,format/* count */.U9)(more, 'more failed tests')} not shown here (see the check run annotations and the JSON report).` : '';
    return `### Failed tests (${total})${items.length ? `\n\n${items.join('\n')}` : ''}${tail}`;
}
/** Flaky tests passed in the end; listed by name so they get fixed before they start failing. */
function flakySection(flaky, ctx) {
    const shown = flaky.slice(0, 20).map((c) => {
        const where = summary_location(c, ctx);
        const tries = c.attempts?.length ? ` after ${c.attempts.length} attempts` : '';
        return `- ⚠️ ${(0,markdown/* inline */.mG)([c.suite, c.name].filter(Boolean).join(' › '))}${where ? ` — ${where}` : ''}: passed${tries}`;
    });
    const more = flaky.length > shown.length ? `\n\n…and ${flaky.length - shown.length} more.` : '';
    return `### Flaky tests (${flaky.length})\n\n${shown.join('\n')}${more}`;
}
/** What the plan expected per shard beside what the reports say each took. */
function shardSection(balance) {
    const rows = balance.shards.map((s) => [String(s.index), `${s.reported}/${s.tests}`, (0,format/* wallTime */.Ow)(s.estimatedSeconds), (0,format/* wallTime */.Ow)(s.realisedSeconds)]);
    const efficiency = `Realised efficiency ${(0,format/* percent */.KN)(balance.efficiency, 1)} (sum ÷ shards × slowest; test time only, job start-up not included).`;
    return `### Shard balance\n\n${efficiency}\n\n${(0,markdown/* table */.tp)(['Shard', 'Tests reported', 'Estimated', 'Realised'], rows)}`;
}
function failureItem(c, ctx, detail) {
    const name = [c.suite, c.name].filter(Boolean).join(' › ');
    const where = summary_location(c, ctx);
    const icon = c.status === 'error' ? '💥' : '❌';
    if (detail === 0)
        return `- ${icon} ${(0,markdown/* inline */.mG)(name)}${where ? ` — ${where}` : ''}${c.message ? `: ${(0,markdown/* cell */.Hn)(c.message, 150)}` : ''}`;
    const body = (0,stream_text/* clipMiddle */.e9)(c.details ?? c.message ?? '', detail);
    return `<details><summary>${icon} ${(0,markdown/* htmlText */.js)(name)}</summary>\n\n${where ? `${where}\n\n` : ''}${body ? (0,markdown/* codeBlock */.DV)(body) : '(no message)'}\n\n</details>`;
}
function summary_location(c, ctx) {
    if (!c.file)
        return '';
    const label = (0,markdown/* code */.aY)(c.line ? `${c.file}:${c.line}` : c.file);
    const segments = c.file.replace(/\\/g, '/').split('/');
    const relative = !c.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(c.file) && !segments.includes('..');
    if (!ctx.repoUrl || !ctx.sha || !relative)
        return label;
    // encodeURIComponent leaves ( and ) alone, and an unbalanced one would end the markdown link.
    const path = segments.map((s) => encodeURIComponent(s).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
    return `[${label}](${ctx.repoUrl}/blob/${ctx.sha}/${path}${c.line ? `#L${c.line}` : ''})`;
}
function footer(outcome, ctx) {
    const runs = outcome.previous?.runs.length ?? 0;
    const history = outcome.historySource
        ? `history: ${runs} earlier ${runs === 1 ? 'run' : 'runs'} from ${(0,markdown/* inline */.mG)(outcome.historySource)}`
        : `history: ${ctx.historyStore ? `none yet in ${(0,markdown/* inline */.mG)(ctx.historyStore)}` : 'off'}`;
    const bits = [history, ...(ctx.notes ?? []).map(markdown/* inline */.mG)];
    if (ctx.runUrl)
        bits.push(`[workflow run](${ctx.runUrl})`);
    if (ctx.artifactUrl)
        bits.push(`[full report](${ctx.artifactUrl})`);
    return `<sub>${bits.join(' · ')}</sub>`;
}
/** Like renderMarkdown, but the limit is in UTF-8 bytes (the job summary's 1 MiB is bytes). */
function renderMarkdownBytes(outcome, ctx, maxBytes) {
    for (let budget = maxBytes; budget >= 256; budget = Math.floor(budget * 0.8)) {
        const md = renderMarkdown(outcome, ctx, budget);
        if ((0,stream_text/* byteLength */.dp)(md) <= maxBytes)
            return md;
    }
    return (0,stream_text/* clipMiddleBytes */.rr)(renderMarkdown(outcome, ctx, maxBytes), maxBytes);
}


/***/ })

};
