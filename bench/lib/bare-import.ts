/**
 * The floor an import is measured against, run as its own process like `pmp import`: read the
 * file, parse it (JSON.parse, or Aiken's blank-line split), and one prepared INSERT per question
 * in one transaction, into a new database opened with the app's journal settings. No checks,
 * no hashes, no indexes but the key: what any importer of this file must at least do.
 *
 *   node bare-import.js json|aiken FILE DB
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const [format, file, dbPath] = process.argv.slice(2) as [string, string, string];
const text = readFileSync(file, 'utf8');
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE questions (pk INTEGER PRIMARY KEY, bank_id TEXT NOT NULL, question_id TEXT NOT NULL, body TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO questions (bank_id, question_id, body) VALUES (?, ?, ?)');
if (format === 'json') {
  const bank = JSON.parse(text) as { id: string; questions: { id: string }[] };
  db.transaction(() => {
    for (const q of bank.questions) insert.run(bank.id, q.id, JSON.stringify(q));
  })();
} else {
  const blocks = text.split(/\n\s*\n/);
  db.transaction(() => {
    blocks.forEach((block, i) => insert.run('aiken', String(i), block));
  })();
}
db.close();
