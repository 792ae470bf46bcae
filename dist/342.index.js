export const id = 342;
export const ids = [342];
export const modules = {

/***/ 68342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateStep: () => (/* binding */ gateStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/engine/gate-job.ts + 14 modules
var gate_job = __webpack_require__(4284);
// EXTERNAL MODULE: ./src/engine/measure-job.ts
var measure_job = __webpack_require__(22112);
// EXTERNAL MODULE: ./src/engine/publish-job.ts
var publish_job = __webpack_require__(76719);
// EXTERNAL MODULE: ./src/engine/record.ts
var record = __webpack_require__(62861);
// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/github/reviews.ts
/**
 * Logins whose latest deciding review is APPROVED. A later CHANGES_REQUESTED or DISMISSED review
 * replaces an approval; COMMENTED and PENDING reviews decide nothing. Reviews come oldest first.
 */
function currentApprovers(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        const login = r.user?.login;
        if (!login || !r.state || r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        latest.set(login, r.state);
    }
    return [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
}
async function listApprovers(client, where) {
    const reviews = await client.paginate(client.rest.pulls.listReviews, { owner: where.owner, repo: where.repo, pull_number: where.pullNumber, per_page: 100 });
    return currentApprovers(reviews);
}

// EXTERNAL MODULE: ./src/history/plan-store.ts
var plan_store = __webpack_require__(71361);
// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(47088);
// EXTERNAL MODULE: ./src/pipeline/metrics.ts + 1 modules
var pipeline_metrics = __webpack_require__(6283);
// EXTERNAL MODULE: ./src/shell/command.ts
var command = __webpack_require__(32951);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/model/globs.ts
var globs = __webpack_require__(40098);
;// CONCATENATED MODULE: ./src/pipeline/dockerfile-model.ts
function toDockerfileModel(file, parsed, dockerignore) {
    const stages = [];
    const froms = parsed.getFROMs();
    for (const instruction of parsed.getInstructions()) {
        const keyword = instruction.getKeyword().toUpperCase();
        const range = instruction.getRange();
        const line = range.start.line + 1;
        if (keyword === 'FROM') {
            const from = froms.find((f) => f.getRange().start.line === range.start.line);
            stages.push({
                head: { image: from?.getImageName() ?? null, tag: from?.getImageTag() ?? null, digest: from?.getImageDigest() ?? null, name: from?.getBuildStage() ?? null, line },
                instructions: []
            });
            continue;
        }
        const flags = new Map();
        const withFlags = instruction;
        for (const f of withFlags.getFlags?.() ?? [])
            flags.set(f.getName().toLowerCase(), f.getValue());
        const content = instruction.getArgumentsContent() ?? '';
        const json = jsonArgs(content);
        const args = json ?? instruction.getArguments().map((a) => a.getValue());
        const item = { keyword, line, endLine: range.end.line + 1, text: json ? json.join(' ') : content.replace(/\s+/g, ' ').trim(), args, flags };
        // Instructions before the first FROM (ARG) belong to no stage.
        stages.at(-1)?.instructions.push(item);
    }
    return { file, stages: stages.map((s) => ({ ...s.head, instructions: s.instructions })), dockerignore };
}
/** `["npm", "ci"]` → ['npm', 'ci']; anything else → undefined. */
function jsonArgs(content) {
    const t = content.trim();
    if (!t.startsWith('['))
        return undefined;
    try {
        const v = JSON.parse(t);
        return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/dockerfile-knowledge.ts
/**
 * What the container rules know about package managers and build images: which RUN downloads
 * dependencies, which files decide what it downloads (copy those alone first), where its
 * download cache lives (mount it), and which base images carry a whole toolchain.
 */
const DEPENDENCY_TOOLS = [
    { name: 'npm', install: /\bnpm (?:ci|install|i)\b/, manifests: ['package.json', 'package-lock.json'], manifest: /^(?:package(?:-lock)?\.json|package\*\.json|npm-shrinkwrap\.json|\.npmrc)$/, cacheTarget: '/root/.npm' },
    { name: 'yarn', install: /\byarn(?: install)?(?:\s+--?[\w-]+(?:=\S+)?)*\s*(?:$|&&|;|\|)/, manifests: ['package.json', 'yarn.lock'], manifest: /^(?:package\.json|package\*\.json|yarn\.lock|\.yarnrc(?:\.yml)?|\.yarn)$/, cacheTarget: '/usr/local/share/.cache/yarn' },
    { name: 'pnpm', install: /\bpnpm (?:i|install)\b/, manifests: ['package.json', 'pnpm-lock.yaml'], manifest: /^(?:package\.json|package\*\.json|pnpm-(?:lock|workspace)\.yaml|\.npmrc)$/, cacheTarget: '/root/.local/share/pnpm/store' },
    { name: 'pip', install: /\bpip3? install\b/, manifests: ['requirements.txt'], manifest: /^(?:requirements[\w.*-]*\.txt|constraints[\w.-]*\.txt|requirements)$/, cacheTarget: '/root/.cache/pip', noCache: /--no-cache-dir\b/ },
    { name: 'poetry', install: /\bpoetry install\b/, manifests: ['pyproject.toml', 'poetry.lock'], manifest: /^(?:pyproject\.toml|poetry\.lock)$/, cacheTarget: '/root/.cache/pypoetry' },
    { name: 'uv', install: /\buv (?:sync|pip install)\b/, manifests: ['pyproject.toml', 'uv.lock'], manifest: /^(?:pyproject\.toml|uv\.lock)$/, cacheTarget: '/root/.cache/uv', noCache: /--no-cache\b/ },
    { name: 'go', install: /\bgo (?:mod download|build|install)\b/, manifests: ['go.mod', 'go.sum'], manifest: /^go\.(?:mod|sum)$/, cacheTarget: '/go/pkg/mod', prefetch: 'go mod download' },
    { name: 'maven', install: /(?:^|[\s;&|])(?:\.\/)?mvnw?\s/, manifests: ['pom.xml'], manifest: /^pom\.xml$/, cacheTarget: '/root/.m2', prefetch: 'mvn -B dependency:go-offline' },
    { name: 'gradle', install: /(?:^|[\s;&|])(?:\.\/)?gradlew?\s/, manifests: ['build.gradle*', 'settings.gradle*', 'gradle/'], manifest: /^(?:(?:build|settings)\.gradle(?:\.kts)?|[\w*]+\.gradle\*?|gradle|gradle\.properties|gradlew)$/, cacheTarget: '/root/.gradle', prefetch: './gradlew dependencies --no-daemon' },
    { name: 'cargo', install: /\bcargo (?:build|fetch|install)\b/, manifests: ['Cargo.toml', 'Cargo.lock'], manifest: /^Cargo\.(?:toml|lock)$/, cacheTarget: '/usr/local/cargo/registry', prefetch: 'cargo fetch' },
    { name: 'bundler', install: /\bbundle install\b/, manifests: ['Gemfile', 'Gemfile.lock'], manifest: /^Gemfile(?:\.lock)?$/, cacheTarget: '/usr/local/bundle/cache' },
    { name: 'composer', install: /\bcomposer install\b/, manifests: ['composer.json', 'composer.lock'], manifest: /^composer\.(?:json|lock)$/, cacheTarget: '/root/.composer/cache' },
    { name: 'dotnet', install: /\bdotnet (?:restore|publish|build)\b/, manifests: ['*.csproj'], manifest: /\.(?:csproj|fsproj|vbproj|sln)$|^(?:nuget\.config|Directory\.(?:Build|Packages)\.props)$/i, cacheTarget: '/root/.nuget/packages', prefetch: 'dotnet restore' }
];
const SYSTEM_PACKAGES = [
    {
        name: 'apt',
        install: /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/,
        cleanup: /rm\s+-r?f?r?\s+\/var\/lib\/apt\/lists/,
        cleanupText: '&& rm -rf /var/lib/apt/lists/*',
        cacheTargets: ['/var/cache/apt', '/var/lib/apt']
    },
    { name: 'apk', install: /\bapk\s+add\b/, cleanup: /rm\s+-r?f?r?\s+\/var\/cache\/apk/, noCache: /--no-cache\b/, cleanupText: '(use apk add --no-cache)', cacheTargets: ['/var/cache/apk'] },
    { name: 'dnf', install: /\b(?:yum|dnf|microdnf)\s+(?:-\S+\s+)*install\b/, cleanup: /\b(?:yum|dnf|microdnf) clean all\b/, cleanupText: '&& dnf clean all', cacheTargets: ['/var/cache/dnf', '/var/cache/yum'] }
];
/** Packages that only building needs. */
const BUILD_PACKAGES = /\b(?:build-essential|build-base|gcc|g\+\+|clang|make|cmake|[\w.+-]+-dev(?:el)?)\b/;
const BUILD_IMAGES = [
    { image: /(?:^|\/)golang$/, build: /\bgo build\b/, what: 'the Go toolchain (~800 MB)', runtime: 'gcr.io/distroless/static-debian12' },
    { image: /(?:^|\/)rust$/, build: /\bcargo build\b/, what: 'the Rust toolchain (~1.5 GB)', runtime: 'gcr.io/distroless/cc-debian12' },
    { image: /(?:^|\/)(?:maven|gradle)$/, build: /(?:^|[\s;&|])(?:\.\/)?(?:mvnw?|gradlew?)\s/, what: 'the build tool and a full JDK', runtime: 'eclipse-temurin:21-jre' },
    { image: /(?:^|\/)(?:openjdk|eclipse-temurin|amazoncorretto)$/, runtimeTag: /jre/, build: /(?:^|[\s;&|])(?:\.\/)?(?:mvnw?|gradlew?|javac)\s/, what: 'a full JDK', runtime: 'eclipse-temurin:21-jre' },
    { image: /^mcr\.microsoft\.com\/dotnet\/sdk$/, build: /\bdotnet (?:publish|build)\b/, what: 'the .NET SDK (~800 MB)', runtime: 'mcr.microsoft.com/dotnet/aspnet' },
    { image: /(?:^|\/)(?:gcc|buildpack-deps)$/, build: /\b(?:make|gcc|g\+\+|cmake)\b/, what: 'a C/C++ toolchain', runtime: 'debian:bookworm-slim' },
    { image: /(?:^|\/)node$/, runtimeTag: /slim|alpine|distroless/, build: /\b(?:npm run build|yarn(?: run)? build|pnpm(?: run)? build)\b/, what: 'npm, the dev dependencies and the build tools', runtime: 'node:22-slim', alternative: 'nginx:alpine for static files' }
];
/** Local sources ADD unpacks on its own: the one thing ADD does that COPY cannot. */
const LOCAL_ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const REMOTE_SOURCE = /^(?:https?:\/\/|git@|git:\/\/)/i;

// EXTERNAL MODULE: ./src/pipeline/rich-text.ts
var rich_text = __webpack_require__(83616);
;// CONCATENATED MODULE: ./src/pipeline/dockerfile-rules.ts


function checkDockerfile(df) {
    const stageNames = new Set(df.stages.map((s) => s.name?.toLowerCase()).filter((n) => !!n));
    const out = [];
    df.stages.forEach((stage, i) => {
        const final = i === df.stages.length - 1;
        out.push(...unpinnedBase(df, stage, stageNames), ...layerOrder(df, stage), ...installCaches(df, stage, final), ...addLocal(df, stage));
        if (final)
            out.push(...toolchainInFinal(df, stage, df.stages.length));
    });
    out.push(...wholeContextWithoutIgnore(df));
    return out.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
const runs = (stage) => stage.instructions.filter((x) => x.keyword === 'RUN');
const copies = (stage) => stage.instructions.filter((x) => (x.keyword === 'COPY' || x.keyword === 'ADD') && !x.flags.has('from'));
const sourcesOf = (c) => c.args.slice(0, -1);
const destOf = (c) => c.args.at(-1) ?? '.';
const isWholeContext = (src) => ['.', './', '*', './*'].includes(src);
const clip = (text, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
function unpinnedBase(df, stage, stageNames) {
    const image = stage.image;
    if (!image || image === 'scratch' || image.includes('$') || stageNames.has(image.toLowerCase()) || stage.digest)
        return [];
    if (stage.tag !== null && stage.tag !== 'latest')
        return [];
    const shown = `${image}${stage.tag ? `:${stage.tag}` : ''}`;
    return [
        {
            rule: 'unpinned-base',
            file: df.file,
            line: stage.line,
            problem: `${(0,rich_text/* mono */.O5)(`FROM ${shown}`)} ${stage.tag ? 'uses the moving tag latest' : 'has no tag, so it means latest'}.`,
            cost: 'The base changes whenever its publisher pushes: builds stop being reproducible, and each new base invalidates every layer above it, a full rebuild and a full pull on every host.',
            fix: 'Pin a version tag, and a digest where reproducibility matters; let a bot (Dependabot, Renovate) move the pin.',
            rewrite: `FROM ${image}:<version>@sha256:<digest>${stage.name ? ` AS ${stage.name}` : ''}`
        }
    ];
}
/** Sources copied before the dependency install: every source change reinstalls everything. */
function layerOrder(df, stage) {
    const out = [];
    const done = new Set();
    for (const run of runs(stage)) {
        for (const tool of DEPENDENCY_TOOLS) {
            if (done.has(tool.name) || !tool.install.test(run.text))
                continue;
            done.add(tool.name);
            // The last copy before the install that brings more than the manifests decides the cache.
            const culprit = copies(stage).filter((c) => c.line < run.line && sourcesOf(c).some((s) => !isManifest(s, tool))).at(-1);
            if (!culprit)
                continue;
            const sources = sourcesOf(culprit);
            const whole = sources.some(isWholeContext);
            const withManifest = !whole && sources.some((s) => isManifest(s, tool));
            const others = sources.filter((s) => !isManifest(s, tool)).map(rich_text/* mono */.O5).join(', ');
            const copied = whole ? 'the whole build context' : withManifest ? `the manifest together with ${others}` : others;
            const first = tool.prefetch && !run.text.includes(tool.prefetch) ? tool.prefetch : clip(run.text, 120);
            out.push({
                rule: withManifest ? 'manifest-with-sources' : 'copy-before-install',
                file: df.file,
                line: culprit.line,
                problem: `${(0,rich_text/* mono */.O5)(clip(`${culprit.keyword} ${culprit.text}`))} copies ${copied} before ${(0,rich_text/* mono */.O5)(clip(run.text, 60))} (line ${run.line}) fetches the ${tool.name} dependencies.`,
                cost: 'Every source change invalidates this layer and the install after it, so every build downloads and installs all dependencies again.',
                fix: `Copy only ${tool.manifests.map(rich_text/* mono */.O5).join(' and ')} first, ${first === clip(run.text, 120) ? 'install' : `fetch the dependencies (${(0,rich_text/* mono */.O5)(first)})`}, then copy the rest.`,
                rewrite: [`COPY ${tool.manifests.join(' ')} ${manifestDest(destOf(culprit))}`, `RUN ${first}`, withManifest ? withoutManifests(culprit, tool) : `${culprit.keyword} ${culprit.text}`, ...(first !== clip(run.text, 120) ? [`RUN ${clip(run.text, 120)}`] : [])].join('\n')
            });
        }
    }
    return out;
}
function isManifest(src, tool) {
    const name = src.replace(/\/+$/, '').split('/').at(-1) ?? src;
    return tool.manifest.test(name);
}
/** Several sources need a directory destination that ends in a slash. */
function manifestDest(dest) {
    return dest.endsWith('/') ? dest : `${dest}/`;
}
/** The copy with the manifests taken out (they were copied first). */
function withoutManifests(c, tool) {
    const flags = [...c.flags].map(([k, v]) => `--${k}${v === null ? '' : `=${v}`} `).join('');
    return `${c.keyword} ${flags}${[...sourcesOf(c).filter((s) => !isManifest(s, tool)), destOf(c)].join(' ')}`;
}
/** Package installs that leave their download cache in the layer, with no cache mount to reuse it. */
function installCaches(df, stage, final) {
    const out = [];
    for (const run of runs(stage)) {
        const mounts = [...run.flags].filter(([k]) => k === 'mount').map(([, v]) => v ?? '');
        const mounted = (target) => mounts.some((m) => m.includes('type=cache') && m.includes(`target=${target}`));
        for (const sys of SYSTEM_PACKAGES) {
            if (!sys.install.test(run.text) || sys.cleanup.test(run.text) || sys.noCache?.test(run.text) || sys.cacheTargets.some(mounted))
                continue;
            out.push(cacheFinding(df, run, final, `${sys.name}'s package index and downloads`, sys.name === 'apk' ? run.text.replace(/\bapk\s+add\b/, 'apk add --no-cache') : `${run.text} ${sys.cleanupText}`));
        }
        for (const tool of DEPENDENCY_TOOLS) {
            if (!tool.install.test(run.text) || tool.noCache?.test(run.text) || mounted(tool.cacheTarget) || tool.name === 'go' && !/\bgo mod download\b/.test(run.text))
                continue;
            out.push(cacheFinding(df, run, final, `${tool.name}'s download cache`, run.text, tool.cacheTarget));
        }
    }
    return out;
}
function cacheFinding(df, run, final, what, command, target) {
    return {
        rule: 'install-without-cache',
        file: df.file,
        line: run.line,
        problem: `${(0,rich_text/* mono */.O5)(clip(`RUN ${run.text}`))} installs packages without a cache mount${target ? '' : ' or cleanup'}.`,
        cost: `${final ? `The image keeps ${what} (more to push and pull), and` : 'When'} ${final ? 'every rebuild of this layer downloads everything again.' : `this layer rebuilds, ${what} start from nothing and everything is downloaded again.`}`,
        fix: target ? `Mount a BuildKit cache at ${(0,rich_text/* mono */.O5)(target)}: the layer stays small and a rebuild reuses the downloads.` : 'Clean up in the same RUN (a later RUN cannot shrink this layer), or mount a BuildKit cache.',
        rewrite: target ? `RUN --mount=type=cache,target=${target} ${clip(command, 120)}` : `RUN ${clip(command, 160)}`
    };
}
function addLocal(df, stage) {
    return stage.instructions.flatMap((x) => {
        if (x.keyword !== 'ADD' || x.flags.has('from'))
            return [];
        const sources = sourcesOf(x);
        if (!sources.length || sources.some((s) => REMOTE_SOURCE.test(s) || LOCAL_ARCHIVE.test(s)))
            return [];
        return [
            {
                rule: 'add-local-file',
                file: df.file,
                line: x.line,
                problem: `${(0,rich_text/* mono */.O5)(clip(`ADD ${x.text}`))} uses ADD for local files.`,
                cost: 'ADD also unpacks archives and fetches URLs, so what lands in the layer depends on more than the line says; reviewers and linters have to assume the worst.',
                fix: 'Use COPY for local files; keep ADD for the archives it should unpack.',
                rewrite: `COPY ${[...x.flags].map(([k, v]) => `--${k}${v === null ? '' : `=${v}`} `).join('')}${x.text}`
            }
        ];
    });
}
/** The final image built on a toolchain image, or given build packages, where a build stage would drop them. */
function toolchainInFinal(df, stage, stageCount) {
    const image = stage.image ?? '';
    const tool = BUILD_IMAGES.find((b) => b.image.test(image) && !(b.runtimeTag && b.runtimeTag.test(stage.tag ?? '')));
    const build = tool ? runs(stage).find((r) => tool.build.test(r.text)) : undefined;
    if (tool && build) {
        return [
            {
                rule: 'toolchain-in-final-image',
                file: df.file,
                line: stage.line,
                problem: `The final image is built on ${(0,rich_text/* mono */.O5)(`${image}${stage.tag ? `:${stage.tag}` : ''}`)} and builds in it (${(0,rich_text/* mono */.O5)(clip(build.text, 60))}, line ${build.line}).`,
                cost: `It ships ${tool.what} though it only runs what was built: a bigger image to push, pull and scan on every deploy.`,
                fix: `Build in a stage and copy only the output into ${(0,rich_text/* mono */.O5)(tool.runtime)}${tool.alternative ? ` (or ${tool.alternative.replace(/^(\S+)/, (image) => (0,rich_text/* mono */.O5)(image))})` : ''}.`,
                rewrite: [`FROM ${image}${stage.tag ? `:${stage.tag}` : ''} AS build`, '# … the build steps, unchanged …', `RUN ${clip(build.text, 120)}`, '', `FROM ${tool.runtime}`, 'COPY --from=build <build output> <where it runs>'].join('\n')
            }
        ];
    }
    const packages = runs(stage).find((r) => SYSTEM_PACKAGES.some((s) => s.install.test(r.text)) && BUILD_PACKAGES.test(r.text));
    if (!packages || stageCount > 1)
        return [];
    return [
        {
            rule: 'toolchain-in-final-image',
            file: df.file,
            line: packages.line,
            problem: `${(0,rich_text/* mono */.O5)(clip(`RUN ${packages.text}`))} installs build tools (${(0,rich_text/* mono */.O5)(BUILD_PACKAGES.exec(packages.text)?.[0] ?? '')}) in the only stage.`,
            cost: 'Compilers and headers stay in the image that runs: more to pull, more to patch, more for a scanner to flag.',
            fix: 'Compile in a build stage with these packages and copy the result into a stage without them.',
            rewrite: [`FROM ${image}${stage.tag ? `:${stage.tag}` : ''} AS build`, `RUN ${clip(packages.text, 120)}`, '# … build …', '', `FROM ${image}${stage.tag ? `:${stage.tag}` : ''}`, 'COPY --from=build <build output> <where it runs>'].join('\n')
        }
    ];
}
function wholeContextWithoutIgnore(df) {
    if (df.dockerignore)
        return [];
    const first = df.stages.flatMap(copies).find((c) => sourcesOf(c).some(isWholeContext));
    if (!first)
        return [];
    return [
        {
            rule: 'no-dockerignore',
            file: df.file,
            line: first.line,
            problem: `${(0,rich_text/* mono */.O5)(clip(`${first.keyword} ${first.text}`))} copies the whole context and there is no ${(0,rich_text/* mono */.O5)('.dockerignore')}.`,
            cost: `Everything is sent to the builder and copied, ${(0,rich_text/* mono */.O5)('.git')} included: it changes with every commit, so this layer and all after it never come from the cache.`,
            fix: `Add a ${(0,rich_text/* mono */.O5)('.dockerignore')} beside the build context that leaves out version control, dependencies and build output.`,
            rewrite: ['.git', 'node_modules', 'dist', 'build', 'target', '*.log', '.env'].join('\n')
        }
    ];
}

;// CONCATENATED MODULE: ./src/shell/dockerfiles.ts





const NAME = /^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|\.(?:Dockerfile|dockerfile|Containerfile)$/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** Directory entries looked at before the walk gives up: a monorepo, not a disk. */
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 25;
const DEFAULT_MAX_BYTES = 512 * 1024;
function isDockerfileName(file) {
    const name = external_node_path_default().basename(file);
    return NAME.test(name) && !name.endsWith('.dockerignore');
}
async function scanDockerfiles(workspace, options) {
    const root = await (0,promises_.realpath)(workspace);
    const notes = [];
    const found = options.changed ? options.changed.filter((f) => isDockerfileName(f)).sort() : await walk(root, notes);
    const excluded = found.filter((f) => (options.exclude ?? []).some((g) => (0,globs/* matchesGlob */.kt)(f, g)));
    if (excluded.length)
        notes.push(`${excluded.length} Dockerfile${excluded.length === 1 ? ' was' : 's were'} excluded (gates.container.exclude): ${excluded.slice(0, 5).join(', ')}${excluded.length > 5 ? ', …' : ''}.`);
    const candidates = found.filter((f) => !excluded.includes(f));
    if (candidates.length > options.maxFiles)
        notes.push(`${candidates.length - options.maxFiles} of ${candidates.length} Dockerfiles were not read (pipeline.max-dockerfiles is ${options.maxFiles}).`);
    const files = [];
    const findings = [];
    let parse;
    for (const rel of candidates.slice(0, options.maxFiles)) {
        const read = await readInside(root, rel, options.maxBytes ?? DEFAULT_MAX_BYTES);
        if (!read.ok) {
            notes.push(`${rel} was not read: ${read.reason}.`);
            continue;
        }
        // Loaded only here: most repositories have no Dockerfile, and the gate should not pay for the parser.
        parse ??= (await __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 78390))).DockerfileParser.parse;
        const model = toDockerfileModel(rel, parse(read.text), await hasDockerignore(root, rel));
        files.push(rel);
        findings.push(...checkDockerfile(model));
    }
    return { files, findings, notes };
}
/** Breadth-first, sorted, bounded; symlinked directories are not entered. */
async function walk(root, notes) {
    const found = [];
    let queue = [{ dir: root, depth: 0 }];
    let seen = 0;
    while (queue.length) {
        const next = [];
        for (const { dir, depth } of queue) {
            let handle;
            try {
                handle = await (0,promises_.opendir)(dir);
            }
            catch {
                continue;
            }
            for await (const entry of handle) {
                if (++seen > MAX_ENTRIES) {
                    notes.push(`The search for Dockerfiles stopped after ${MAX_ENTRIES} files and folders; Dockerfiles deeper in the tree were not read.`);
                    return found.sort();
                }
                const full = external_node_path_default().join(dir, entry.name);
                if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && depth < MAX_DEPTH)
                    next.push({ dir: full, depth: depth + 1 });
                else if (entry.isFile() && isDockerfileName(entry.name))
                    found.push(external_node_path_default().relative(root, full).split((external_node_path_default()).sep).join('/'));
            }
        }
        queue = next;
    }
    return found.sort();
}
/** The file's text if it is a regular file inside the workspace (not a symlink, not under .git) and small enough. */
async function readInside(root, rel, maxBytes) {
    const full = external_node_path_default().resolve(root, rel);
    const inside = external_node_path_default().relative(root, full);
    if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
        return { ok: false, reason: 'it is outside the workspace' };
    if (inside.split((external_node_path_default()).sep).includes('.git'))
        return { ok: false, reason: 'it is under .git' };
    try {
        const st = await (0,promises_.lstat)(full);
        if (st.isSymbolicLink())
            return { ok: false, reason: 'it is a symbolic link (not followed)' };
        if (!st.isFile())
            return { ok: false, reason: 'it is not a regular file' };
        if (st.size > maxBytes)
            return { ok: false, reason: `it is larger than ${Math.round(maxBytes / 1024)} KiB` };
        // A directory on the way may be a symlink out of the workspace.
        const real = external_node_path_default().relative(root, await (0,promises_.realpath)(full));
        if (real.startsWith('..') || external_node_path_default().isAbsolute(real))
            return { ok: false, reason: 'it resolves outside the workspace' };
        return { ok: true, text: await (0,promises_.readFile)(full, 'utf8') };
    }
    catch (err) {
        const code = err.code;
        return { ok: false, reason: code === 'ENOENT' ? 'it does not exist (deleted by the change?)' : `it could not be read (${code ?? err.message})` };
    }
}
/** BuildKit reads `<Dockerfile>.dockerignore` first, then `.dockerignore` at the context root: its directory or the repository root. */
async function hasDockerignore(root, rel) {
    const dir = external_node_path_default().dirname(external_node_path_default().resolve(root, rel));
    for (const candidate of [`${external_node_path_default().resolve(root, rel)}.dockerignore`, external_node_path_default().join(dir, '.dockerignore'), external_node_path_default().join(root, '.dockerignore')]) {
        try {
            if ((await (0,promises_.lstat)(candidate)).isFile())
                return true;
        }
        catch {
            // absent: try the next place
        }
    }
    return false;
}

// EXTERNAL MODULE: ./src/shell/git-change.ts + 1 modules
var git_change = __webpack_require__(49816);
// EXTERNAL MODULE: ./src/shell/measure.ts
var measure = __webpack_require__(13370);
;// CONCATENATED MODULE: ./src/github/jobs.ts
/** Steps kept per job: a job has at most 1,000 steps, and anything near that is not worth a table row each. */
const MAX_STEPS = 300;
async function fetchRunJobs(client, q) {
    const where = { owner: q.owner, repo: q.repo, run_id: q.runId };
    const [jobs, run] = await Promise.allSettled([
        client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, { ...where, attempt_number: q.attempt, per_page: 100 }),
        client.rest.actions.getWorkflowRun({ ...where, exclude_pull_requests: true })
    ]);
    if (jobs.status === 'rejected')
        return { ok: false, reason: refusal(`list the jobs of run ${q.runId} attempt ${q.attempt}`, jobs.reason) };
    const warnings = run.status === 'rejected' ? [`${refusal(`read run ${q.runId}`, run.reason)}; the duration counts from the first job start.`] : [];
    const runStartedAt = run.status === 'fulfilled' ? (run.value.data.run_started_at ?? null) : null;
    return { ok: true, run: { runStartedAt, attempt: q.attempt, jobs: jobs.value.map(toRunJob) }, warnings };
}
function toRunJob(j) {
    return {
        name: j.name,
        status: j.status,
        conclusion: j.conclusion,
        startedAt: j.started_at ?? null,
        completedAt: j.completed_at ?? null,
        ...(typeof j.run_attempt === 'number' ? { runAttempt: j.run_attempt } : {}),
        ...(typeof j.id === 'number' ? { id: j.id } : {}),
        ...(j.created_at !== undefined ? { createdAt: j.created_at } : {}),
        ...(Array.isArray(j.steps) ? { steps: j.steps.slice(0, MAX_STEPS).map(toRunStep) } : {})
    };
}
function toRunStep(s) {
    return { name: s.name, status: s.status, conclusion: s.conclusion, number: s.number, startedAt: s.started_at ?? null, completedAt: s.completed_at ?? null };
}
/** One line saying what GitHub refused and what to change; never the token or a stack. */
function refusal(what, err) {
    const e = err;
    const message = (e.message ?? String(err)).split('\n', 1)[0];
    const status = typeof e.status === 'number' ? `HTTP ${e.status}: ` : '';
    // A token without `actions: read` gets 403 on public repositories and 404 on private ones.
    const hint = e.status === 403 || e.status === 404 ? ' (the gate job needs `permissions: actions: read`)' : '';
    return `GitHub did not let us ${what} (${status}${message})${hint}`;
}

;// CONCATENATED MODULE: ./src/github/cache-usage.ts

const PER_PAGE = 100;
async function fetchCacheUsage(client, q) {
    const where = { owner: q.owner, repo: q.repo };
    try {
        const { data: usage } = await client.rest.actions.getActionsCacheUsage(where);
        const entries = [];
        let total = 0;
        for (let page = 1; entries.length < q.maxEntries; page++) {
            const { data } = await client.rest.actions.getActionsCacheList({ ...where, per_page: PER_PAGE, page, sort: 'last_accessed_at', direction: 'desc' });
            total = data.total_count;
            for (const c of data.actions_caches) {
                if (entries.length >= q.maxEntries)
                    break;
                entries.push({ key: c.key ?? '', ref: c.ref ?? '', bytes: c.size_in_bytes ?? 0, lastAccessedAt: c.last_accessed_at ?? '', createdAt: c.created_at ?? '' });
            }
            if (data.actions_caches.length < PER_PAGE || page * PER_PAGE >= total)
                break;
        }
        // The least recently used entry is the next one GitHub evicts: when the listing was cut, ask for it.
        const oldest = total > entries.length ? await oldestEntry(client, where) : entries.at(-1)?.lastAccessedAt;
        return {
            ok: true,
            usage: { bytes: usage.active_caches_size_in_bytes, count: usage.active_caches_count, entries, listed: total, ...(oldest ? { oldestAccessAt: oldest } : {}) }
        };
    }
    catch (err) {
        return { ok: false, reason: refusal(`read the Actions cache usage of ${q.owner}/${q.repo}`, err) };
    }
}
async function oldestEntry(client, where) {
    const { data } = await client.rest.actions.getActionsCacheList({ ...where, per_page: 1, sort: 'last_accessed_at', direction: 'asc' });
    return data.actions_caches[0]?.last_accessed_at;
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./src/pipeline/cache-keys.ts
var cache_keys = __webpack_require__(62057);
;// CONCATENATED MODULE: ./src/pipeline/cache-messages.ts
/**
 * The log lines that say what a cache did, copied from the sources of the actions that print them
 * (actions/cache restoreImpl.ts and saveImpl.ts, @actions/cache cache.ts and its progress lines,
 * setup-node / setup-python / setup-go / setup-java / setup-dotnet cache-restore.ts and
 * cache-save.ts, gradle/actions gradle-user-home-cache.ts and cache-utils.ts, and our own history
 * and plan stores). One table, so a new action's wording is one row here and one fixture log.
 */
const group = (m, i) => m[i] ?? '';
/** Package managers whose setup action says "<manager> cache is not found". */
const MANAGERS = 'npm|yarn|pnpm|pip|pipenv|poetry|uv|maven|gradle|sbt';
/**
 * Order matters: the reservation conflict is a kind of "Failed to save", so it comes first.
 * Every pattern is anchored and linear, so a long hostile line costs one pass.
 */
const RULES = [
    // @actions/cache restoreCacheV2 (toolkit 4.0.4+): the lookup result, before any download.
    { re: /^Cache hit for: (.+)$/, signal: (m) => ({ kind: 'found', key: group(m, 1), exact: true }) },
    { re: /^Cache hit for restore-key: (.+)$/, signal: (m) => ({ kind: 'found', key: group(m, 1), exact: false }) },
    // DownloadProgress / UploadProgress display(): the second number is the archive size.
    { re: /^Received \d+ of (\d+) \(/, signal: (m) => ({ kind: 'bytes', bytes: Number(m[1]), direction: 'down' }) },
    { re: /^Sent \d+ of (\d+) \(/, signal: (m) => ({ kind: 'bytes', bytes: Number(m[1]), direction: 'up' }) },
    // restoreCache and the v1 saveCache both print the archive size this way.
    { re: /^Cache Size: ~\d+ MB \((\d+) B\)$/, signal: (m) => ({ kind: 'bytes', bytes: Number(m[1]) }) },
    // createTar: the archive is packed before the upload, so a save starts here.
    { re: /^\[command\]\S*tar(?:\.exe)? (?:--posix )?-cf cache\.t(?:zst|gz)\b/, signal: () => ({ kind: 'packing' }) },
    { re: /^Cache restored successfully$/, signal: () => ({ kind: 'extracted' }) },
    { re: /^Cache saved successfully$/, signal: () => ({ kind: 'uploaded' }) },
    // actions/cache and every setup-* action after a restore.
    { re: /^Cache restored from key: (.+)$/, signal: (m) => ({ kind: 'restored', key: group(m, 1) }) },
    { re: /^Cache found and can be restored from key: (.+)$/, signal: (m) => ({ kind: 'restored', key: group(m, 1), lookupOnly: true }) },
    { re: /^Restored Gradle User Home from cache key: (.+)$/, signal: (m) => ({ kind: 'restored', key: group(m, 1), tool: 'gradle' }) },
    { re: /^Cache not found for input keys: (.*)$/, signal: (m) => ({ kind: 'not-found', keys: group(m, 1).split(', '), tool: 'actions/cache' }) },
    { re: new RegExp(`^(${MANAGERS}) cache is not found$`), signal: (m) => ({ kind: 'not-found', manager: group(m, 1) }) },
    { re: /^Cache is not found$/, signal: () => ({ kind: 'not-found', tool: 'setup-go' }) },
    { re: /^Dotnet cache is not found$/, signal: () => ({ kind: 'not-found', tool: 'setup-dotnet' }) },
    { re: /^Gradle User Home cache not found\. Will initialize empty\.$/, signal: () => ({ kind: 'not-found', tool: 'gradle' }) },
    { re: /^No history in the Actions cache under (\S+)$/, signal: (m) => ({ kind: 'not-found', keys: [group(m, 1)], tool: 'pipeline-gates' }) },
    { re: /^Failed to restore: (.+)$/, signal: (m) => ({ kind: 'restore-failed', reason: group(m, 1) }) },
    { re: /^Failed to restore \S+: (.+)$/, signal: (m) => ({ kind: 'restore-failed', reason: group(m, 1) }) },
    { re: /^Cache restore skipped: the effective cache-mode '[^']*' does not permit reads\.$/, signal: () => ({ kind: 'restore-skipped' }) },
    // Saves.
    { re: /Unable to reserve cache with key (.+?), another job may be creating this cache/, signal: (m) => ({ kind: 'conflict', key: group(m, 1) }) },
    { re: /^Cache saved with key: (.+)$/, signal: (m) => ({ kind: 'saved', key: group(m, 1) }) },
    { re: /^Cache saved with the key: (.+)$/, signal: (m) => ({ kind: 'saved', key: group(m, 1) }) },
    { re: /^Caching Gradle User Home with cache key: (.+)$/, signal: (m) => ({ kind: 'saving', key: group(m, 1), tool: 'gradle' }) },
    { re: /^History saved: cache key (.+)\.$/, signal: (m) => ({ kind: 'saved', key: group(m, 1), tool: 'pipeline-gates' }) },
    { re: /^Plan pinned: cache key (.+)\.$/, signal: (m) => ({ kind: 'saved', key: group(m, 1), tool: 'pipeline-gates' }) },
    { re: /^Cache hit occurred on the primary key (.+), not saving cache\.$/, signal: (m) => ({ kind: 'unchanged', key: group(m, 1) }) },
    { re: /^Cache hit occurred on the cache key (.+), not saving cache\.$/, signal: (m) => ({ kind: 'unchanged', key: group(m, 1) }) },
    { re: /^Failed to save: (.+)$/, signal: (m) => ({ kind: 'save-failed', reason: group(m, 1) }) },
    { re: /^Failed to save cache entry with path (.+)$/, signal: (m) => ({ kind: 'save-failed', reason: group(m, 1) }) },
    { re: /^Cache save skipped: the effective cache-mode '[^']*' does not permit writes\.$/, signal: () => ({ kind: 'save-skipped' }) },
    { re: /^Cache was not saved since 'cache-restore-only' was set to true$/, signal: () => ({ kind: 'save-skipped' }) },
    { re: /^Cache write is disabled \(read-only mode\)\. Skipping cache save\.$/, signal: () => ({ kind: 'save-skipped' }) }
];
/**
 * Cheap first test, run on every line of a log that is mostly test output: every message in the
 * table holds "ache" (Cache, cache, cache.tzst) or is a progress line.
 */
function mayBeCacheLine(line, from = 0) {
    return line.includes('ache', from) || line.startsWith('Received ', from) || line.startsWith('Sent ', from);
}
/** The signal of one log message (timestamp and `##[warning]` already removed), or undefined. */
function cacheSignal(message) {
    if (!mayBeCacheLine(message))
        return undefined;
    for (const rule of RULES) {
        const m = rule.re.exec(message);
        if (m)
            return rule.signal(m);
    }
    return undefined;
}
/** Actions (as `uses:` names them, without the ref) whose steps restore and save caches. */
const ACTIONS = [
    [/^actions\/cache(?:\/(?:restore|save))?$/i, 'actions/cache'],
    [/^actions\/setup-node$/i, 'setup-node'],
    [/^actions\/setup-python$/i, 'setup-python'],
    [/^actions\/setup-go$/i, 'setup-go'],
    [/^actions\/setup-java$/i, 'setup-java'],
    [/^actions\/setup-dotnet$/i, 'setup-dotnet'],
    [/^gradle\/(?:actions(?:\/[\w-]+)?|gradle-build-action)$/i, 'gradle'],
    [/^[\w.-]+\/pipeline-gates(?:\/(?:plan|shard))?$/i, 'pipeline-gates']
];
function toolOfAction(action) {
    return ACTIONS.find(([re]) => re.test(action))?.[1];
}
/** The key formats the setup actions and our stores build; a key outside them is actions/cache's. */
const KEY_FAMILIES = [
    [/^node-cache-/, 'setup-node'],
    [/^setup-python-/, 'setup-python'],
    [/^setup-go-/, 'setup-go'],
    [/^setup-java-/, 'setup-java'],
    [/^dotnet-cache-/, 'setup-dotnet'],
    [/^gradle-[\w-]+-v\d+\|/, 'gradle'],
    [/^pipeline-gates(?:-plan)?-v\d+:/, 'pipeline-gates']
];
function toolOfKey(key) {
    return KEY_FAMILIES.find(([re]) => re.test(key))?.[1];
}
/** The package manager a setup action's key names: `node-cache-Linux-x64-npm-<hash>` → npm. */
function managerOfKey(key) {
    const m = new RegExp(`-(${MANAGERS})(?:-|$)`).exec(key);
    return m?.[1];
}
/** Our pinned plan passes the plan to the shard jobs; it is not a cache anyone tunes. */
function isPinnedPlanKey(key) {
    return /^pipeline-gates-plan-v\d+:/.test(key);
}

;// CONCATENATED MODULE: ./src/pipeline/cache-log-parts.ts


/** The pieces of a runner log line, and what only the whole job log can settle. */
const STAMP = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?Z ?/;
/** Parses `2026-01-01T00:00:00.1234567Z text` into epoch ms and the text; no stamp → no time. */
function splitStamp(line) {
    const m = STAMP.exec(line);
    if (!m)
        return { text: line };
    const [, y, mo, d, h, mi, s, frac] = m;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + Math.round(Number(`0.${frac ?? '0'}`) * 1000);
    return { ms, text: line.slice(m[0].length) };
}
/**
 * The setup actions and gradle print the primary key only when they save it, in the post step.
 * A later save of the same cache (same tool, same stable key part, or any key after a miss)
 * gives the restore its key; and where the log said neither "hit for restore-key" nor the
 * primary key (toolkit v1), saving a different key means the restore matched a restore key.
 */
function settleUnknowns(events) {
    return events.map((e, i) => {
        if (e.op !== 'restore')
            return e;
        const { exactUnknown, ...rest } = e;
        if (rest.key !== undefined)
            return rest;
        const sameCache = (x) => x.op === 'save' && x.tool === e.tool && x.key !== undefined && (e.matchedKey === undefined || (0,cache_keys/* keyPrefix */.uU)(x.key) === (0,cache_keys/* keyPrefix */.uU)(e.matchedKey));
        const save = events.slice(i + 1).find(sameCache);
        if (!save?.key)
            return rest;
        const manager = rest.manager ?? (e.tool.startsWith('setup-') ? managerOfKey(save.key) : undefined);
        const outcome = exactUnknown && e.matchedKey ? (save.key === e.matchedKey ? 'hit' : 'partial') : rest.outcome;
        return { ...rest, key: save.key, outcome, ...(manager ? { manager } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/pipeline/cache-log.ts



/** Cache messages are short (a key is at most 512 characters); longer lines are test output. */
const MAX_LINE = 4096;
const MAX_EVENTS = 200;
// The runner colours `run:` scripts with ANSI escapes.
const ANSI = /\u001b\[[0-9;]*m/g;
const ACTION_REF = /^([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@\S+$/;
class CacheLogScanner {
    events = [];
    dropped = 0;
    lineNo = 0;
    /** The previous stamped line and where its text starts: its time is read only when an operation starts. */
    prevLine = '';
    prevOffset = 0;
    section = { post: false, saveStep: false, inputs: new Map(), phase: 'body' };
    pending;
    push(raw) {
        this.lineNo++;
        if (raw.length > MAX_LINE)
            return;
        const line = this.lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        // Most lines are test output: the stamp is found by position and nothing is copied for them.
        const end = line.charCodeAt(10) === 84 /* T */ ? line.indexOf('Z ', 19) : -1;
        const offset = end > 0 && end < 32 ? end + 2 : 0;
        if (line.startsWith('##[group]Run ', offset))
            this.startSection(false, clean(line.slice(offset + 13)).trim());
        else if (line.startsWith('Post job cleanup.', offset) && line.length - offset <= 18)
            this.startSection(true);
        else
            this.read(line, offset);
        if (offset)
            [this.prevLine, this.prevOffset] = [line, offset];
    }
    finish() {
        this.closePending();
        return { events: settleUnknowns(this.events), lines: this.lineNo, dropped: this.dropped };
    }
    startSection(post, title = '') {
        this.closePending();
        const action = ACTION_REF.exec(title)?.[1];
        const tool = action ? toolOfAction(action) : undefined;
        this.section = { post, ...(tool ? { tool } : {}), saveStep: !!action && /\/save$/i.test(action), inputs: new Map(), phase: post ? 'body' : 'header' };
    }
    read(line, offset) {
        const s = this.section;
        if (s.phase === 'body' && !mayBeCacheLine(line, offset))
            return;
        const text = clean(offset ? line.slice(offset) : line);
        if (s.phase !== 'body') {
            if (text === '##[endgroup]')
                s.phase = 'body';
            else if (text === 'env:')
                s.phase = 'env';
            else if (s.phase === 'header' && text === 'with:')
                s.phase = 'with';
            else if (s.phase === 'with')
                readInput(s, text);
            return;
        }
        const message = text.charCodeAt(0) === 91 /* [ */ || text.charCodeAt(0) === 35 /* # */ ? text.replace(/^##\[(?:warning|error|notice)\]/, '').replace(/^\[warning\]/, '') : text;
        if (message.startsWith('##['))
            return;
        const signal = cacheSignal(message);
        if (!signal)
            return;
        const ms = stampMs(line, offset);
        this.apply(signal, ms);
        if (this.pending)
            this.pending.lastMs = ms;
    }
    apply(sig, ms) {
        if (!this.applyRestore(sig, ms))
            this.applySave(sig, ms);
    }
    /** Lookup, download and extraction lines; false when the signal is about a save. */
    applyRestore(sig, ms) {
        switch (sig.kind) {
            case 'found': {
                const p = this.open('restore', (x) => x.matched === undefined);
                p.matched = sig.key;
                p.exact = sig.exact;
                return true;
            }
            case 'bytes': {
                const op = sig.direction === 'down' ? 'restore' : sig.direction === 'up' || this.section.post || this.section.saveStep ? 'save' : 'restore';
                const p = this.open(op);
                p.bytes = Math.max(p.bytes ?? 0, sig.bytes);
                return true;
            }
            case 'extracted':
                this.open('restore');
                return true;
            case 'restored':
                this.finishRestore(this.open('restore'), sig.lookupOnly ? 'hit' : undefined, ms, { matched: sig.key, ...(sig.tool ? { tool: sig.tool } : {}), ...(sig.lookupOnly ? { lookupOnly: true } : {}) });
                return true;
            case 'not-found': {
                const p = this.open('restore');
                this.finishRestore(p, p.failed ? 'failed' : 'miss', ms, { ...(sig.keys ? { keys: sig.keys } : {}), ...(sig.manager ? { manager: sig.manager } : {}), ...(sig.tool ? { tool: sig.tool } : {}) });
                return true;
            }
            case 'restore-failed':
                this.open('restore').failed = sig.reason;
                return true;
            case 'restore-skipped':
                this.finishRestore(this.open('restore'), 'skipped', ms, {});
                return true;
            default:
                return false;
        }
    }
    /** Packing, upload and the save's outcome. */
    applySave(sig, ms) {
        switch (sig.kind) {
            case 'uploaded':
            case 'packing':
                this.open('save');
                return;
            case 'saving': {
                const p = this.open('save', (x) => x.key === undefined);
                p.key = sig.key;
                p.tool = sig.tool;
                return;
            }
            case 'saved':
            case 'unchanged':
            case 'conflict':
                this.finishSave(this.open('save'), sig.kind, ms, sig.key, sig.kind === 'saved' ? sig.tool : undefined);
                return;
            case 'save-failed': {
                const p = this.open('save');
                p.failed = sig.reason;
                this.finishSave(p, 'failed', ms, p.key);
                return;
            }
            case 'save-skipped':
                this.finishSave(this.open('save'), 'skipped', ms, undefined);
                return;
            default:
                return;
        }
    }
    /** The operation under way, or a new one starting at the previous line's time. */
    open(op, fits = () => true) {
        if (this.pending && (this.pending.op !== op || !fits(this.pending)))
            this.closePending();
        this.pending ??= { op, startMs: stampMs(this.prevLine, this.prevOffset) };
        return this.pending;
    }
    /** A section ended mid-operation: keep what the toolkit already proved, drop the rest. */
    closePending() {
        const p = this.pending;
        if (!p)
            return;
        const ms = p.lastMs ?? p.startMs;
        if (p.op === 'restore' && (p.matched !== undefined || p.failed))
            this.finishRestore(p, p.matched !== undefined ? undefined : 'failed', ms, { matched: p.matched });
        else if (p.op === 'save' && (p.key !== undefined || p.failed))
            this.finishSave(p, p.failed ? 'failed' : 'saved', ms, p.key);
        this.pending = undefined;
    }
    finishRestore(p, outcome, ms, o) {
        this.pending = undefined;
        const inputs = this.section.tool === 'actions/cache' ? this.section.inputs : undefined;
        const matched = o.matched ?? p.matched;
        const key = inputs?.get('key') ?? o.keys?.[0] ?? (p.exact && matched ? matched : undefined);
        const restoreKeys = inputs ? lines(inputs.get('restore-keys')) : o.keys?.slice(1);
        const exact = p.exact ?? (key !== undefined && matched !== undefined ? key === matched : undefined);
        const tool = this.toolFor(o.tool ?? p.tool, key ?? matched);
        this.add({
            op: 'restore',
            tool,
            outcome: outcome ?? (exact === false ? 'partial' : 'hit'),
            ...(key !== undefined ? { key } : {}),
            ...(matched !== undefined && outcome !== 'miss' ? { matchedKey: matched } : {}),
            ...(restoreKeys?.length ? { restoreKeys } : {}),
            ...(inputs?.get('path') ? { paths: lines(inputs.get('path')) } : {}),
            ...this.common(p, ms, o.manager, key ?? matched),
            ...(o.lookupOnly ? { lookupOnly: true } : {}),
            // Neither the toolkit nor a key said whether this was the primary key: settled after the log.
            ...(exact === undefined && outcome === undefined ? { exactUnknown: true } : {})
        });
    }
    finishSave(p, outcome, ms, key, tool) {
        this.pending = undefined;
        const k = key ?? p.key;
        this.add({ op: 'save', tool: this.toolFor(tool ?? p.tool, k, true), outcome, ...(k !== undefined ? { key: k } : {}), ...this.common(p, ms, undefined, k) });
    }
    common(p, ms, manager, key) {
        // Only the setup actions build keys (and take a `cache:` input) that name the package manager.
        const setup = this.section.tool?.startsWith('setup-') || (key !== undefined && toolOfKey(key)?.startsWith('setup-'));
        const input = this.section.inputs.get('cache')?.trim();
        const named = input && !/^(?:true|false)$/i.test(input) ? input : undefined;
        const m = manager ?? (setup ? (named ?? (key ? managerOfKey(key) : undefined)) : undefined);
        const seconds = ms !== undefined && p.startMs !== undefined ? Math.max(0, ms - p.startMs) / 1000 : undefined;
        return {
            ...(m ? { manager: m } : {}),
            ...(p.bytes !== undefined ? { bytes: p.bytes } : {}),
            ...(seconds !== undefined ? { seconds } : {}),
            line: this.lineNo,
            ...(p.failed ? { reason: p.failed } : {})
        };
    }
    /** The step's action knows best; in a post step, a key this job restored, then the key's format. */
    toolFor(given, key, save = false) {
        if (given)
            return given;
        if (this.section.tool && !(save && this.section.post))
            return this.section.tool;
        const restoredHere = key !== undefined ? this.events.find((e) => e.op === 'restore' && (e.key === key || e.matchedKey === key)) : undefined;
        return restoredHere?.tool ?? (key ? toolOfKey(key) : undefined) ?? this.section.tool ?? 'actions/cache';
    }
    add(e) {
        if (this.events.length >= MAX_EVENTS)
            this.dropped++;
        else
            this.events.push(e);
    }
}
function stampMs(line, offset) {
    return offset ? splitStamp(line.slice(0, offset)).ms : undefined;
}
function clean(text) {
    const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
    return plain.endsWith('\r') ? plain.slice(0, -1) : plain;
}
/** `  key: value` starts an input; a line without the indent continues a multi-line value. */
function readInput(s, text) {
    const m = /^ {2}([\w-]+): ?(.*)$/.exec(text);
    if (m?.[1] !== undefined) {
        s.inputs.set(m[1], m[2] ?? '');
        s.lastInput = m[1];
    }
    else if (s.lastInput !== undefined) {
        s.inputs.set(s.lastInput, `${s.inputs.get(s.lastInput) ?? ''}\n${text}`);
    }
}
function lines(value) {
    return (value ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}
/** Convenience for tests and small logs: the whole text at once. */
function scanJobLog(text) {
    const scanner = new CacheLogScanner();
    for (const line of text.split('\n'))
        scanner.push(line);
    return scanner.finish();
}

;// CONCATENATED MODULE: ./src/github/job-logs.ts




/** A line longer than this is test output, never a cache message: it is skipped, not buffered. */
const MAX_LINE_BYTES = 64 * 1024;
async function readJobLog(client, q, bounds, apiUrl) {
    let location;
    try {
        const asked = client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
            owner: q.owner,
            repo: q.repo,
            job_id: q.jobId,
            request: { redirect: 'manual' }
        });
        // Octokit has no deadline of its own: a hung request must not hang the gate.
        const res = await (0,octokit/* withDeadline */.NE)(asked, bounds.timeoutMs, `the log location of job ${q.jobId}`);
        location = res.headers.location;
        // A fetch that followed the redirect after all hands us the text itself.
        const data = res.data;
        if (!location && typeof data === 'string')
            return scanText(data, bounds.maxBytes);
    }
    catch (err) {
        return { ok: false, reason: refusal(`read the log of job ${q.jobId}`, err) };
    }
    if (!location)
        return { ok: false, reason: `GitHub gave no log location for job ${q.jobId}` };
    const where = blobUrl(location, apiUrl);
    if (!where.ok)
        return where;
    return streamBlob(where.url, bounds);
}
/** Signed blob URLs are https; plain http only where the API itself is (a local test server, GHES without TLS). */
function blobUrl(location, apiUrl) {
    let url;
    try {
        url = new URL(location);
    }
    catch {
        return { ok: false, reason: 'GitHub redirected the log download to an address that is not a URL' };
    }
    const api = new URL(apiUrl);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === api.origin))
        return { ok: true, url: url.toString() };
    return { ok: false, reason: `the log download was redirected to ${url.protocol}//${url.host}, which is not https; not followed` };
}
async function streamBlob(url, bounds) {
    const http = new lib/* HttpClient */.Qq('pipeline-gates', [], { socketTimeout: bounds.timeoutMs, allowRedirects: true, maxRedirects: 3 });
    let message;
    const timer = setTimeout(() => message?.destroy(new Error(`the log took longer than ${bounds.timeoutMs / 1000} s to download`)), bounds.timeoutMs);
    try {
        message = (await http.get(url)).message;
        if (message.statusCode !== 200) {
            message.resume();
            return { ok: false, reason: `the log download answered HTTP ${message.statusCode ?? '?'}` };
        }
        return await scanStream(message, bounds.maxBytes);
    }
    catch (err) {
        return { ok: false, reason: `the log could not be downloaded (${err.message.split('\n', 1)[0]})` };
    }
    finally {
        clearTimeout(timer);
        http.dispose();
    }
}
/** Splits the stream into lines for the scanner, stopping after `maxBytes` (the cut line is dropped). */
async function scanStream(stream, maxBytes) {
    const scanner = new CacheLogScanner();
    const decoder = new TextDecoder();
    let bytes = 0;
    let cut = false;
    let rest = '';
    let skipping = false;
    for await (const chunk of stream) {
        const take = Math.min(chunk.length, maxBytes - bytes);
        bytes += take;
        const lines = (rest + decoder.decode(chunk.subarray(0, take), { stream: true })).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
            if (!skipping)
                scanner.push(line);
            skipping = false;
        }
        if (rest.length > MAX_LINE_BYTES) {
            rest = '';
            skipping = true;
        }
        // Only a byte beyond the bound proves the log was longer: at exactly `maxBytes` read on.
        if (take < chunk.length) {
            cut = true;
            stream.destroy();
            break;
        }
    }
    if (!cut) {
        rest += decoder.decode();
        if (rest && !skipping)
            scanner.push(rest);
    }
    return { ok: true, log: scanner.finish(), bytes, cut };
}
function scanText(text, maxBytes) {
    const buf = Buffer.from(text, 'utf8');
    const cut = buf.length > maxBytes;
    const scanner = new CacheLogScanner();
    const lines = buf.subarray(0, maxBytes).toString('utf8').split('\n');
    if (cut)
        lines.pop();
    for (const line of lines)
        scanner.push(line);
    return { ok: true, log: scanner.finish(), bytes: Math.min(buf.length, maxBytes), cut };
}

// EXTERNAL MODULE: ./src/pipeline/cache-advice.ts
var cache_advice = __webpack_require__(93305);
// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
;// CONCATENATED MODULE: ./src/pipeline/cache-report.ts



const ZERO = { hit: 0, partial: 0, miss: 0, failed: 0, saved: 0, unchanged: 0, conflict: 0, saveFailed: 0 };
/** Rows kept: a run with more distinct caches than this is already its own finding. */
const MAX_CACHES = 50;
/** The name a cache goes by from run to run. */
function cacheId(e) {
    if (e.tool === 'gradle')
        return 'gradle home';
    if (e.tool === 'pipeline-gates')
        return 'pipeline-gates history';
    if (e.tool.startsWith('setup-'))
        return [e.tool, e.manager].filter(Boolean).join(' ');
    const key = e.key ?? (e.op === 'restore' ? e.matchedKey : undefined);
    if (key === undefined)
        return e.tool;
    return (0,cache_keys/* keyPrefix */.uU)(key, e.op === 'restore' ? (e.restoreKeys ?? []) : []);
}
function summariseCaches(reads) {
    const notes = [];
    const events = [];
    const plans = { restore: 0, save: 0 };
    for (const r of reads) {
        for (const e of r.events ?? []) {
            // The pinned plan only carries the plan to the shard jobs; counting it would flatter the rate.
            if (e.key !== undefined && isPinnedPlanKey(e.key))
                plans[e.op]++;
            else
                events.push({ ...e, job: r.job });
        }
    }
    if (plans.restore + plans.save) {
        const what = [plans.save && (0,format/* plural */.LS)(plans.save, 'save'), plans.restore && (0,format/* plural */.LS)(plans.restore, 'restore')].filter(Boolean).join(' and ');
        notes.push(`The pinned test plan (${what}) is not counted: it carries the plan to the shard jobs, it is not a cache.`);
    }
    notes.push(...readNotes(reads));
    // A save names its cache by its own key; a restore in the same job may know restore-keys that
    // name it better (`Linux-cargo-` rather than the key cut at its hash), so saves borrow that.
    const named = new Map();
    for (const e of events)
        if (e.op === 'restore' && e.key !== undefined)
            named.set(`${e.job}\n${e.key}`, cacheId(e));
    const byId = new Map();
    for (const e of events) {
        const id = (e.key !== undefined ? named.get(`${e.job}\n${e.key}`) : undefined) ?? cacheId(e);
        const row = byId.get(id) ?? { tool: e.tool, jobs: new Set(), counts: { ...ZERO }, bytes: [0, 0], seconds: [0, 0] };
        byId.set(id, row);
        const key = e.key ?? (e.op === 'restore' ? e.matchedKey : undefined);
        if (row.prefix === undefined && key !== undefined)
            row.prefix = (0,cache_keys/* keyPrefix */.uU)(key, e.op === 'restore' ? (e.restoreKeys ?? []) : []);
        row.jobs.add(e.job);
        count(row.counts, e);
        const i = e.op === 'restore' ? 0 : 1;
        // Bytes moved: a restore downloads on a hit; a save uploads only when it saved.
        if (e.bytes !== undefined && (e.op === 'restore' ? e.outcome === 'hit' || e.outcome === 'partial' : e.outcome === 'saved'))
            row.bytes[i] += e.bytes;
        row.seconds[i] += e.seconds ?? 0;
    }
    const caches = [...byId]
        .map(([id, r]) => ({
        id,
        tool: r.tool,
        ...(r.prefix !== undefined ? { prefix: r.prefix } : {}),
        jobs: [...r.jobs],
        counts: r.counts,
        restoredBytes: r.bytes[0],
        savedBytes: r.bytes[1],
        restoreSeconds: round(r.seconds[0]),
        saveSeconds: round(r.seconds[1])
    }))
        .sort((a, b) => b.restoreSeconds + b.saveSeconds - (a.restoreSeconds + a.saveSeconds) || a.id.localeCompare(b.id));
    if (caches.length > MAX_CACHES)
        notes.push(`${caches.length - MAX_CACHES} more caches (the least time spent) are not listed.`);
    const lookups = events.filter((e) => e.op === 'restore' && e.outcome !== 'skipped');
    const exact = lookups.filter((e) => e.outcome === 'hit').length;
    const found = exact + lookups.filter((e) => e.outcome === 'partial').length;
    return {
        caches: caches.slice(0, MAX_CACHES),
        lookups: lookups.length,
        found,
        exact,
        hitRate: lookups.length ? found / lookups.length : null,
        events,
        jobsRead: reads.filter((r) => r.events).length,
        notes
    };
}
function count(c, e) {
    if (e.op === 'restore') {
        if (e.outcome !== 'skipped')
            c[e.outcome]++;
    }
    else if (e.outcome === 'failed')
        c.saveFailed++;
    else if (e.outcome !== 'skipped')
        c[e.outcome]++;
}
/** What the figures leave out: jobs whose log was not read, logs cut at the byte bound. */
function readNotes(reads) {
    const notes = [];
    const skipped = reads.filter((r) => r.skipped);
    if (skipped.length) {
        const why = new Map();
        for (const r of skipped)
            why.set(r.skipped, [...(why.get(r.skipped) ?? []), r.job]);
        for (const [reason, jobs] of why)
            notes.push(`Logs not read for ${list(jobs)}: ${reason}.`);
    }
    const cut = reads.filter((r) => r.cut).map((r) => r.job);
    if (cut.length)
        notes.push(`The logs of ${list(cut)} were longer than the byte bound and were read only in part; caches after the cut are not counted.`);
    const dropped = reads.reduce((n, r) => n + (r.dropped ?? 0), 0);
    if (dropped)
        notes.push(`${dropped} cache events beyond the per-job bound are not counted.`);
    return notes;
}
function list(names) {
    const shown = names.slice(0, 5).map((n) => `"${n}"`).join(', ');
    return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
function round(x) {
    return Math.round(x * 1000) / 1000;
}

// EXTERNAL MODULE: ./src/pipeline/job-names.ts
var job_names = __webpack_require__(97484);
// EXTERNAL MODULE: ./src/pipeline/why-slow.ts + 1 modules
var why_slow = __webpack_require__(79077);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/shell/safe-read.ts
var safe_read = __webpack_require__(15974);
;// CONCATENATED MODULE: ./src/shell/workflow-caches.ts


/**
 * The caching steps of a workflow file, with their lines: `actions/cache` (and its restore and
 * save actions) with the key as written, and the setup actions and gradle, whose keys the action
 * builds. The key's expression text is what the cache advice judges: `${{ github.run_id }}` in
 * it misses every run whatever it evaluates to. Bounded by the workflow itself (GitHub allows
 * 256 jobs and 1,000 steps a job); at most MAX_STEPS are kept.
 */
const workflow_caches_MAX_STEPS = 500;
function cacheStepsOf(doc, lines) {
    const jobs = doc.get('jobs');
    if (!(0,dist/* isMap */.jh)(jobs))
        return [];
    const out = [];
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
    for (const pair of jobs.items) {
        const id = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        const job = pair.value;
        if (id === undefined || !(0,dist/* isMap */.jh)(job))
            continue;
        const strategy = job.get('strategy');
        const matrix = (0,dist/* isMap */.jh)(strategy) && strategy.get('matrix') != null;
        const steps = job.get('steps');
        if (!(0,dist/* isSeq */.oP)(steps))
            continue;
        for (const step of steps.items) {
            if (out.length >= workflow_caches_MAX_STEPS || !(0,dist/* isMap */.jh)(step))
                continue;
            const uses = step.get('uses');
            const tool = typeof uses === 'string' ? toolOfAction(uses.split('@', 1)[0] ?? '') : undefined;
            const inputs = step.get('with', true);
            const text = (name) => {
                const v = (0,dist/* isMap */.jh)(inputs) ? inputs.get(name) : undefined;
                return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
            };
            if (typeof uses !== 'string' || !tool || !caches(tool, text('cache')))
                continue;
            const keyNode = (0,dist/* isMap */.jh)(inputs) ? inputs.get('key', true) : undefined;
            const key = text('key');
            const keyLine = lineOf(keyNode);
            const restoreKeys = text('restore-keys');
            const path = text('path');
            const cache = text('cache');
            out.push({
                job: id,
                uses,
                line: lineOf(step) ?? 1,
                ...(key !== undefined ? { key } : {}),
                ...(keyLine !== undefined ? { keyLine } : {}),
                ...(restoreKeys !== undefined ? { restoreKeys } : {}),
                ...(path !== undefined ? { path } : {}),
                ...(cache !== undefined ? { cache } : {}),
                matrix
            });
        }
    }
    return out;
}
/**
 * Whether the step caches at all: setup-go and gradle do unless told not to, the other setup
 * actions only with `cache:`; our own history cache is not the user's to tune.
 */
function caches(tool, cache) {
    if (tool === 'pipeline-gates')
        return false;
    if (tool === 'actions/cache')
        return true;
    if (tool === 'setup-go' || tool === 'gradle')
        return cache?.trim().toLowerCase() !== 'false';
    return cache !== undefined && cache.trim() !== '' && cache.trim().toLowerCase() !== 'false';
}

;// CONCATENATED MODULE: ./src/shell/workflow-file.ts




const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `.github/workflows/ci.yml`. For a
 * reusable workflow this is still the caller's file, which is the one holding the whole graph.
 */
function workflowPathFromRef(ref) {
    if (!ref)
        return { ok: false, reason: 'GITHUB_WORKFLOW_REF is not set, so the workflow file is unknown (not running in GitHub Actions?)' };
    const m = /^[^/]+\/[^/]+\/(.+?\.ya?ml)@/.exec(ref);
    const file = m?.[1];
    if (!file || !file.startsWith('.github/workflows/')) {
        return { ok: false, reason: `GITHUB_WORKFLOW_REF "${ref}" does not name a file under .github/workflows/ (a dynamic workflow such as CodeQL default setup has none)` };
    }
    return { ok: true, path: file };
}
/** Reads and parses the current run's workflow file under the workspace. */
async function readWorkflowFile(env, workspace = env.GITHUB_WORKSPACE ?? process.cwd()) {
    const where = workflowPathFromRef(env.GITHUB_WORKFLOW_REF);
    if (!where.ok)
        return where;
    const root = external_node_path_default().resolve(workspace);
    const file = external_node_path_default().resolve(root, where.path);
    if (!file.startsWith(root + (external_node_path_default()).sep))
        return { ok: false, reason: `the workflow path ${where.path} leads outside the workspace ${root}` };
    let text;
    try {
        text = (await (0,safe_read/* readInside */.xO)(file, root, await (0,safe_read/* readRoots */.Mi)(root), 1024 * 1024)).toString('utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { ok: false, reason: `${where.path} is not in the workspace ${root}: check out the repository (actions/checkout) before the gate step` };
        return { ok: false, reason: `${where.path} could not be read: ${err.message}` };
    }
    return parseWorkflow(text, where.path);
}
/** Job ids, names, `needs:` and matrix flags from a workflow file's text. Pure. */
function parseWorkflow(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { merge: true, prettyErrors: false, lineCounter: lines });
    const [error] = doc.errors;
    if (error) {
        const line = lines.linePos(error.pos[0]).line;
        return { ok: false, reason: `${file}${line ? `:${line}` : ''} is not valid YAML: ${error.message.split('\n', 1)[0]}` };
    }
    let root;
    try {
        root = (0,dist/* isMap */.jh)(doc.contents) ? doc.toJS({ maxAliasCount: 1000 }) : undefined;
    }
    catch (err) {
        return { ok: false, reason: `${file} could not be read as YAML: ${err.message}` };
    }
    if (!isObj(root) || !isObj(root.jobs))
        return { ok: false, reason: `${file} has no "jobs:" mapping` };
    const jobs = [];
    for (const [id, value] of Object.entries(root.jobs)) {
        if (!isObj(value))
            return { ok: false, reason: `${file}: jobs.${id} is not a mapping` };
        const needs = needsOf(value.needs);
        if (needs === undefined)
            return { ok: false, reason: `${file}: jobs.${id}.needs must be a job id or a list of job ids` };
        const name = value.name;
        jobs.push({
            id,
            ...(typeof name === 'string' || typeof name === 'number' || typeof name === 'boolean' ? { name: String(name) } : {}),
            needs,
            matrix: isObj(value.strategy) && value.strategy.matrix !== undefined && value.strategy.matrix !== null,
            reusable: typeof value.uses === 'string',
            runsShard: runsShardStep(value.steps)
        });
    }
    const caches = cacheStepsOf(doc, lines);
    return { ok: true, workflow: { path: file, jobs, ...(caches.length ? { caches } : {}) } };
}
/** Ids of the jobs that run the shard step: the matrix holding the test shards. */
function shardJobIds(workflow) {
    return workflow.jobs.filter((j) => j.runsShard).map((j) => j.id);
}
/**
 * A step that runs Pipeline Gates' shard command: any action given `with: command: shard`, or the
 * `shard` sub-action (`OWNER/pipeline-gates/shard@v1`), whose command defaults to shard.
 */
function runsShardStep(steps) {
    if (!Array.isArray(steps))
        return false;
    return steps.some((step) => {
        if (!isObj(step) || typeof step.uses !== 'string')
            return false;
        const command = isObj(step.with) ? step.with.command : undefined;
        if (typeof command === 'string')
            return command.trim() === 'shard';
        const action = step.uses.split('@', 1)[0] ?? '';
        return /(?:^|\/)pipeline-gates\/shard\/?$/i.test(action);
    });
}
function needsOf(value) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value;
    return undefined;
}

;// CONCATENATED MODULE: ./src/shell/pipeline-advisor.ts










/** Logs fetched at once: enough to hide latency, few enough to stay polite to the API. */
const CONCURRENCY = 4;
const LOG_TIMEOUT_MS = 30_000;
const MAX_CACHE_ENTRIES = 1000;
async function readPipeline(input) {
    const runId = Number(input.run.runId);
    if (!input.token || !Number.isSafeInteger(runId) || runId <= 0 || !input.env.GITHUB_WORKFLOW_REF)
        return undefined;
    const client = (0,octokit/* createClient */.UU)(input.token, { onLimit: input.warn });
    const where = { owner: input.run.owner, repo: input.run.repo };
    const [jobs, workflow] = await Promise.all([fetchRunJobs(client, { ...where, runId, attempt: input.run.attempt }), readWorkflowFile(input.env)]);
    if (!jobs.ok) {
        input.warn(`Pipeline metrics skipped: ${jobs.reason}.`);
        return undefined;
    }
    for (const w of jobs.warnings)
        input.warn(w);
    const graph = workflow.ok ? workflow.workflow : undefined;
    const metrics = (0,pipeline_metrics/* computePipelineMetrics */.No)({ run: jobs.run, ...(graph ? { workflow: graph } : { workflowNote: workflow.ok ? '' : workflow.reason }), now: input.now() });
    if (!input.settings.logs)
        return { ...metrics, why: (0,why_slow/* explainRun */.D)({ run: jobs.run, metrics }) };
    const apiUrl = input.env.GITHUB_API_URL ?? 'https://api.github.com';
    const [reads, usage] = await Promise.all([
        readLogs(client, jobs.run, input, apiUrl),
        fetchCacheUsage(client, { ...where, maxEntries: MAX_CACHE_ENTRIES })
    ]);
    const summary = summariseCaches(reads);
    const run = usage.ok ? summary : { ...summary, notes: [...summary.notes, `Cache usage not read: ${usage.reason}.`] };
    const diagnoses = (0,cache_advice/* diagnoseCaches */.S)({
        run,
        ...(graph ? { workflow: graph, jobIds: jobIdsOf(jobs.run.jobs, graph) } : {}),
        ...(usage.ok ? { usage: usage.usage } : {}),
        limitBytes: input.settings.cacheLimitBytes,
        now: input.now(),
        current: { runId: input.run.runId, sha: input.run.sha }
    });
    return {
        ...metrics,
        caches: { run, diagnoses, ...(usage.ok ? { usage: { ...usage.usage, limitBytes: input.settings.cacheLimitBytes } } : {}) },
        why: (0,why_slow/* explainRun */.D)({ run: jobs.run, metrics, cacheEvents: run.events })
    };
}
/** The finished jobs' logs, at most `maxJobs`, a few at a time; the others say why they were skipped. */
async function readLogs(client, run, input, apiUrl) {
    const { maxJobs, maxLogBytes } = input.settings;
    const current = run.jobs.filter((j) => j.runAttempt === undefined || j.runAttempt >= run.attempt);
    let taken = 0;
    const plan = current.map((job) => {
        if (job.status !== 'completed')
            return { job, skipped: job.status === 'in_progress' ? 'still running (a log exists once the job ends; this gate job is one of them)' : 'not started' };
        if (job.conclusion === 'skipped')
            return { job, skipped: 'skipped, so it has no log' };
        if (job.id === undefined)
            return { job, skipped: 'GitHub listed no job id' };
        if (taken >= maxJobs)
            return { job, skipped: `beyond the ${maxJobs} jobs read (pipeline.max-jobs)` };
        taken++;
        return { job };
    });
    const out = new Array(plan.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < plan.length; i = next++) {
            const { job, skipped } = plan[i];
            if (skipped) {
                out[i] = { job: job.name, skipped };
                continue;
            }
            const read = await readJobLog(client, { owner: input.run.owner, repo: input.run.repo, jobId: job.id }, { maxBytes: maxLogBytes, timeoutMs: LOG_TIMEOUT_MS }, apiUrl);
            out[i] = read.ok ? { job: job.name, events: read.log.events, ...(read.cut ? { cut: true } : {}), ...(read.log.dropped ? { dropped: read.log.dropped } : {}) } : { job: job.name, skipped: read.reason };
        }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return out;
}
/** Listed job name → workflow job id. */
function jobIdsOf(jobs, workflow) {
    const ids = new Map();
    for (const [id, list] of (0,job_names/* assignJobs */.aQ)(jobs, workflow.jobs).byJob)
        for (const j of list)
            ids.set(j.name, id);
    return ids;
}

// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(73920);
// EXTERNAL MODULE: ./src/shell/repo.ts
var repo = __webpack_require__(73312);
// EXTERNAL MODULE: ./src/shell/work-dir.ts
var work_dir = __webpack_require__(25483);
// EXTERNAL MODULE: ./src/action/context.ts + 3 modules
var context = __webpack_require__(82108);
// EXTERNAL MODULE: ./src/action/publish.ts + 3 modules
var publish = __webpack_require__(67568);
// EXTERNAL MODULE: ./src/action/report-output.ts
var report_output = __webpack_require__(82674);
;// CONCATENATED MODULE: ./src/action/gate-step.ts

























/** The gate job: inputs → engine → report → GitHub → history. */
async function gateStep(inputs, io) {
    const settings = (0,config_settings/* resolveSettings */.Mo)(await (0,config_file/* loadConfigFile */.H)(inputs.configPath), inputs.overrides);
    const run = (0,context/* currentRun */.x)();
    if (run.policy.notice)
        io.notice(run.policy.notice);
    const store = inputs.history === 'cache' ? (0,context/* cacheStore */.w)(settings.configId, run) : undefined;
    const root = process.cwd();
    const pr = run.pullRequest;
    const base = pr?.baseSha ?? run.mergeGroup?.baseSha ?? run.dispatch?.baseRef;
    const change = base ? await (0,git_change/* changeAgainst */.oh)(root, base) : undefined;
    const facts = pr ? { labels: pr.labels, body: pr.body, approvedBy: await approvers(settings, inputs.token, run, io) } : undefined;
    const measured = settings.measure ? await measureStep(settings.measure, io) : undefined;
    const pipeline = await pipelineStep(inputs.token, settings, run, io);
    const containers = await containerStep(root, settings, change);
    const plan = store ? (await new plan_store/* CachePlanStore */.Zz(settings.configId, run.runId).load()).plan : undefined;
    const outcome = await (0,gate_job/* runGateJob */.C)(settings, {
        files: (0,report_files/* reportFiles */.I)(root),
        repo: await (0,repo/* loadRepoPaths */.$)(root),
        ...(store ? { history: store } : {}),
        ...(change ? { change } : {}),
        ...(facts ? { pr: facts } : {}),
        ...(measured ? { measured } : {}),
        ...(pipeline ? { pipeline: { metrics: (0,pipeline_metrics/* toMetrics */.FQ)(pipeline), details: pipeline } } : {}),
        ...(containers ? { containers } : {}),
        ...(plan ? { plan } : {}),
        current: { sha: run.sha, runId: run.runId },
        // After a merge (and on schedules) the default-branch history is searched for level shifts.
        changePoints: !!run.historyWriteBranch || run.policy.changePoints
    });
    const report = (0,report_output/* reportContext */.gW)(settings, run, store?.description);
    // A fork PR cannot post its own results: its artifact then carries the input reports too, so the
    // workflow_run follow-up (command: publish) can judge them with the base repository's config.
    const forkInputs = run.pullRequest && !run.policy.checkSha ? outcome.files.map((f) => f.file) : [];
    const reportPath = await (0,report_output/* writeReport */.u5)(outcome, settings, run, report);
    const artifact = inputs.uploadReport ? await uploadReport(settings, run, root, forkInputs, io) : undefined;
    const delivered = await (0,report_output/* finishReport */.Ux)(outcome, reportPath, { ...report, ...(artifact?.url ? { artifactUrl: artifact.url } : {}) }, io);
    const published = await (0,publish/* publishToGitHub */.W)({ token: inputs.token, settings, outcome, run, report: delivered }, io);
    if (store)
        await saveHistory(store, outcome, settings, run, io, plan);
    concludeStep(outcome, io);
    if (settings.failOnReportError)
        (0,report_output/* failOnReportErrors */.Xv)([...published.errors, ...(artifact?.error ? [artifact.error] : [])], io);
}
/** Pipeline metrics, caches and step times of this run so far; a missing permission is a warning, never a failure. */
async function pipelineStep(token, settings, run, io) {
    const identity = { owner: run.owner, repo: run.repo, runId: run.runId, attempt: run.attempt, sha: run.sha };
    return readPipeline({ token, run: identity, env: process.env, settings: settings.pipeline, now: Date.now, warn: io.warning });
}
/** The Dockerfiles (on a pull request only the changed ones) and what the container rules find in them. */
async function containerStep(root, settings, change) {
    if (!settings.container || settings.pipeline.maxDockerfiles === 0)
        return undefined;
    const changed = change?.files?.flatMap((f) => (f.newPath ? [f.newPath] : []));
    return scanDockerfiles(root, { maxFiles: settings.pipeline.maxDockerfiles, exclude: settings.container.exclude, ...(changed ? { changed } : {}) });
}
/**
 * The report artifact: report.json and report.md (as written by writeReport), plus the input reports when this run cannot
 * post its results itself. Outside Actions (or on any upload failure) it is skipped with a notice.
 */
async function uploadReport(settings, run, root, inputsToCarry, io) {
    const dir = (0,report_output/* reportDir */.Ei)(settings.configId);
    const files = [external_node_path_default().join(dir, 'report.json'), external_node_path_default().join(dir, 'report.md')];
    if (inputsToCarry.length)
        files.push(...(await stageInputs(root, dir, inputsToCarry, run)));
    // Loaded only here: @actions/artifact is large and most commands never upload.
    const { uploadReportArtifact } = await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 59893));
    const result = await uploadReportArtifact({ name: (0,publish_job/* reportArtifactName */.m5)(settings.configId), rootDirectory: dir, files });
    if (!result.uploaded) {
        io.notice(`Report artifact not uploaded: ${result.reason}.`);
        return { error: `Could not upload the report artifact: ${result.reason}` };
    }
    io.info(`Report artifact "${result.name}" uploaded (${result.size} bytes${inputsToCarry.length ? `, with ${inputsToCarry.length} input reports for the publish step` : ''}).`);
    return { url: `${run.runUrl}/artifacts/${result.id}` };
}
/** Copies the input reports under `inputs/` (same relative paths) with the PR facts the publish step checks. */
async function stageInputs(root, dir, files, run) {
    const staged = [];
    for (const file of files) {
        const from = external_node_path_default().resolve(root, file);
        const rel = external_node_path_default().relative(root, from);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            continue;
        const to = external_node_path_default().join(dir, publish_job/* PUBLISH_INPUTS */._E, rel);
        await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
        await (0,promises_.copyFile)(from, to);
        staged.push(to);
    }
    const pr = run.pullRequest;
    const context = external_node_path_default().join(dir, publish_job/* PUBLISH_CONTEXT */.qM);
    await (0,promises_.writeFile)(context, `${JSON.stringify((0,publish_job/* publishContextDocument */.U6)({ ...(pr ? { prNumber: pr.number, baseSha: pr.baseSha } : {}), headSha: run.sha, runId: run.runId }), null, 2)}\n`);
    return [...staged, context];
}
/** Approving reviewers, fetched only when a gate can need them; a failure leaves the gate unapproved. */
async function approvers(settings, token, run, io) {
    if (!run.pullRequest || !token || !(0,config_settings/* needsApproval */.vb)(settings))
        return [];
    try {
        const client = (0,octokit/* createClient */.UU)(token, { onLimit: io.warning });
        return await listApprovers(client, { owner: run.owner, repo: run.repo, pullNumber: run.pullRequest.number });
    }
    catch (err) {
        io.warning(`Could not read the pull request's reviews (${err.message.split('\n', 1)[0]}): require-approval gates count it as not approved.`);
        return [];
    }
}
/** The configured command, timed here (ABBA against base-dir when given), as benchmarks. */
async function measureStep(m, io) {
    const settings = { argv: (0,command/* splitCommand */.G)(m.command), runs: m.runs, warmup: m.warmup, name: m.name, out: (0,work_dir/* workDir */.H)('measure'), ...(m['base-dir'] ? { baseDir: m['base-dir'] } : {}) };
    const measured = await (0,measure_job/* runMeasureJob */.zd)(settings, (0,measure/* measureIo */.l)(process.cwd(), settings.baseDir));
    for (const w of measured.warnings)
        io.warning(w);
    io.info((0,measure_job/* describeMeasured */.aY)(measured).trimEnd());
    return { head: measured.head, base: measured.base ?? [] };
}
async function saveHistory(store, outcome, settings, run, io, plan) {
    const write = run.policy.historyWrite;
    const saved = await (0,record/* saveHistoryAfterRun */.f)(store, outcome, { configId: settings.configId, run, now: new Date(), maxRuns: settings.maxRuns, ...(plan ? { plan } : {}), ...(write.allowed ? {} : { refused: write.reason }) });
    for (const w of saved.warnings)
        io.warning(w);
    (saved.status === 'failed' ? io.warning : io.info)(saved.message);
}
/** The exit code follows the gates and unreadable reports. */
function concludeStep(outcome, io) {
    for (const p of outcome.problems)
        io.problem(p);
    const blocking = outcome.verdict.gates.filter(verdict/* isBlocking */.Us);
    if (outcome.problems.length)
        io.fail(`Unreadable reports: ${outcome.problems.map(problems/* formatProblem */.V).join('; ')}`);
    else if (blocking.length)
        io.fail(blocking.map((g) => `Gate "${g.gate}" failed: ${g.message}`).join('\n'));
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
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60826);
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
    return b.unit === 'B' ? (0,_model_format_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(b.value) : (0,_model_format_js__WEBPACK_IMPORTED_MODULE_4__/* .benchmarkValue */ .vh)(b.value, b.unit);
}


/***/ }),

/***/ 71361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XE: () => (/* binding */ pinnedPlanKey),
/* harmony export */   Zz: () => (/* binding */ CachePlanStore),
/* harmony export */   vR: () => (/* binding */ FilePlanStore)
/* harmony export */ });
/* unused harmony export readPlanFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54087);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24664);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69362);






/**
 * One cache entry per workflow run: `pipeline-gates-plan-v1:<config-id>:<run-id>`. Re-running
 * failed jobs keeps the run id, so shard jobs find the same plan; a second plan job in the same run
 * finds it too and reuses it instead of recomputing.
 */
function pinnedPlanKey(configId, runId) {
    return `pipeline-gates-plan-v1:${configId}:${runId}`;
}
/** The plan job and the matrix jobs may run on different operating systems. */
const CROSS_OS = true;
class CachePlanStore {
    description;
    cachePath;
    dir;
    key;
    constructor(configId, runId) {
        this.key = pinnedPlanKey(configId, runId);
        // The cache version hashes this literal path: identical on save and restore, on every runner.
        this.cachePath = `~/.pipeline-gates/plan/${configId}`;
        this.dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.pipeline-gates', 'plan', configId);
        this.description = `Actions cache key ${this.key}`;
    }
    async load() {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(838), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            return { problem: 'the Actions cache service is not available here' };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.dir, { recursive: true, force: true });
        let hit;
        try {
            // Exact key only: a plan from another run must never stand in for this run's.
            hit = await cache.restoreCache([this.cachePath], this.key, [], {}, CROSS_OS);
        }
        catch (err) {
            return { problem: `restoring the plan failed: ${err.message}` };
        }
        if (hit !== this.key)
            return {};
        return readPlanFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'plan.json'));
    }
    async save(plan) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(838), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            return { saved: false, detail: 'the Actions cache service is not available' };
        await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonFile */ .An)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'plan.json'), plan);
        try {
            const id = await cache.saveCache([this.cachePath], this.key, {}, CROSS_OS);
            return id === -1 ? { saved: false, detail: `cache key ${this.key} exists already` } : { saved: true, detail: `cache key ${this.key}` };
        }
        catch (err) {
            return { saved: false, detail: `saving the plan failed: ${err.message}` };
        }
    }
}
/** A plan in a file (CLI: --out / --plan / --previous-plan). */
class FilePlanStore {
    file;
    description;
    constructor(file) {
        this.file = file;
        this.description = `file ${file}`;
    }
    load() {
        return readPlanFile(this.file);
    }
    async save(plan) {
        await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonFile */ .An)(this.file, plan);
        return { saved: true, detail: `written to ${this.file}` };
    }
}
async function readPlanFile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        return { problem: `${file} could not be read: ${err.code === 'ENOENT' ? 'it does not exist' : err.message}` };
    }
    try {
        const read = (0,_planner_document_js__WEBPACK_IMPORTED_MODULE_3__/* .readPlanDocument */ .rk)(JSON.parse(text));
        return read.ok ? { plan: read.plan } : { problem: `${file} is ${read.reason}` };
    }
    catch (err) {
        return { problem: `${file} is not valid JSON: ${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSyntaxError */ .UQ)(err)}` };
    }
}


/***/ }),

/***/ 32951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitCommand),
/* harmony export */   p: () => (/* binding */ commandOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99437);



/**
 * Splits a command line into words the way a POSIX shell would for plain words, quotes and
 * backslashes, and nothing more: no variables, globs, pipes or substitutions. The command is then
 * run directly (no shell), so an input can never inject one.
 */
function splitCommand(line) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < line.length && /["\\$`]/.test(line[i + 1]))
                word += line[++i];
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            word += line[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`The command has an unclosed ${quote} quote: ${line}`);
    if (inWord)
        words.push(word);
    return words;
}
/** Runs a command (no shell) and returns its standard output; a failure names the command. */
async function commandOutput(line, cwd) {
    const [file, ...args] = splitCommand(line);
    if (!file)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('The tests command is empty.');
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { cwd, maxBuffer: 256 * 1024 * 1024, timeout: 10 * 60_000 });
        return stdout;
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`The tests command "${file}" was not found (commands run without a shell: no pipes or variables).`);
        const tail = (e.stderr ?? '').trim().split('\n').slice(-5).join('\n');
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`The tests command "${line}" failed (exit ${String(e.code)})${tail ? `:\n${tail}` : '.'}`);
    }
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


/***/ })

};
