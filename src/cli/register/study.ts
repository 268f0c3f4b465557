import type { Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

export function registerStudy(r: Registrar): void {
  const h = r.help;
  const study = describe(r, r.program.command('study'), 'study')
    .option('--new <n>', h['study.--new'])
    .option('--limit <n>', h['study.--limit'])
    .option('--bank <id...>', h['study.--bank'])
    .option('--domain <domain>', h['study.--domain'])
    .option('--task <n>', h['study.--task'])
    .option('--tag <tag>', h['study.--tag'])
    .option('--seed <n>', h['study.--seed'])
    .option('--cram', h['study.--cram'])
    .option('--weak', h['study.--weak'])
    .option('--wrong-last-time', h['study.--wrong-last-time'])
    .option('--flagged', h['study.--flagged'])
    .option('--trap <id>', h['study.--trap'])
    .option('--max-reviews <n>', h['study.--max-reviews'])
    .option('--leech-lapses <n>', h['study.--leech-lapses'])
    .option('--no-confidence', h['study.--no-confidence'])
    .option('--plain', h['study.--plain'])
    .option('--json', h['study.--json'])
    .option('--sync', h['study.--sync']);
  afterHelp(
    r,
    study,
    [
      'pmp study',
      'pmp study --domain process --task 8',
      'pmp study --bank pmp-starter --limit 10',
      'pmp study --cram --domain process --task 8     # study.ex.cram',
      'pmp study --cram --wrong-last-time',
      'pmp study --weak',
      'pmp study --trap escalates-first',
      'pmp study --max-reviews 100',
      'printf "B\\nA,C\\nq\\n" | pmp study --db /tmp/x.db',
      'printf "B\\nq\\n" | pmp study --json --db /tmp/x.db 2>/dev/null',
    ],
    'study.notes',
  );
  study.action(async (opts, command: Command) => r.run(command, async (ctx) => (await import('../commands/study.js')).studyCommand(ctx, opts)));
}
