/**
 * A menu of single keys on a line or two ("⏎ next · m more · f flag · … · q quit"), built on
 * @inquirer/core like the other prompts: a key press acts at once, Enter takes the default, and
 * Ctrl-C rejects with ExitPromptError as every inquirer prompt does. It keeps the feedback above
 * it in view where a vertical menu of six lines would push the verdict off an 80×24 screen.
 */
import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';

export interface KeyMenuConfig {
  /** The menu as shown: already wrapped to the terminal's width by the caller. */
  readonly message: string;
  /** Letter keys and what each returns. */
  readonly keys: Readonly<Record<string, string>>;
  /** What Enter returns. */
  readonly enter: string;
}

export const keyMenu = createPrompt<string, KeyMenuConfig>((config, done) => {
  const [finished, setFinished] = useState(false);
  useKeypress((key, rl) => {
    if (finished) return;
    // Nothing is typed into this prompt: keep readline's line empty so the menu line stays as drawn.
    rl.clearLine(0);
    const picked = isEnterKey(key) ? config.enter : key.ctrl ? undefined : (Object.hasOwn(config.keys, key.name) ? config.keys[key.name] : undefined);
    if (picked === undefined) return;
    setFinished(true);
    done(picked);
  });
  return config.message;
});
