/**
 * A private PostgreSQL server on loopback at a free port with a superuser password (for the class
 * tests and the bench; no jest here). initdb refuses root: as root, it runs as the package's
 * `postgres` user. stop() is immediate; the caller removes the folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface PgServer {
  readonly host: string;
  readonly port: number;
  readonly superuser: string;
  readonly password: string;
  /** postgres://postgres:…@127.0.0.1:port/DB */
  url(database?: string, user?: string, password?: string): string;
  stop(): void;
}

/** The folder of initdb and pg_ctl, the newest version installed, or why there is none. */
export function findPostgresBin(): { readonly bin: string } | { readonly missing: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) return { missing: `no PostgreSQL server binaries in ${root}/*/bin (apt-get install -y postgresql)` };
  return { bin: join(root, versions[0] as string, 'bin') };
}

const found = findPostgresBin();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses root: as root, the commands run as the `postgres` user the package creates. */
function asServerUser(command: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const isRoot = process.getuid?.() === 0;
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = isRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { encoding: 'utf8', timeout: 60_000 })
    : spawnSync(command, [...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Starts a private server in a new folder inside `base` (which the caller removes after stop()). */
export async function startPostgresIn(base: string): Promise<PgServer> {
  if (!('bin' in found)) throw new Error(found.missing);
  const bin = found.bin;
  // tempDir folders are 0700 root: the server user must be able to reach its own folder inside.
  chmodSync(base, 0o755);
  const data = join(base, 'data');
  mkdirSync(data, { mode: 0o700 });
  const password = randomBytes(12).toString('hex');
  const pwfile = join(base, 'pw');
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(data, Number(id.stdout.trim()), Number(gid.stdout.trim()));
    chownSync(pwfile, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  }
  const init = asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth=scram-sha-256', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const options = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(data, 'server.log'), '-w', '-t', '30', 'start']);
  if (start.status !== 0) {
    const log = existsSync(join(data, 'server.log')) ? readFileSync(join(data, 'server.log'), 'utf8') : '';
    throw new Error(`pg_ctl start failed: ${start.stderr}\n${log}`);
  }
  let stopped = false;
  const url = (database = 'postgres', user = 'postgres', pw = password) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${database}`;
  return {
    host: '127.0.0.1',
    port,
    superuser: 'postgres',
    password,
    url,
    stop() {
      if (stopped) return;
      stopped = true;
      asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
  };
}
