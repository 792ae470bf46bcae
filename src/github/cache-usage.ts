import type { CacheUsage } from '../pipeline/cache-advice.js';
import { refusal } from './jobs.js';
import type { GitHubClient } from './octokit.js';

/**
 * How full the repository's Actions cache is: the usage total, and its entries (key, ref, size,
 * last access) most recently used first, at most `maxEntries` of them. Needs `actions: read`;
 * a refusal is a reason, never an exception.
 */

export interface CacheUsageQuery {
  readonly owner: string;
  readonly repo: string;
  readonly maxEntries: number;
}

export type CacheUsageRead = { readonly ok: true; readonly usage: CacheUsage } | { readonly ok: false; readonly reason: string };

const PER_PAGE = 100;

export async function fetchCacheUsage(client: GitHubClient, q: CacheUsageQuery): Promise<CacheUsageRead> {
  const where = { owner: q.owner, repo: q.repo };
  try {
    const { data: usage } = await client.rest.actions.getActionsCacheUsage(where);
    const entries: CacheUsage['entries'][number][] = [];
    let total = 0;
    for (let page = 1; entries.length < q.maxEntries; page++) {
      const { data } = await client.rest.actions.getActionsCacheList({ ...where, per_page: PER_PAGE, page, sort: 'last_accessed_at', direction: 'desc' });
      total = data.total_count;
      for (const c of data.actions_caches) {
        if (entries.length >= q.maxEntries) break;
        entries.push({ key: c.key ?? '', ref: c.ref ?? '', bytes: c.size_in_bytes ?? 0, lastAccessedAt: c.last_accessed_at ?? '', createdAt: c.created_at ?? '' });
      }
      if (data.actions_caches.length < PER_PAGE || page * PER_PAGE >= total) break;
    }
    // The least recently used entry is the next one GitHub evicts: when the listing was cut, ask for it.
    const oldest = total > entries.length ? await oldestEntry(client, where) : entries.at(-1)?.lastAccessedAt;
    return {
      ok: true,
      usage: { bytes: usage.active_caches_size_in_bytes, count: usage.active_caches_count, entries, listed: total, ...(oldest ? { oldestAccessAt: oldest } : {}) }
    };
  } catch (err) {
    return { ok: false, reason: refusal(`read the Actions cache usage of ${q.owner}/${q.repo}`, err) };
  }
}

async function oldestEntry(client: GitHubClient, where: { owner: string; repo: string }): Promise<string | undefined> {
  const { data } = await client.rest.actions.getActionsCacheList({ ...where, per_page: 1, sort: 'last_accessed_at', direction: 'asc' });
  return data.actions_caches[0]?.last_accessed_at;
}
