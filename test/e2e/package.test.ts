/**
 * The package as a user gets it: `npm pack` in a copy of the checkout without dist/ (as in a fresh
 * clone; prepack must build), the tarball installed globally into a temporary prefix, then `pmp`
 * run from another folder. The install is real: npm takes packages from its cache where it can
 * (--prefer-offline) and better-sqlite3 runs its own install script. That script takes a prebuilt
 * binary where it finds one, else compiles SQLite with node-gyp against the local Node headers
 * (npm_config_nodedir), as the README tells offline users. The compile is a minute of one core,
 * a fifth of the whole test run's CPU, and `npm ci` of this checkout has just done the same compile
 * on this machine: so the install is handed that binary as a local prebuilt (the installer's own
 * `npm_config_better_sqlite3_local_prebuilds`), and PMP_PACKAGE_COMPILE=1 makes it compile again.
 * It also checks the three exit-5 messages (not built, missing dependency, SQLite module not built)
 * in a checkout and in the installed package.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PlainSession, withoutFirstRun } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const REPO = process.cwd();
const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; files: string[] };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const running = new Set<number>();

/** Runs a command in its own process group, so a timeout stops its children too (make, g++). */
function run(cmd: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, detached: true });
    const pid = child.pid as number;
    running.add(pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => killGroup(pid), opts.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(pid);
      resolve({ code, stdout, stderr });
    });
    // A command may exit before it reads its input (pmp --version in an unbuilt checkout exits at once):
    // the pipe then closes under the write (EPIPE), which is no failure of the command.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

afterEach(async () => {
  for (const pid of running) killGroup(pid);
  while (running.size > 0) await new Promise((r) => setTimeout(r, 50));
});

/**
 * better-sqlite3 as this checkout's `npm ci` built it, packed the way its installer (prebuild-install)
 * looks for a local prebuilt, in a folder of `work`; undefined when PMP_PACKAGE_COMPILE=1 asks for
 * the compile. A newer better-sqlite3 than the checkout's finds no file of its name and compiles.
 */
async function localPrebuilds(work: string): Promise<string | undefined> {
  if (process.env.PMP_PACKAGE_COMPILE === '1') return undefined;
  const source = join(REPO, 'node_modules', 'better-sqlite3');
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string };
  const dir = join(work, 'prebuilds');
  mkdirSync(dir);
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const packed = await run('tar', ['-czf', join(dir, name), 'build/Release/better_sqlite3.node'], { cwd: source });
  if (packed.code !== 0) throw new Error(`could not pack the built SQLite module: ${packed.stderr}`);
  return dir;
}

/** npm's environment: its logs kept in the temporary folder, and Node's own headers for node-gyp if present. */
function npmEnv(work: string, prebuilds?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_logs_dir: join(work, 'npm-logs'), npm_config_update_notifier: 'false' };
  // What `npm test` put in the environment about this project would send npm back to the repo.
  for (const key of Object.keys(env)) {
    if (/^npm_(lifecycle_|package_|command$|config_(local_prefix|prefix|global_prefix|allow_scripts|call)$)|^INIT_CWD$/.test(key)) delete env[key];
  }
  const nodeDir = dirname(dirname(process.execPath));
  if (!env.npm_config_nodedir && existsSync(join(nodeDir, 'include', 'node', 'node.h'))) env.npm_config_nodedir = nodeDir;
  env.JOBS = 'max'; // node-gyp: compile better-sqlite3's two sources side by side
  if (prebuilds) env.npm_config_better_sqlite3_local_prebuilds = prebuilds;
  return env;
}

describe('the package', () => {
  test('packs with its compiled code, installs globally and runs from another folder', async () => {
    const started = Date.now();
    const work = tempDir('pack');
    const checkout = join(work, 'checkout');
    // A checkout without dist/: what prepack must build. node_modules is the repo's (tsc, types).
    for (const entry of ['package.json', 'README.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts', ...PKG.files.filter((f) => f !== 'dist')]) {
      cpSync(join(REPO, entry), join(checkout, entry), { recursive: true });
    }
    symlinkSync(realpathSync(join(REPO, 'node_modules')), join(checkout, 'node_modules'), 'dir');
    const elsewhere = tempDir('elsewhere');
    const env = { PATH: process.env.PATH ?? '', HOME: elsewhere, XDG_DATA_HOME: join(elsewhere, 'data'), LANG: 'C.UTF-8', TZ: 'UTC' };

    // (a) in a checkout: not built yet → exit 5 and `npm run build` in that folder.
    const unbuilt = await run(process.execPath, [join(checkout, 'bin', 'pmp.js'), '--version'], { cwd: elsewhere, env });
    expect(unbuilt.code).toBe(5);
    expect(unbuilt.stderr).toContain('pmp-study is not built yet');
    expect(unbuilt.stderr).toContain(`npm run build in ${checkout}`);

    const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: checkout, env: npmEnv(work), timeoutMs: 120_000 });
    expect(packed.stderr.match(/npm error.*/g) ?? []).toEqual([]);
    expect(packed.code).toBe(0);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[/m))) as { filename: string; size: number; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'bin/pmp.js', 'bin/install-problem.js', 'dist/main.js', 'questions/starter.json', 'questions/outlines/eco-2026.json']));
    expect(files.filter((f) => /^(src|test|bench|node_modules)\//.test(f) || f.endsWith('.ts'))).toEqual([]);

    // (b) in a checkout without its dependencies: the package it misses, and npm ci.
    rmSync(join(checkout, 'node_modules'));
    mkdirSync(join(checkout, 'node_modules'));
    const noDeps = await run(process.execPath, [join(checkout, 'bin', 'pmp.js'), '--version'], { cwd: elsewhere, env });
    expect(noDeps.code).toBe(5);
    expect(noDeps.stderr).toContain('pmp-study cannot find commander');
    expect(noDeps.stderr).toContain(`npm ci in ${checkout}`);

    // Installed globally into a temporary prefix, from a folder that is not a project.
    const prefix = join(work, 'prefix');
    const installed = await run(
      'npm',
      ['install', '-g', '--prefix', prefix, '--prefer-offline', '--allow-scripts=better-sqlite3', '--no-audit', '--no-fund', join(work, info!.filename)],
      { cwd: elsewhere, env: npmEnv(work, await localPrebuilds(work)), timeoutMs: 240_000 },
    );
    if (installed.code !== 0) throw new Error(`npm install -g failed (${installed.code}):\n${installed.stderr.slice(-4000)}`);
    const pmp = join(prefix, 'bin', 'pmp');
    const root = join(prefix, 'lib', 'node_modules', 'pmp-study');
    expect(readdirSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release'))).toContain('better_sqlite3.node');

    const version = await run(pmp, ['--version'], { cwd: elsewhere, env });
    expect(version).toEqual({ code: 0, stdout: `${PKG.version}\n`, stderr: '' });

    // A plain study session with one answer, the database in the other folder.
    const db = join(elsewhere, 'study.db');
    const seeded = { ...env, PMP_SEED: '7' }; // the same seed: the same order of new questions, the same shuffle
    const preview = await run(pmp, ['study', '--db', join(elsewhere, 'preview.db'), '--limit', '1'], { cwd: elsewhere, env: seeded });
    const answer = PlainSession.answerFor(preview.stdout); // the same seed shows the same first question
    const study = await run(pmp, ['study', '--db', db, '--limit', '1'], { cwd: elsewhere, env: seeded, input: `${answer}\n` });
    expect(withoutFirstRun(study.stderr)).toBe('');
    expect(study.code).toBe(0);
    expect(study.stdout.match(/^saved: /gm)).toHaveLength(1);

    // (c) the SQLite module missing from the installed package: rebuild, or reinstall.
    const release = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release');
    renameSync(release, `${release}-aside`);
    const native = await run(pmp, ['stats', '--db', db], { cwd: elsewhere, env });
    expect(native.code).toBe(5);
    expect(native.stderr).toContain('The SQLite module (better-sqlite3) is not built for this Node.js');
    expect(native.stderr).toContain(`cd ${root} && npm rebuild better-sqlite3`);
    renameSync(`${release}-aside`, release);

    // (b) a dependency missing from the installed package: reinstall, not npm ci.
    const commander = join(root, 'node_modules', 'commander');
    renameSync(commander, `${commander}-aside`);
    const missing = await run(pmp, ['--version'], { cwd: elsewhere, env });
    expect(missing.code).toBe(5);
    expect(missing.stderr).toContain('pmp-study cannot find commander');
    expect(missing.stderr).toMatch(/reinstall pmp-study: npm install -g SOURCE --allow-scripts=better-sqlite3/i);
    renameSync(`${commander}-aside`, commander);

    const sqlite = existsSync(join(release, 'obj.target')) ? 'compiled' : 'the local prebuilt';
    process.stdout.write(`package test: tarball ${info!.size} bytes, ${files.length} files; SQLite module ${sqlite}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }, 300_000);
});
