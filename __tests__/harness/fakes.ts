// One fake GitHub API and one fake cache service per test, closed afterwards.
import { afterEach, beforeEach } from '@jest/globals';
import { startFakeCacheService, type FakeCacheService } from './fake-cache-service.js';
import { startFakeGitHubApi, type FakeGitHubApi } from './fake-github-api.js';

export interface Fakes {
  readonly api: FakeGitHubApi;
  readonly cache: FakeCacheService;
}

/** Registers the hooks; read `fakes.api` / `fakes.cache` inside tests. */
export function useFakes(): Fakes {
  const current: { api?: FakeGitHubApi; cache?: FakeCacheService } = {};
  beforeEach(async () => {
    current.api = await startFakeGitHubApi();
    current.cache = await startFakeCacheService();
  });
  afterEach(async () => {
    await current.api?.close();
    await current.cache?.close();
  });
  return {
    get api() {
      if (!current.api) throw new Error('useFakes: read fakes.api inside a test');
      return current.api;
    },
    get cache() {
      if (!current.cache) throw new Error('useFakes: read fakes.cache inside a test');
      return current.cache;
    }
  };
}
