/** Keys that answer a study question in the terminal, whatever its type. */
import { DOWN, ENTER, type Terminal } from './pty.js';

/** Answers whatever prompt is showing, so the test does not depend on which question comes first. */
export async function answerOne(t: Terminal): Promise<void> {
  await answerShown(t, await waitForQuestion(t));
}

/** Waits for a question's prompt and returns the new screen text once it is quiet. */
export async function waitForQuestion(t: Terminal): Promise<string> {
  // The prompt line may wrap (narrow terminals): read until the screen is quiet.
  return (await t.waitFor(/(Your answer|내 답)/)) + (await t.settle());
}

/** Answers the question whose screen text (from waitForQuestion) is `raw`. */
export async function answerShown(t: Terminal, raw: string): Promise<void> {
  // Prompt lines wrap inside words (Korean) or between them (English): look at both joinings.
  const screen = `${raw.replace(/\r?\n/g, ' ')} ${raw.replace(/\r?\n ?/g, '')}`;
  const ordering = /Type all (\d+) letters|(\d+)개의 알파벳을 모두/.exec(screen);
  const choose = /[Cc]hoose (\d+):|(\d+)개(?:를)? 고르/.exec(screen);
  if (/Type a number|숫자를 입력/.test(screen)) t.keys(`0${ENTER}`);
  else if (ordering) t.keys(`${'ABCDEFGH'.slice(0, Number(ordering[1] ?? ordering[2]))}${ENTER}`);
  else if (/Pair each number|짝지으세요/.test(screen)) {
    const n = (raw.split(/\n\s*(?:Items|항목)\s*\n/)[1]?.split(/\n\s*(?:Matches|짝)\s*\n/)[0] ?? '').split('\n').filter((l) => /^\s+\d+\./.test(l)).length;
    t.keys(`${Array.from({ length: n }, (_, i) => `${i + 1}-${'abcdefgh'[i]}`).join(' ')}${ENTER}`);
  } else if (choose) {
    const n = Number(choose[1] ?? choose[2]);
    for (let i = 0; i < n; i++) t.keys(` ${DOWN}`);
    t.keys(ENTER);
  } else t.keys(ENTER);
}
