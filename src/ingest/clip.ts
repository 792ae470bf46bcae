import type { TestAttempt, TestCase, TestSink, TestSuite } from '../model/tests.js';
import { MAX_MESSAGE, MAX_NAME } from './stream/limits.js';
import { detach } from '../model/test-summary.js';

/**
 * Every test format delivers through this sink: names, files and messages keep a bounded prefix,
 * so a test named by a 10 MB attribute costs 2,000 characters in the comment, the check run and
 * the history, not 10 MB in each. Details are bounded by each reader already.
 */
export function clippingSink(sink: TestSink): TestSink {
  return {
    testCase: (c) => sink.testCase(needsClip(c) ? clipCase(c) : c),
    testSuite: (s) => sink.testSuite(s.name.length > MAX_NAME || (s.file?.length ?? 0) > MAX_NAME ? clipSuite(s) : s),
    ...(sink.declared && { declared: sink.declared.bind(sink) })
  };
}

function needsClip(c: TestCase): boolean {
  return (
    c.name.length > MAX_NAME ||
    c.suite.length > MAX_NAME ||
    (c.classname?.length ?? 0) > MAX_NAME ||
    (c.file?.length ?? 0) > MAX_NAME ||
    (c.message?.length ?? 0) > MAX_MESSAGE ||
    (c.attempts?.some((a) => (a.message?.length ?? 0) > MAX_MESSAGE) ?? false)
  );
}

function clipCase(c: TestCase): TestCase {
  const out: { -readonly [K in keyof TestCase]: TestCase[K] } = { ...c, name: clip(c.name, MAX_NAME), suite: clip(c.suite, MAX_NAME) };
  if (c.classname !== undefined) out.classname = clip(c.classname, MAX_NAME);
  if (c.file !== undefined) out.file = clip(c.file, MAX_NAME);
  if (c.message !== undefined) out.message = clip(c.message, MAX_MESSAGE);
  if (c.attempts) out.attempts = c.attempts.map((a): TestAttempt => (a.message !== undefined && a.message.length > MAX_MESSAGE ? { ...a, message: clip(a.message, MAX_MESSAGE) } : a));
  return out;
}

function clipSuite(s: TestSuite): TestSuite {
  return { ...s, name: clip(s.name, MAX_NAME), ...(s.file !== undefined && { file: clip(s.file, MAX_NAME) }) };
}

/** The first `max` characters and "…", detached from the (possibly huge) original. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : detach(`${text.slice(0, max - 1)}…`);
}
