import type { Annotation } from '../report/annotations.js';
import type { Conclusion } from '../model/verdict.js';
import type { GitHubClient } from './octokit.js';

/** GitHub takes at most 50 annotations per request; more go out as updates that append. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** output.summary and output.text are limited to 65,535 characters each. */
export const CHECK_TEXT_LIMIT = 65535;

export interface CheckRunRequest {
  readonly owner: string;
  readonly repo: string;
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: Conclusion;
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  readonly detailsUrl?: string;
}

export interface CheckRunResult {
  readonly id: number;
  readonly url?: string;
  readonly requests: number;
}

/**
 * Creates the check run on the given head SHA with every annotation: the first 50 on create, the
 * rest in updates of 50, and the conclusion on the last request, so the check is never shown as
 * completed before all its annotations are in.
 */
export async function publishCheckRun(client: GitHubClient, req: CheckRunRequest): Promise<CheckRunResult> {
  const batches = chunk(req.annotations, ANNOTATIONS_PER_REQUEST);
  const output = (annotations: readonly Annotation[]) => ({
    title: req.title,
    summary: req.summary.slice(0, CHECK_TEXT_LIMIT),
    ...(annotations.length ? { annotations: [...annotations] } : {})
  });
  const done = { status: 'completed' as const, conclusion: req.conclusion };
  const [first = [], ...rest] = batches;
  const created = await client.rest.checks.create({
    owner: req.owner,
    repo: req.repo,
    name: req.name,
    head_sha: req.headSha,
    ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
    ...(rest.length ? { status: 'in_progress' as const } : done),
    output: output(first)
  });
  const id = created.data.id;
  for (const [i, batch] of rest.entries()) {
    const last = i === rest.length - 1;
    await client.rest.checks.update({ owner: req.owner, repo: req.repo, check_run_id: id, ...(last ? done : {}), output: output(batch) });
  }
  return { id, url: created.data.html_url ?? undefined, requests: 1 + rest.length };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
