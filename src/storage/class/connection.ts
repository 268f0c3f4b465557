/**
 * Connections to the class's PostgreSQL server (node-postgres). The one place that knows how a
 * connection string, sslmode and the server's errors look: everything above sees a Connection and
 * PmpErrors whose words never carry a password or a whole URL.
 */
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { PmpError } from '../../errors.js';

/** Where and as whom to connect. The password is never printed (see `describe`). */
export interface ServerAddress {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  readonly password: string;
  /** libpq's sslmode: disable | prefer | require | verify-ca | verify-full (prefer connects without TLS here). */
  readonly sslmode: string;
  readonly sslrootcert?: string;
}

export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;

/** How long to wait for the server before saying it is unreachable: studying must never hang on it. */
export const CONNECT_TIMEOUT_MS = 4000;

export type Connection = pg.Client;

let pgModule: Promise<typeof pg> | undefined;

/**
 * node-postgres, loaded on first use. On Node 20 its check for a Cloudflare Worker
 * (pg/lib/stream.js, run as it loads) finds no `navigator` and builds a `Response` to probe with,
 * which loads Node's whole bundled fetch (undici): ~20 ms of CPU, a tenth of a day's sync. Node 21
 * and later define `navigator.userAgent` ("Node.js/21") and skip the probe; for the load alone,
 * Node 20 is given the same, and it is taken away again before anything else runs.
 */
export function loadPg(): Promise<typeof pg> {
  pgModule ??= (async () => {
    const lend = !('navigator' in globalThis);
    if (lend) Object.defineProperty(globalThis, 'navigator', { value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` }, configurable: true });
    try {
      return (await import('pg')).default;
    } finally {
      if (lend) delete (globalThis as { navigator?: unknown }).navigator;
    }
  })();
  return pgModule;
}

/** Reads postgres://user:password@host:port/db?sslmode=…; a bad one is a usage error that does not repeat it. */
export function parseServerUrl(text: string): ServerAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PmpError('class.bad-url', 'usage');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new PmpError('class.bad-url', 'usage');
  const sslmode = url.searchParams.get('sslmode') ?? 'prefer';
  if (!(SSL_MODES as readonly string[]).includes(sslmode)) throw new PmpError('class.bad-sslmode', 'usage', { value: sslmode });
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  const user = decodeURIComponent(url.username);
  if (!url.hostname || !user) throw new PmpError('class.bad-url', 'usage');
  const sslrootcert = url.searchParams.get('sslrootcert') ?? undefined;
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : 5432,
    database,
    user,
    password: decodeURIComponent(url.password),
    sslmode,
    ...(sslrootcert ? { sslrootcert } : {}),
  };
}

/** user@host:port/database — what messages may say about a server. */
export function describeAddress(a: Pick<ServerAddress, 'host' | 'port' | 'database' | 'user'>): string {
  return `${a.user}@${a.host}:${a.port}/${a.database}`;
}

/** TLS as libpq's sslmode asks: require encrypts, verify-ca checks the chain, verify-full also the host name. */
function sslOptions(a: ServerAddress): pg.ClientConfig['ssl'] {
  const ca = a.sslrootcert ? readFileSync(a.sslrootcert, 'utf8') : undefined;
  switch (a.sslmode) {
    case 'require':
      return { rejectUnauthorized: false };
    case 'verify-ca':
      return { rejectUnauthorized: true, ...(ca ? { ca } : {}), checkServerIdentity: () => undefined };
    case 'verify-full':
      return { rejectUnauthorized: true, ...(ca ? { ca } : {}) };
    default:
      return false;
  }
}

export async function connect(a: ServerAddress, timeoutMs = CONNECT_TIMEOUT_MS): Promise<Connection> {
  return connectInBackground(a, { timeoutMs }).connection;
}

export interface PendingConnection {
  /** Rejects with the server's error as a PmpError (serverError). */
  readonly connection: Promise<Connection>;
  /** Ends the connection, made or still being made. */
  close(): Promise<void>;
}

/**
 * Starts connecting and returns at once, so that other work (opening the learner's database) goes on
 * while the server answers. `pipeline`: queries go out as they are made, without waiting for the one
 * before to finish (each is still its own statement, run in order).
 */
export function connectInBackground(a: ServerAddress, options: { readonly timeoutMs?: number; readonly pipeline?: boolean } = {}): PendingConnection {
  let client: Connection | undefined;
  const connection = (async () => {
    const { Client } = await loadPg();
    client = new Client({
      host: a.host,
      port: a.port,
      database: a.database,
      user: a.user,
      password: a.password,
      ssl: sslOptions(a),
      connectionTimeoutMillis: options.timeoutMs ?? CONNECT_TIMEOUT_MS,
      application_name: 'pmp-study',
      ...(options.pipeline ? { pipeline: true } : {}),
    });
    // A server that goes away later emits 'error' on the client; the awaiting query rejects anyway.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (cause) {
      await client.end().catch(() => undefined);
      throw serverError(cause, a);
    }
    return client;
  })();
  let settled = false;
  // Whoever needs the connection awaits it; when the work failed first, its failure is not news.
  connection.then(
    () => void (settled = true),
    () => void (settled = true),
  );
  const end = () => connection.then((c) => c.end().catch(() => undefined)).catch(() => undefined);
  return {
    connection,
    // A handshake still under way (the work failed before it needed the server) is not waited for:
    // the work's error is reported at once, and the connection ends when the handshake does.
    close: async () => (settled ? end() : void end()),
  };
}

/** Runs `work` on a fresh connection and always closes it. */
export async function withServer<T>(a: ServerAddress, work: (c: Connection) => Promise<T>, timeoutMs?: number): Promise<T> {
  const client = await connect(a, timeoutMs);
  try {
    return await work(client);
  } catch (cause) {
    throw serverError(cause, a);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function inTransaction<T>(c: Connection, work: () => Promise<T>): Promise<T> {
  await c.query('BEGIN');
  try {
    const result = await work();
    await c.query('COMMIT');
    return result;
  } catch (cause) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw cause;
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE']);

/**
 * A server's or the network's error as one PmpError (exit 6) naming user@host:port/db, never the
 * password: pg's own messages can quote a connection string.
 */
export function serverError(cause: unknown, a: ServerAddress): unknown {
  if (cause instanceof PmpError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  // The learner's own database failed during a sync (locked, full): about that file, not the server.
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  const server = describeAddress(a);
  if ((typeof code === 'string' && NETWORK_CODES.has(code)) || /timeout|terminated|Connection terminated/i.test(message)) {
    return new PmpError('class.unreachable', 'server', { server }, [], { cause: redacted(cause, a) });
  }
  if (code === '28P01' || code === '28000') return new PmpError('class.auth-failed', 'server', { server }, [], { cause: redacted(cause, a) });
  if (code === '3D000') return new PmpError('class.no-database', 'server', { server }, [], { cause: redacted(cause, a) });
  if (code === '42501') return new PmpError('class.refused', 'server', { server, detail: safeDetail(message, a) }, [], { cause: redacted(cause, a) });
  if (/SSL|TLS|certificate/i.test(message)) return new PmpError('class.tls-failed', 'server', { server, detail: safeDetail(message, a) }, [], { cause: redacted(cause, a) });
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    return new PmpError('class.server-error', 'server', { server, code, detail: safeDetail(message, a) }, [], { cause: redacted(cause, a) });
  }
  return new PmpError('class.unreachable', 'server', { server }, [], { cause: redacted(cause, a) });
}

function safeDetail(message: string, a: ServerAddress): string {
  return a.password ? message.split(a.password).join('***') : message;
}

function redacted(cause: unknown, a: ServerAddress): Error {
  return new Error(safeDetail(cause instanceof Error ? cause.message : String(cause), a));
}
