/**
 * `pmp class report`: the whole class from the server — per learner activity, streak, readiness
 * per domain with its range (app/class/class-readiness.ts, the code of `pmp readiness`), and mock
 * exams; the class's weakest tasks; item analysis across the class (domain/item-analysis.ts, the
 * code of `pmp banks stats --learners`).
 */
import { analyseItems, chosenOptionIds, type ItemHistory, type ItemStats } from '../../domain/item-analysis.js';
import type { Outline } from '../../domain/outline.js';
import { guessingFloor, type DomainId, type Question, type Response } from '../../domain/question.js';
import type { Readiness } from '../../domain/readiness.js';
import { streaks } from '../../domain/streak.js';
import { addDays, studyDayDate } from '../../domain/study-calendar.js';
import { studyDayStart } from '../../domain/study-day.js';
import { readJsonBank } from '../../import/json-bank.js';
import { writeOutputFile } from '../../storage/output-file.js';
import { withServer } from '../../storage/class/connection.js';
import { loadCredentials } from '../../storage/class/credentials.js';
import { readClass, type ClassAnswerRow, type ClassData, type ClassStateRow } from '../../storage/class/report-store.js';
import { CLASS_SCHEMA_VERSION, classSchemaVersion } from '../../storage/class/schema.js';
import { PmpError } from '../../errors.js';
import { loadOutlines } from '../outlines.js';
import type { Clock } from '../ports.js';
import { READINESS_HORIZON_DAYS } from '../readiness.js';
import { learnerReadiness, questionKey, type ClassQuestion } from './class-readiness.js';

const DAY_MS = 86_400_000;
/** Days of activity the report keeps per learner (the heatmap's span). */
export const ACTIVITY_DAYS = 7 * 26;
/** Tasks listed as the class's weakest. */
export const WEAKEST_TASKS = 5;

export interface LearnerReport {
  readonly name: string;
  readonly lastStudyDay: string | null;
  readonly answers7: number;
  readonly answers30: number;
  readonly answersTotal: number;
  readonly streak: number;
  readonly examDate: string | null;
  readonly readiness: Readiness;
  readonly exams: readonly { readonly submittedAt: string; readonly outline: string; readonly scored: number; readonly correct: number; readonly share: number }[];
  /** Answers per study day, oldest first, ending today (ACTIVITY_DAYS entries). */
  readonly activity: readonly number[];
}

export interface ClassReport {
  readonly outline: string;
  readonly cut: number;
  readonly today: string;
  readonly learners: readonly LearnerReport[];
  readonly weakestTasks: readonly { readonly domain: DomainId; readonly task: number; readonly meanExpected: number; readonly learners: number }[];
  readonly items: readonly (ItemStats & { readonly domain: DomainId | null; readonly task: number | null })[];
}

export async function classReport(dbPath: string, clock: Clock, options: { readonly outline: Outline; readonly cut: number }): Promise<ClassReport> {
  const address = loadCredentials(dbPath, 'trainer');
  const data = await withServer(address, async (c) => {
    const version = await classSchemaVersion(c);
    if (version < CLASS_SCHEMA_VERSION) throw new PmpError('class.schema-behind', 'server', { found: version, supported: CLASS_SCHEMA_VERSION });
    return readClass(c);
  });
  return buildClassReport(data, clock, options);
}

export function buildClassReport(data: ClassData, clock: Clock, options: { readonly outline: Outline; readonly cut: number }): ClassReport {
  const now = clock.now();
  const offset = clock.utcOffsetMinutes(now);
  const today = studyDayDate(studyDayStart(now, offset), offset);
  const questions = classQuestions(data.banks);
  const byRole = <T extends { role: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.role, [...(m.get(r.role) ?? []), r]);
    return m;
  };
  const answersOf = groupByRole(data.answers);
  const statesOf = groupByRole(data.states);
  const examsOf = byRole(data.exams);
  const settingsOf = byRole(data.settings);

  const learners = data.learners.map((l): LearnerReport => {
    const answers = answersOf.get(l.role) ?? [];
    const settings = new Map((settingsOf.get(l.role) ?? []).map((s) => [s.key, s.value]));
    const examDate = typeof settings.get('examDate') === 'string' ? (settings.get('examDate') as string) : null;
    const examAt = examDate ? Date.parse(`${examDate}T09:00:00Z`) : NaN;
    const weightsRaw = (settings.get('fsrsParameters') as { weights?: unknown } | undefined)?.weights;
    const weights = Array.isArray(weightsRaw) && weightsRaw.every((w) => typeof w === 'number') ? (weightsRaw as number[]) : undefined;
    const perDay = new Map<string, number>();
    for (const a of answers) {
      const day = studyDayDate(studyDayStart(a.answeredAt, offset), offset);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const activity = Array.from({ length: ACTIVITY_DAYS }, (_, i) => perDay.get(addDays(today, i - ACTIVITY_DAYS + 1)) ?? 0);
    const days = [...perDay.keys()].sort();
    const sum = (n: number) => activity.slice(-n).reduce((a, b) => a + b, 0);
    return {
      name: l.name,
      lastStudyDay: days[days.length - 1] ?? null,
      answers7: sum(7),
      answers30: sum(30),
      answersTotal: answers.length,
      activity,
      streak: streaks(activity.map((n) => n > 0)).current,
      examDate,
      readiness: learnerReadiness({
        outline: options.outline,
        questions,
        answers,
        states: statesOf.get(l.role) ?? [],
        exams: examsOf.get(l.role) ?? [],
        now,
        weights,
        at: Number.isFinite(examAt) && examAt > now ? examAt : now + READINESS_HORIZON_DAYS * DAY_MS,
        cut: options.cut,
      }),
      exams: (examsOf.get(l.role) ?? []).map((e) => ({
        submittedAt: new Date(e.submittedAt).toISOString(),
        outline: e.outline,
        scored: e.scored,
        correct: e.correct,
        share: e.scored > 0 ? e.correct / e.scored : 0,
      })),
    };
  });
  return { outline: options.outline.id, cut: options.cut, today, learners, weakestTasks: weakestTasks(learners), items: itemAnalysis(data, questions) };
}

function groupByRole<T extends ClassAnswerRow | ClassStateRow>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    let list = m.get(r.role);
    if (!list) m.set(r.role, (list = []));
    list.push(r);
  }
  return m;
}

/** Every question of the class's banks, read as `pmp import` reads them. */
function classQuestions(banks: ClassData['banks']): Map<string, ClassQuestion> {
  const outlines = loadOutlines();
  const questions = new Map<string, ClassQuestion>();
  for (const b of banks) {
    const read = readJsonBank(b.content, `class:${b.bankId}`, outlines);
    if (!read.ok) continue; // checked when assigned; a bank this version cannot read is left out
    for (const q of read.bank.questions) {
      questions.set(questionKey(b.bankId, q.id), {
        key: questionKey(b.bankId, q.id),
        outline: read.bank.outline ?? null,
        domain: q.eco?.domain ?? null,
        task: q.eco?.task ?? null,
        type: q.type,
        ...shape(q),
        floor: guessingFloor(q),
        answerKey: q.type === 'single' ? [q.answer] : q.type === 'multiple' ? [...q.answer] : [],
      });
    }
  }
  return questions;
}

function shape(q: Question): { options: number; keys: number } {
  switch (q.type) {
    case 'single':
      return { options: q.options.length, keys: 1 };
    case 'multiple':
    case 'ordering':
      return { options: q.options.length, keys: q.answer.length };
    case 'matching':
      return { options: q.right.length, keys: q.left.length };
    case 'numeric':
      return { options: 0, keys: 0 };
  }
}

/** Tasks by the mean expected share over the learners with an estimate, lowest first. */
function weakestTasks(learners: readonly LearnerReport[]): ClassReport['weakestTasks'] {
  const tasks = new Map<string, { domain: DomainId; task: number; sum: number; learners: number }>();
  for (const l of learners) {
    if (l.readiness.status !== 'ready') continue;
    for (const d of l.readiness.domains) {
      for (const t of d.taskList) {
        const k = `${t.domain}|${t.task}`;
        const e = tasks.get(k) ?? { domain: t.domain, task: t.task, sum: 0, learners: 0 };
        e.sum += t.expected;
        e.learners++;
        tasks.set(k, e);
      }
    }
  }
  return [...tasks.values()]
    .map((t) => ({ domain: t.domain, task: t.task, meanExpected: t.sum / t.learners, learners: t.learners }))
    .sort((a, b) => a.meanExpected - b.meanExpected || a.domain.localeCompare(b.domain) || a.task - b.task)
    .slice(0, WEAKEST_TASKS);
}

/** Item analysis over every learner's answers (practice left out, as in banks stats). */
function itemAnalysis(data: ClassData, questions: ReadonlyMap<string, ClassQuestion>): ClassReport['items'] {
  const lapsesOf = new Map(data.states.map((s) => [`${s.role}|${questionKey(s.bankId, s.questionId)}`, s.lapses]));
  const histories = new Map<string, { learner: string; questionId: string; answers: ItemHistory['answers'][number][]; lapses: number }>();
  for (const a of data.answers) {
    if (a.mode === 'cram') continue;
    const questionId = questionKey(a.bankId, a.questionId);
    if (!questions.has(questionId)) continue;
    const k = `${a.role}|${questionId}`;
    let h = histories.get(k);
    if (!h) histories.set(k, (h = { learner: a.role, questionId, answers: [], lapses: lapsesOf.get(k) ?? 0 }));
    h.answers.push({ correct: a.correct, elapsedMs: a.elapsedMs, chosen: chosenOptionIds(a.response as Response) });
  }
  const stats = analyseItems([...histories.values()], (qid) => questions.get(qid)?.answerKey ?? []);
  return stats
    .map((s) => ({ ...s, domain: questions.get(s.questionId)?.domain ?? null, task: questions.get(s.questionId)?.task ?? null }))
    .sort((a, b) => b.flags.length - a.flags.length || (a.firstSightRight ?? 2) - (b.firstSightRight ?? 2) || a.questionId.localeCompare(b.questionId));
}

/** The HTML page is made again each time: an existing file at the path is replaced, whole or not at all. */
export function writeClassReportFile(path: string, html: string): void {
  writeOutputFile(path, html, { replace: true });
}
