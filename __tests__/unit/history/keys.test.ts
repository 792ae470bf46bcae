import { describe, expect, it } from '@jest/globals';
import { historyCachePath, historyKey, historyKeyPrefix } from '../../../src/history/keys.js';

describe('history cache keys', () => {
  it('a key is the branch prefix followed by run id and attempt', () => {
    expect([historyKeyPrefix('default', 'main'), historyKey('default', 'main', '123', 2)]).toEqual([
      'pipeline-gates-v1:default:main:',
      'pipeline-gates-v1:default:main:123-2'
    ]);
  });
  it.each([
    ['main', 'main-2'],
    ['main', 'main/feature'],
    ['release', 'release-candidate']
  ])('the restore prefix of %p never matches a key of branch %p', (branch, other) => {
    expect(historyKey('default', other, '9', 1).startsWith(historyKeyPrefix('default', branch))).toEqual(false);
  });
  it('the restore prefix of config "web" never matches a key of config "web-2"', () => {
    expect(historyKey('web-2', 'main', '9', 1).startsWith(historyKeyPrefix('web', 'main'))).toEqual(false);
  });
  it('a comma in a branch name (the cache service splits restore keys on commas) is replaced', () => {
    expect([historyKeyPrefix('default', 'fix,a,b'), historyKey('default', 'fix,a,b', '7', 1).includes(',')]).toEqual([
      'pipeline-gates-v1:default:fix_a_b:',
      false
    ]);
  });
  it.each([10, 470, 480, 600, 5000])('a branch name of %p characters gives a key of at most 512 characters that ends in run and attempt', (n) => {
    const key = historyKey('default', 'b'.repeat(n), '123456789', 3);
    expect([key.length <= 512, key.endsWith(':123456789-3')]).toEqual([true, true]);
  });
  it('a 480-character branch, whose restore prefix fits in 512, saves under a key that starts with that prefix', () => {
    // Only the branch is cut (to 400 characters, the same way on save and restore), never the whole
    // key from the front, which would lose its "pipeline-gates-v1:" start so no restore found it.
    const branch = 'b'.repeat(480);
    const prefix = historyKeyPrefix('default', branch);
    expect([prefix.length <= 512, historyKey('default', branch, '123456789', 3).startsWith(prefix)]).toEqual([true, true]);
  });
  it('the cache path is the same literal string on every runner', () => {
    expect(historyCachePath('web')).toEqual('~/.pipeline-gates/history/web');
  });
});

describe('a branch from an event payload or the dispatch form in a cache key', () => {
  it.each([
    ['main:x', 'pipeline-gates-v1:default:main%3Ax:'],
    ['a b\nc\t', 'pipeline-gates-v1:default:a%20b%0Ac%09:'],
    ['x\u001b[31m\u202e', 'pipeline-gates-v1:default:x%1B[31m%E2%80%AE:'],
    ['fix/ünïcode', 'pipeline-gates-v1:default:fix/ünïcode:']
  ])('%p becomes %p', (branch, prefix) => {
    expect(historyKeyPrefix('default', branch)).toEqual(prefix);
  });
});
