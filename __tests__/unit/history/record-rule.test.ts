import { describe, expect, it } from '@jest/globals';
import { recordDecision } from '../../../src/history/record-rule.js';

const onMain = { gitCheckout: true, current: 'main', defaultBranch: 'main', defaultFrom: 'origin/HEAD' } as const;
const off = { record: false, noRecord: false };

describe('recordDecision: which local runs go into --history', () => {
  it.each([
    ['on the default branch', off, onMain, { record: true, ref: 'refs/heads/main' }],
    ['on a feature branch', off, { ...onMain, current: 'feature/x' }, { record: false, reason: 'the checkout is on "feature/x", not the default branch "main" (from origin/HEAD); pass --record to record it anyway' }],
    ['on a feature branch with --record', { ...off, record: true }, { ...onMain, current: 'feature/x' }, { record: true, ref: 'refs/heads/feature/x' }],
    ['--no-record on the default branch', { ...off, noRecord: true }, onMain, { record: false, reason: '--no-record' }],
    ['--default-branch names another branch', { ...off, defaultBranch: 'trunk' }, onMain, { record: false, reason: 'the checkout is on "main", not the default branch "trunk" (from --default-branch); pass --record to record it anyway' }],
    ['a detached HEAD', off, { gitCheckout: true, defaultBranch: 'main', defaultFrom: 'origin/HEAD' } as const, { record: false, reason: 'the checkout is a detached HEAD, not a branch; pass --record to record it anyway' }],
    ['no default branch known', off, { gitCheckout: true, current: 'main' }, { record: false, reason: 'the default branch is not known here (no origin/HEAD, no init.defaultBranch); pass --default-branch NAME or --record' }],
    ['not a git checkout', off, { gitCheckout: false }, { record: false, reason: 'this folder is not a git checkout, so its branch is not known; pass --record to record it anyway' }],
    ['not a git checkout with --record', { ...off, record: true }, { gitCheckout: false }, { record: true, ref: '' }]
  ])('%s', (_label, flags, facts, decision) => {
    expect(recordDecision(flags, facts)).toEqual(decision);
  });
});
