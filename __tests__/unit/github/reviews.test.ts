import { describe, expect, it } from '@jest/globals';
import { currentApprovers } from '../../../src/github/reviews.js';

const r = (login: string, state: string) => ({ user: { login }, state });

describe('currentApprovers', () => {
  it.each([
    ['one approval', [r('a', 'APPROVED')], ['a']],
    ['a comment after an approval keeps it', [r('a', 'APPROVED'), r('a', 'COMMENTED')], ['a']],
    ['changes requested after an approval withdraws it', [r('a', 'APPROVED'), r('a', 'CHANGES_REQUESTED')], []],
    ['a dismissed approval does not count', [r('a', 'APPROVED'), r('a', 'DISMISSED')], []],
    ['approval after changes requested counts', [r('a', 'CHANGES_REQUESTED'), r('a', 'APPROVED')], ['a']],
    ['pending reviews and deleted users are ignored', [r('a', 'PENDING'), { user: null, state: 'APPROVED' }], []],
    ['several reviewers', [r('a', 'APPROVED'), r('b', 'CHANGES_REQUESTED'), r('c', 'APPROVED')], ['a', 'c']]
  ])('%s', (_label, reviews, expected) => {
    expect(currentApprovers(reviews)).toEqual(expected);
  });
});
