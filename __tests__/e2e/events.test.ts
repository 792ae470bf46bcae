// One run of the bundle per trigger, with the real payload fixture: which commit the check run
// targets, whether a comment is posted, whether history is saved, and what the log says; and the
// canary command, whose decision is an output for the deploy steps.
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { junitXml, makeSandbox, ROOT, runAction, TOKEN } from '../harness/run-bundle.js';

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

describe('command: canary through the bundle', () => {
  const fixture = (name: string) => path.join(ROOT, '__tests__', 'fixtures', 'canary', name);
  const baseline = [`latency_p99=${fixture('prometheus/baseline-latency-p99.json')}`, fixture('prometheus/baseline-errors.json'), fixture('metrics/baseline.json')];
  const canary = (kind: string) => [`latency_p99=${fixture(`prometheus/canary-latency-p99-${kind}.json`)}`, fixture(`prometheus/canary-errors-${kind}.json`), fixture('metrics/canary.json')];

  it.each([
    ['regressed', 'rollback', '0'],
    ['healthy', 'promote', '100']
  ])('a %s canary: decision %s, score %s, the table in the summary, and the step passes', async (kind, decision, score) => {
    const box = await makeSandbox({});
    const result = await runAction({
      sandbox: box,
      event: 'push.default-branch.json',
      eventName: 'push',
      inputs: { command: 'canary', config: fixture('pipeline-gates.yml'), baseline: baseline.join('\n'), canary: canary(kind).join('\n'), history: 'off' }
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision, score, 'last-green-sha': '' });
    expect(result.summary.split('\n')[0]).toContain(`Canary analysis: ${decision}`);
  });

  it('a score input out of range stops the step with the input named', async () => {
    const box = await makeSandbox({});
    const result = await runAction({ sandbox: box, event: 'push.default-branch.json', eventName: 'push', inputs: { command: 'canary', baseline: baseline[1] ?? '', canary: canary('healthy')[1] ?? '', pass: '120' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::Input "pass" must be a score from 0 to 100, got "120".');
  });
});
