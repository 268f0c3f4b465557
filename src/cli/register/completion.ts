import { Argument, type Command } from 'commander';
import { afterHelp, describe, type Registrar } from './shared.js';

/** pmp completion bash|zsh|fish: the script is made from the registered commands themselves. */
export function registerCompletion(r: Registrar): void {
  const completion = describe(r, r.program.command('completion'), 'completion').addArgument(
    new Argument('<shell>', r.help['completion.<shell>']).choices(['bash', 'zsh', 'fish']),
  );
  afterHelp(r, completion, ['pmp completion bash > ~/.local/share/bash-completion/completions/pmp', 'source <(pmp completion bash)', 'pmp --lang ko completion fish > ~/.config/fish/completions/pmp.fish'], 'completion.notes').action(
    async (shell: 'bash' | 'zsh' | 'fish', _opts, command: Command) =>
      r.run(command, async (ctx) => (await import('../commands/completion.js')).completionCommand(ctx, shell, r.program)),
  );
}
