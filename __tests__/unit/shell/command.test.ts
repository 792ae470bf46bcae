import { describe, expect, it } from '@jest/globals';
import { splitCommand } from '../../../src/shell/command.js';

describe('splitCommand: words, quotes and backslashes; nothing a shell would expand', () => {
  it.each([
    ['npx jest --listTests', ['npx', 'jest', '--listTests']],
    ['pytest --collect-only -q "tests/unit dir"', ['pytest', '--collect-only', '-q', 'tests/unit dir']],
    ["echo 'a $HOME b'", ['echo', 'a $HOME b']],
    ['echo "say \\"hi\\""', ['echo', 'say "hi"']],
    ['echo a\\ b', ['echo', 'a b']],
    ['ls $(whoami) | cat; rm x', ['ls', '$(whoami)', '|', 'cat;', 'rm', 'x']],
    ['  spaced   out  ', ['spaced', 'out']],
    ['empty "" arg', ['empty', '', 'arg']]
  ])('%s', (line, words) => expect(splitCommand(line)).toEqual(words));

  it('an unclosed quote is a clear error', () => {
    expect(() => splitCommand('echo "open')).toThrow('The command has an unclosed " quote: echo "open');
  });
});
