import * as core from '@actions/core';
import type { Problem } from '../model/problems.js';
import type { Annotation } from '../report/annotations.js';

const LOG_ANNOTATION = { failure: core.error, warning: core.warning, notice: core.notice } as const;

/**
 * Everything the action says to the runner goes through here: outputs, the job summary and log
 * lines. Annotated log lines carry file and line so a bad config points at its line in the UI.
 */
export const runner = {
  input: (name: string): string => core.getInput(name),
  output: (name: string, value: string): void => core.setOutput(name, value),
  info: (message: string): void => core.info(message),
  notice: (message: string): void => core.notice(message),
  warning: (message: string): void => core.warning(message),
  problem: (p: Problem): void =>
    core.error(p.message, { file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) }),
  /** A check-run annotation as a workflow command (the toolkit escapes message and properties). */
  annotate: (a: Annotation): void =>
    LOG_ANNOTATION[a.annotation_level](a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line }),
  fail: (message: string): void => core.setFailed(message),
  async summary(markdown: string): Promise<boolean> {
    if (!process.env.GITHUB_STEP_SUMMARY) return false;
    await core.summary.addRaw(markdown, true).write({ overwrite: false });
    core.summary.emptyBuffer();
    return true;
  }
};

export type Runner = typeof runner;
