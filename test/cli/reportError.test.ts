import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/reportError.js';
import { ScenarioError, UsageError, UserError } from '../../src/core/errors.js';
import { userError } from '../../src/i18n/userError.js';
import { statecraft } from '../helpers.js';

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

  it('should print a usage error with a pointer to the command help, exit 2', () => {
    expect(capture(new UsageError('bad flag', 'write --flag 1'), 'statecraft x')).toEqual({
      code: 2,
      text: 'error: bad flag\nhint: write --flag 1\n(run statecraft x --help for usage)\n',
    });
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

  it('should word a catalog error in the language of --lang, and any other error in English', async () => {
    const e = userError('err.nothingToUndo');
    let ar = '';
    expect(reportError(e, (s) => (ar += s), undefined, 'ar')).toBe(1);
    expect(ar).toMatch(/^خطأ: لا شيء للتراجع عنه/);
    let fr = '';
    reportError(e, (s) => (fr += s), undefined, 'fr');
    expect(fr).toBe(`error: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
    let plain = '';
    reportError(new UserError('bad thing', 'do this'), (s) => (plain += s), undefined, 'ar');
    expect(plain).toBe('error: bad thing\nhint: do this\n');
  });

  it('should word a command line error in Arabic with --lang ar', async () => {
    const ar = await statecraft('run', '--lang', 'ar', '--from', 'test');
    expect(ar.code).toBe(1);
    expect(ar.stderr).toMatch(/^خطأ: test مجلد، وليس ملف جلسة\nتلميح: /);
    const en = await statecraft('run', '--from', 'test');
    expect(en.stderr).toMatch(/^error: test is a folder/);
  });
});
