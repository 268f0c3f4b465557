/**
 * The trainer's use cases: set up the class on a server, invite and remove learners, publish banks.
 * The trainer's connection is kept 0600 next to the database (storage/class/credentials.ts).
 */
import { randomBytes } from 'node:crypto';
import { loadBankFile } from '../import-bank.js';
import { describeAddress, parseServerUrl, withServer, type ServerAddress } from '../../storage/class/connection.js';
import { loadCredentials, saveCredentials } from '../../storage/class/credentials.js';
import { CLASS_SCHEMA_VERSION, classSchemaVersion, migrateClassSchema } from '../../storage/class/schema.js';
import { createLearner, listLearners, publishBank, removeLearner } from '../../storage/class/trainer-store.js';
import { PmpError } from '../../errors.js';
import { encodeJoinCode } from './join-code.js';

export interface InitResult {
  readonly server: string;
  readonly from: number;
  readonly to: number;
  readonly credentialsFile: string;
}

export async function initClass(dbPath: string, url: string): Promise<InitResult> {
  const address = parseServerUrl(url);
  const { from, to } = await withServer(address, (c) => migrateClassSchema(c, address.database));
  const credentialsFile = saveCredentials(dbPath, 'trainer', address);
  return { server: describeAddress(address), from, to, credentialsFile };
}

/** The trainer's connection, to a class whose schema this program knows. */
async function trainerServer<T>(dbPath: string, work: (c: Parameters<Parameters<typeof withServer>[1]>[0], a: ServerAddress) => Promise<T>): Promise<T> {
  const address = loadCredentials(dbPath, 'trainer');
  return withServer(address, async (c) => {
    const version = await classSchemaVersion(c);
    if (version < CLASS_SCHEMA_VERSION) throw new PmpError('class.schema-behind', 'server', { found: version, supported: CLASS_SCHEMA_VERSION });
    return work(c, address);
  });
}

export interface Invitation {
  readonly name: string;
  readonly role: string;
  /** One line holding the learner's password: shown once, kept nowhere. */
  readonly joinCode: string;
}

export async function inviteLearner(dbPath: string, name: string): Promise<Invitation> {
  return trainerServer(dbPath, async (c, a) => {
    const password = randomBytes(18).toString('base64url');
    const role = await createLearner(c, a.database, name, password);
    return { name, role, joinCode: encodeJoinCode({ ...a, user: role, password }) };
  });
}

export async function removeClassLearner(dbPath: string, name: string): Promise<{ name: string; answers: number }> {
  return trainerServer(dbPath, async (c, a) => ({ name, ...(await removeLearner(c, a.database, name)) }));
}

export async function classLearners(dbPath: string): Promise<{ name: string; role: string }[]> {
  return trainerServer(dbPath, (c) => listLearners(c));
}

/** Checks the bank file like `pmp import` does, then publishes its text for every learner's next sync. */
export async function assignBank(dbPath: string, file: string): Promise<{ bankId: string; questions: number; changed: boolean }> {
  const loaded = loadBankFile(file);
  return trainerServer(dbPath, async (c) => ({
    bankId: loaded.bank.id,
    questions: loaded.bank.questions.length,
    changed: await publishBank(c, loaded.bank.id, loaded.text, loaded.fileHash),
  }));
}
