import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Artifact } from '@actions/artifact';

// The full report (JSON verdict + markdown) as a workflow artifact, and the way back: a
// `command: publish` follow-up (a `workflow_run` workflow with a write token) downloads it from the
// run that produced it. @actions/artifact is ESM-only and heavy, so it is imported lazily: commands
// that never upload do not load it.

export interface ReportArtifactUpload {
  readonly name: string;
  /** The zip holds the files relative to this folder. */
  readonly rootDirectory: string;
  /** Absolute, or relative to rootDirectory. */
  readonly files: readonly string[];
  readonly retentionDays?: number;
}

export type ReportArtifactUploadResult =
  /** `name` differs from the requested one when that was taken (see retryArtifactName). */
  | { readonly uploaded: true; readonly id: number; readonly size: number; readonly name: string }
  | { readonly uploaded: false; readonly reason: string };

export interface ReportArtifactDownload {
  readonly name: string;
  /** Needs `actions: read` on owner/repo. */
  readonly token: string;
  readonly runId: number;
  readonly owner: string;
  readonly repo: string;
  /** An empty or missing folder: a stale file there must never pass for a downloaded one. */
  readonly destination: string;
}

export interface DownloadedReportArtifact {
  /** Absolute paths of the extracted files, sorted. */
  readonly files: string[];
  readonly artifact: { readonly id: number; readonly name: string };
}

/** Separates a requested artifact name from the suffix a retry adds to it. */
export const RETRY_NAME_SEPARATOR = '--';

// The runner hands these only to actions (`uses:` steps); without them there is nowhere to upload.
const RUNTIME_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'] as const;

/**
 * Uploads the report files as one zip artifact. Best effort: a missing runtime, a library error or
 * a refusal comes back as `uploaded: false` with a reason for the caller's warning, never a throw.
 *
 * Artifact names are unique per workflow run, across jobs and attempts: a matrix leg or a re-run
 * uploading the same name gets a 409. That case is retried once under retryArtifactName, and
 * downloadReportArtifact picks the newest of the name and its retries.
 */
export async function uploadReportArtifact(upload: ReportArtifactUpload): Promise<ReportArtifactUploadResult> {
  const missing = RUNTIME_ENV.filter((k) => !process.env[k]);
  if (missing.length > 0) return { uploaded: false, reason: skipReason(missing, process.env.GITHUB_ACTIONS === 'true') };
  const root = path.resolve(upload.rootDirectory);
  const files = upload.files.map((f) => path.resolve(root, f));
  const options = upload.retentionDays === undefined ? undefined : { retentionDays: upload.retentionDays };
  const attempt = async (name: string): Promise<ReportArtifactUploadResult> => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const done = await new DefaultArtifactClient().uploadArtifact(name, files, root, options);
    return { uploaded: true, id: done.id ?? 0, size: done.size ?? 0, name };
  };
  try {
    return await attempt(upload.name);
  } catch (err) {
    if (!isNameTaken(err)) return { uploaded: false, reason: firstLine(err) };
  }
  const renamed = retryArtifactName(upload.name, process.env, randomBytes(3).toString('hex'));
  try {
    return await attempt(renamed);
  } catch (err) {
    return { uploaded: false, reason: `${firstLine(err)} (retried as ${renamed} because ${upload.name} exists in this run)` };
  }
}

/**
 * The name of a retry after a 409: the job and attempt say where it came from, the random part
 * keeps matrix legs (same job id, same attempt) apart.
 */
export function retryArtifactName(name: string, env: NodeJS.ProcessEnv, random: string): string {
  const job = (env.GITHUB_JOB ?? '').replace(/[^A-Za-z0-9_.-]/g, '-');
  const parts = [job, `attempt${env.GITHUB_RUN_ATTEMPT || '1'}`, random].filter((p) => p !== '');
  return `${name}${RETRY_NAME_SEPARATOR}${parts.join('-')}`;
}

/**
 * Downloads the report artifact of another workflow run through the REST API (the library's
 * findBy path, so GITHUB_API_URL must be set before the library loads, as it is on a runner).
 * Throws with a message for the user when listing, finding or downloading fails.
 */
export async function downloadReportArtifact(download: ReportArtifactDownload): Promise<DownloadedReportArtifact> {
  const { name, token, runId, owner, repo, destination } = download;
  await assertEmpty(destination);
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo };
  let listed: Artifact[];
  try {
    listed = (await client.listArtifacts({ findBy })).artifacts;
  } catch (err) {
    // 401/403/404 from this endpoint mean the token cannot see the run's artifacts.
    const hint = [401, 403, 404].includes((err as { status?: number }).status ?? 0) ? ` (the token needs actions: read on ${owner}/${repo})` : '';
    throw new Error(`listing the artifacts of run ${runId} in ${owner}/${repo} failed: ${firstLine(err)}${hint}`);
  }
  const chosen = pickReportArtifact(listed, name);
  if (!chosen) {
    const others = listed.length ? ` (it has ${listed.map((a) => a.name).sort().join(', ')})` : ' (it has none)';
    throw new Error(`no artifact named ${name} in run ${runId}${others}; did the gate job upload it?`);
  }
  let digestMismatch: boolean | undefined;
  try {
    ({ digestMismatch } = await client.downloadArtifact(chosen.id, { path: destination, findBy, expectedHash: chosen.digest }));
  } catch (err) {
    throw new Error(`downloading artifact ${chosen.name} (id ${chosen.id}) of run ${runId} failed: ${firstLine(err)}`);
  }
  if (digestMismatch) throw new Error(`artifact ${chosen.name} (id ${chosen.id}) of run ${runId} does not match its digest ${chosen.digest ?? ''}; refusing to use it`);
  return { files: await filesUnder(destination), artifact: { id: chosen.id, name: chosen.name } };
}

/** The newest artifact called `name` or a retry of it; ids grow with time. */
export function pickReportArtifact(artifacts: readonly Artifact[], name: string): Artifact | undefined {
  return artifacts
    .filter((a) => a.name === name || a.name.startsWith(`${name}${RETRY_NAME_SEPARATOR}`))
    .reduce<Artifact | undefined>((best, a) => (best === undefined || a.id > best.id ? a : best), undefined);
}

function skipReason(missing: readonly string[], inActions: boolean): string {
  const unset = `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`;
  return inActions
    ? `${unset}: the runner passes ${missing.length > 1 ? 'them' : 'it'} to actions (uses:), not to run: steps; upload the report files with actions/upload-artifact instead`
    : `${unset}: not running in GitHub Actions, so there is no artifact storage to upload to`;
}

// 409 from CreateArtifact: "Failed request: (409) Conflict: an artifact with this name already exists on the workflow run".
function isNameTaken(err: unknown): boolean {
  return /\(409\)/.test(message(err)) && /already exists/i.test(message(err));
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const firstLine = (err: unknown): string => message(err).split('\n', 1)[0]?.trim() || 'unknown error';

async function assertEmpty(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  if (entries.length > 0) throw new Error(`the download folder ${dir} is not empty; pass an empty or new folder for the report artifact`);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}
