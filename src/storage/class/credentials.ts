/**
 * The class connections kept on disk, next to the database they belong to:
 *   <database>.class.json          the learner's (pmp class join)
 *   <database>.class-trainer.json  the trainer's (pmp class init)
 * Written 0600 (owner only) through a temporary file and a rename, so a crash never leaves half a file.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { PmpError } from '../../errors.js';
import { SSL_MODES, type ServerAddress } from './connection.js';

export type CredentialKind = 'learner' | 'trainer';

const addressSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  database: z.string().min(1),
  user: z.string().min(1),
  password: z.string(),
  sslmode: z.enum(SSL_MODES),
  sslrootcert: z.string().optional(),
});

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
  const result = addressSchema.safeParse(parsed);
  if (!result.success) throw new PmpError('class.bad-credentials', 'input', { file: path });
  const { sslrootcert, ...rest } = result.data;
  return { ...rest, ...(sslrootcert ? { sslrootcert } : {}) };
}

export function hasCredentials(dbPath: string, kind: CredentialKind): boolean {
  return existsSync(credentialPath(dbPath, kind));
}
