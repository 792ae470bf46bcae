export const id = 122;
export const ids = [122];
export const modules = {

/***/ 10122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishStep: () => (/* binding */ publishStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/engine/publish-job.ts
var publish_job = __webpack_require__(76719);
// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/github/pulls.ts
async function pullRequestNow(client, where) {
    const { data } = await client.rest.pulls.get({ owner: where.owner, repo: where.repo, pull_number: where.pullNumber });
    return { headSha: data.head.sha, labels: data.labels.map((l) => l.name ?? '').filter(Boolean), body: data.body ?? '' };
}

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(73920);
// EXTERNAL MODULE: ./src/shell/repo.ts
var repo = __webpack_require__(73312);
// EXTERNAL MODULE: ./src/shell/work-dir.ts
var work_dir = __webpack_require__(25483);
// EXTERNAL MODULE: ./src/action/context.ts + 3 modules
var action_context = __webpack_require__(82108);
// EXTERNAL MODULE: ./src/action/publish.ts + 3 modules
var publish = __webpack_require__(67568);
// EXTERNAL MODULE: ./src/action/report-output.ts
var report_output = __webpack_require__(82674);
;// CONCATENATED MODULE: ./src/action/publish-step.ts














/**
 * `command: publish`, the `workflow_run` follow-up for fork pull requests: download the fork run's
 * report artifact, let the publish job judge its input reports (src/engine/publish-job.ts), and
 * post the result to the PR head SHA with the base repository's token.
 */
async function publishStep(inputs, io) {
    const run = (0,action_context/* currentRun */.x)();
    const triggering = run.workflowRun;
    if (!triggering)
        throw new problems/* UsageError */.e(`command: publish runs in a workflow_run workflow (this is a ${run.eventName || 'local'} run). See "Pull requests from forks" in the README.`);
    if (!inputs.token)
        throw new problems/* UsageError */.e('command: publish needs github-token (with actions: read, checks: write, pull-requests: write).');
    const settings = (0,config_settings/* resolveSettings */.Mo)(await (0,config_file/* loadConfigFile */.H)(inputs.configPath), inputs.overrides);
    const dir = (0,work_dir/* workDir */.H)(`publish-${settings.configId}-${triggering.id}`);
    const { downloadReportArtifact } = await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 59893));
    await downloadReportArtifact({ name: (0,publish_job/* reportArtifactName */.m5)(settings.configId), token: inputs.token, runId: triggering.id, owner: run.owner, repo: run.repo, destination: dir });
    const client = (0,octokit/* createClient */.UU)(inputs.token, { onLimit: io.warning });
    const store = inputs.history === 'cache' ? (0,action_context/* cacheStore */.w)(settings.configId, run, true) : undefined;
    const result = await (0,publish_job/* runPublishJob */.CY)(settings, triggering, {
        context: await readJson(external_node_path_default().join(dir, publish_job/* PUBLISH_CONTEXT */.qM)),
        files: (0,report_files/* reportFiles */.I)(external_node_path_default().join(dir, publish_job/* PUBLISH_INPUTS */._E)),
        repo: await (0,repo/* loadRepoPaths */.$)(process.cwd()),
        pullRequest: (prNumber) => pullRequestNow(client, { owner: run.owner, repo: run.repo, pullNumber: prNumber }),
        ...(store ? { history: store } : {})
    });
    if (!result.publish) {
        io.warning(result.reason);
        return;
    }
    const { outcome, prNumber } = result;
    // Results belong to the PR head: the check run goes there, and the comment to that PR.
    const target = { ...run, sha: result.headSha, policy: { ...run.policy, checkSha: result.headSha, comment: true } };
    const context = (0,report_output/* reportContext */.gW)(settings, { ...target, runUrl: `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${triggering.id}` }, store?.description);
    const reportPath = await (0,report_output/* writeReport */.u5)(outcome, settings, target, context);
    const report = await (0,report_output/* finishReport */.Ux)(outcome, reportPath, context, io);
    const published = await (0,publish/* publishToGitHub */.W)({ token: inputs.token, settings, outcome, run: target, report, prNumber }, io);
    // The verdict already failed (or passed) the fork's own run; here only delivery can fail the step.
    if (settings.failOnReportError)
        (0,report_output/* failOnReportErrors */.Xv)(published.errors, io);
}
/** A small JSON file from the artifact, or undefined when it is missing or not JSON. */
async function readJson(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ })

};
