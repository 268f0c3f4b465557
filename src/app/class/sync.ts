/**
 * The learner's side of a class: join with a code, then `pmp sync` — send what is new since the
 * high-water marks, and bring in the banks the trainer assigned.
 *
 * Why nothing is lost or doubled: answers go up in batches, each one statement on the server
 * (atomic), keyed by the answer's random uid with ON CONFLICT DO NOTHING; the local mark moves
 * only after the server has committed. A kill between the two sends that batch again, which
 * changes nothing. A restored backup brings its own, older marks and the same uids, so it sends
 * again what the server has (ignored) and then the answers the server has never seen.
 */
import type { Clock } from '../ports.js';
import { PmpError } from '../../errors.js';
import { bankContentHash } from '../../storage/bank-store.js';
import { connectInBackground, describeAddress, serverError, withServer, type Connection, type ServerAddress } from '../../storage/class/connection.js';
import { loadCredentials, saveCredentials } from '../../storage/class/credentials.js';
import { classBankContent, pushAnswers, pushExams, pushSettings, pushStates, pushUndos, syncStart } from '../../storage/class/learner-store.js';
import { CLASS_SCHEMA_VERSION, classSchemaVersion } from '../../storage/class/schema.js';
import { answersAfter, finishedExams, getSyncMark, putSyncMarks, statesTouched, undosSince, type OutgoingAnswer } from '../../storage/class-sync-queries.js';
import { writeTransaction, type Db } from '../../storage/database.js';
import { getSetting, SETTING } from '../../storage/settings.js';
import type { RecallCalibration } from '../../domain/recall-calibration.js';
import { keptRecallCalibration } from '../learner-recall.js';

/** Answers per round trip: large enough for a first sync of 100,000 to be quick, small enough to redo cheaply. */
export const SYNC_BATCH = 5000;

export async function joinClass(dbPath: string, code: string): Promise<{ server: string; credentialsFile: string }> {
  // Loaded here only: the code's checks (zod) are not a day's sync's business.
  const { decodeJoinCode } = await import('./join-code.js');
  const address = decodeJoinCode(code);
  // Prove the code works before keeping it.
  await withServer(address, (c) => requireCurrentSchema(c));
  return { server: describeAddress(address), credentialsFile: saveCredentials(dbPath, 'learner', address) };
}

async function requireCurrentSchema(c: Connection, known?: number): Promise<void> {
  const version = known ?? (await classSchemaVersion(c));
  if (version === 0) throw new PmpError('class.no-class', 'server', {});
  if (version < CLASS_SCHEMA_VERSION) throw new PmpError('class.schema-behind', 'server', { found: version, supported: CLASS_SCHEMA_VERSION });
}

export interface SyncResult {
  readonly server: string;
  readonly answersSent: number;
  readonly answersNew: number;
  readonly undosSent: number;
  readonly statesSent: number;
  readonly examsNew: number;
  readonly banksImported: readonly string[];
}

export interface SyncOptions {
  readonly batch?: number;
  /** Called after each batch is committed on the server, before it is marked locally (a kill test aims here). */
  readonly onBatch?: (sent: number) => void;
  /** Called as each step of a sync ends (PMP_SYNC_TRACE prints them with the time since start-up). */
  readonly onStep?: (step: string) => void;
  readonly timeoutMs?: number;
}

/** A sync over a database already open (`pmp study --sync` at the end of a session). */
export async function syncWithClass(db: Db, dbPath: string, clock: Clock, options: SyncOptions = {}): Promise<SyncResult> {
  const address: ServerAddress = loadCredentials(dbPath, 'learner');
  return withPipelinedServer(address, options, async (connection) => syncOver(await connection, address, db, clock, options));
}

/** Opens the learner's database for a sync (app/learner-database.ts withSyncDatabase, with the command's hooks). */
export type SyncDatabaseOpener = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

/**
 * `pmp sync`: the credentials first (a database that has not joined is refused before it is opened);
 * then the connection is started, and the database opens while the server answers.
 */
export async function syncLearner(dbPath: string, clock: Clock, open: SyncDatabaseOpener, options: SyncOptions = {}): Promise<SyncResult> {
  const address: ServerAddress = loadCredentials(dbPath, 'learner');
  return withPipelinedServer(address, options, (connection) =>
    open(async (db) => {
      options.onStep?.('database open');
      return syncOver(await connection, address, db, clock, options);
    }),
  );
}

/** Connects (pipelined: see push) and runs `work`, which awaits the connection when it needs it; always closes it. */
async function withPipelinedServer<T>(address: ServerAddress, options: SyncOptions, work: (connection: Promise<Connection>) => Promise<T>): Promise<T> {
  const server = connectInBackground(address, { ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), pipeline: true });
  try {
    return await work(server.connection);
  } catch (cause) {
    throw serverError(cause, address);
  } finally {
    await server.close();
  }
}

async function syncOver(c: Connection, address: ServerAddress, db: Db, clock: Clock, options: SyncOptions): Promise<SyncResult> {
  const step = options.onStep ?? (() => undefined);
  step('connected');
  const start = await syncStart(c, address.user);
  await requireCurrentSchema(c, start.version);
  step('checked');
  const banksImported = await pullBanks(c, db, clock, start.banks);
  step('banks');
  const pushed = await push(c, db, options, start.hasAnswers);
  return { server: describeAddress(address), ...pushed, banksImported };
}

async function push(c: Connection, db: Db, options: SyncOptions, serverHasAnswers: boolean): Promise<Omit<SyncResult, 'server' | 'banksImported'>> {
  // The recall calibration pmp readiness fits on this learner's answers (the class report judges recall
  // with it) is brought up to date while the server works on the first statement sent below.
  let calibration: RecallCalibration | undefined;
  const calibrate = (): RecallCalibration => {
    calibration ??= keptRecallCalibration(db);
    options.onStep?.('calibration');
    return calibration;
  };
  const batch = options.batch ?? SYNC_BATCH;
  let answersSent = 0;
  let answersNew = 0;
  let mark = getSyncMark(db, 'answers');
  // A server that holds none of this learner's answers (removed and invited again, or a new server
  // under the same name) gets everything again: the marks only say what *this* server was sent.
  if (mark > 0 && !serverHasAnswers) {
    writeTransaction(db, () => putSyncMarks(db, { answers: 0, states: 0, undone_at: 0 }));
    mark = 0;
  }
  // Each batch is one statement (its own transaction on the server); the next batch is read from
  // SQLite while the server works on this one.
  let rows = answersAfter(db, mark, batch);
  while (rows.length > 0) {
    const sending = pushAnswers(c, rows);
    const last = (rows[rows.length - 1] as OutgoingAnswer).id;
    const next = rows.length === batch ? answersAfter(db, last, batch) : [];
    if (!calibration) calibrate();
    answersNew += await sending;
    answersSent += rows.length;
    // Between the server's commit and the local mark: the window a kill test aims at.
    options.onBatch?.(answersSent);
    mark = last;
    writeTransaction(db, () => putSyncMarks(db, { answers: last }));
    rows = next;
  }

  options.onStep?.('answers');
  // Undos, states, exams and settings do not depend on one another: on a pipelined connection the four
  // statements go out together (one round trip), each still its own transaction on the server.
  const undos = undosSince(db, getSyncMark(db, 'undone_at'), mark);
  // Memory states of the questions answered since the last sync (all of them after a rebuild, which resets the mark).
  const states = statesTouched(db, getSyncMark(db, 'states'), mark, undos.map((u) => u.questionPk));
  const sending = {
    undos: pushUndos(c, undos),
    states: pushStates(c, states),
    exams: pushExams(c, finishedExams(db)),
    settings: pushSettings(c, { examDate: getSetting(db, SETTING.examDate), fsrsParameters: getSetting(db, SETTING.fsrsParameters), recallCalibration: calibration ?? calibrate() }),
  };
  // Each awaited below; one that fails first must not leave the others' failures unhandled.
  for (const promise of Object.values(sending)) promise.catch(() => undefined);
  const undosSent = await sending.undos;
  await sending.states;
  const lastUndo = undos.length > 0 ? (undos[undos.length - 1] as { undoneAt: number }).undoneAt : getSyncMark(db, 'undone_at');
  writeTransaction(db, () => putSyncMarks(db, { states: mark, undone_at: lastUndo }));
  options.onStep?.('undos and states');
  const examsNew = await sending.exams;
  options.onStep?.('exams');
  await sending.settings;
  options.onStep?.('settings');
  return { answersSent, answersNew, undosSent, statesSent: states.length, examsNew };
}

/** Imports each assigned bank whose content differs from the local copy, exactly as `pmp import` would. */
async function pullBanks(c: Connection, db: Db, clock: Clock, banks: readonly { bankId: string; contentHash: string }[]): Promise<string[]> {
  const changed = banks.filter((b) => bankContentHash(db, b.bankId) !== b.contentHash);
  if (changed.length === 0) return [];
  // Loaded only when a bank changed: a day's sync does not pay for the bank reader.
  const [{ loadOutlines }, { importBank }, { readJsonBank }] = await Promise.all([import('../outlines.js'), import('../import-bank.js'), import('../../import/json-bank.js')]);
  const imported: string[] = [];
  for (const { bankId, contentHash } of changed) {
    const text = await classBankContent(c, bankId);
    const source = `class:${bankId}`;
    const read = readJsonBank(text, source, loadOutlines());
    if (!read.ok) throw new PmpError('input.invalid-bank', 'input', { file: source, count: read.problems.length }, read.problems);
    if (read.bank.id !== bankId) throw new PmpError('class.bank-id-mismatch', 'input', { file: source, id: read.bank.id });
    const result = importBank(db, { bank: read.bank, fileHash: contentHash }, { source: 'import', at: clock.now() });
    if (result.applied) imported.push(bankId);
  }
  return imported;
}
