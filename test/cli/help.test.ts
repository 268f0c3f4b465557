/**
 * The command line's shell: one way to register a command, grouped help wrapped to the width, and
 * every help text and commander message in Korean (run in process: help touches no database).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { completionModel } from '../../src/cli/completion/model.js';
import { loadHelp } from '../../src/i18n/help.js';
import { loadMessages, translator } from '../../src/i18n/index.js';
import { displayWidth } from '../../src/cli/terminal/wrap.js';
import { runInProcess } from '../helpers/in-process.js';

// The messages load per language (src/i18n/index.ts), as main.ts loads them.
await loadMessages('en');
await loadMessages('ko');

const HANGUL = /[\uac00-\ud7a3]/;
const REGISTER_DIR = join('src', 'cli', 'register');

async function program(lang: 'en' | 'ko' = 'en'): Promise<Command> {
  const runtime = { env: {}, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  return buildProgram(runtime, '0.0.0', () => {}, translator(lang), await loadHelp(lang));
}

/** Every command path below pmp: ['study'], ['banks', 'export'], … */
function commandPaths(root: Command): string[][] {
  const paths: string[][] = [];
  const visit = (c: Command, path: string[]) => {
    for (const sub of c.commands) {
      if (sub.name() === 'help') continue;
      paths.push([...path, sub.name()]);
      visit(sub, [...path, sub.name()]);
    }
  };
  visit(root, []);
  return paths;
}

describe('one way to register a command', () => {
  it('program.ts registers no command itself; each top-level command is registered by exactly one file of src/cli/register/', async () => {
    const source = readFileSync(join('src', 'cli', 'program.ts'), 'utf8');
    expect(source).not.toMatch(/\.command\(/);
    const files = readdirSync(REGISTER_DIR).filter((f) => f.endsWith('.ts'));
    const texts = new Map(files.map((f) => [f, readFileSync(join(REGISTER_DIR, f), 'utf8')]));
    const root = await program();
    const names = root.commands.map((c) => c.name()).filter((n) => n !== 'help');
    expect(names.length).toBeGreaterThanOrEqual(19);
    for (const name of names) {
      const owners = [...texts].filter(([, text]) => text.includes(`program.command('${name}'`)).map(([f]) => f);
      expect({ name, owners: owners.length }).toEqual({ name, owners: 1 });
    }
  });

  it('puts every command in one of the five help groups, in the order the groups are listed', async () => {
    const root = await program();
    const groups = root.commands.map((c) => c.helpGroup());
    expect([...new Set(groups)]).toEqual(['Study:', 'Exam & readiness:', 'Banks & import:', 'Class:', 'Data & settings:']);
    expect(root.commands.find((c) => c.name() === 'study')?.helpGroup()).toBe('Study:');
    expect(root.commands.find((c) => c.name() === 'import')?.helpGroup()).toBe('Banks & import:');
  });
});

describe('pmp --help', () => {
  it('lists the groups with a line of examples and fits 80 columns', async () => {
    const r = await runInProcess(['--help'], { COLUMNS: '80' });
    expect(r.code).toBe(0);
    const headings = r.stdout.split('\n').filter((l) => /^[A-Z][^ ]*.*:$/.test(l));
    expect(headings).toEqual(['Options:', 'Study:', 'Exam & readiness:', 'Banks & import:', 'Class:', 'Data & settings:', 'Examples:']);
    expect(r.stdout).toMatch(/\n {2}\$ pmp study\n/);
    for (const line of r.stdout.split('\n')) expect({ line, width: displayWidth(line) <= 80 }).toEqual({ line, width: true });
  });

  it('wraps every command help to the terminal width, notes included (not hard-wrapped near 100)', async () => {
    const root = await program();
    for (const width of [40, 60]) {
      for (const path of commandPaths(root)) {
        const r = await runInProcess([...path, '--help'], { COLUMNS: String(width) });
        expect(r.code).toBe(0);
        const over = r.stdout.split('\n').filter((l) => displayWidth(l) > width && !l.startsWith('  $ '));
        expect({ path: path.join(' '), width, over }).toEqual({ path: path.join(' '), width, over: [] });
      }
    }
    // The exam's notes run as paragraphs: at 100 columns their lines are longer than the old hard wrap at 80 or so.
    const wide = await runInProcess(['exam', '--help'], { COLUMNS: '100' });
    expect(Math.max(...wide.stdout.split('\n').map((l) => displayWidth(l)))).toBeGreaterThan(95);
  });

  it('calls the flag in pmp flagged --help by study\'s word for it', async () => {
    const r = await runInProcess(['flagged', '--help']);
    expect(r.stdout).toContain('(flag, or f in a terminal)');
    expect(r.stdout).not.toContain('study (f)');
  });
});

describe('Korean help', () => {
  /** Each item of a help section (term and its description, continuation lines joined). */
  function items(text: string): { term: string; description: string }[] {
    const out: { term: string; description: string }[] = [];
    let section = '';
    for (const line of text.split('\n')) {
      if (/^\S.*:$/.test(line)) section = line;
      // The examples are code, and the notes after them are checked in the catalog below.
      if (section === '예:') break;
      if (section === '') continue;
      const item = /^ {2}(\S.*?) {2,}(\S.*)$/.exec(line);
      if (item) out.push({ term: item[1] as string, description: item[2] as string });
      else if (/^ {3,}\S/.test(line) && out.length > 0) (out[out.length - 1] as { description: string }).description += ' ' + line.trim();
    }
    return out;
  }

  it('describes every command, subcommand, option and argument in Korean, with commander\'s own words translated', async () => {
    const root = await program('ko');
    const paths = [[], ...commandPaths(root)];
    expect(paths.length).toBeGreaterThanOrEqual(30);
    for (const path of paths) {
      const r = await runInProcess(['--lang', 'ko', ...path, '--help']);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toMatch(/^사용법: pmp/);
      // The description right under the usage line.
      expect({ path: path.join(' '), description: HANGUL.test(lines[2] ?? '') }).toEqual({ path: path.join(' '), description: true });
      for (const heading of lines.filter((l) => /^\S.*:$/.test(l))) expect({ path: path.join(' '), heading, hangul: HANGUL.test(heading) }).toEqual({ path: path.join(' '), heading, hangul: true });
      const found = items(r.stdout);
      expect(found.length).toBeGreaterThan(0);
      for (const { term, description } of found) {
        expect({ path: path.join(' '), term, description, hangul: HANGUL.test(description) }).toEqual({ path: path.join(' '), term, description, hangul: true });
      }
      expect(r.stdout).not.toMatch(/display help|default:|Usage:|Options:|Examples:/);
    }
  });

  it('has Korean for every help text of the catalog, notes included', async () => {
    const ko = await loadHelp('ko');
    const en = await loadHelp('en');
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    const without = Object.entries(ko).filter(([, text]) => !HANGUL.test(text));
    expect(without).toEqual([]);
  });

  it('follows PMP_LANG and LANG as well as --lang', async () => {
    for (const env of [{ PMP_LANG: 'ko' }, { LANG: 'ko_KR.UTF-8' }] as Record<string, string>[]) {
      const r = await runInProcess(['exam', 'review', '--help'], env);
      expect(r.stdout).toMatch(/^사용법: pmp exam review/);
      expect(r.stdout).toContain('틀렸거나 안 푼 문제만');
    }
  });

  it("says commander's usage errors in Korean: suggestion, unknown option, missing argument, too many arguments, bad choice", async () => {
    const cases: [string[], RegExp][] = [
      [['stdy'], /알 수 없는 명령 'stdy'\s\(혹시 study 말인가요\?\)/],
      [['study', '--frobnicate'], /알 수 없는 옵션 '--frobnicate'/],
      [['study', '--jsn'], /\(혹시 --json 말인가요\?\)/],
      [['banks', 'show'], /필수 인자 'id'이\(가\) 없습니다/],
      [['stats', 'extra'], /인자가 너무 많습니다/],
      [['completion', 'tcsh'], /'tcsh'은\(는\) shell에 쓸 수 없습니다. 선택지: bash, zsh, fish/],
    ];
    for (const [argv, message] of cases) {
      const r = await runInProcess(['--lang', 'ko', ...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/Did you mean|error:|Allowed choices/);
    }
  });
});

describe('--json on every command that reports', () => {
  it('is accepted by each of them', async () => {
    const reporting = [
      '/study', '/leeches', '/flagged', '/suspended', '/stats', '/exam/review', '/exam/list', '/readiness', '/plan',
      '/banks/list', '/banks/show', '/banks/stats', '/import', '/validate', '/coverage', '/doctor', '/rebuild',
      '/config/list', '/config/get', '/config/set', '/config/unset', '/optimize',
    ];
    const nodes = completionModel(await program());
    for (const path of reporting) {
      const node = nodes.find((n) => n.path === path);
      expect({ path, json: node?.options.some((o) => o.names.includes('--json')) }).toEqual({ path, json: true });
    }
  });
});
