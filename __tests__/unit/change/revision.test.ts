import { describe, expect, it } from '@jest/globals';
import { checkRevision } from '../../../src/change/revision.js';

describe('checkRevision: what may reach git as a base', () => {
  it.each([
    ['a'.repeat(40), 'sha'],
    ['0123456789abcdef'.repeat(4), 'sha'],
    ['main', 'name'],
    ['origin/main', 'name'],
    ['release/1.x', 'name'],
    ['v2.3.0', 'name'],
    ['abc1234', 'name'],
    ['HEAD~1', 'relative'],
    ['main^2~3', 'relative']
  ])('accepts %p as a %s', (value, kind) => {
    expect(checkRevision(value)).toEqual({ ok: true, kind });
  });

  it.each([
    ['--upload-pack=touch PWNED;', 'it starts with "-", which git would read as an option'],
    ['-x', 'it starts with "-", which git would read as an option'],
    ['+main', 'it starts with "+"'],
    ['', 'it is empty'],
    ['main:refs/heads/main', 'it contains a space, a control character or one of ~ ^ : ? * [ \\'],
    ['a b', 'it contains a space, a control character or one of ~ ^ : ? * [ \\'],
    ['a\nb', 'it contains a space, a control character or one of ~ ^ : ? * [ \\'],
    ['HEAD^{commit}', 'it contains a space, a control character or one of ~ ^ : ? * [ \\'],
    ['a..b', 'it contains ".."'],
    ['a@{1}', 'it contains "@{"'],
    ['@', 'it is the single character "@"'],
    ['/main', 'it starts or ends with "/" or has "//"'],
    ['a//b', 'it starts or ends with "/" or has "//"'],
    ['main.', 'it ends with "."'],
    ['.hidden/x', 'a part of it starts with "."'],
    ['x/y.lock', 'a part of it ends with ".lock"'],
    ['~1', 'it has no name before its ~ or ^ steps'],
    ['x'.repeat(256), 'it is longer than 255 characters']
  ])('refuses %p: %s', (value, reason) => {
    expect(checkRevision(value)).toEqual({ ok: false, reason });
  });
});
