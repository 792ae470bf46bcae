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
      // Two retries (after 1 s and 4 s): enough for a blip, short enough that an outage costs seconds.
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
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

/**
 * How long one delivery (the check run with its annotation batches, or the comment) may take:
 * 120 s by default, PIPELINE_GATES_DELIVERY_TIMEOUT_MS (a positive whole number) changes it.
 * Octokit has no per-request deadline that survives @actions/github's proxy fetch, so the
 * deadline is put on the delivery, and a hung request is abandoned with it.
 */
export function deliveryTimeoutMs(raw: string | undefined): number {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : 120_000;
}

/** `work`, or a rejection after `ms`: a hung connection becomes an error the caller reports. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from GitHub within ${ms / 1000} s (${what})`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
