import { describe, expect, it } from '@jest/globals';
import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bankFile } from '../helpers/fixtures.js';
import { runCli, withoutFirstRun } from '../helpers/cli.js';
import { freshDb } from '../helpers/fresh-db.js';
import { tempDir } from '../helpers/temp.js';

// A copy of ../shared/third-party (MIT, LICENSE kept beside it) so the test does not depend on the folder layout.
const THIRD_PARTY = join(process.cwd(), 'test', 'fixtures', 'third-party', 'pmp-exam-prep-mansouriyassine', 'questions');
const MAP = join('examples', 'mansouriyassine.jsonata');

function write(name: string, content: unknown): string {
  const path = join(tempDir('import'), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe('pmp import, the worked example: a real third-party set through a JSONata mapping', () => {
  const files = readdirSync(THIRD_PARTY).filter((f) => f.endsWith('.json')).map((f) => join(THIRD_PARTY, f));

  it('imports all 120 questions with their right answers, and again as unchanged', () => {
    const db = freshDb();
    const first = runCli(['import', ...files, '--map', MAP, '--json', '--db', db]);
    expect(withoutFirstRun(first.stderr)).toBe('');
    expect(first.code).toBe(0);
    const report = json(first);
    expect(report.files).toHaveLength(6);
    expect(report.files.reduce((n: number, f: { added: string[] }) => n + f.added.length, 0)).toBe(120);

    const sqlite = new Database(db, { readonly: true });
    for (const file of files) {
      const source = JSON.parse(readFileSync(file, 'utf8')) as { question: string; answer: number; [k: string]: unknown }[];
      const bankId = `mansouriyassine-${file.replace(/^.*\//, '').replace('.json', '')}`;
      const stored = (sqlite.prepare('SELECT body FROM questions WHERE bank_id = ?').pluck().all(bankId) as string[]).map((b) => JSON.parse(b));
      expect(stored).toHaveLength(source.length);
      for (const s of source) {
        const q = stored.find((x) => x.prompt.en === s.question);
        const key = q.options.find((o: { id: string }) => o.id === q.answer);
        expect(key.text.en).toBe(s[`choice${s.answer}`]);
      }
    }
    sqlite.close();

    const again = json(runCli(['import', ...files, '--map', MAP, '--json', '--db', db]));
    for (const f of again.files) {
      expect(f.added).toEqual([]);
      expect(f.unchanged.length).toBe(20);
    }
  });

  it('shuffles the options of imported questions at display (the source lists keys in fixed places)', () => {
    const db = freshDb();
    runCli(['import', files[0] as string, '--map', MAP, '--db', db]);
    const positions = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) {
      const r = runCli(['study', '--bank', 'mansouriyassine-group1', '--seed', String(seed), '--db', db], { input: 'q\n' });
      const options = r.stdout.split('\n').filter((l) => /^\s+[A-D]\. /.test(l)).join('|');
      positions.add(options);
    }
    expect(positions.size).toBeGreaterThan(1);
  });

  it('without a mapping, says the JSON is in another shape and how to map it', () => {
    const r = runCli(['import', files[0] as string, '--db', freshDb()]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--map');
  });
});

describe('pmp import of our own format', () => {
  it('reports buckets on re-import, keeps progress, and --dry-run writes nothing', () => {
    const db = freshDb();
    const v1 = write('bank.json', bankFile(4));
    expect(json(runCli(['import', v1, '--json', '--db', db])).files[0].added).toHaveLength(4);
    runCli(['study', '--bank', 'test-bank', '--db', db], { input: 'A\nA\nA\nA\nq\n' });

    const v2 = bankFile(4);
    const qs = v2.questions as Record<string, unknown>[];
    qs[0]!.prompt = { en: 'Reworded first question?', ko: '바뀐 첫 문제?' };
    qs[1]!.answer = 'd';
    qs.pop();
    const path2 = write('bank.json', v2);
    const before = runCli(['stats', '--json', '--db', db]).stdout;
    const dry = json(runCli(['import', path2, '--dry-run', '--json', '--db', db]));
    expect(dry.dryRun).toBe(true);
    expect(dry.files[0]).toMatchObject({ updated: ['q001'], answerChanged: ['q002'], retired: ['q004'], unchanged: ['q003'] });
    expect(runCli(['banks', 'show', 'test-bank', '--json', '--db', db]).stdout).toContain('"questions": 4');

    const real = runCli(['import', path2, '--db', db]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/0 added · 1 updated · 1 answer changed · 0 restored · 1 unchanged · 1 retired/);
    expect(JSON.parse(before).answers).toBe(json(runCli(['stats', '--json', '--db', db])).answers);
  });

  it('imports nothing when any file is invalid, and lists the problems of every file', () => {
    const db = freshDb();
    const good = write('good.json', bankFile(2, { id: 'good-bank' }));
    const bad = bankFile(2, { id: 'bad-bank' });
    (bad.questions as Record<string, unknown>[])[1]!.answer = 'z';
    const badPath = write('bad.json', bad);
    const r = runCli(['import', good, badPath, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Nothing was imported/);
    expect(r.stderr).toMatch(new RegExp(`${badPath}:\\d+:\\d+: questions\\[1\\]\\.answer \\(q002\\)`));
    const banks = json(runCli(['banks', 'list', '--json', '--db', db])).map((b: { id: string }) => b.id);
    expect(banks).not.toContain('good-bank');
  });

  it('export never damages a file: an existing file or a symbolic link only with --force (the link itself), a clear word for a folder, a missing folder and a full disk', () => {
    const db = freshDb();
    const dir = tempDir('import');
    const mine = join(dir, 'notes.json');
    writeFileSync(mine, 'my own notes');
    const refused = runCli(['banks', 'export', 'pmp-starter', '--out', mine, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${mine} already exists; nothing was written.`);
    expect(readFileSync(mine, 'utf8')).toBe('my own notes');

    const link = join(dir, 'link.json');
    symlinkSync(mine, link);
    expect(runCli(['banks', 'export', 'pmp-starter', '--out', link, '--db', db]).stderr).toContain('is a symbolic link; nothing was written through it');
    expect(runCli(['banks', 'export', 'pmp-starter', '--out', link, '--force', '--db', db]).code).toBe(0);
    expect(readFileSync(mine, 'utf8')).toBe('my own notes');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(link, 'utf8')).id).toBe('pmp-starter');

    expect(runCli(['banks', 'export', 'pmp-starter', '--out', mine, '--force', '--db', db]).code).toBe(0);
    expect(JSON.parse(readFileSync(mine, 'utf8')).id).toBe('pmp-starter');
    expect(runCli(['banks', 'export', 'pmp-starter', '--out', dir, '--db', db]).stderr).toContain('is a folder');
    const missing = runCli(['banks', 'export', 'pmp-starter', '--out', join(dir, 'nope', 'x.json'), '--db', db]);
    expect([missing.code, missing.stderr.includes('does not exist')]).toEqual([2, true]);
    const full = runCli(['banks', 'export', 'pmp-starter', '--out', '/dev/full', '--db', db]);
    expect([full.code, full.stderr.includes('The disk is full: /dev/full was not written')]).toEqual([4, true]);
    // Nothing half-written is left behind.
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'notes.json']);
  });

  it('export then import gives "unchanged" for every question (bundled bank with scenarios and exhibits)', () => {
    const db = freshDb();
    const out = join(tempDir('import'), 'export.json');
    for (const id of ['pmp-eco2026-process-b', 'pmp-starter']) {
      const exported = runCli(['banks', 'export', id, '--out', out, '--force', '--db', db]);
      expect(exported.code).toBe(0);
      const r = json(runCli(['import', out, '--json', '--db', db]));
      expect(r.files[0].added).toEqual([]);
      expect(r.files[0].updated).toEqual([]);
      expect(r.files[0].answerChanged).toEqual([]);
      expect(r.files[0].unchanged.length).toBeGreaterThan(40);
    }
  });

  it('reports questions that other banks already hold', () => {
    const db = freshDb();
    runCli(['import', write('a.json', bankFile(2, { id: 'bank-a' })), '--db', db]);
    const r = json(runCli(['import', write('b.json', bankFile(3, { id: 'bank-b' })), '--json', '--db', db]));
    expect(r.files[0].duplicates).toEqual(
      expect.arrayContaining([{ questionId: 'q001', otherBankId: 'bank-a', otherQuestionId: 'q001' }]),
    );
  });
});

describe('pmp banks show, remove', () => {
  it('shows a bank, removes it (history kept) and brings it back on import', () => {
    const db = freshDb();
    const path = write('bank.json', bankFile(3));
    runCli(['import', path, '--db', db]);
    runCli(['study', '--bank', 'test-bank', '--db', db], { input: 'A\nq\n' });
    const shown = json(runCli(['banks', 'show', 'test-bank', '--json', '--db', db]));
    expect(shown).toMatchObject({ id: 'test-bank', questions: 3, types: { single: 3 } });

    const refused = runCli(['banks', 'remove', 'test-bank', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    const removed = runCli(['banks', 'remove', 'test-bank', '--yes', '--db', db]);
    expect(removed.code).toBe(0);
    const ids = json(runCli(['banks', 'list', '--json', '--db', db])).map((b: { id: string }) => b.id);
    expect(ids).not.toContain('test-bank');
    expect(json(runCli(['stats', '--json', '--db', db])).answers).toBe(1);

    const back = json(runCli(['import', path, '--json', '--db', db]));
    expect(back.files[0].restored).toHaveLength(3);
    expect(runCli(['banks', 'show', 'nope', '--db', db]).code).toBe(2);
  });
});

describe('pmp import of trainers\' other formats', () => {
  it('imports CSV with Korean columns, re-imports it as unchanged, and exports it back to CSV', () => {
    const db = freshDb();
    const csv = [
      'id,type,prompt,prompt_ko,option_a,option_a_ko,option_b,option_b_ko,option_c,option_c_ko,answer,explanation,explanation_ko,domain,task,approach,difficulty,tags',
      'c1,single,Who owns the product backlog?,제품 백로그는 누가 소유하는가?,The product owner,제품 책임자,The sponsor,스폰서,The PMO,PMO,A,The product owner orders the backlog.,제품 책임자가 백로그 순서를 정한다.,process,3,agile,1,backlog',
      'c2,multiple,Which two are artifacts of Scrum? (Choose two.),스크럼의 산출물 두 가지는? (두 개를 고르시오.),Product backlog,제품 백로그,Increment,증분,Gantt chart,간트 차트,"A,B",Backlog and increment are Scrum artifacts.,백로그와 증분은 스크럼 산출물이다.,process,1,agile,2,scrum',
    ].join('\n');
    const path = write('trainer.csv', csv + '\n');
    const first = json(runCli(['import', path, '--json', '--db', db]));
    expect(first.files[0]).toMatchObject({ format: 'csv', bank: 'trainer', added: ['c1', 'c2'] });
    expect(json(runCli(['import', path, '--json', '--db', db])).files[0].unchanged).toEqual(['c1', 'c2']);

    const ko = runCli(['study', '--bank', 'trainer', '--lang', 'ko', '--db', db], { input: 'q\n' });
    expect(ko.stdout).toMatch(/제품 백로그는 누가 소유하는가\?|스크럼의 산출물 두 가지는\?/);

    const exported = join(tempDir('import'), 'trainer.csv');
    expect(runCli(['banks', 'export', 'trainer', '--format', 'csv', '--out', exported, '--db', db]).code).toBe(0);
    const again = json(runCli(['import', exported, '--json', '--db', db]));
    expect(again.files[0]).toMatchObject({ added: [], updated: [], answerChanged: [], unchanged: ['c1', 'c2'] });
  });

  it('refuses to export as CSV what CSV cannot hold, naming why', () => {
    const r = runCli(['banks', 'export', 'pmp-starter', '--format', 'csv', '--db', freshDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot be written as CSV.*scenarios/);
  });

  it('imports Moodle Aiken and GIFT files, with stable ids on re-import', () => {
    const db = freshDb();
    const aiken = write('quiz.txt', 'Which document authorizes the project?\nA. Project charter\nB. Scope statement\nC. Risk register\nANSWER: A\n\nWho approves changes in a predictive project?\nA) The team\nB) The change control board\nANSWER: B\n');
    const gift = write(
      'quiz.gift',
      '::q-tf:: A project is temporary. {T}\n\n::q-mc:: Which conflict mode seeks a win-win outcome? {=Collaborate ~Force ~Withdraw}\n\n::q-num:: How many channels for 5 people? {#10}\n',
    );
    const r = json(runCli(['import', aiken, '--format', 'aiken', '--json', '--db', db]));
    expect(r.files[0]).toMatchObject({ format: 'aiken', bank: 'quiz' });
    expect(r.files[0].added).toHaveLength(2);
    const g = json(runCli(['import', gift, '--bank-id', 'gift-quiz', '--json', '--db', db]));
    expect(g.files[0]).toMatchObject({ format: 'gift', bank: 'gift-quiz', added: ['q-tf', 'q-mc', 'q-num'] });
    expect(json(runCli(['import', aiken, '--json', '--db', db])).files[0].unchanged).toHaveLength(2);
  });

  it('points at the line of a problem in a GIFT or Aiken file, and imports nothing', () => {
    const db = freshDb();
    const bad = write('bad.aiken', 'Question one?\nA. yes\nB. no\nANSWER: C\n');
    const r = runCli(['import', bad, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`${bad}:4(:\\d+)?: .*C`));
    expect(json(runCli(['banks', 'list', '--json', '--db', db])).map((b: { id: string }) => b.id)).not.toContain('bad');
  });
});
