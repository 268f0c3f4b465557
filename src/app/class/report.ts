/**
 * `pmp class report`: the whole class from the server — per learner activity, streak, readiness
 * per domain with its range (app/class/class-readiness.ts, the code of `pmp readiness`), and mock
 * exams; the class's weakest tasks; item analysis across the class (domain/item-analysis.ts, the
 * code of `pmp banks stats --learners`).
 */
import { itemFlags, MIN_LEARNERS, type ItemStats } from '../../domain/item-analysis.js';
import { DEFAULT_LEECH_LAPSES } from '../../domain/grading.js';
import type { Outline } from '../../domain/outline.js';
import { guessingFloor, type DomainId, type Question } from '../../domain/question.js';
import type { Readiness } from '../../domain/readiness.js';
import { streaks } from '../../domain/streak.js';
import { DAY_START_HOUR } from '../../domain/study-day.js';
import { readJsonBank } from '../../import/json-bank.js';
import { writeOutputFile } from '../../storage/output-file.js';
import { connect, serverError, type Connection, type ServerAddress } from '../../storage/class/connection.js';
import { loadCredentials } from '../../storage/class/credentials.js';
import {
  putClassQuestions,
  readActivity,
  readClassBasics,
  readFirstSight,
  readItems,
  type ClassBasics,
  type LearnerActivity,
} from '../../storage/class/report-store.js';
import { readReadinessSums, useReportPlannerSettings, type ReadinessSumRow } from '../../storage/class/readiness-sums.js';
import { CLASS_SCHEMA_VERSION, classSchemaVersion } from '../../storage/class/schema.js';
import { PmpError } from '../../errors.js';
import { loadOutlines } from '../outlines.js';
import type { Clock } from '../ports.js';
import { READINESS_HORIZON_DAYS } from '../readiness.js';
import { learnerCurve, learnerReadiness, questionGroups, questionKey, syncedCalibration, type ClassQuestion } from './class-readiness.js';

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
  /** medianElapsedMs is read from binned times: exact to 50 ms under 10 s, 0.5 s under 2 min, 5 s beyond. */
  readonly items: readonly (ItemStats & { readonly domain: DomainId | null; readonly task: number | null })[];
}

export async function classReport(dbPath: string, clock: Clock, options: { readonly outline: Outline; readonly cut: number }): Promise<ClassReport> {
  const address = loadCredentials(dbPath, 'trainer');
  return withTwoConnections(address, async (c, other) => {
    const version = await classSchemaVersion(c);
    if (version < CLASS_SCHEMA_VERSION) throw new PmpError('class.schema-behind', 'server', { found: version, supported: CLASS_SCHEMA_VERSION });
    return readAndBuild(c, other, clock, options);
  });
}

/**
 * Two connections to the server, opened together and always closed: PostgreSQL runs each on a
 * backend of its own, so the report's readiness sums (its heaviest read) and its other reads run
 * at the same time on a server with two or more cores.
 */
async function withTwoConnections<T>(a: ServerAddress, work: (c: Connection, other: Connection) => Promise<T>): Promise<T> {
  const opened = await Promise.allSettled([connect(a), connect(a)]);
  const clients = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  try {
    for (const o of opened) if (o.status === 'rejected') throw o.reason;
    const [c, other] = clients as [Connection, Connection];
    await Promise.all([useReportPlannerSettings(c), useReportPlannerSettings(other)]);
    return await work(c, other);
  } catch (cause) {
    throw serverError(cause, a);
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

const localDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Reads what the server grouped and builds the report; the grouping is the server's, the judging
 * ours. The readiness sums run on `c`; activity, first sight and item analysis on `other`, meanwhile.
 */
async function readAndBuild(c: Connection, other: Connection, clock: Clock, options: { readonly outline: Outline; readonly cut: number }): Promise<ClassReport> {
  const now = clock.now();
  const offsetMs = clock.utcOffsetMinutes(now) * 60_000;
  // Study days start at DAY_START_HOUR local time; a local day is numbered as days since 1970-01-01 of its date.
  const dayStartMs = DAY_START_HOUR * 3_600_000 - offsetMs;
  const today = Math.floor((now - dayStartMs) / DAY_MS);
  const firstDay = today - ACTIVITY_DAYS + 1;

  // Activity needs no question: it starts on the other connection while the banks are read and parsed.
  const activityRead = readActivity(other, dayStartMs, firstDay);
  activityRead.catch(() => undefined); // awaited below; a failure before then must not go unhandled
  const basics = await readClassBasics(c);
  const questions = classQuestions(basics.banks);
  const shapes = [...questions.values()];
  await Promise.all([putClassQuestions(c, shapes), activityRead.then(() => putClassQuestions(other, shapes))]);
  const settingsOf = new Map<string, Map<string, unknown>>();
  for (const s of basics.settings) settingsOf.set(s.role, (settingsOf.get(s.role) ?? new Map()).set(s.key, s.value));
  const models = basics.learners.map((l) => {
    const settings = settingsOf.get(l.role) ?? new Map<string, unknown>();
    const examDate = typeof settings.get('examDate') === 'string' ? (settings.get('examDate') as string) : null;
    const examAt = examDate ? Date.parse(`${examDate}T09:00:00Z`) : NaN;
    const weightsRaw = (settings.get('fsrsParameters') as { weights?: unknown } | undefined)?.weights;
    const weights = Array.isArray(weightsRaw) && weightsRaw.every((w) => typeof w === 'number') ? (weightsRaw as number[]) : undefined;
    const calibration = syncedCalibration(settings.get('recallCalibration'));
    const at = Number.isFinite(examAt) && examAt > now ? examAt : now + READINESS_HORIZON_DAYS * DAY_MS;
    return { ...l, examDate, calibration, at, ...learnerCurve(weights) };
  });

  const readOther = async () => {
    const firstSight = await readFirstSight(other, options.outline.id);
    return { firstSight, items: await readItems(other, DEFAULT_LEECH_LAPSES) };
  };
  const recallParameters = models.map((m) => ({ role: m.role, decay: m.decay, factor: m.factor, a: m.calibration.a, b: m.calibration.b, c: m.calibration.c, at: m.at }));
  const [sumRows, rest, activity] = await Promise.all([readReadinessSums(c, options.outline.id, recallParameters), readOther(), activityRead]);
  const sums = byRole(sumRows);
  const firstSight = byRole(rest.firstSight.map((r) => ({ ...r, domain: r.domain as DomainId })));
  const items = rest.items;
  const examsOf = byRole(basics.exams);
  const groups = questionGroups(options.outline, questions.values());

  const learners = models.map((l): LearnerReport => {
    const act: LearnerActivity = activity.get(l.role) ?? { perDay: new Map(), total: 0, lastDay: null };
    const perDay = Array.from({ length: ACTIVITY_DAYS }, (_, i) => act.perDay.get(firstDay + i) ?? 0);
    const sum = (n: number) => perDay.slice(-n).reduce((a, b) => a + b, 0);
    const exams = examsOf.get(l.role) ?? [];
    return {
      name: l.name,
      lastStudyDay: act.lastDay === null ? null : localDate(act.lastDay),
      answers7: sum(7),
      answers30: sum(30),
      answersTotal: act.total,
      activity: perDay,
      streak: streaks(perDay.map((n) => n > 0)).current,
      examDate: l.examDate,
      readiness: learnerReadiness({
        outline: options.outline,
        groups,
        sums: (sums.get(l.role) ?? []) as ReadinessSumRow[],
        firstSight: firstSight.get(l.role) ?? [],
        calibration: l.calibration,
        exams,
        now,
        cut: options.cut,
      }),
      exams: exams.map((e) => ({
        submittedAt: new Date(e.submittedAt).toISOString(),
        outline: e.outline,
        scored: e.scored,
        correct: e.correct,
        share: e.scored > 0 ? e.correct / e.scored : 0,
      })),
    };
  });
  return { outline: options.outline.id, cut: options.cut, today: localDate(today), learners, weakestTasks: weakestTasks(learners), items: itemAnalysis(items, questions) };
}

function byRole<T extends { role: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    let list = m.get(r.role);
    if (!list) m.set(r.role, (list = []));
    list.push(r);
  }
  return m;
}

/** Every question of the class's banks, read as `pmp import` reads them. */
function classQuestions(banks: ClassBasics['banks']): Map<string, ClassQuestion> {
  const outlines = loadOutlines();
  const questions = new Map<string, ClassQuestion>();
  for (const b of banks) {
    const read = readJsonBank(b.content, `class:${b.bankId}`, outlines);
    if (!read.ok) continue; // checked when assigned; a bank this version cannot read is left out
    for (const q of read.bank.questions) {
      questions.set(questionKey(b.bankId, q.id), {
        key: questionKey(b.bankId, q.id),
        bankId: b.bankId,
        questionId: q.id,
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

/** Item analysis from the server's counts (practice left out, as in banks stats); flagged by the code of banks stats. */
function itemAnalysis(rows: Awaited<ReturnType<typeof readItems>>, questions: ReadonlyMap<string, ClassQuestion>): ClassReport['items'] {
  return rows
    .map((r) => {
      const questionId = questionKey(r.bankId, r.questionId);
      const q = questions.get(questionId);
      const stats = {
        questionId,
        answers: r.answers,
        learners: r.learners,
        firstSightRight: r.learners > 0 ? r.firstRight / r.learners : null,
        discrimination: r.learners >= MIN_LEARNERS ? r.discrimination : null,
        medianElapsedMs: r.medianElapsedMs,
        chosen: r.chosen,
        leeches: r.leeches,
      };
      return { ...stats, flags: itemFlags(stats, q?.answerKey ?? []), domain: q?.domain ?? null, task: q?.task ?? null };
    })
    .sort((a, b) => b.flags.length - a.flags.length || (a.firstSightRight ?? 2) - (b.firstSightRight ?? 2) || a.questionId.localeCompare(b.questionId));
}

/** The HTML page is made again each time: an existing file at the path is replaced, whole or not at all. */
export function writeClassReportFile(path: string, html: string): void {
  writeOutputFile(path, html, { replace: true });
}
