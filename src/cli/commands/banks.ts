import { pickText } from '../../domain/text.js';
import { PmpError } from '../../errors.js';
import { toBankFile } from '../../import/export-bank.js';
import type { StoredBank } from '../../domain/bank.js';
import { bankContents, removeBank } from '../../app/bank-contents.js';
import type { Db } from '../../app/learner-database.js';
import { listBanks } from '../../app/list-banks.js';
import { saveFile } from '../../app/save-file.js';
import { toSafeJson } from '../terminal/safe-json.js';
import type { CliContext } from '../context.js';
import { sanitize, sanitizeInline } from '../terminal/sanitize.js';
import { displayWidth, padEnd, wrap } from '../terminal/wrap.js';
import { withDatabase } from './open.js';

export async function banksListCommand(ctx: CliContext, options: { readonly json?: boolean }): Promise<number> {
  return withDatabase(ctx, (db) => {
    const banks = listBanks(db);
    if (options.json) {
      const data = banks.map((b) => ({
        id: b.id,
        title: b.title,
        version: b.version,
        outline: b.outline,
        languages: b.languages,
        questions: b.questions,
        retired: b.retired,
        source: b.source,
        importedAt: new Date(b.importedAt).toISOString(),
      }));
      ctx.out(toSafeJson(data));
      return 0;
    }
    const { t } = ctx.i18n;
    if (banks.length === 0) {
      ctx.out(t('banks.none') + '\n');
      return 0;
    }
    const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
    const header = [t('banks.header.id'), t('banks.header.questions'), t('banks.header.version'), t('banks.header.outline'), t('banks.header.title')];
    const rows = banks.map((b) => [
      sanitizeInline(b.id),
      `${b.questions}${b.retired > 0 ? ' ' + t('banks.retired', { n: b.retired }) : ''}`,
      sanitizeInline(b.version),
      b.outline ?? '–',
      sanitizeInline(pickText(b.title, ctx.i18n.lang, other)),
    ]);
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
    const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i] ?? 0))).join('  ');
    ctx.out([ctx.style.bold(line(header)), ...rows.map(line)].join('\n') + '\n');
    return 0;
  });
}

async function requireBank(ctx: CliContext, db: Db, id: string): Promise<StoredBank> {
  return bankContents(db, id);
}

export async function banksShowCommand(ctx: CliContext, id: string, options: { readonly json?: boolean }): Promise<number> {
  return withDatabase(ctx, async (db) => {
    const bank = await requireBank(ctx, db, id);
    const s = bank.summary;
    const count = <K extends string>(keyOf: (q: StoredBank['questions'][number]) => K | undefined) => {
      const m: Record<string, number> = {};
      for (const q of bank.questions) {
        const k = keyOf(q) ?? 'untagged';
        m[k] = (m[k] ?? 0) + 1;
      }
      return m;
    };
    const types = count((q) => q.type);
    const domains = count((q) => q.eco?.domain);
    if (options.json) {
      ctx.out(
        toSafeJson(
          {
            id: s.id,
            title: s.title,
            version: s.version,
            outline: s.outline,
            languages: s.languages,
            source: s.source,
            importedAt: new Date(s.importedAt).toISOString(),
            questions: s.questions,
            retired: s.retired,
            license: bank.license ?? null,
            authors: bank.authors,
            types,
            domains,
            scenarios: bank.scenarios.length,
            traps: Object.keys(bank.traps),
          },
        ),
      );
      return 0;
    }
    const { t } = ctx.i18n;
    const other = ctx.i18n.lang === 'en' ? ['ko'] : ['en'];
    const lines = [
      ctx.style.bold(sanitizeInline(`${s.id} — ${pickText(s.title, ctx.i18n.lang, other)}`)),
      t('banks.show.version', { version: sanitizeInline(s.version), outline: s.outline ?? '–', languages: s.languages.join(', ') }),
      t('banks.show.questions', { n: s.questions, retired: s.retired }),
      `${t('banks.show.types')}: ${Object.entries(types).map(([k, n]) => `${k} ${n}`).join(' · ')}`,
      `${t('banks.show.domains')}: ${Object.entries(domains).map(([k, n]) => `${k} ${n}`).join(' · ')}`,
      t('banks.show.source', { source: s.source, at: new Date(s.importedAt).toISOString().slice(0, 16).replace('T', ' ') }),
      ...(bank.license ? [t('banks.show.license', { license: sanitizeInline(bank.license) })] : []),
      ...(bank.authors.length > 0 ? [t('banks.show.authors', { authors: sanitizeInline(bank.authors.join(', ')) })] : []),
    ];
    ctx.out(lines.flatMap((l) => wrap(l, ctx.width, '  ')).join('\n') + '\n');
    return 0;
  });
}

export async function banksRemoveCommand(ctx: CliContext, id: string, options: { readonly yes?: boolean }): Promise<number> {
  return withDatabase(ctx, async (db) => {
    const bank = await requireBank(ctx, db, id);
    if (!options.yes) {
      if (!ctx.interactive) throw new PmpError('banks.remove-needs-yes', 'usage', { id });
      const { confirm } = await import('@inquirer/prompts');
      const sure = await confirm({ message: ctx.i18n.t('banks.confirm-remove', { id, n: bank.summary.questions }), default: false }).catch(() => false);
      if (!sure) {
        ctx.out(ctx.i18n.t('banks.not-removed') + '\n');
        return 0;
      }
    }
    const n = removeBank(db, id, ctx.clock.now());
    ctx.out(wrap(ctx.i18n.t('banks.removed', { id, n }), ctx.width).join('\n') + '\n');
    return 0;
  });
}

export async function banksExportCommand(
  ctx: CliContext,
  id: string,
  options: { readonly format?: string; readonly out?: string; readonly force?: boolean },
): Promise<number> {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new PmpError('usage.bad-format', 'usage', { value: format, known: 'json, csv' });
  return withDatabase(ctx, async (db) => {
    const bank = await requireBank(ctx, db, id);
    const text = format === 'json' ? toSafeJson(toBankFile(bank)) : (await import('../../import/export-csv.js')).toCsv(bank);
    if (options.out) {
      if (!(await writeOut(ctx, options.out, text, options.force === true))) return 0;
      ctx.err(ctx.i18n.t('banks.exported', { n: bank.questions.length, id, file: options.out }) + '\n');
    } else if (format === 'csv' && ctx.runtime.stdout.isTTY === true) {
      // On a terminal the CSV is for reading: its cells' escape, BEL and bidi characters are made
      // visible, as every command does with a bank's text. A pipe or a redirect gets the exact bytes.
      ctx.out(sanitize(text));
    } else ctx.out(text);
    return 0;
  });
}

/**
 * Writes a file for the user, whole or not at all (app/save-file.ts). An existing file is
 * replaced with --force, or a yes in a terminal; false when the user kept it.
 */
export async function writeOut(ctx: CliContext, path: string, text: string, force: boolean): Promise<boolean> {
  const askReplace = async () => {
    const { confirm } = await import('@inquirer/prompts');
    const replace = await confirm({ message: ctx.i18n.t('file.confirm-replace', { path: sanitizeInline(path) }), default: false }).catch(() => false);
    if (!replace) ctx.err(ctx.i18n.t('file.not-replaced') + '\n');
    return replace;
  };
  return saveFile(path, text, { force, ...(ctx.interactive ? { askReplace } : {}) });
}
