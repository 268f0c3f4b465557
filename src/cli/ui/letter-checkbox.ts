/**
 * The choose-N prompt of study: @inquirer's checkbox, drawn the same way (❯ cursor, ◯ / ◉), with
 * the keys a candidate expects on top of its own: each option's letter (A–L, in either case) marks
 * or unmarks that option, as Space does on the highlighted one. @inquirer/checkbox has no letter
 * keys (only 1–9), so options past E could be reached only with the arrows. No select-all or
 * invert: choosing N means marking N. Ctrl-C rejects with ExitPromptError as every prompt does.
 */
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, makeTheme, usePagination, usePrefix, useKeypress, useState, type Theme } from '@inquirer/core';

/** @inquirer/checkbox's marks and its hidden cursor, as it draws them (where Unicode is shown). */
const POINTER = '❯';
const UNMARKED = '◯';
const MARKED = '◉';
const CURSOR_HIDE = '\u001b[?25l';

export interface LetterChoice<V> {
  readonly value: V;
  /** The option as shown, already wrapped; its letter is its position (A for the first). */
  readonly name: string;
  /** What the answered line shows: the letter. */
  readonly short: string;
}

export interface LetterCheckboxConfig<V> {
  readonly message: string;
  readonly choices: readonly LetterChoice<V>[];
  readonly pageSize?: number;
  /** True, or what to say when the marks cannot be the answer (the wrong number of them). */
  readonly validate: (chosen: readonly V[]) => true | string;
  readonly theme?: { readonly style?: { readonly keysHelpTip?: (keys: [string, string][]) => string } };
}

const LETTERS = 'abcdefghijkl';

type LetterTheme = { style: { keysHelpTip: (keys: [string, string][]) => string } };

export const letterCheckbox = createPrompt(<V>(config: LetterCheckboxConfig<V>, done: (value: V[]) => void) => {
  const theme = makeTheme<LetterTheme>({ style: { keysHelpTip: (keys: [string, string][]) => keys.map(([k, action]) => `${k} ${action}`).join(' • ') } }, config.theme as Partial<Theme<LetterTheme>>);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<readonly number[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  const count = config.choices.length;
  const toggle = (i: number) => setChosen(chosen.includes(i) ? chosen.filter((x) => x !== i) : [...chosen, i].sort((a, b) => a - b));

  useKeypress((key) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const values = chosen.map((i) => (config.choices[i] as LetterChoice<V>).value);
      const verdict = config.validate(values);
      if (verdict === true) {
        setStatus('done');
        done(values);
      } else setError(verdict);
      return;
    }
    setError(undefined);
    if (isUpKey(key)) setActive(Math.max(0, active - 1));
    else if (isDownKey(key)) setActive(Math.min(count - 1, active + 1));
    else if (isSpaceKey(key)) toggle(active);
    else if (!key.ctrl && key.name !== undefined && key.name.length === 1) {
      const index = LETTERS.indexOf(key.name);
      if (index >= 0 && index < count) {
        setActive(index);
        toggle(index);
      }
    }
  });

  const page = usePagination({
    items: config.choices,
    active,
    renderItem: ({ item, index, isActive }) => {
      const mark = chosen.includes(index) ? MARKED : UNMARKED;
      const line = `${isActive ? POINTER : ' '}${mark} ${item.name}`;
      return isActive ? theme.style.highlight(line) : line;
    },
    pageSize: config.pageSize ?? 20,
    loop: false,
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message, theme.style.answer(chosen.map((i) => config.choices[i]?.short ?? '').join(', '))].filter(Boolean).join(' ');
  const last = LETTERS[Math.max(0, count - 1)]?.toUpperCase() ?? 'A';
  const help = theme.style.keysHelpTip([
    ['↑↓', 'navigate'],
    // Space marks too (the question's line says so); the hint stays short enough for 40 columns.
    [`A-${last}`, 'select'],
    ['⏎', 'submit'],
  ]);
  return `${[[prefix, message].filter(Boolean).join(' '), page, ' ', error ? theme.style.error(error) : '', help].filter(Boolean).join('\n').trimEnd()}${CURSOR_HIDE}`;
});
