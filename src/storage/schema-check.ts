/**
 * What the schema should be, and how a database differs from it. The expected schema is not
 * written down twice: it is what the migrations (src/storage/migrations.ts) create, built by
 * running them on an empty in-memory database and reading sqlite_master.
 */
import Database from 'better-sqlite3';
import type { Db } from './database.js';
import { applyMigrations } from './migrations.js';

export type SchemaObjectType = 'table' | 'index' | 'trigger';

export interface SchemaObject {
  readonly type: SchemaObjectType;
  readonly name: string;
  /** The table an index or trigger belongs to (a table's own name for a table). */
  readonly table: string;
  readonly sql: string;
}

export interface SchemaDifference {
  readonly type: SchemaObjectType;
  readonly name: string;
  readonly table: string;
  /** missing: not in the database; altered: there, with other SQL; unexpected: an index or trigger the migrations do not make. */
  readonly problem: 'missing' | 'altered' | 'unexpected';
}

/** Tables, indexes and triggers a database holds (SQLite's own objects left out). */
export function readSchema(db: Db): SchemaObject[] {
  return db
    .prepare(
      `SELECT type, name, tbl_name AS "table", sql FROM sqlite_master
       WHERE type IN ('table', 'index', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL
       ORDER BY type, name`,
    )
    .all() as SchemaObject[];
}

let expected: readonly SchemaObject[] | undefined;

/** Every table, index and trigger the migrations create, in the order they were made. */
export function expectedSchema(): readonly SchemaObject[] {
  if (!expected) {
    const db = new Database(':memory:');
    try {
      applyMigrations(db, 0);
      expected = db
        .prepare(
          `SELECT type, name, tbl_name AS "table", sql FROM sqlite_master
           WHERE type IN ('table', 'index', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL
           ORDER BY rowid`,
        )
        .all() as SchemaObject[];
    } finally {
      db.close();
    }
  }
  return expected;
}

/**
 * SQL compared without what does not change its meaning: comments, runs of white space, and
 * spaces next to brackets, commas and semicolons. Quoted text is kept as written.
 */
export function normalizeSql(sql: string): string {
  let out = '';
  let i = 0;
  const space = () => {
    if (out.length > 0 && !out.endsWith(' ')) out += ' ';
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      space();
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      space();
    } else if (/\s/.test(c)) {
      space();
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/ ?([(),;]) ?/g, '$1').trim();
}

/** How the database's tables, indexes and triggers differ from what the migrations create. */
export function compareSchema(db: Db): SchemaDifference[] {
  const actual = new Map(readSchema(db).map((o) => [`${o.type}:${o.name}`, o]));
  const differences: SchemaDifference[] = [];
  const wanted = expectedSchema();
  for (const want of wanted) {
    const found = actual.get(`${want.type}:${want.name}`);
    if (!found) differences.push({ type: want.type, name: want.name, table: want.table, problem: 'missing' });
    else if (normalizeSql(found.sql) !== normalizeSql(want.sql)) differences.push({ type: want.type, name: want.name, table: want.table, problem: 'altered' });
  }
  const known = new Set(wanted.map((o) => `${o.type}:${o.name}`));
  // An extra index or trigger changes what writes do (a trigger can refuse them); an extra table is left alone.
  for (const [key, o] of actual) {
    if (!known.has(key) && o.type !== 'table') differences.push({ type: o.type, name: o.name, table: o.table, problem: 'unexpected' });
  }
  return differences;
}

/**
 * Whether a missing table certainly held no rows, so that creating it empty loses nothing: another
 * table that would point at its rows is there and points at none. Undefined when nothing proves it.
 */
const EMPTY_EVIDENCE: Readonly<Record<string, { readonly needs: readonly string[]; readonly sql: string }>> = {
  // Every exam has a session of kind 'exam'.
  exams: { needs: ['sessions'], sql: `SELECT NOT EXISTS (SELECT 1 FROM sessions WHERE kind = 'exam')` },
  // Every exam item belongs to an exam.
  exam_items: { needs: ['exams'], sql: 'SELECT NOT EXISTS (SELECT 1 FROM exams)' },
  // Only an answer in the log can be undone.
  review_undo: { needs: ['review_log'], sql: 'SELECT NOT EXISTS (SELECT 1 FROM review_log)' },
  // A cache of the log: the calibration reads again whatever it lacks.
  calibration_inputs: { needs: [], sql: 'SELECT 1' },
};

/** The tables (of those missing) that can be created empty without losing anything; see EMPTY_EVIDENCE. */
export function tablesSafeToCreateEmpty(db: Db, missing: readonly string[]): string[] {
  const absent = new Set(missing);
  return missing.filter((table) => {
    const evidence = EMPTY_EVIDENCE[table];
    if (!evidence || evidence.needs.some((t) => absent.has(t))) return false;
    return db.prepare(evidence.sql).pluck().get() === 1;
  });
}

/**
 * Puts back the given objects as the migrations made them (tables only when the caller knows
 * they can be created empty), and drops unexpected indexes and triggers. The caller runs this in
 * one transaction, after a backup.
 */
export function recreateSchemaObjects(db: Db, differences: readonly SchemaDifference[]): void {
  const byKey = new Map(expectedSchema().map((o) => [`${o.type}:${o.name}`, o]));
  const order: Record<SchemaObjectType, number> = { table: 0, index: 1, trigger: 2 };
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const d of [...differences].sort((a, b) => order[a.type] - order[b.type])) {
    if (d.type === 'table' && d.problem !== 'missing') continue; // tables are never dropped here
    if (d.problem !== 'missing') db.exec(`DROP ${d.type.toUpperCase()} IF EXISTS ${quote(d.name)}`);
    const want = byKey.get(`${d.type}:${d.name}`);
    if (d.problem !== 'unexpected' && want) db.exec(want.sql);
  }
}
