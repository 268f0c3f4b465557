/**
 * The layers of src/ import one way. Each folder under src/ (cli, app, domain, import, storage,
 * i18n, simulation) and each top-level file (main, errors) is a layer; an import of any kind —
 * type-only ones too, since a shape shared both ways is how circles start — is an edge between
 * layers, and the layer graph must have no cycle. Between files, runtime imports must have no
 * cycle either (type-only imports vanish at run time). Two rooms are kept by rule: commands
 * (src/cli) never import src/storage — they call a use case in src/app — and the domain loads no
 * IO package (fs, better-sqlite3, chalk, commander, @inquirer). A small walk over the sources, no library:
 * the import forms used in src/ are few and regular.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(process.cwd(), 'src');

/** `import … from './x.js'`, `export … from './x.js'` and `import('./x.js')`, relative ones only. */
const IMPORT = /(?:^|\n)\s*(import|export)(\s+type)?\s[^'";]*?\sfrom\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importEdges(files: readonly string[]): Edge[] {
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => ({
      from: relative(SRC, file),
      to: relative(SRC, resolve(dirname(file), (m[3] ?? m[4] ?? '').replace(/\.js$/, '.ts'))),
      typeOnly: m[2] !== undefined,
    })),
  );
}

/** The same forms naming a package or a Node module (`'chalk'`, `'node:fs'`), not a relative file. */
const PACKAGE_IMPORT = /(?:^|\n)\s*(?:import|export)(?:\s+type)?\s[^'";]*?\sfrom\s*['"]([^.'"][^'"]*)['"]|import\(\s*['"]([^.'"][^'"]*)['"]\s*\)/g;

function packageImports(files: readonly string[]): { readonly from: string; readonly to: string }[] {
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(PACKAGE_IMPORT)].map((m) => ({ from: relative(SRC, file), to: m[1] ?? m[2] ?? '' })));
}

/** What the domain must not load: files, the database, the terminal and the command line are other layers' work. */
const IO_PACKAGE = /^(?:node:)?fs(?:\/.*)?$|^better-sqlite3$|^chalk$|^commander$|^@inquirer\//;

/** Commands parse options, call a use case in src/app and render: the database is the use case's business. */
const commandsReachingStorage = (edges: readonly Edge[]): string[] =>
  edges.filter((e) => layerOf(e.from) === 'cli' && layerOf(e.to) === 'storage').map((e) => `${e.from} → ${e.to}`);

const domainIo = (imports: readonly { from: string; to: string }[]): string[] =>
  imports.filter((i) => layerOf(i.from) === 'domain' && IO_PACKAGE.test(i.to)).map((i) => `${i.from} → ${i.to}`);

const layerOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/, ''));

/** One cycle of the graph as a path that ends where it starts, or undefined when it has none. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    if (state.get(node) !== undefined) continue;
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}

function graph(edges: readonly Edge[], key: (file: string) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of edges) {
    const [a, b] = [key(e.from), key(e.to)];
    if (a === b) continue;
    if (!out.has(a)) out.set(a, new Set());
    out.get(a)!.add(b);
  }
  return out;
}

/** For a failure message: which files make the layer edges of a cycle. */
function witnesses(edges: readonly Edge[], cycle: readonly string[]): string[] {
  return cycle.slice(1).flatMap((to, i) => {
    const e = edges.find((x) => layerOf(x.from) === cycle[i] && layerOf(x.to) === to);
    return e ? [`${e.from} → ${e.to}`] : [];
  });
}

describe('the import graph of src/', () => {
  const edges = importEdges(sourceFiles(SRC));

  it('is read (the walk finds the imports it should)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'main.ts', to: 'cli/program.ts', typeOnly: false });
    expect(edges.some((e) => e.typeOnly)).toBe(true);
  });

  it('has no cycle between layers', () => {
    const cycle = findCycle(graph(edges, layerOf));
    expect(cycle && `${cycle.join(' → ')}: ${witnesses(edges, cycle).join('; ')}`).toBeUndefined();
  });

  it('has no cycle between files at run time', () => {
    expect(findCycle(graph(edges.filter((e) => !e.typeOnly), (f) => f))).toBeUndefined();
  });

  it('would notice a cycle', () => {
    const circle: Edge[] = [
      { from: 'storage/bank-store.ts', to: 'import/plan-import.ts', typeOnly: true },
      { from: 'import/export-bank.ts', to: 'storage/bank-store.ts', typeOnly: true },
    ];
    expect(findCycle(graph(circle, layerOf))).toEqual(['storage', 'import', 'storage']);
    expect(findCycle(graph(circle, (f) => f))).toBeUndefined();
  });

  it('has no command that reaches src/storage itself (type-only and lazy imports included)', () => {
    expect(commandsReachingStorage(edges)).toEqual([]);
  });

  it('has a domain that loads no fs, better-sqlite3, chalk, commander or @inquirer (lazy imports included)', () => {
    const imports = packageImports(sourceFiles(join(SRC, 'domain')));
    expect(imports.some((i) => i.to === 'ts-fsrs')).toBe(true); // the walk reads the domain's package imports
    expect(domainIo(imports)).toEqual([]);
  });

  it('would notice a command reaching storage, or the domain loading IO', () => {
    const source = [
      "import type { Db } from '../../storage/database.js';",
      "const { writeOutputFile } = await import('../../storage/output-file.js');",
      "import { readFileSync } from 'node:fs';",
      "import { writeFile } from 'fs/promises';",
      "const chalk = (await import('chalk')).default;",
      "import { confirm } from '@inquirer/prompts';",
      "import Database from 'better-sqlite3';",
      "import { Command } from 'commander';",
      "import { fsrs } from 'ts-fsrs';",
    ].join('\n');
    const relativeOnes = [...source.matchAll(IMPORT)].map((m) => relative(SRC, resolve(SRC, 'cli/commands', (m[3] ?? m[4] ?? '').replace(/\.js$/, '.ts'))));
    const cliEdges = relativeOnes.map((to) => ({ from: 'cli/commands/x.ts', to, typeOnly: false }));
    expect(commandsReachingStorage(cliEdges)).toEqual(['cli/commands/x.ts → storage/database.ts', 'cli/commands/x.ts → storage/output-file.ts']);
    const packages = [...source.matchAll(PACKAGE_IMPORT)].map((m) => ({ from: 'domain/x.ts', to: m[1] ?? m[2] ?? '' }));
    expect(domainIo(packages).map((x) => x.split(' → ')[1])).toEqual(['node:fs', 'fs/promises', 'chalk', '@inquirer/prompts', 'better-sqlite3', 'commander']);
  });
});
