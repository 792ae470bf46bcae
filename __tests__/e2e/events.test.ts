// One run of the bundle per trigger, with the real payload fixture: which commit the check run
// targets, whether a comment is posted, whether history is saved, and what the log says.
import { describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { junitXml, makeSandbox, runAction, TOKEN } from '../harness/run-bundle.js';

const fakes = useFakes();

interface Expected {
  readonly event: string;
  readonly eventName: string;
  readonly ref?: string;
  readonly checkSha: string;
  readonly saved: boolean;
  readonly log: string;
}

const cases: Array<[string, Expected]> = [
  ['push to the default branch', { event: 'push.default-branch.json', eventName: 'push', checkSha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', saved: true, log: 'History saved' }],
  ['push to a feature branch', { event: 'push.feature-branch.json', eventName: 'push', checkSha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c', saved: false, log: 'History not saved' }],
  ['merge_group', { event: 'merge_group.json', eventName: 'merge_group', checkSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d', saved: false, log: 'History not saved' }],
  ['schedule on the default branch', { event: 'schedule.json', eventName: 'schedule', checkSha: 'a'.repeat(40), saved: true, log: 'History saved' }],
  ['workflow_dispatch with update-baseline on the default branch', { event: 'workflow_dispatch.inputs.json', eventName: 'workflow_dispatch', checkSha: 'a'.repeat(40), saved: true, log: 'History saved' }],
  ['workflow_dispatch without update-baseline', { event: 'workflow_dispatch.json', eventName: 'workflow_dispatch', checkSha: 'a'.repeat(40), saved: false, log: 'History not saved' }],
  ['an event with no rule of its own (release)', { event: 'release.published.json', eventName: 'release', checkSha: 'a'.repeat(40), saved: false, log: '::notice::' }]
];

describe('each trigger', () => {
  it.each(cases)('%s', async (_name, c) => {
    const box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
    const result = await runAction({ sandbox: box, apiUrl: fakes.api.url, cacheEnv: fakes.cache.env, event: c.event, eventName: c.eventName, inputs: { 'github-token': TOKEN, junit: 'reports/**/*.xml' } });

    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('Pipeline Gates: passed');
    const creates = fakes.api.requests.filter((r) => r.operationId === 'checks/create').map((r) => (r.body as { head_sha: string }).head_sha);
    expect(creates).toEqual([c.checkSha]);
    expect(fakes.api.requests.filter((r) => r.operationId?.includes('comment'))).toEqual([]);
    expect(fakes.cache.entries().length > 0).toBe(c.saved);
    expect(result.stdout).toContain(c.log);
    expect(fakes.api.invalidRequests()).toEqual([]);
  });
});
