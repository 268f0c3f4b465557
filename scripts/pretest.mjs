// `npm test`'s first step: the type check and the build side by side (each is one tsc run of
// ~15 s; in parallel they cost the slower of the two), without shell syntax that only sh knows.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) =>
  new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const codes = await Promise.all([run('typecheck'), run('build')]);
process.exit(codes.find((c) => c !== 0) ?? 0);
