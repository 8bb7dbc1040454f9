import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/files/readBounded.js';

const dir = mkdtempSync(join(tmpdir(), 'statecraft-read-'));

describe('readBounded', () => {
  it('should read a regular file, and follow a symlink to one', () => {
    writeFileSync(join(dir, 'a.yaml'), 'id: a\n');
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'link.yaml'));
    expect(readBounded(join(dir, 'a.yaml'), 'scenario')).toBe('id: a\n');
    expect(readBounded(join(dir, 'link.yaml'), 'scenario')).toBe('id: a\n');
  });

  it('should refuse a symlink to /dev/zero without reading it', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    expect(() => readBounded(join(dir, 'zero.yaml'), 'scenario')).toThrow('zero.yaml is not a regular file (a device, FIFO or socket)');
  });

  it('should refuse a folder as such, not as "not found"', () => {
    mkdirSync(join(dir, 'folder.json'));
    expect(() => readBounded(join(dir, 'folder.json'), 'session')).toThrow('folder.json is a folder, not a session file');
  });

  it('should refuse a FIFO without waiting for a writer', () => {
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    expect(() => readBounded(join(dir, 'fifo.yaml'), 'script')).toThrow('fifo.yaml is not a regular file');
  });

  it('should stop at the limit while reading, and say which limit', () => {
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(101));
    expect(readBounded(join(dir, 'big.json'), 'session', 101)).toHaveLength(101);
    expect(() => readBounded(join(dir, 'big.json'), 'session', 100)).toThrow('big.json: the session file is larger than the limit of 100 bytes');
  });

  it('should say "not found" only for a missing file', () => {
    expect(() => readBounded(join(dir, 'missing.json'), 'transcript')).toThrow(/^transcript file not found: .*missing\.json$/);
  });
});
