export const id = 636;
export const ids = [636];
export const modules = {

/***/ 30636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishStep: () => (/* binding */ publishStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54661);
/* harmony import */ var _engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60445);
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6702);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32432);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73312);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(82108);
/* harmony import */ var _gate_step_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60297);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(55801);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(67568);












/**
 * `command: publish`, the `workflow_run` follow-up for fork pull requests. The fork's run had a
 * read-only token, so it uploaded its input reports in the report artifact. Here, with the base
 * repository's token and config (this workflow runs on the default branch), the reports are judged
 * again by our own parsers and renderers — the fork's artifact is data, never markdown or code we
 * pass on — and the check run and comment go to the PR head SHA.
 */
async function publishStep(inputs, io) {
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .currentRun */ .x)();
    const triggering = run.workflowRun;
    if (!triggering)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`command: publish runs in a workflow_run workflow (this is a ${run.eventName || 'local'} run). See "Pull requests from forks" in the README.`);
    if (!inputs.token)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('command: publish needs github-token (with actions: read, checks: write, pull-requests: write).');
    const settings = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSettings */ .Mo)(await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfigFile */ .HT)(inputs.configPath), inputs.overrides);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', `publish-${settings.configId}-${triggering.id}`);
    const { downloadReportArtifact } = await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 59893));
    await downloadReportArtifact({ name: (0,_gate_step_js__WEBPACK_IMPORTED_MODULE_9__.reportArtifactName)(settings.configId), token: inputs.token, runId: triggering.id, owner: run.owner, repo: run.repo, destination: dir });
    const claimed = await readPublishContext(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _gate_step_js__WEBPACK_IMPORTED_MODULE_9__.PUBLISH_CONTEXT));
    if (claimed.headSha !== triggering.headSha) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`The report artifact of run ${triggering.id} is for commit ${claimed.headSha.slice(0, 12)}, but that run tested ${triggering.headSha.slice(0, 12)}: nothing was published.`);
    }
    const client = (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .createClient */ .UU)(inputs.token, { onLimit: io.warning });
    // The PR number came from the fork's run: believe it only if that PR's head is the tested commit.
    const { data: pr } = await client.rest.pulls.get({ owner: run.owner, repo: run.repo, pull_number: claimed.prNumber });
    if (pr.head.sha !== triggering.headSha) {
        io.warning(`PR #${claimed.prNumber} has moved on to ${pr.head.sha.slice(0, 7)} since run ${triggering.id} tested ${triggering.headSha.slice(0, 7)}: nothing was published (the newer run will publish its own results).`);
        return;
    }
    const store = inputs.history === 'cache' ? (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .cacheStore */ .w)(settings.configId, run, true) : undefined;
    const outcome = await (0,_engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__/* .runGateJob */ .C)(settings, {
        files: (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_6__/* .reportFiles */ .I)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _gate_step_js__WEBPACK_IMPORTED_MODULE_9__.PUBLISH_INPUTS)),
        repo: await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_7__/* .loadRepoPaths */ .$)(process.cwd()),
        ...(store ? { history: store } : {}),
        pr: { labels: pr.labels.map((l) => l.name ?? '').filter(Boolean), body: pr.body ?? '', approvedBy: [] },
        current: { sha: triggering.headSha, runId: String(triggering.id) },
        change: { note: 'Patch coverage and the docs rule need the PR checkout; the publish step for forks has only its reports.' }
    });
    // Results belong to the PR head: the check run goes there, and the comment to that PR.
    const target = { ...run, sha: triggering.headSha, policy: { ...run.policy, checkSha: triggering.headSha, comment: true } };
    const context = (0,_gate_step_js__WEBPACK_IMPORTED_MODULE_9__.reportContext)(settings, { ...target, runUrl: `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${triggering.id}` }, store?.description);
    const reportPath = await (0,_gate_step_js__WEBPACK_IMPORTED_MODULE_9__.writeReport)(outcome, settings, target, (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMarkdownBytes */ .b)(outcome, context, _gate_step_js__WEBPACK_IMPORTED_MODULE_9__.SUMMARY_BYTES));
    const report = await (0,_gate_step_js__WEBPACK_IMPORTED_MODULE_9__.finishReport)(outcome, reportPath, context, io);
    const published = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_11__/* .publishToGitHub */ .W)({ token: inputs.token, settings, outcome, run: target, report, prNumber: claimed.prNumber }, io);
    // The verdict already failed (or passed) the fork's own run; here only delivery can fail the step.
    if (settings.failOnReportError)
        (0,_gate_step_js__WEBPACK_IMPORTED_MODULE_9__.failOnReportErrors)(published.errors, io);
}
async function readPublishContext(file) {
    let raw;
    try {
        raw = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`The report artifact has no readable ${_gate_step_js__WEBPACK_IMPORTED_MODULE_9__.PUBLISH_CONTEXT}: it was not uploaded by a fork pull request's gate step.`);
    }
    const c = raw;
    if (typeof c.prNumber !== 'number' || !Number.isInteger(c.prNumber) || c.prNumber < 1 || typeof c.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(c.headSha)) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${_gate_step_js__WEBPACK_IMPORTED_MODULE_9__.PUBLISH_CONTEXT} in the report artifact does not name a pull request and commit.`);
    }
    return { prNumber: c.prNumber, headSha: c.headSha };
}


/***/ })

};
