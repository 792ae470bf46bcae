import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** Called with a one-line message when GitHub rate-limits us; never with the token. */
  readonly onLimit: (message: string) => void;
}

/**
 * Octokit with retries for transient faults and the throttling plugin, which refuses to start
 * unless both rate-limit handlers exist. We retry a limited number of times and then let the
 * caller turn the failure into a warning: reporting must never hang a CI job.
 */
export function createClient(token: string, options: ClientOptions): GitHubClient {
  return getOctokit(
    token,
    {
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
          options.onLimit(`GitHub rate limit hit on ${opts.method} ${opts.url}; ${retryCount < 1 ? `retrying after ${retryAfter}s` : 'giving up'}.`);
          return retryCount < 1 && retryAfter <= 60;
        },
        onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
          options.onLimit(`GitHub secondary rate limit on ${opts.method} ${opts.url}; ${retryCount < 1 ? `retrying after ${retryAfter}s` : 'giving up'}.`);
          return retryCount < 1 && retryAfter <= 60;
        }
      }
    },
    retry,
    throttling
  );
}
