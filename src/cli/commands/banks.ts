import { pickText } from '../../domain/text.js';
import { listBanks } from '../../storage/bank-store.js';
import type { CliContext } from '../context.js';
import { sanitizeInline } from '../terminal/sanitize.js';
import { padEnd, displayWidth } from '../terminal/wrap.js';
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
      ctx.out(JSON.stringify(data, null, 2) + '\n');
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
