/**
 * Files we write for the user (exports). The file appears whole or not at all: the text goes to a
 * temporary file beside the target, is flushed to disk, and is renamed into place — a full disk or
 * a kill leaves the user's existing file as it was. An existing file is replaced only when the
 * caller says so (--force, or a yes in a terminal), and a symbolic link is never written through.
 */
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PmpError } from '../errors.js';

export type ExistingFile = 'none' | 'file' | 'symlink' | 'directory' | 'device';

/** What is at `path` now, without following a symbolic link. */
export function existingAt(path: string): ExistingFile {
  try {
    const s = lstatSync(path);
    if (s.isSymbolicLink()) return 'symlink';
    if (s.isDirectory()) return 'directory';
    // A device, pipe or socket (/dev/stdout, a named pipe) is written to as it is, never replaced.
    return s.isFile() ? 'file' : 'device';
  } catch {
    return 'none';
  }
}

/**
 * Writes `text` to `path` atomically. `replace` allows replacing an existing file (and a symbolic
 * link: the link itself is replaced by the new file; what it pointed to is left alone).
 */
export function writeOutputFile(path: string, text: string, options: { readonly replace: boolean }): void {
  const existing = existingAt(path);
  if (existing === 'directory') throw new PmpError('file.is-directory', 'usage', { path });
  if (existing === 'symlink' && !options.replace) throw new PmpError('file.is-symlink', 'usage', { path });
  if (existing === 'file' && !options.replace) throw new PmpError('file.exists', 'usage', { path });
  if (existing === 'device') return writeThrough(path, text);
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw new PmpError('file.no-folder', 'usage', { path, dir });
  } catch (error) {
    if (error instanceof PmpError) throw error;
    throw new PmpError('file.no-folder', 'usage', { path, dir }, [], { cause: error });
  }
  const temporary = join(dir, `.${basename(path)}.${process.pid}.partial`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw translateWriteError(error, path);
  }
}

function writeThrough(path: string, text: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'w');
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } catch (error) {
    throw translateWriteError(error, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function translateWriteError(error: unknown, path: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  // Exit 4 like a full disk under the database: the disk, not pmp-study, is at fault.
  if (code === 'ENOSPC' || code === 'EDQUOT') return new PmpError('file.full', 'database', { path }, [], { cause: error });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new PmpError('file.not-writable', 'usage', { path }, [], { cause: error });
  return error;
}
