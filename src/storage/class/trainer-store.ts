/**
 * What the trainer does on the server: invite and remove learners (their PostgreSQL roles) and
 * publish banks. Passwords reach the server only as SCRAM verifiers computed here, so the plain
 * password never appears in a statement the server could log.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { PmpError } from '../../errors.js';
import { inTransaction, type Connection } from './connection.js';
import { CLASS_SCHEMA, learnerGroupRole } from './schema.js';

export const LEARNER_NAME = /^[a-z][a-z0-9_]{0,30}$/;

/** The PostgreSQL role of a learner: server-wide, so it carries the class's database name. */
export function learnerRoleName(database: string, name: string): string {
  return `pmp_${database.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 24)}_${name}`;
}

/** A SCRAM-SHA-256 verifier as PostgreSQL stores it (RFC 5802/7677), from the plain password. */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export async function createLearner(c: Connection, database: string, name: string, password: string): Promise<string> {
  if (!LEARNER_NAME.test(name)) throw new PmpError('class.bad-learner-name', 'usage', { name });
  const role = learnerRoleName(database, name);
  await inTransaction(c, async () => {
    const known = await c.query(`SELECT 1 FROM ${CLASS_SCHEMA}.learners WHERE name = $1`, [name]);
    if (known.rowCount) throw new PmpError('class.learner-exists', 'usage', { name });
    const roleExists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (roleExists.rowCount) throw new PmpError('class.role-exists', 'server', { role });
    const verifier = c.escapeLiteral(scramVerifier(password));
    await c.query(`CREATE ROLE ${c.escapeIdentifier(role)} LOGIN PASSWORD ${verifier} IN ROLE ${c.escapeIdentifier(learnerGroupRole(database))}`);
    await c.query(`GRANT CONNECT ON DATABASE ${c.escapeIdentifier(database)} TO ${c.escapeIdentifier(role)}`);
    await c.query(`INSERT INTO ${CLASS_SCHEMA}.learners (name, role_name) VALUES ($1, $2)`, [name, role]);
  });
  return role;
}

/** Deletes every row of the learner and drops the role; ends its open sessions first. */
export async function removeLearner(c: Connection, database: string, name: string): Promise<{ answers: number }> {
  const row = (await c.query(`SELECT role_name FROM ${CLASS_SCHEMA}.learners WHERE name = $1`, [name])).rows[0] as { role_name: string } | undefined;
  if (!row) throw new PmpError('class.no-such-learner', 'usage', { name });
  const role = row.role_name;
  await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role]).catch(() => undefined);
  return inTransaction(c, async () => {
    // The class-wide summaries lose this learner's answers before the answers go.
    await c.query(`SELECT ${CLASS_SCHEMA}.forget_learner($1)`, [role]);
    const answers = (await c.query(`DELETE FROM ${CLASS_SCHEMA}.answers WHERE learner = $1`, [role])).rowCount ?? 0;
    for (const table of ['undos', 'card_states', 'learner_settings', 'exam_results']) await c.query(`DELETE FROM ${CLASS_SCHEMA}.${table} WHERE learner = $1`, [role]);
    await c.query(`DELETE FROM ${CLASS_SCHEMA}.learners WHERE name = $1`, [name]);
    const exists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (exists.rowCount) {
      await c.query(`REVOKE CONNECT ON DATABASE ${c.escapeIdentifier(database)} FROM ${c.escapeIdentifier(role)}`);
      await c.query(`DROP ROLE ${c.escapeIdentifier(role)}`);
    }
    return { answers };
  });
}

export async function listLearners(c: Connection): Promise<{ name: string; role: string }[]> {
  const r = await c.query(`SELECT name, role_name FROM ${CLASS_SCHEMA}.learners ORDER BY name`);
  return r.rows.map((x: { name: string; role_name: string }) => ({ name: x.name, role: x.role_name }));
}

/** Publishes (or replaces) a bank; returns whether anything changed. */
export async function publishBank(c: Connection, bankId: string, content: string, contentHash: string): Promise<boolean> {
  const r = await c.query(
    `INSERT INTO ${CLASS_SCHEMA}.banks (bank_id, content, content_hash) VALUES ($1, $2, $3)
     ON CONFLICT (bank_id) DO UPDATE SET content = excluded.content, content_hash = excluded.content_hash, assigned_at = now()
     WHERE ${CLASS_SCHEMA}.banks.content_hash IS DISTINCT FROM excluded.content_hash`,
    [bankId, content, contentHash],
  );
  return (r.rowCount ?? 0) > 0;
}
