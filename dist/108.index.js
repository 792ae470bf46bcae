export const id = 108;
export const ids = [108];
export const modules = {

/***/ 82108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ cacheStore),
  x: () => (/* binding */ currentRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/change/revision.ts
var revision = __webpack_require__(88131);
// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
;// CONCATENATED MODULE: ./src/github/event-policy.ts
/**
 * What each workflow trigger means for where results go: the commit the check run is created on,
 * whether the sticky PR comment is posted, and which branches history is read from and written to.
 * One list of rules drives both `eventPolicy()` and the README's event table
 * (`EVENT_TABLE_MARKDOWN`), so the docs cannot drift from the code. Pure: facts in, policy out.
 */


/** Events whose payload carries `pull_request` and whose token is read-only for forks. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];
const EVENT_RULES = [
    {
        id: 'pull_request',
        label: '`pull_request` (also `pull_request_review`, `pull_request_review_comment`)',
        check: 'pr-head-same-repo',
        comment: 'pr-same-repo',
        read: 'pr-base',
        write: 'never',
        trust: 'trusted',
        changePoints: false,
        note: 'A fork PR gets a read-only token: the results go to the job summary and the report artifact; publish them with the `workflow_run` follow-up.'
    },
    {
        id: 'pull_request_target',
        label: '`pull_request_target`',
        check: 'pr-head',
        comment: 'pr',
        read: 'pr-base',
        write: 'never',
        trust: 'untrusted',
        changePoints: false,
        note: "**Runs with a write token in the base repository.** Check out and run the PR's code only if you trust its author."
    },
    {
        id: 'push-default',
        label: '`push` to the default branch',
        check: 'github-sha',
        comment: 'never',
        read: 'default',
        write: 'default-branch',
        trust: 'trusted',
        changePoints: false,
        note: 'Saves timings, baselines, coverage and the last green commit.'
    },
    {
        id: 'push-other',
        label: '`push` to another branch or a tag',
        check: 'github-sha',
        comment: 'never',
        read: 'branch',
        write: 'never',
        trust: 'trusted',
        changePoints: false,
        note: 'Compared against the default branch.'
    },
    {
        id: 'workflow_dispatch',
        label: '`workflow_dispatch`',
        check: 'github-sha',
        comment: 'never',
        read: 'dispatch',
        write: 'dispatch',
        trust: 'trusted',
        changePoints: false,
        note: 'Inputs: `base-ref` (what to compare against), `update-baseline` (`true`/`false`), `commands`. On any other ref it reports only.'
    },
    {
        id: 'schedule',
        label: '`schedule`',
        check: 'github-sha',
        comment: 'never',
        read: 'default',
        write: 'default-branch',
        trust: 'trusted',
        changePoints: true,
        note: 'Nightly baseline refresh; runs change-point detection over the history.'
    },
    {
        id: 'merge_group',
        label: '`merge_group`',
        check: 'merge-group-head',
        comment: 'never',
        read: 'merge-group-base',
        write: 'never',
        trust: 'trusted',
        changePoints: false,
        note: 'Lets a required check pass the merge queue.'
    },
    {
        id: 'workflow_run',
        label: '`workflow_run`',
        check: 'triggering-run-head',
        comment: 'triggering-pr',
        read: 'triggering-run',
        write: 'never',
        trust: 'untrusted-if-fork',
        changePoints: false,
        note: "The publish follow-up for fork PRs: a fork's report is data from the fork, never code to run."
    },
    {
        id: 'other',
        label: 'any other event',
        check: 'github-sha-if-any',
        comment: 'never',
        read: 'branch',
        write: 'never',
        trust: 'trusted',
        changePoints: false,
        note: 'A notice in the log says what was done (job summary, outputs) and what was skipped.'
    }
];
const CHECK_TEXT = {
    'pr-head': 'PR head SHA',
    'pr-head-same-repo': 'PR head SHA (none for a fork PR)',
    'github-sha': '`GITHUB_SHA`',
    'github-sha-if-any': '`GITHUB_SHA`, when set',
    'merge-group-head': '`merge_group.head_sha`',
    'triggering-run-head': '`workflow_run.head_sha`'
};
const COMMENT_TEXT = {
    pr: 'yes',
    'pr-same-repo': 'yes (not for a fork PR)',
    'triggering-pr': 'yes, when the triggering run was for a PR',
    never: 'no'
};
const READ_TEXT = {
    'pr-base': 'PR base branch, then default branch',
    default: 'default branch',
    branch: "the run's branch, then default branch",
    dispatch: '`base-ref` input, then the dispatched branch, then default branch',
    'merge-group-base': '`merge_group.base_ref`, then default branch',
    'triggering-run': "triggering PR's base branch (else its branch, unless a fork), then default branch"
};
const WRITE_TEXT = {
    never: 'never',
    'default-branch': 'yes, when the results are complete',
    dispatch: 'on the default branch with `update-baseline: true`, when the results are complete'
};
/** The README's table of behaviour per event, rendered from `EVENT_RULES`. */
const EVENT_TABLE_MARKDOWN = renderTable();
function renderTable() {
    const rows = EVENT_RULES.map((r) => [r.label, CHECK_TEXT[r.check], COMMENT_TEXT[r.comment], READ_TEXT[r.read], WRITE_TEXT[r.write], r.note]);
    const head = ['Event', 'Check run on', 'PR comment', 'History read from', 'History written', 'Notes'];
    const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
function eventPolicy(f) {
    const { id, why } = classify(f);
    const rule = EVENT_RULES.find((r) => r.id === id);
    const branch = branchOf(f.ref);
    const checkSha = checkShaOf(rule.check, f);
    const historyWrite = writeOf(rule, f, branch);
    const baseRef = baseRefOf(rule.id, f, branch);
    const notice = noticeOf(rule.id, f, branch, checkSha, why);
    return {
        rule: rule.id,
        ...(checkSha ? { checkSha } : {}),
        comment: commentOf(rule.comment, f),
        historyRead: readOf(rule.read, f, branch),
        historyWrite,
        ...(baseRef ? { baseRef } : {}),
        untrusted: rule.trust === 'untrusted' || (rule.trust === 'untrusted-if-fork' && !!f.workflowRun?.isFork),
        changePoints: rule.changePoints,
        ...(notice ? { notice } : {})
    };
}
/** The row for this run; `why` says why an event that has its own row fell through to "other". */
function classify(f) {
    const e = f.eventName;
    // No event name: not on a runner (a local run with a saved payload); a PR payload still counts.
    if (PULL_REQUEST_EVENTS.includes(e) || (e === '' && f.pullRequest)) {
        return f.pullRequest ? { id: 'pull_request' } : { id: 'other', why: 'its payload has no pull_request' };
    }
    if (e === 'pull_request_target')
        return f.pullRequest ? { id: e } : { id: 'other', why: 'its payload has no pull_request' };
    if (e === 'push') {
        const branch = branchOf(f.ref);
        return { id: branch !== undefined && branch === f.defaultBranch ? 'push-default' : 'push-other' };
    }
    if (e === 'workflow_dispatch' || e === 'schedule')
        return { id: e };
    if (e === 'merge_group')
        return f.mergeGroup ? { id: e } : { id: 'other', why: 'its payload has no merge_group.head_sha' };
    if (e === 'workflow_run')
        return f.workflowRun ? { id: e } : { id: 'other', why: 'its payload has no workflow_run.head_sha' };
    return { id: 'other' };
}
function checkShaOf(target, f) {
    switch (target) {
        case 'pr-head':
            return f.pullRequest?.headSha;
        case 'pr-head-same-repo':
            return f.pullRequest && !f.pullRequest.isFork ? f.pullRequest.headSha : undefined;
        case 'merge-group-head':
            return f.mergeGroup?.headSha;
        case 'triggering-run-head':
            return f.workflowRun?.headSha;
        case 'github-sha':
        case 'github-sha-if-any':
            return f.envSha || undefined;
    }
}
function commentOf(rule, f) {
    switch (rule) {
        case 'pr':
            return true;
        case 'pr-same-repo':
            return !f.pullRequest?.isFork;
        case 'triggering-pr':
            // A fork PR's run lists no pull_requests: the PR number then comes from its report artifact.
            return !!f.workflowRun && (f.workflowRun.pullRequests.length > 0 || f.workflowRun.event === 'pull_request');
        case 'never':
            return false;
    }
}
function readOf(rule, f, branch) {
    switch (rule) {
        case 'pr-base':
            return unique([f.pullRequest?.baseRef, f.defaultBranch]);
        // 'default' rows run on the default branch; the run's own branch comes first either way.
        case 'default':
        case 'branch':
            return unique([branch, f.defaultBranch]);
        case 'dispatch':
            return unique([branchLike(f.dispatch?.baseRef), branch, f.defaultBranch]);
        case 'merge-group-base':
            return unique([f.mergeGroup?.baseRef, f.defaultBranch]);
        case 'triggering-run': {
            const run = f.workflowRun;
            if (!run)
                return unique([f.defaultBranch]);
            // A fork's branch name means nothing in this repository's cache (and may collide with one).
            const own = run.pullRequests.length || run.isFork ? undefined : run.headBranch;
            return unique([...run.pullRequests.map((p) => p.baseRef), own, f.defaultBranch]);
        }
    }
}
function writeOf(rule, f, branch) {
    const no = (reason) => ({ allowed: false, reason });
    if (rule.write === 'never')
        return no(NO_WRITE[rule.id](f, branch));
    if (!branch)
        return no(`${f.ref || 'this ref'} is not a branch`);
    if (!f.defaultBranch)
        return no('the event payload does not name the default branch');
    if (branch !== f.defaultBranch) {
        return no(rule.write === 'dispatch' ? `a manual run on "${branch}" reports only; the baseline is rebuilt only from the default branch ("${f.defaultBranch}")` : `"${branch}" is not the default branch ("${f.defaultBranch}")`);
    }
    if (rule.write === 'dispatch' && !f.dispatch?.updateBaseline)
        return no('a manual run writes history only with the input update-baseline: true');
    return { allowed: true, branch };
}
const NO_WRITE = {
    pull_request: () => 'pull requests read history from the base branch and never write it',
    pull_request_target: () => 'pull requests read history from the base branch and never write it',
    'push-default': () => '',
    'push-other': (f, branch) => {
        if (!branch)
            return `${f.ref || 'this ref'} is not a branch`;
        return f.defaultBranch ? `"${branch}" is not the default branch ("${f.defaultBranch}")` : 'the event payload does not name the default branch';
    },
    workflow_dispatch: () => '',
    schedule: () => '',
    merge_group: () => 'a merge queue run tests a temporary merge; history is written when it lands on the default branch',
    workflow_run: () => 'the workflow_run follow-up only publishes results; the default branch run writes history',
    other: (f) => `${f.eventName ? `"${f.eventName}"` : 'this'} runs do not write history (only default-branch pushes, schedules and baseline dispatches do)`
};
function baseRefOf(id, f, branch) {
    switch (id) {
        case 'pull_request':
        case 'pull_request_target':
            return f.pullRequest?.baseRef;
        case 'merge_group':
            return f.mergeGroup?.baseRef;
        case 'workflow_dispatch':
            return f.dispatch?.baseRef;
        case 'workflow_run':
            return f.workflowRun?.pullRequests[0]?.baseRef;
        case 'push-other':
            return branch === f.defaultBranch ? undefined : f.defaultBranch;
        default:
            return undefined;
    }
}
function noticeOf(id, f, branch, checkSha, why) {
    const pr = f.pullRequest;
    if (id === 'pull_request' && pr?.isFork) {
        return `Pull request #${pr.number} comes from a fork, whose token is read-only: no check run or PR comment; the job summary and report artifact have the results (publish them with the workflow_run follow-up).`;
    }
    if (id === 'pull_request_target' && pr) {
        return `pull_request_target runs with a write token in the base repository: results go on the PR head ${pr.headSha.slice(0, 7)}. Check out and run the PR's code only if you trust its author.`;
    }
    if (id === 'workflow_dispatch' && f.dispatch?.updateBaseline && branch !== f.defaultBranch) {
        return `update-baseline is ignored on ${branch ? `"${branch}"` : f.ref || 'this ref'}: the baseline is only rebuilt from the default branch${f.defaultBranch ? ` ("${f.defaultBranch}")` : ''}; this run reports only.`;
    }
    if (id !== 'other')
        return undefined;
    const event = f.eventName ? `Event "${f.eventName}"` : 'Not a GitHub Actions event';
    const check = checkSha ? `, the check run on ${checkSha.slice(0, 7)}` : '';
    const skipped = [...(checkSha ? [] : ['the check run (no commit SHA)']), 'the PR comment', 'saving history'];
    return `${event}${why ? ` (${why})` : ''}: wrote the job summary and outputs${check}; skipped ${skipped.join(', ')}.`;
}
/**
 * The workflow_dispatch inputs this action reads from `payload.inputs`. GitHub sends them as
 * strings there (a `type: boolean` input arrives as "true"/"false"); a dispatch through the API
 * may send JSON booleans. Both are accepted; anything else for update-baseline is a mistake.
 */
function dispatchInputsOf(inputs) {
    const raw = (inputs && typeof inputs === 'object' ? inputs : {});
    const baseRef = event_policy_text(raw['base-ref'], 'base-ref')?.replace(/^refs\/heads\//, '');
    // The form is free text that reaches git and cache keys: only a SHA or a ref name gets through.
    const checked = baseRef === undefined ? undefined : (0,revision/* checkRevision */.G7)(baseRef);
    if (checked && !checked.ok)
        throw new problems/* UsageError */.e(`The workflow_dispatch input "base-ref" must be ${revision/* REVISION_RULE */.JH}: ${checked.reason}.`);
    const commands = event_policy_text(raw.commands, 'commands');
    return { updateBaseline: flag(raw['update-baseline']), ...(baseRef ? { baseRef } : {}), ...(commands ? { commands } : {}) };
}
function event_policy_text(value, name) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
        throw new problems/* UsageError */.e(`The workflow_dispatch input "${name}" must be text, got ${JSON.stringify(value)}.`);
    }
    return String(value).trim() || undefined;
}
function flag(value) {
    if (value === undefined || value === null || value === '' || value === false)
        return false;
    if (value === true)
        return true;
    // YAML 1.2 core schema spellings, as the toolkit's getBooleanInput accepts.
    if (typeof value === 'string' && ['true', 'True', 'TRUE'].includes(value.trim()))
        return true;
    if (typeof value === 'string' && ['false', 'False', 'FALSE'].includes(value.trim()))
        return false;
    throw new problems/* UsageError */.e(`The workflow_dispatch input "update-baseline" is ${JSON.stringify(value)}: use true or false (declare it with "type: boolean" so the form shows a checkbox).`);
}
function branchOf(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) || undefined : undefined;
}
/** A ref that can name a branch's history: not a commit SHA, not another kind of ref. */
function branchLike(ref) {
    if (!ref || ref.startsWith('refs/') || /^[0-9a-f]{7,40}$/i.test(ref))
        return undefined;
    return ref;
}
function unique(items) {
    return [...new Set(items.filter((x) => !!x))];
}

;// CONCATENATED MODULE: ./src/github/run-context.ts
/**
 * What this workflow run is, worked out once from the runner's env and the event payload: which
 * SHA results belong to, which PR (if any), and which branches history may be read from and
 * written to. What each event allows is decided by the rules in event-policy.ts. Pure, so every
 * event shape is tested without a runner.
 */

function describeRun(env, payload) {
    const p = (payload ?? {});
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? p.repository?.full_name ?? '/').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const runId = env.GITHUB_RUN_ID ?? '0';
    const attempt = Math.max(1, Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    // GitHub runs schedules on the default branch (GITHUB_REF), and schedule payloads before
    // 2022-09 carried only the cron line: the ref then names the default branch.
    const defaultBranch = p.repository?.default_branch ?? (eventName === 'schedule' ? branchOf(ref) : undefined);
    const pr = pullRequestOf(p);
    const mergeGroup = eventName === 'merge_group' ? mergeGroupOf(p) : undefined;
    const workflowRun = eventName === 'workflow_run' ? workflowRunOf(p) : undefined;
    const dispatch = eventName === 'workflow_dispatch' ? dispatchInputsOf(p.inputs) : undefined;
    const envSha = env.GITHUB_SHA ?? '';
    const policy = eventPolicy({
        eventName,
        ref,
        envSha,
        ...(defaultBranch ? { defaultBranch } : {}),
        ...(pr ? { pullRequest: pr } : {}),
        ...(mergeGroup ? { mergeGroup } : {}),
        ...(workflowRun ? { workflowRun } : {}),
        ...(dispatch ? { dispatch } : {})
    });
    // A fork PR gets no check run, yet its results still belong to the PR head.
    const sha = policy.checkSha ?? (policy.rule === 'pull_request' ? pr?.headSha : undefined) ?? envSha;
    return {
        eventName,
        owner,
        repo,
        sha,
        ref,
        runId,
        attempt,
        serverUrl,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
        ...(defaultBranch ? { defaultBranch } : {}),
        ...(pr ? { pullRequest: pr } : {}),
        ...(mergeGroup ? { mergeGroup } : {}),
        ...(workflowRun ? { workflowRun } : {}),
        ...(dispatch ? { dispatch } : {}),
        historyReadBranches: policy.historyRead,
        ...(policy.historyWrite.allowed ? { historyWriteBranch: policy.historyWrite.branch } : {}),
        policy
    };
}
function mergeGroupOf(p) {
    const g = p.merge_group;
    const baseRef = g?.base_ref ? (branchOf(g.base_ref) ?? g.base_ref) : undefined;
    if (!g?.head_sha || !baseRef)
        return undefined;
    return { headSha: g.head_sha, headRef: g.head_ref ?? '', baseRef, ...(g.base_sha ? { baseSha: g.base_sha } : {}) };
}
function workflowRunOf(p) {
    const run = p.workflow_run;
    if (!run?.head_sha || typeof run.id !== 'number')
        return undefined;
    const headRepository = run.head_repository?.full_name ?? '';
    const baseRepository = run.repository?.full_name ?? p.repository?.full_name;
    const pullRequests = (run.pull_requests ?? []).flatMap((pr) => pr?.number && pr.head?.sha ? [{ number: pr.number, headSha: pr.head.sha, baseRef: pr.base?.ref ?? '' }] : []);
    return {
        id: run.id,
        headSha: run.head_sha,
        headBranch: run.head_branch ?? '',
        headRepository,
        event: run.event ?? '',
        ...(run.conclusion ? { conclusion: run.conclusion } : {}),
        pullRequests,
        // A deleted fork has head_repository null: a fork all the same.
        isFork: !headRepository || headRepository !== baseRepository
    };
}
function pullRequestOf(p) {
    const pr = p.pull_request;
    if (!pr?.number || !pr.head?.sha || !pr.base?.ref)
        return undefined;
    const headRepo = pr.head.repo?.full_name;
    const baseRepo = pr.base.repo?.full_name;
    return {
        number: pr.number,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        headRef: pr.head.ref ?? '',
        ...(pr.base.sha ? { baseSha: pr.base.sha } : {}),
        labels: (pr.labels ?? []).map((l) => l?.name).filter((n) => typeof n === 'string'),
        body: typeof pr.body === 'string' ? pr.body : '',
        // A deleted fork has head.repo null: treat it as a fork (the token is read-only either way).
        isFork: headRepo === undefined || headRepo !== baseRepo
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/history/keys.ts
var keys = __webpack_require__(94334);
// EXTERNAL MODULE: ./src/history/local-store.ts + 2 modules
var local_store = __webpack_require__(69362);
;// CONCATENATED MODULE: ./src/history/cache-store.ts





/**
 * History in the Actions cache. Every save uses a new key (run id + attempt) because cache entries
 * are immutable; restore finds the newest entry by key prefix. The library is imported lazily:
 * commands that need no history never pay for loading it.
 */
class CacheHistoryStore {
    options;
    description;
    cachePath;
    dir;
    /** Why saving would hide the restored entry from its owner; set by restore(). */
    shadowed;
    constructor(options) {
        this.options = options;
        this.cachePath = (0,keys/* historyCachePath */.o9)(options.configId);
        this.dir = external_node_path_default().join(external_node_os_default().homedir(), '.pipeline-gates', 'history', options.configId);
        this.description = `Actions cache (${options.readBranches.map((b) => (0,keys/* historyKeyPrefix */.e3)(options.configId, b)).join(', ')})`;
    }
    async restore() {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable()) {
            return { warnings: ['The Actions cache service is not available here; continuing without history.'] };
        }
        // A stale file from an earlier step must never pass for the restored one.
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        const { configId, runId, attempt } = this.options;
        const [first, ...rest] = this.options.readBranches;
        if (first === undefined)
            return { warnings: [] };
        const prefixes = [first, ...rest].map((b) => (0,keys/* historyKeyPrefix */.e3)(configId, b));
        let hit;
        try {
            // The primary key is this run's own (never present); the prefixes find the newest entry.
            hit = await cache.restoreCache([this.cachePath], (0,keys/* historyKey */.Ox)(configId, first, runId, attempt), prefixes);
        }
        catch (err) {
            return { warnings: [`Restoring history from the Actions cache failed (${err.message}); continuing without it.`] };
        }
        if (!hit)
            return { warnings: [] };
        const read = await (0,local_store/* readHistoryFile */.tG)(external_node_path_default().join(this.dir, keys/* HISTORY_FILE */.CX), configId, `cache key ${hit}`);
        // Restore finds the newest entry; saving ours after it would hide a newer version's (or
        // another config's) document from its owner, so this run then saves nothing.
        if (read.unusable === 'newer' || read.unusable === 'foreign')
            this.shadowed = `cache key ${hit} holds a document this version must not cover with its own (see the warning above)`;
        return read;
    }
    async save(history) {
        const { configId, writeBranch, runId, attempt } = this.options;
        if (writeBranch === undefined)
            return { saved: false, detail: 'this run only reads history' };
        if (this.shadowed)
            return { saved: false, detail: this.shadowed };
        const cache = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            return { saved: false, detail: 'the Actions cache service is not available' };
        await (0,local_store/* writeJsonFile */.An)(external_node_path_default().join(this.dir, keys/* HISTORY_FILE */.CX), history);
        const key = (0,keys/* historyKey */.Ox)(configId, writeBranch, runId, attempt);
        try {
            const id = await cache.saveCache([this.cachePath], key);
            // -1: the key exists already (this attempt saved before) or the service refused; not an error.
            return id === -1 ? { saved: false, detail: `cache key ${key} was not saved (it exists or the service refused)` } : { saved: true, detail: `cache key ${key}` };
        }
        catch (err) {
            return { saved: false, detail: `saving to the Actions cache failed: ${err.message}` };
        }
    }
}

;// CONCATENATED MODULE: ./src/action/context.ts




/** This workflow run, from the runner's env and the event payload file. */
function currentRun() {
    return describeRun(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
}
function readEventPayload(file) {
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new problems/* UsageError */.e(`The event payload ${file} could not be read: ${err.message}.`);
    }
}
/** History for this run: read from the branches the event allows, written only where it may. */
function cacheStore(configId, run, readOnly = false) {
    return new CacheHistoryStore({
        configId,
        readBranches: run.historyReadBranches,
        ...(run.historyWriteBranch && !readOnly ? { writeBranch: run.historyWriteBranch } : {}),
        runId: run.runId,
        attempt: run.attempt
    });
}


/***/ }),

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

/***/ 94334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ HISTORY_FILE),
/* harmony export */   Ox: () => (/* binding */ historyKey),
/* harmony export */   e3: () => (/* binding */ historyKeyPrefix),
/* harmony export */   o9: () => (/* binding */ historyCachePath)
/* harmony export */ });
/* unused harmony export KEY_VERSION */
/**
 * Cache keys for history. Fields are separated by ":" because git forbids it in ref names and our
 * config ids cannot hold it, so the restore prefix of branch `main` never matches `main-2` (a
 * "-"-separated key would: `…-main-` is a prefix of `…-main-2-…`).
 */
const KEY_VERSION = 'pipeline-gates-v1';
/** Keys are limited to 512 characters: a pathological branch name is cut (the same way on save and restore). */
const MAX_BRANCH = 400;
function historyKeyPrefix(configId, branch) {
    return `${KEY_VERSION}:${configId}:${keyPart(branch).slice(0, MAX_BRANCH)}:`;
}
/**
 * A branch as a key field. Branches come from event payloads and the dispatch form, so nothing in
 * them may change what the key means: "," (the service splits restore keys on it) becomes "_", and
 * ":" (our separator), whitespace and control or invisible characters are percent-encoded.
 */
function keyPart(branch) {
    return branch
        .replace(/,/g, '_')
        .replace(/[\u0000-\u0020\u007f-\u00a0:\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/gu, encodeURIComponent);
}
function historyKey(configId, branch, runId, attempt) {
    return `${historyKeyPrefix(configId, branch)}${runId}-${attempt}`;
}
/**
 * The literal path handed to @actions/cache on both save and restore. The cache version hashes
 * this string, so it must be identical across runs and runners: `~` is expanded by the library.
 */
function historyCachePath(configId) {
    return `~/.pipeline-gates/history/${configId}`;
}
const HISTORY_FILE = 'history.json';


/***/ })

};
