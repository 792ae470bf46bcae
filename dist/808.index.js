export const id = 808;
export const ids = [808];
export const modules = {

/***/ 62808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/init/templates.ts
var templates = __webpack_require__(38777);
// EXTERNAL MODULE: ./src/init/runners.ts
var runners = __webpack_require__(34985);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/shell/repo-facts.ts


/** Root files that name a test runner or a toolchain; only these are looked at. */
const MARKERS = [
    'package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', '.nvmrc', '.node-version',
    'pyproject.toml', 'setup.cfg', 'setup.py', 'pytest.ini', 'tox.ini', 'requirements.txt', 'requirements-dev.txt', '.python-version',
    'go.mod', 'Cargo.toml', 'pom.xml', 'build.gradle', 'build.gradle.kts'
];
/** Files whose content decides; each read up to this many bytes (a runner is named near the top). */
const READ = ['package.json', 'pyproject.toml', 'setup.cfg', 'tox.ini'];
const MAX_BYTES = 256 * 1024;
/**
 * What `init` needs to pick the test runner: which marker files the repository root has, and the
 * test script and dependency names of package.json. Reads at most 256 KiB of four files; a file
 * that cannot be read or parsed counts as absent (init then writes the generic template).
 */
async function readRepoFacts(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return { files: [], texts: {} };
    }
    const files = MARKERS.filter((m) => names.includes(m));
    const texts = {};
    for (const f of READ)
        if (files.includes(f))
            texts[f] = await head(external_node_path_default().join(dir, f));
    const lockfile = files.includes('pnpm-lock.yaml') ? 'pnpm' : files.includes('yarn.lock') ? 'yarn' : files.includes('package-lock.json') ? 'npm' : undefined;
    const packageJson = texts['package.json'] !== undefined ? packageFacts(texts['package.json']) : undefined;
    return { files, texts, ...(lockfile ? { lockfile } : {}), ...(packageJson ? { packageJson } : {}) };
}
function packageFacts(text) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof pkg !== 'object' || pkg === null)
        return undefined;
    const p = pkg;
    const names = (v) => (typeof v === 'object' && v !== null ? Object.keys(v) : []);
    const scripts = p.scripts;
    const test = typeof scripts === 'object' && scripts !== null && typeof scripts.test === 'string' ? scripts.test : undefined;
    return { ...(test !== undefined ? { testScript: test } : {}), dependencies: [...names(p.dependencies), ...names(p.devDependencies)] };
}
async function head(file) {
    try {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const buffer = Buffer.alloc(MAX_BYTES);
            const { bytesRead } = await handle.read(buffer, 0, MAX_BYTES, 0);
            return buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
;// CONCATENATED MODULE: ./src/shell/starter-files.ts



/**
 * Writes the starter files under `dir` (the repository root), creating `.github/workflows/`.
 * Without `force` every target is checked before anything is written, so a refusal leaves the
 * repository exactly as it was rather than half initialised. The files are then created with
 * `wx`, so a file that appears in between is still never overwritten.
 */
async function writeStarterFiles(dir, files, options) {
    await requireDirectory(dir);
    const existing = [];
    for (const file of files) {
        const kind = await kindOf(external_node_path_default().join(dir, file.path));
        if (kind === 'directory')
            throw new problems/* UsageError */.e(`${file.path} is a directory; move it away before running init.`);
        if (kind === 'file')
            existing.push(file.path);
    }
    if (existing.length && !options.force) {
        throw new problems/* UsageError */.e(`${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written. Run init --force to replace ${existing.length === 1 ? 'it' : 'them'}.`);
    }
    const written = [];
    for (const file of files) {
        const target = external_node_path_default().join(dir, file.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        try {
            await (0,promises_.writeFile)(target, file.content, { flag: options.force ? 'w' : 'wx' });
        }
        catch (err) {
            if (err.code === 'EEXIST')
                throw new problems/* UsageError */.e(`${file.path} appeared while init was writing; run init --force to replace it.`);
            throw new problems/* UsageError */.e(`${file.path} could not be written: ${err.message}.`);
        }
        written.push(file.path);
    }
    return { written, replaced: existing };
}
async function requireDirectory(dir) {
    const kind = await kindOf(dir);
    if (kind !== 'directory')
        throw new problems/* UsageError */.e(`--dir ${dir}: ${kind === 'missing' ? 'no such directory' : 'not a directory'}; give the root of your repository.`);
}
async function kindOf(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory() ? 'directory' : 'file';
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return 'missing';
        throw new problems/* UsageError */.e(`${p} could not be checked: ${err.message}.`);
    }
}

;// CONCATENATED MODULE: ./src/cli/init.ts






/**
 * `pipeline-gates init`: writes the two starter files and says what to edit next. Bad arguments
 * and existing files throw a UsageError (exit 2 through the CLI), before anything is written.
 */
async function initCommand(values, io) {
    const branch = values.branch ?? templates/* DEFAULT_BRANCH */.nU;
    const actionRef = values['action-ref'] ?? templates/* DEFAULT_ACTION_REF */.be;
    const badBranch = (0,templates/* branchProblem */.MT)(branch);
    if (badBranch)
        throw new problems/* UsageError */.e(`--branch: ${badBranch}.`);
    const badRef = (0,templates/* actionRefProblem */.bE)(actionRef);
    if (badRef)
        throw new problems/* UsageError */.e(`--action-ref: ${badRef}.`);
    const wanted = values.runner;
    if (wanted !== undefined && !runners/* RUNNER_IDS */.g.includes(wanted))
        throw new problems/* UsageError */.e(`--runner: "${wanted}" is not one of ${runners/* RUNNER_IDS */.g.join(', ')}.`);
    const dir = external_node_path_default().resolve(values.dir ?? '.');
    const runner = (0,runners/* pickRunner */.q)(await readRepoFacts(dir), wanted);
    const result = await writeStarterFiles(dir, (0,templates/* starterFiles */.Pq)({ branch, actionRef, runner }), { force: !!values.force });
    const where = values.dir ? `${external_node_path_default().relative(process.cwd(), dir) || '.'}/` : '';
    io.out(runner.id === 'none' ? 'No test runner recognised: the test job is a placeholder to replace.\n' : `Test runner: ${runner.label} (${runner.reason}).\n`);
    for (const file of result.written)
        io.out(`${result.replaced.includes(file) ? 'Replaced' : 'Wrote'} ${where}${file}\n`);
    io.out(`\n${nextSteps(actionRef, runner)}`);
    return 0;
}
function nextSteps(actionRef, runner) {
    const steps = [
        ...(actionRef === templates/* DEFAULT_ACTION_REF */.be ? [`Replace OWNER in ${templates/* WORKFLOW_PATH */.A8} (three uses: lines) and in the schema line of ${templates/* CONFIG_PATH */.tF}, or run init --force --action-ref OWNER/REPO@REF.`] : []),
        ...(runner.id === 'none' ? [`In ${templates/* WORKFLOW_PATH */.A8}, set the tests to split (plan job, tests:).`] : [`In ${templates/* WORKFLOW_PATH */.A8}, check the tests to split (plan job, tests:) and the set-up steps of the test job.`]),
        ...runner.todo,
        `Review the gates in ${templates/* CONFIG_PATH */.tF}; uncomment preset: strict for the five mandatory gates.`,
        'Commit both files and open a pull request; then make the "Pipeline Gates" check required in the branch protection rules.'
    ];
    return `Next steps:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`;
}


/***/ })

};
