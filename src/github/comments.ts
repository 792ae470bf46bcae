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
  /**
   * always: create or update. changes: leave our comment alone when only the footer (run link)
   * would change. failures: create only when the run fails; an existing comment is still updated,
   * so a fixed PR does not keep showing the old failure.
   */
  readonly mode?: 'always' | 'changes' | 'failures';
  /** Whether this run's verdict failed (for mode failures). */
  readonly failing?: boolean;
}

export type StickyCommentResult =
  | { readonly action: 'created' | 'updated'; readonly id: number; readonly removedDuplicates: number }
  | { readonly action: 'skipped'; readonly reason: string };

/**
 * Edits our earlier comment in place, or creates one. Two jobs racing may both create; whoever
 * looks afterwards keeps the oldest and deletes the rest, so the PR settles on one comment.
 */
export async function upsertStickyComment(client: GitHubClient, req: StickyCommentRequest): Promise<StickyCommentResult> {
  const marker = commentMarker(req.configId);
  const body = `${marker}\n${req.body}`;
  const where = { owner: req.owner, repo: req.repo };
  const found = await ourComments(client, req, marker);
  const before = found.map((c) => c.id);
  const mode = req.mode ?? 'always';
  if (mode === 'failures' && !req.failing && !found[0]) return { action: 'skipped', reason: 'the run passed and there is no earlier comment to update (comment-mode failures)' };
  if (mode === 'changes' && found[0] && sameContent(found[0].body, body)) return { action: 'skipped', reason: 'the results are the same as in the existing comment (comment-mode changes)' };
  let action: 'created' | 'updated';
  let id: number;
  if (before[0]) {
    id = before[0];
    action = 'updated';
    await client.rest.issues.updateComment({ ...where, comment_id: id, body });
  } else {
    action = 'created';
    id = (await client.rest.issues.createComment({ ...where, issue_number: req.issueNumber, body })).data.id;
  }
  const after = action === 'created' ? (await ourComments(client, req, marker)).map((c) => c.id) : before;
  const keep = after[0] ?? id;
  const extra = after.filter((c) => c !== keep);
  for (const dup of extra) await client.rest.issues.deleteComment({ ...where, comment_id: dup });
  if (keep !== id) await client.rest.issues.updateComment({ ...where, comment_id: keep, body });
  return { action, id: keep, removedDuplicates: extra.length };
}

/** Bodies equal but for the footer, whose run link changes on every run. */
export function sameContent(a: string, b: string): boolean {
  const strip = (t: string) => t.replace(/^<sub>.*<\/sub>$/gm, '').trim();
  return strip(a) === strip(b);
}

/** Our comments on the PR, oldest first, across every page. */
async function ourComments(client: GitHubClient, req: StickyCommentRequest, marker: string): Promise<Array<{ id: number; body: string }>> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: req.owner,
    repo: req.repo,
    issue_number: req.issueNumber,
    per_page: 100
  });
  return comments
    .filter((c) => c.body?.includes(marker))
    .map((c) => ({ id: c.id, body: c.body ?? '' }))
    .sort((a, b) => a.id - b.id);
}
