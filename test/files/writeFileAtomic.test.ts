import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { fileError } from '../../src/files/fileError.js';
import { writeFileAtomic } from '../../src/files/writeFileAtomic.js';

const dir = mkdtempSync(join(tmpdir(), 'statecraft-write-'));

describe('writeFileAtomic', () => {
  it('should keep the mode of the file it replaces (0600 stays 0600)', () => {
    const file = join(dir, 'private.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('should write through a symlink to its target and keep the link', () => {
    const target = join(dir, 'target.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    symlinkSync(target, link);
    writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('should report a missing folder as a user error with the path and reason, and leave no temporary file', () => {
    const file = join(dir, 'nodir', 'x.json');
    expect(() => writeFileAtomic(file, 'x')).toThrow(UserError);
    expect(() => writeFileAtomic(file, 'x')).toThrow(`cannot write ${file}: the folder does not exist (ENOENT)`);
    expect(readdirSync(dir).filter((f) => f.includes('.json.'))).toEqual([]);
  });

  it('should report a folder it may not write as a user error', () => {
    // /sys refuses new files even to root, where a chmod'ed folder would not.
    expect(() => writeFileAtomic('/sys/statecraft.json', 'x')).toThrow('cannot write /sys/statecraft.json: permission denied (EACCES)');
  });

  it('should refuse to replace a folder or a device', () => {
    mkdirSync(join(dir, 'folder'));
    expect(() => writeFileAtomic(join(dir, 'folder'), 'x')).toThrow('it is a folder');
    expect(() => writeFileAtomic('/dev/full', 'x')).toThrow('cannot write /dev/full: it is not a regular file');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('should name a full disk as such', () => {
    const fd = openSync('/dev/full', 'w');
    let error: unknown;
    try {
      writeSync(fd, 'x');
    } catch (e) {
      error = e;
    } finally {
      closeSync(fd);
    }
    const mapped = fileError(error, 'write', 'out.json');
    expect(mapped).toBeInstanceOf(UserError);
    expect((mapped as UserError).message).toBe('cannot write out.json: the disk is full (ENOSPC)');
  });
});
