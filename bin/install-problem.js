// Loaded by bin/pmp.js only when dist/main.js could not be loaded, so it costs nothing on a good
// start. Plain JavaScript with no dependencies: it must work when nothing else does. It tells apart
// the three ways an installation breaks, and gives the fix that fits how pmp-study was installed:
// a checkout (a folder you build yourself) or an installed package (npm install -g, npx).
// src/app/install-kind.ts says the same things for problems met later, in English and Korean.
import { existsSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

/** 'installed' when the package sits in a node_modules folder (global install, npx), else 'checkout'. */
export function installKind(root) {
  return root.split(/[\\/]/).includes('node_modules') ? 'installed' : 'checkout';
}

/** What went wrong: { what: 'not-built' | 'missing-package' | 'native', name? }, or undefined. */
export function classify(error, root) {
  const message = String(error?.message ?? error);
  const code = error?.code;
  if (/Could not locate the bindings file|NODE_MODULE_VERSION|ERR_DLOPEN_FAILED|invalid ELF header|better_sqlite3\.node/.test(message) || code === 'ERR_DLOPEN_FAILED') {
    return { what: 'native' };
  }
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const pkg = /Cannot find package '([^']+)'/.exec(message);
  if (pkg) return { what: 'missing-package', name: pkg[1] };
  const mod = /Cannot find module '([^']+)'/.exec(message);
  if (!mod) return undefined;
  const missing = mod[1].startsWith('file:') ? fileURLToPath(mod[1]) : mod[1];
  if (isAbsolute(missing)) {
    const inside = relative(join(root, 'dist'), missing);
    return inside.startsWith('..') || isAbsolute(inside) ? undefined : { what: 'not-built' };
  }
  // require('bindings') and the like, from a CommonJS dependency: a bare name.
  return missing.startsWith('.') ? undefined : { what: 'missing-package', name: missing.split('/').slice(0, missing.startsWith('@') ? 2 : 1).join('/') };
}

const REINSTALL = 'npm install -g SOURCE --allow-scripts=better-sqlite3, where SOURCE is what you installed from (a pmp-study-*.tgz file made with npm pack, or the package name)';

/** The message for an installation problem (two lines, newline-terminated), or undefined if it is not one. */
export function installProblem(error, rootUrl) {
  const root = fileURLToPath(rootUrl).replace(/[\\/]$/, '');
  const problem = classify(error, root);
  if (!problem) return undefined;
  const kind = installKind(root);
  const checkout = kind === 'checkout';
  let said;
  let hint;
  if (problem.what === 'not-built') {
    said = checkout
      ? `pmp-study is not built yet: ${join(root, 'dist')} is missing or incomplete.`
      : `this copy of pmp-study was packaged without its compiled program (${join(root, 'dist')} is missing or incomplete).`;
    hint = checkout
      ? `run ${existsSync(join(root, 'node_modules')) ? '' : 'npm ci && '}npm run build in ${root}`
      : `make the package with npm pack in a pmp-study checkout (it builds first), then reinstall: ${REINSTALL}.`;
  } else if (problem.what === 'missing-package') {
    said = `pmp-study cannot find ${problem.name}, a package it needs: its dependencies are not installed${checkout ? '' : ' completely'} in ${root}.`;
    hint = checkout ? `run npm ci in ${root}` : `reinstall pmp-study: ${REINSTALL}.`;
  } else {
    said = `the SQLite module (better-sqlite3) is not built for this Node.js (${process.version}, modules ABI ${process.versions.modules}).`;
    hint = checkout
      ? `run npm rebuild better-sqlite3 in ${root}; it needs python3, make and g++.`
      : `rebuild it: cd ${root} && npm rebuild better-sqlite3 (it needs python3, make and g++), or reinstall: ${REINSTALL}.`;
  }
  return `error: ${said}\nhint: ${hint}\n`;
}
