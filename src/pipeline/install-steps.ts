import { mono } from './rich-text.js';

/**
 * Steps that download dependencies, recognised by the command the jobs API shows as the step's
 * name (`Run npm ci`), with what caches them and how to turn that on.
 */

export interface InstallKind {
  /** Ecosystem, as the cache advice names it (ecosystemOfPaths). */
  readonly ecosystem: string;
  /** setup action and package manager that cache it, to look for in the job's cache events. */
  readonly tool?: string;
  readonly manager?: string;
  /** The change that makes the install cheap, as rich text. */
  readonly enable: string;
}

const KINDS: ReadonlyArray<readonly [RegExp, InstallKind]> = [
  [/\bnpm (?:ci|install|i)\b/, { ecosystem: 'npm', tool: 'setup-node', manager: 'npm', enable: `cache ${mono('~/.npm')}: ${mono('actions/setup-node')} with ${mono('cache: npm')}` }],
  [/\byarn(?: install)?\b/, { ecosystem: 'yarn', tool: 'setup-node', manager: 'yarn', enable: `cache yarn's download folder: ${mono('actions/setup-node')} with ${mono('cache: yarn')}` }],
  [/\bpnpm (?:i|install)\b/, { ecosystem: 'pnpm', tool: 'setup-node', manager: 'pnpm', enable: `cache the pnpm store: ${mono('actions/setup-node')} with ${mono('cache: pnpm')}` }],
  [/\bpip3? install\b/, { ecosystem: 'pip', tool: 'setup-python', manager: 'pip', enable: `cache ${mono('~/.cache/pip')}: ${mono('actions/setup-python')} with ${mono('cache: pip')}` }],
  [/\bpoetry install\b/, { ecosystem: 'poetry', tool: 'setup-python', manager: 'poetry', enable: `${mono('actions/setup-python')} with ${mono('cache: poetry')}` }],
  [/\buv (?:sync|pip install)\b/, { ecosystem: 'uv', enable: `${mono('astral-sh/setup-uv')} with ${mono('enable-cache: true')}` }],
  [/\bgo mod download\b/, { ecosystem: 'go', tool: 'setup-go', enable: `${mono('actions/setup-go')} caches ${mono('~/go/pkg/mod')} (on by default since v4)` }],
  [/\bmvn\b.*\bdependency:(?:go-offline|resolve)\b/, { ecosystem: 'maven', tool: 'setup-java', manager: 'maven', enable: `${mono('actions/setup-java')} with ${mono('cache: maven')}` }],
  [/\bcargo (?:fetch|build)\b/, { ecosystem: 'cargo', enable: `cache ${mono('~/.cargo/registry')}, ${mono('~/.cargo/git')} and ${mono('target/')} keyed on ${mono('Cargo.lock')}` }],
  [/\bbundle install\b/, { ecosystem: 'bundler', enable: `${mono('ruby/setup-ruby')} with ${mono('bundler-cache: true')}` }],
  [/\bcomposer install\b/, { ecosystem: 'composer', enable: `cache composer's download folder keyed on ${mono('composer.lock')}` }],
  [/\bdotnet restore\b/, { ecosystem: 'nuget', tool: 'setup-dotnet', enable: `${mono('actions/setup-dotnet')} with ${mono('cache: true')} (needs ${mono('packages.lock.json')})` }],
  [/\bapt(?:-get)? install\b/, { ecosystem: 'apt', enable: 'install these packages once, in a container image the job runs in, instead of on every run' }]
];

/** The install a step name runs, if any. */
export function installKind(stepName: string): InstallKind | undefined {
  return KINDS.find(([re]) => re.test(stepName))?.[1];
}
