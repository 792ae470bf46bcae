// What we post (summary, PR comment, check run, JSON report) never quotes file content; the log does.
import { describe, expect, it } from '@jest/globals';
import { evaluateReportsGate } from '../../../src/gates/reports-gate.js';
import { excerpt } from '../../../src/model/excerpt.js';
import { formatProblem } from '../../../src/model/problems.js';
import { buildAnnotations } from '../../../src/report/annotations.js';
import { buildJsonReport } from '../../../src/report/json-report.js';
import { renderMarkdown } from '../../../src/report/summary.js';
import { outcome } from '../builders.js';

const SECRET = 'AUTHORIZATION: basic eC1hY2Nlc3M';
const problem = { file: 'coverage/lcov.info', line: 4, column: 1, message: `expected an lcov record such as SF:, DA: or end_of_record, found ${excerpt(`extraheader = ${SECRET}`)}` };
const warning = `metrics.json:1:9: bad: expected a number, found ${excerpt(SECRET)}`;
const o = outcome([], { problems: [problem], warnings: [warning], verdict: { passed: false, conclusion: 'failure', gates: [evaluateReportsGate([problem])] } });

describe('excerpts in posted reports', () => {
  it('the log line keeps the excerpt', () => {
    expect(formatProblem(problem)).toContain(SECRET.slice(0, 20));
  });
  it('markdown, annotations and the JSON report show “…” instead', () => {
    const posted = [renderMarkdown(o, { title: 'Pipeline Gates' }, Infinity), JSON.stringify(buildAnnotations(o, (f) => f)), JSON.stringify(buildJsonReport(o, 'default'))];
    for (const text of posted) {
      expect(text).not.toContain('AUTHORIZATION');
      expect(text).toContain('found “…”');
    }
  });
});
