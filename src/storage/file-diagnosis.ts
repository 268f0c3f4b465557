/**
 * Why a database file cannot be opened or written, in words a learner can act on: a file where a
 * folder should be, a read-only disk or mount, no permission, a full disk. SQLite says only
 * "unable to open" or "disk I/O error"; the file system can say more. Root ignores file modes, so
 * a read-only mount (EROFS) is the case that matters there.
 */
import { accessSync, constants, existsSync, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { PmpError } from '../errors.js';

/** Below this many free bytes the disk counts as full: SQLite's WAL needs room for its pages and index. */
const FULL_BELOW_BYTES = 1 << 20;

/** The nearest existing folder or file on the way to `path`. */
function nearestExisting(path: string): string {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

function writeProblem(path: string): 'read-only' | 'permission' | undefined {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EROFS' ? 'read-only' : code === 'EACCES' || code === 'EPERM' ? 'permission' : undefined;
  }
}

/** A sentence for a database that could not be opened or created at `path`; undefined when the file system shows no reason. */
export function diagnoseDatabasePath(path: string, cause: unknown): PmpError | undefined {
  const existing = nearestExisting(path);
  const folder = dirname(path);
  if (existing !== path && !statSync(existing).isDirectory()) {
    return new PmpError('db.folder-is-file', 'database', { path, file: existing }, [], { cause });
  }
  const target = existing === path ? path : existing;
  const problem = writeProblem(target) ?? (existing === path ? writeProblem(folder) : undefined);
  if (problem === 'read-only') return new PmpError('db.read-only-disk', 'database', { path }, [], { cause });
  if (problem === 'permission') return new PmpError('db.no-permission', 'database', { path, folder: existing === path ? folder : existing }, [], { cause });
  if (diskIsFull(existing)) return new PmpError('db.full', 'database', { path }, [], { cause });
  return undefined;
}

/** True when the disk holding `path` has (almost) no room left. */
export function diskIsFull(path: string): boolean {
  try {
    const s = statfsSync(nearestExisting(path));
    return s.bavail * s.bsize < FULL_BELOW_BYTES;
  } catch {
    return false;
  }
}
