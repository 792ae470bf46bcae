import { BUILD_IMAGES, BUILD_PACKAGES, DEPENDENCY_TOOLS, LOCAL_ARCHIVE, REMOTE_SOURCE, SYSTEM_PACKAGES, type DependencyTool } from './dockerfile-knowledge.js';
import type { CONTAINER_RULES } from '../config/schema.js';
import type { DockerfileModel, DockerInstruction, DockerStage } from './dockerfile-model.js';
import { mono } from './rich-text.js';

/**
 * Layer-order and image-size advice for one Dockerfile. Docker reuses a layer only while the
 * instruction and everything it copies are unchanged, and every layer after a changed one is
 * rebuilt: so what changes least (the base, system packages, the dependency manifests and their
 * install) goes first, sources last, and what only building needs stays in a build stage.
 */

/** Rule ids, as the config's `gates.container.ignore` names them. */
export type ContainerRule = (typeof CONTAINER_RULES)[number];

export interface ContainerFinding {
  readonly rule: ContainerRule;
  readonly file: string;
  readonly line: number;
  /** Rich text (rich-text.ts). */
  readonly problem: string;
  readonly cost: string;
  readonly fix: string;
  /** Replacement Dockerfile lines (or .dockerignore lines). */
  readonly rewrite?: string;
}

export function checkDockerfile(df: DockerfileModel): ContainerFinding[] {
  const stageNames = new Set(df.stages.map((s) => s.name?.toLowerCase()).filter((n): n is string => !!n));
  const out: ContainerFinding[] = [];
  df.stages.forEach((stage, i) => {
    const final = i === df.stages.length - 1;
    out.push(...unpinnedBase(df, stage, stageNames), ...layerOrder(df, stage), ...installCaches(df, stage, final), ...addLocal(df, stage));
    if (final) out.push(...toolchainInFinal(df, stage, df.stages.length));
  });
  out.push(...wholeContextWithoutIgnore(df));
  return out.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}

const runs = (stage: DockerStage) => stage.instructions.filter((x) => x.keyword === 'RUN');
const copies = (stage: DockerStage) => stage.instructions.filter((x) => (x.keyword === 'COPY' || x.keyword === 'ADD') && !x.flags.has('from'));
const sourcesOf = (c: DockerInstruction) => c.args.slice(0, -1);
const destOf = (c: DockerInstruction) => c.args.at(-1) ?? '.';
const isWholeContext = (src: string) => ['.', './', '*', './*'].includes(src);
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function unpinnedBase(df: DockerfileModel, stage: DockerStage, stageNames: ReadonlySet<string>): ContainerFinding[] {
  const image = stage.image;
  if (!image || image === 'scratch' || image.includes('$') || stageNames.has(image.toLowerCase()) || stage.digest) return [];
  if (stage.tag !== null && stage.tag !== 'latest') return [];
  const shown = `${image}${stage.tag ? `:${stage.tag}` : ''}`;
  return [
    {
      rule: 'unpinned-base',
      file: df.file,
      line: stage.line,
      problem: `${mono(`FROM ${shown}`)} ${stage.tag ? 'uses the moving tag latest' : 'has no tag, so it means latest'}.`,
      cost: 'The base changes whenever its publisher pushes: builds stop being reproducible, and each new base invalidates every layer above it, a full rebuild and a full pull on every host.',
      fix: 'Pin a version tag, and a digest where reproducibility matters; let a bot (Dependabot, Renovate) move the pin.',
      rewrite: `FROM ${image}:<version>@sha256:<digest>${stage.name ? ` AS ${stage.name}` : ''}`
    }
  ];
}

/** Sources copied before the dependency install: every source change reinstalls everything. */
function layerOrder(df: DockerfileModel, stage: DockerStage): ContainerFinding[] {
  const out: ContainerFinding[] = [];
  const done = new Set<string>();
  for (const run of runs(stage)) {
    for (const tool of DEPENDENCY_TOOLS) {
      if (done.has(tool.name) || !tool.install.test(run.text)) continue;
      done.add(tool.name);
      // The last copy before the install that brings more than the manifests decides the cache.
      const culprit = copies(stage).filter((c) => c.line < run.line && sourcesOf(c).some((s) => !isManifest(s, tool))).at(-1);
      if (!culprit) continue;
      const sources = sourcesOf(culprit);
      const whole = sources.some(isWholeContext);
      const withManifest = !whole && sources.some((s) => isManifest(s, tool));
      const others = sources.filter((s) => !isManifest(s, tool)).map(mono).join(', ');
      const copied = whole ? 'the whole build context' : withManifest ? `the manifest together with ${others}` : others;
      const first = tool.prefetch && !run.text.includes(tool.prefetch) ? tool.prefetch : clip(run.text, 120);
      out.push({
        rule: withManifest ? 'manifest-with-sources' : 'copy-before-install',
        file: df.file,
        line: culprit.line,
        problem: `${mono(clip(`${culprit.keyword} ${culprit.text}`))} copies ${copied} before ${mono(clip(run.text, 60))} (line ${run.line}) fetches the ${tool.name} dependencies.`,
        cost: 'Every source change invalidates this layer and the install after it, so every build downloads and installs all dependencies again.',
        fix: `Copy only ${tool.manifests.map(mono).join(' and ')} first, ${first === clip(run.text, 120) ? 'install' : `fetch the dependencies (${mono(first)})`}, then copy the rest.`,
        rewrite: [`COPY ${tool.manifests.join(' ')} ${manifestDest(destOf(culprit))}`, `RUN ${first}`, withManifest ? withoutManifests(culprit, tool) : `${culprit.keyword} ${culprit.text}`, ...(first !== clip(run.text, 120) ? [`RUN ${clip(run.text, 120)}`] : [])].join('\n')
      });
    }
  }
  return out;
}

function isManifest(src: string, tool: DependencyTool): boolean {
  const name = src.replace(/\/+$/, '').split('/').at(-1) ?? src;
  return tool.manifest.test(name);
}

/** Several sources need a directory destination that ends in a slash. */
function manifestDest(dest: string): string {
  return dest.endsWith('/') ? dest : `${dest}/`;
}

/** The copy with the manifests taken out (they were copied first). */
function withoutManifests(c: DockerInstruction, tool: DependencyTool): string {
  const flags = [...c.flags].map(([k, v]) => `--${k}${v === null ? '' : `=${v}`} `).join('');
  return `${c.keyword} ${flags}${[...sourcesOf(c).filter((s) => !isManifest(s, tool)), destOf(c)].join(' ')}`;
}

/** Package installs that leave their download cache in the layer, with no cache mount to reuse it. */
function installCaches(df: DockerfileModel, stage: DockerStage, final: boolean): ContainerFinding[] {
  const out: ContainerFinding[] = [];
  for (const run of runs(stage)) {
    const mounts = [...run.flags].filter(([k]) => k === 'mount').map(([, v]) => v ?? '');
    const mounted = (target: string) => mounts.some((m) => m.includes('type=cache') && m.includes(`target=${target}`));
    for (const sys of SYSTEM_PACKAGES) {
      if (!sys.install.test(run.text) || sys.cleanup.test(run.text) || sys.noCache?.test(run.text) || sys.cacheTargets.some(mounted)) continue;
      out.push(cacheFinding(df, run, final, `${sys.name}'s package index and downloads`, sys.name === 'apk' ? run.text.replace(/\bapk\s+add\b/, 'apk add --no-cache') : `${run.text} ${sys.cleanupText}`));
    }
    for (const tool of DEPENDENCY_TOOLS) {
      if (!tool.install.test(run.text) || tool.noCache?.test(run.text) || mounted(tool.cacheTarget) || tool.name === 'go' && !/\bgo mod download\b/.test(run.text)) continue;
      out.push(cacheFinding(df, run, final, `${tool.name}'s download cache`, run.text, tool.cacheTarget));
    }
  }
  return out;
}

function cacheFinding(df: DockerfileModel, run: DockerInstruction, final: boolean, what: string, command: string, target?: string): ContainerFinding {
  return {
    rule: 'install-without-cache',
    file: df.file,
    line: run.line,
    problem: `${mono(clip(`RUN ${run.text}`))} installs packages without a cache mount${target ? '' : ' or cleanup'}.`,
    cost: `${final ? `The image keeps ${what} (more to push and pull), and` : 'When'} ${final ? 'every rebuild of this layer downloads everything again.' : `this layer rebuilds, ${what} start from nothing and everything is downloaded again.`}`,
    fix: target ? `Mount a BuildKit cache at ${mono(target)}: the layer stays small and a rebuild reuses the downloads.` : 'Clean up in the same RUN (a later RUN cannot shrink this layer), or mount a BuildKit cache.',
    rewrite: target ? `RUN --mount=type=cache,target=${target} ${clip(command, 120)}` : `RUN ${clip(command, 160)}`
  };
}

function addLocal(df: DockerfileModel, stage: DockerStage): ContainerFinding[] {
  return stage.instructions.flatMap((x): ContainerFinding[] => {
    if (x.keyword !== 'ADD' || x.flags.has('from')) return [];
    const sources = sourcesOf(x);
    if (!sources.length || sources.some((s) => REMOTE_SOURCE.test(s) || LOCAL_ARCHIVE.test(s))) return [];
    return [
      {
        rule: 'add-local-file',
        file: df.file,
        line: x.line,
        problem: `${mono(clip(`ADD ${x.text}`))} uses ADD for local files.`,
        cost: 'ADD also unpacks archives and fetches URLs, so what lands in the layer depends on more than the line says; reviewers and linters have to assume the worst.',
        fix: 'Use COPY for local files; keep ADD for the archives it should unpack.',
        rewrite: `COPY ${[...x.flags].map(([k, v]) => `--${k}${v === null ? '' : `=${v}`} `).join('')}${x.text}`
      }
    ];
  });
}

/** The final image built on a toolchain image, or given build packages, where a build stage would drop them. */
function toolchainInFinal(df: DockerfileModel, stage: DockerStage, stageCount: number): ContainerFinding[] {
  const image = stage.image ?? '';
  const tool = BUILD_IMAGES.find((b) => b.image.test(image) && !(b.runtimeTag && b.runtimeTag.test(stage.tag ?? '')));
  const build = tool ? runs(stage).find((r) => tool.build.test(r.text)) : undefined;
  if (tool && build) {
    return [
      {
        rule: 'toolchain-in-final-image',
        file: df.file,
        line: stage.line,
        problem: `The final image is built on ${mono(`${image}${stage.tag ? `:${stage.tag}` : ''}`)} and builds in it (${mono(clip(build.text, 60))}, line ${build.line}).`,
        cost: `It ships ${tool.what} though it only runs what was built: a bigger image to push, pull and scan on every deploy.`,
        fix: `Build in a stage and copy only the output into ${mono(tool.runtime)}${tool.alternative ? ` (or ${tool.alternative.replace(/^(\S+)/, (image) => mono(image))})` : ''}.`,
        rewrite: [`FROM ${image}${stage.tag ? `:${stage.tag}` : ''} AS build`, '# … the build steps, unchanged …', `RUN ${clip(build.text, 120)}`, '', `FROM ${tool.runtime}`, 'COPY --from=build <build output> <where it runs>'].join('\n')
      }
    ];
  }
  const packages = runs(stage).find((r) => SYSTEM_PACKAGES.some((s) => s.install.test(r.text)) && BUILD_PACKAGES.test(r.text));
  if (!packages || stageCount > 1) return [];
  return [
    {
      rule: 'toolchain-in-final-image',
      file: df.file,
      line: packages.line,
      problem: `${mono(clip(`RUN ${packages.text}`))} installs build tools (${mono(BUILD_PACKAGES.exec(packages.text)?.[0] ?? '')}) in the only stage.`,
      cost: 'Compilers and headers stay in the image that runs: more to pull, more to patch, more for a scanner to flag.',
      fix: 'Compile in a build stage with these packages and copy the result into a stage without them.',
      rewrite: [`FROM ${image}${stage.tag ? `:${stage.tag}` : ''} AS build`, `RUN ${clip(packages.text, 120)}`, '# … build …', '', `FROM ${image}${stage.tag ? `:${stage.tag}` : ''}`, 'COPY --from=build <build output> <where it runs>'].join('\n')
    }
  ];
}

function wholeContextWithoutIgnore(df: DockerfileModel): ContainerFinding[] {
  if (df.dockerignore) return [];
  const first = df.stages.flatMap(copies).find((c) => sourcesOf(c).some(isWholeContext));
  if (!first) return [];
  return [
    {
      rule: 'no-dockerignore',
      file: df.file,
      line: first.line,
      problem: `${mono(clip(`${first.keyword} ${first.text}`))} copies the whole context and there is no ${mono('.dockerignore')}.`,
      cost: `Everything is sent to the builder and copied, ${mono('.git')} included: it changes with every commit, so this layer and all after it never come from the cache.`,
      fix: `Add a ${mono('.dockerignore')} beside the build context that leaves out version control, dependencies and build output.`,
      rewrite: ['.git', 'node_modules', 'dist', 'build', 'target', '*.log', '.env'].join('\n')
    }
  ];
}
