import type { GitHubClient } from './octokit.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65536;

/** The hidden marker that finds our comment again; the config id keeps configs apart. */
export function commentMarker(configId: string): string {
  return `<!-- pipeline-gates:sticky-comment id=${configId} -->`;
}

export interface StickyCommentRequest {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  readonly configId: string;
  /** The rendered body, without the marker; it must leave room for it. */
  readonly body: string;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated';
  readonly id: number;
  readonly removedDuplicates: number;
}

/**
 * Edits our earlier comment in place, or creates one. Two jobs racing may both create; whoever
 * looks afterwards keeps the oldest and deletes the rest, so the PR settles on one comment.
 */
export async function upsertStickyComment(client: GitHubClient, req: StickyCommentRequest): Promise<StickyCommentResult> {
  const marker = commentMarker(req.configId);
  const body = `${marker}\n${req.body}`;
  const where = { owner: req.owner, repo: req.repo };
  const before = await ourComments(client, req, marker);
  let action: StickyCommentResult['action'];
  let id: number;
  if (before[0]) {
    id = before[0];
    action = 'updated';
    await client.rest.issues.updateComment({ ...where, comment_id: id, body });
  } else {
    action = 'created';
    id = (await client.rest.issues.createComment({ ...where, issue_number: req.issueNumber, body })).data.id;
  }
  const after = action === 'created' ? await ourComments(client, req, marker) : before;
  const keep = after[0] ?? id;
  const extra = after.filter((c) => c !== keep);
  for (const dup of extra) await client.rest.issues.deleteComment({ ...where, comment_id: dup });
  if (keep !== id) await client.rest.issues.updateComment({ ...where, comment_id: keep, body });
  return { action, id: keep, removedDuplicates: extra.length };
}

/** Ids of our comments on the PR, oldest first, across every page. */
async function ourComments(client: GitHubClient, req: StickyCommentRequest, marker: string): Promise<number[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: req.owner,
    repo: req.repo,
    issue_number: req.issueNumber,
    per_page: 100
  });
  return comments.filter((c) => c.body?.includes(marker)).map((c) => c.id).sort((a, b) => a - b);
}
