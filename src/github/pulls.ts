import type { GitHubClient } from './octokit.js';

/** What the publish follow-up needs to know about a pull request: where its head is now, and its labels and body. */
export interface PullRequestNow {
  readonly headSha: string;
  readonly labels: readonly string[];
  readonly body: string;
}

export async function pullRequestNow(client: GitHubClient, where: { owner: string; repo: string; pullNumber: number }): Promise<PullRequestNow> {
  const { data } = await client.rest.pulls.get({ owner: where.owner, repo: where.repo, pull_number: where.pullNumber });
  return { headSha: data.head.sha, labels: data.labels.map((l) => l.name ?? '').filter(Boolean), body: data.body ?? '' };
}
