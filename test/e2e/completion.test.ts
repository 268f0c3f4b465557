/**
 * pmp completion: each script, made by the binary, loaded into its real shell, completes what a
 * user types. zsh and fish are tried when installed (their completion machinery is stood in for by
 * functions that print what would be offered).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

function script(shell: string, lang = 'en'): string {
  const r = runCli(['--lang', lang, 'completion', shell]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const file = join(tempDir('completion'), `pmp.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

const installed = (shell: string) => spawnSync(shell, ['--version'], { encoding: 'utf8' }).status === 0;

function run(shell: string, args: string[], code: string): string[] {
  const r = spawnSync(shell, [...args, code], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tempDir('home') } });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter((l) => l !== '');
}

describe('pmp completion bash', () => {
  let file = '';
  beforeAll(() => {
    file = script('bash');
  });
  /** The words typed so far, the last being the one completed (COMP_WORDS as bash sets them). */
  const complete = (...words: string[]) =>
    run('bash', ['-c'], `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _pmp_completion; printf '%s\\n' "\${COMPREPLY[@]}"`);

  it('completes commands, subcommands, options and fixed values, skipping options and their values', () => {
    expect(complete('pmp', 'st').sort()).toEqual(['stats', 'study']);
    expect(complete('pmp', '--db', 'x.db', 'st').sort()).toEqual(['stats', 'study']);
    expect(complete('pmp', 'banks', '').sort()).toEqual(['export', 'list', 'remove', 'show', 'stats']);
    expect(complete('pmp', 'exam', 're')).toEqual(['review']);
    expect(complete('pmp', 'banks', 'export', 'my-bank', '--f').sort()).toEqual(['--force', '--format']);
    expect(complete('pmp', 'banks', 'export', 'my-bank', '--format', '')).toEqual(['json', 'csv']);
    expect(complete('pmp', 'import', '--format', '')).toEqual(['json', 'csv', 'tsv', 'aiken', 'gift']);
    expect(complete('pmp', 'study', '--lang', '')).toEqual(['en', 'ko']);
    expect(complete('pmp', 'study', '--domain', 'p')).toEqual(['people', 'process']);
    expect(complete('pmp', 'study', '--new', '')).toEqual([]);
    expect(complete('pmp', 'completion', '--h')).toEqual(['--help']);
  });

  it('offers files where a command or an option takes them', () => {
    const dir = tempDir('files');
    writeFileSync(join(dir, 'my-bank.json'), '{}');
    const prefix = join(dir, 'my');
    expect(complete('pmp', 'import', prefix)).toEqual([`${prefix}-bank.json`]);
    expect(complete('pmp', '--db', prefix)).toEqual([`${prefix}-bank.json`]);
    expect(complete('pmp', 'stats', prefix)).toEqual([]);
  });
});

describe.each(['zsh', 'fish'])('pmp completion %s', (shell) => {
  const maybe = installed(shell) ? it : it.skip;

  maybe('is valid for the shell and completes commands, subcommands and option values', () => {
    const file = script(shell);
    expect(spawnSync(shell, ['-n', file]).status).toBe(0);
    if (shell === 'fish') {
      const complete = (line: string) => run('fish', ['-c'], `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`).map((l) => l.split('\t')[0]);
      expect(complete('pmp st').sort()).toEqual(['stats', 'study']);
      expect(complete('pmp --db x.db banks ').sort()).toEqual(['export', 'list', 'remove', 'show', 'stats']);
      expect(complete('pmp exam --lang ')).toEqual(['en', 'ko']);
    } else {
      // compsys's functions stand in: each prints what it would offer.
      const complete = (...words: string[]) =>
        run(
          'zsh',
          ['-c'],
          `compdef() { :; }; _describe() { print -l -- \${(P)4}; }; compadd() { shift; print -l -- "$@"; }; _files() { print '<files>'; }; ` +
            `source ${JSON.stringify(file)}; words=(${words.map((w) => JSON.stringify(w)).join(' ')}); CURRENT=${words.length}; _pmp`,
        ).map((l) => l.split(':')[0]);
      expect(complete('pmp', '')).toEqual(expect.arrayContaining(['study', 'stats', 'exam', 'import', 'completion']));
      expect(complete('pmp', '--db', 'x.db', 'banks', '').sort()).toEqual(['export', 'list', 'remove', 'show', 'stats']);
      expect(complete('pmp', 'exam', '--lang', '')).toEqual(['en', 'ko']);
      expect(complete('pmp', 'import', 'a.json', '')).toEqual(['<files>']);
    }
  });

  maybe('describes the commands in the language the script was made in', () => {
    expect(runCli(['--lang', 'ko', 'completion', shell]).stdout).toContain('복습 예정 문제부터');
  });
});
