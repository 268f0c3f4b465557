/**
 * A join code: one line a trainer hands to one learner, holding where the class's server is and the
 * learner's own role and password. "pmp1." and base64url of JSON, so it survives chat and e-mail.
 */
import { z } from 'zod';
import { PmpError } from '../../errors.js';
import { SSL_MODES, type ServerAddress } from '../../storage/class/connection.js';

const PREFIX = 'pmp1.';

const codeSchema = z.object({
  h: z.string().min(1).max(255),
  p: z.number().int().min(1).max(65535),
  d: z.string().min(1).max(63),
  u: z.string().min(1).max(63),
  w: z.string().min(1).max(200),
  s: z.enum(SSL_MODES),
});

export function encodeJoinCode(a: ServerAddress): string {
  const body = { h: a.host, p: a.port, d: a.database, u: a.user, w: a.password, s: a.sslmode };
  return PREFIX + Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The address in a code; anything else is a usage error that does not echo the code (it holds a password). */
export function decodeJoinCode(code: string): ServerAddress {
  const text = code.trim();
  if (!text.startsWith(PREFIX)) throw new PmpError('class.bad-join-code', 'usage');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw new PmpError('class.bad-join-code', 'usage');
  }
  const r = codeSchema.safeParse(parsed);
  if (!r.success) throw new PmpError('class.bad-join-code', 'usage');
  return { host: r.data.h, port: r.data.p, database: r.data.d, user: r.data.u, password: r.data.w, sslmode: r.data.s };
}
