import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/reportError.js';
import { ScenarioError, UsageError, UserError } from '../../src/core/errors.js';

const capture = (e: unknown, help?: string) => {
  let text = '';
  const code = reportError(
    e,
    (s) => {
      text += s;
    },
    help,
  );
  return { code, text };
};

describe('reportError', () => {
  it('should print a user error with its hint and no stack, exit 1', () => {
    expect(capture(new UserError('bad thing', 'do this'))).toEqual({ code: 1, text: 'error: bad thing\nhint: do this\n' });
  });

  it('should print a usage error with the command help, exit 2', () => {
    expect(capture(new UsageError('bad flag'), 'Usage: x\n')).toEqual({ code: 2, text: 'error: bad flag\n\nUsage: x\n' });
  });

  it('should print every diagnostic of a scenario error, exit 1', () => {
    const d = { file: 'a.yaml', line: 3, column: 5, path: 'x.y', code: 'schema', message: 'wrong', hint: 'fix it' };
    expect(capture(new ScenarioError([d, { ...d, line: 4 }]))).toEqual({
      code: 1,
      text: 'a.yaml:3:5 error[schema]: wrong\n  at x.y\n  hint: fix it\n\na.yaml:4:5 error[schema]: wrong\n  at x.y\n  hint: fix it\n\n2 errors in a.yaml\n',
    });
  });

  it('should print a bug with its stack, exit 70', () => {
    const { code, text } = capture(new TypeError('x is undefined'));
    expect(code).toBe(70);
    expect(text).toMatch(/^internal error: this is a bug in statecraft/);
    expect(text).toContain('TypeError: x is undefined\n    at ');
  });
});
