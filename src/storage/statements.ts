/**
 * Prepared statements kept per connection. better-sqlite3 compiles on every prepare(), which costs
 * more than running a one-row query: a replay of 50,000 questions (pmp rebuild, doctor, a scheduler
 * revision) asked for the same few statements 150,000 times (~7 s at 1,000,000 answers). Only for
 * statements run in the default mode: a cached statement shared by callers must not be switched
 * to pluck() or raw() by one of them.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

const byConnection = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let cache = byConnection.get(db);
  if (!cache) byConnection.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
