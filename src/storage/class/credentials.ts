/**
 * The class connections kept on disk, next to the database they belong to:
 *   <database>.class.json          the learner's (pmp class join)
 *   <database>.class-trainer.json  the trainer's (pmp class init)
 * Written 0600 (owner only) through a temporary file and a rename, so a crash never leaves half a file.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { PmpError } from '../../errors.js';
import { SSL_MODES, type ServerAddress } from './connection.js';

export type CredentialKind = 'learner' | 'trainer';

/**
 * The stored address, checked by hand: every sync reads it, and loading zod for it would cost a
 * tenth of a second of a day's sync (as in app/learner-scheduler.ts).
 */
function asAddress(raw: unknown): ServerAddress | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const text = (x: unknown, min = 1) => typeof x === 'string' && x.length >= min;
  const ok =
    text(r.host) &&
    Number.isInteger(r.port) && (r.port as number) >= 1 && (r.port as number) <= 65535 &&
    text(r.database) &&
    text(r.user) &&
    text(r.password, 0) &&
    (SSL_MODES as readonly unknown[]).includes(r.sslmode) &&
    (r.sslrootcert === undefined || typeof r.sslrootcert === 'string');
  if (!ok) return undefined;
  const address = { host: r.host, port: r.port, database: r.database, user: r.user, password: r.password, sslmode: r.sslmode } as ServerAddress;
  return typeof r.sslrootcert === 'string' && r.sslrootcert ? { ...address, sslrootcert: r.sslrootcert } : address;
}

export function credentialPath(dbPath: string, kind: CredentialKind): string {
  return kind === 'learner' ? `${dbPath}.class.json` : `${dbPath}.class-trainer.json`;
}

export function saveCredentials(dbPath: string, kind: CredentialKind, address: ServerAddress): string {
  const path = credentialPath(dbPath, kind);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(address, null, 2) + '\n', { mode: 0o600 });
  chmodSync(temporary, 0o600); // the umask may have narrowed it further, never widened: make it exact
  renameSync(temporary, path);
  return path;
}

/** The stored connection; a missing file says which command makes it, a damaged one names the file. */
export function loadCredentials(dbPath: string, kind: CredentialKind): ServerAddress {
  const path = credentialPath(dbPath, kind);
  if (!existsSync(path)) throw new PmpError(kind === 'learner' ? 'class.not-joined' : 'class.no-trainer-connection', 'usage', { file: path });
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new PmpError('class.bad-credentials', 'input', { file: path });
  }
  const address = asAddress(parsed);
  if (!address) throw new PmpError('class.bad-credentials', 'input', { file: path });
  return address;
}

export function hasCredentials(dbPath: string, kind: CredentialKind): boolean {
  return existsSync(credentialPath(dbPath, kind));
}
