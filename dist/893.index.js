export const id = 893;
export const ids = [893];
export const modules = {

/***/ 59893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadReportArtifact: () => (/* binding */ downloadReportArtifact),
/* harmony export */   uploadReportArtifact: () => (/* binding */ uploadReportArtifact)
/* harmony export */ });
/* unused harmony exports RETRY_NAME_SEPARATOR, retryArtifactName, pickReportArtifact */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** Separates a requested artifact name from the suffix a retry adds to it. */
const RETRY_NAME_SEPARATOR = '--';
// The runner hands these only to actions (`uses:` steps); without them there is nowhere to upload.
const RUNTIME_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'];
/**
 * Uploads the report files as one zip artifact. Best effort: a missing runtime, a library error or
 * a refusal comes back as `uploaded: false` with a reason for the caller's warning, never a throw.
 *
 * Artifact names are unique per workflow run, across jobs and attempts: a matrix leg or a re-run
 * uploading the same name gets a 409. That case is retried once under retryArtifactName, and
 * downloadReportArtifact picks the newest of the name and its retries.
 */
async function uploadReportArtifact(upload) {
    const missing = RUNTIME_ENV.filter((k) => !process.env[k]);
    if (missing.length > 0)
        return { uploaded: false, reason: skipReason(missing, process.env.GITHUB_ACTIONS === 'true') };
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(upload.rootDirectory);
    const files = upload.files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, f));
    const options = upload.retentionDays === undefined ? undefined : { retentionDays: upload.retentionDays };
    const attempt = async (name) => {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 142));
        const done = await new DefaultArtifactClient().uploadArtifact(name, files, root, options);
        return { uploaded: true, id: done.id ?? 0, size: done.size ?? 0, name };
    };
    try {
        return await attempt(upload.name);
    }
    catch (err) {
        if (!isNameTaken(err))
            return { uploaded: false, reason: firstLine(err) };
    }
    const renamed = retryArtifactName(upload.name, process.env, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex'));
    try {
        return await attempt(renamed);
    }
    catch (err) {
        return { uploaded: false, reason: `${firstLine(err)} (retried as ${renamed} because ${upload.name} exists in this run)` };
    }
}
/**
 * The name of a retry after a 409: the job and attempt say where it came from, the random part
 * keeps matrix legs (same job id, same attempt) apart.
 */
function retryArtifactName(name, env, random) {
    const job = (env.GITHUB_JOB ?? '').replace(/[^A-Za-z0-9_.-]/g, '-');
    const parts = [job, `attempt${env.GITHUB_RUN_ATTEMPT || '1'}`, random].filter((p) => p !== '');
    return `${name}${RETRY_NAME_SEPARATOR}${parts.join('-')}`;
}
/**
 * Downloads the report artifact of another workflow run through the REST API (the library's
 * findBy path, so GITHUB_API_URL must be set before the library loads, as it is on a runner).
 * Throws with a message for the user when listing, finding or downloading fails.
 */
async function downloadReportArtifact(download) {
    const { name, token, runId, owner, repo, destination } = download;
    await assertEmpty(destination);
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 142));
    const client = new DefaultArtifactClient();
    const findBy = { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo };
    let listed;
    try {
        listed = (await client.listArtifacts({ findBy })).artifacts;
    }
    catch (err) {
        // 401/403/404 from this endpoint mean the token cannot see the run's artifacts.
        const hint = [401, 403, 404].includes(err.status ?? 0) ? ` (the token needs actions: read on ${owner}/${repo})` : '';
        throw new Error(`listing the artifacts of run ${runId} in ${owner}/${repo} failed: ${firstLine(err)}${hint}`);
    }
    const chosen = pickReportArtifact(listed, name);
    if (!chosen) {
        const others = listed.length ? ` (it has ${listed.map((a) => a.name).sort().join(', ')})` : ' (it has none)';
        throw new Error(`no artifact named ${name} in run ${runId}${others}; did the gate job upload it?`);
    }
    let digestMismatch;
    try {
        ({ digestMismatch } = await client.downloadArtifact(chosen.id, { path: destination, findBy, expectedHash: chosen.digest }));
    }
    catch (err) {
        throw new Error(`downloading artifact ${chosen.name} (id ${chosen.id}) of run ${runId} failed: ${firstLine(err)}`);
    }
    if (digestMismatch)
        throw new Error(`artifact ${chosen.name} (id ${chosen.id}) of run ${runId} does not match its digest ${chosen.digest ?? ''}; refusing to use it`);
    return { files: await filesUnder(destination), artifact: { id: chosen.id, name: chosen.name } };
}
/** The newest artifact called `name` or a retry of it; ids grow with time. */
function pickReportArtifact(artifacts, name) {
    return artifacts
        .filter((a) => a.name === name || a.name.startsWith(`${name}${RETRY_NAME_SEPARATOR}`))
        .reduce((best, a) => (best === undefined || a.id > best.id ? a : best), undefined);
}
function skipReason(missing, inActions) {
    const unset = `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`;
    return inActions
        ? `${unset}: the runner passes ${missing.length > 1 ? 'them' : 'it'} to actions (uses:), not to run: steps; upload the report files with actions/upload-artifact instead`
        : `${unset}: not running in GitHub Actions, so there is no artifact storage to upload to`;
}
// 409 from CreateArtifact: "Failed request: (409) Conflict: an artifact with this name already exists on the workflow run".
function isNameTaken(err) {
    return /\(409\)/.test(message(err)) && /already exists/i.test(message(err));
}
const message = (err) => (err instanceof Error ? err.message : String(err));
const firstLine = (err) => message(err).split('\n', 1)[0]?.trim() || 'unknown error';
async function assertEmpty(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch((err) => {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    });
    if (entries.length > 0)
        throw new Error(`the download folder ${dir} is not empty; pass an empty or new folder for the report artifact`);
}
async function filesUnder(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(e.parentPath, e.name)).sort();
}


/***/ })

};
