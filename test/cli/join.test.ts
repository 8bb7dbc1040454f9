// `statecraft join` on the command line: its options are checked before it needs a terminal.
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

describe('statecraft join', () => {
  it('should refuse a --lang the seat has no words in, listing those it has (exit 2)', async () => {
    const r = await statecraft('join', '127.0.0.1:7420', '--code', 'x', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang fr: a seat has no words in that language');
    expect(r.stderr).toContain('choose one of: en, ar');
  });

  it('should refuse an address that is not HOST:PORT (exit 2)', async () => {
    const r = await statecraft('join', 'localhost', '--code', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"localhost" is not HOST:PORT');
  });
});
