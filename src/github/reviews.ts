import type { GitHubClient } from './octokit.js';

interface Review {
  readonly state?: string;
  readonly user?: { readonly login?: string } | null;
}

/**
 * Logins whose latest deciding review is APPROVED. A later CHANGES_REQUESTED or DISMISSED review
 * replaces an approval; COMMENTED and PENDING reviews decide nothing. Reviews come oldest first.
 */
export function currentApprovers(reviews: readonly Review[]): string[] {
  const latest = new Map<string, string>();
  for (const r of reviews) {
    const login = r.user?.login;
    if (!login || !r.state || r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(login, r.state);
  }
  return [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
}

export async function listApprovers(client: GitHubClient, where: { owner: string; repo: string; pullNumber: number }): Promise<string[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, { owner: where.owner, repo: where.repo, pull_number: where.pullNumber, per_page: 100 });
  return currentApprovers(reviews as Review[]);
}
