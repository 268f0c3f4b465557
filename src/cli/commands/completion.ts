/** pmp completion bash|zsh|fish: prints the script on stdout (install lines in its --help and README). */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { completionModel } from '../completion/model.js';
import { bashScript, fishScript, zshScript } from '../completion/scripts.js';

export async function completionCommand(ctx: CliContext, shell: 'bash' | 'zsh' | 'fish', program: Command): Promise<number> {
  const nodes = completionModel(program);
  ctx.out(shell === 'bash' ? bashScript(nodes) : shell === 'zsh' ? zshScript(nodes) : fishScript(nodes));
  return 0;
}
