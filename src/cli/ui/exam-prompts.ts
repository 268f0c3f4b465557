/**
 * Two prompts built on @inquirer/core for the exam screen: the answer prompt, whose first line is
 * a countdown redrawn every second, with the exam's command keys; and the break screen with its
 * own countdown. The question text is printed above the prompt, so only these few lines redraw.
 */
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useEffect, useKeypress, useState } from '@inquirer/core';

export type ExamKeyCommand = 'next' | 'previous' | 'flag' | 'review' | 'submit' | 'leave';

export type ExamPromptResult = { readonly kind: 'choice'; readonly indexes: readonly number[] } | { readonly kind: 'typed'; readonly text: string } | { readonly kind: 'command'; readonly command: ExamKeyCommand };

export interface ExamPromptConfig {
  /** The countdown line, computed at each redraw. */
  readonly header: () => string;
  /** 'single' picks one option, 'multiple' toggles `choose` of them, 'typed' reads a line (ordering, matching, numeric). */
  readonly mode: 'single' | 'multiple' | 'typed';
  readonly options: readonly string[];
  readonly choose: number;
  /** Options already chosen (the answer so far). */
  readonly chosen: readonly number[];
  readonly hint: string;
  /** Whether the letter keys n p f r s q are commands (not in menus). */
  readonly keys: boolean;
  /** For typed answers: null when the text is an answer, else the problem to show. */
  readonly check: (text: string) => string | null;
  /** "Choose exactly 2 letters (you gave 1)." */
  readonly countProblem: (got: number) => string;
  readonly style: { readonly cursor: (s: string) => string; readonly dim: (s: string) => string; readonly bad: (s: string) => string };
}

const KEY_COMMANDS: Readonly<Record<string, ExamKeyCommand>> = { n: 'next', p: 'previous', f: 'flag', r: 'review', s: 'submit', q: 'leave' };

export const examPrompt = createPrompt<ExamPromptResult, ExamPromptConfig>((config, done) => {
  const [, setTick] = useState(0);
  const [cursor, setCursor] = useState(config.chosen[0] ?? 0);
  const [marked, setMarked] = useState<readonly number[]>(config.chosen);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [finished, setFinished] = useState<string | undefined>(undefined);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);

  const finish = (result: ExamPromptResult, shown: string) => {
    setFinished(shown);
    done(result);
  };

  useKeypress((key, rl) => {
    if (finished !== undefined) return;
    if (config.mode === 'typed') {
      if (!isEnterKey(key)) {
        setText(rl.line);
        setProblem(undefined);
        return;
      }
      const line = text.trim();
      const command = KEY_COMMANDS[line.toLowerCase()];
      if (command) return finish({ kind: 'command', command }, line);
      const trouble = config.check(line);
      if (trouble === null) return finish({ kind: 'typed', text: line }, line);
      rl.write(text); // the line event cleared it: give it back to mend
      setProblem(trouble);
      return;
    }
    rl.clearLine(0);
    const command = KEY_COMMANDS[key.name];
    if (command && config.keys && !key.ctrl) return finish({ kind: 'command', command }, key.name);
    const count = config.options.length;
    if (isUpKey(key)) setCursor((cursor + count - 1) % count);
    else if (isDownKey(key)) setCursor((cursor + 1) % count);
    else if (config.mode === 'multiple' && isSpaceKey(key)) {
      setMarked(marked.includes(cursor) ? marked.filter((i) => i !== cursor) : [...marked, cursor].sort((a, b) => a - b));
      setProblem(undefined);
    } else if (isEnterKey(key)) {
      if (config.mode === 'single') return finish({ kind: 'choice', indexes: [cursor] }, String(cursor));
      if (marked.length === config.choose) return finish({ kind: 'choice', indexes: marked }, marked.join(','));
      setProblem(config.countProblem(marked.length));
    }
  });

  const lines = [config.header()];
  if (config.mode === 'typed') {
    lines.push(`› ${finished ?? text}`);
  } else {
    config.options.forEach((label, i) => {
      const box = config.mode === 'multiple' ? (marked.includes(i) ? '◉ ' : '◯ ') : '';
      const line = `${i === cursor ? '❯' : ' '} ${box}${label}`;
      lines.push(i === cursor && finished === undefined ? config.style.cursor(line) : line);
    });
  }
  if (finished !== undefined) return lines.join('\n');
  return [lines.join('\n'), [problem ? config.style.bad(problem) : undefined, config.style.dim(config.hint)].filter(Boolean).join('\n')];
});

export interface BreakPromptConfig {
  /** The break line with the time left, computed at each redraw. */
  readonly line: () => string;
}

/** The break screen: a countdown until Enter (or the abort signal when the break time is over). */
export const breakPrompt = createPrompt<void, BreakPromptConfig>((config, done) => {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useKeypress((key) => {
    if (isEnterKey(key)) done();
  });
  return config.line();
});
