/** The calculator overlay of the exam screen: what each key does to what it shows. */
import type { Translator } from '../../i18n/index.js';
import { calculate } from './calculator.js';
import type { Intent } from './keys.js';
import type { CalculatorState } from './render.js';

export interface CalculatorAfterKey {
  /** What the overlay shows next; undefined when Esc closed it. */
  readonly shown: CalculatorState | undefined;
  /** On closing: what it shows when opened again. */
  readonly closed?: CalculatorState;
}

export function calculatorAfterKey(calc: CalculatorState, intent: Intent, t: Translator['t']): CalculatorAfterKey {
  if (intent.kind === 'escape') return { shown: undefined, closed: calc };
  if (intent.kind === 'backspace') return { shown: { input: [...calc.input].slice(0, -1).join('') } };
  if (intent.kind === 'text') {
    const text = intent.text.replace(/[\r\n]/g, '');
    // As on a desk calculator: an operator after a result goes on from the result, a number starts afresh.
    const input = calc.result === undefined ? calc.input + text : /^[+\-*/×÷−%]/.test(text) ? calc.result + text : text;
    return { shown: { input } };
  }
  if (intent.kind === 'enter') {
    const result = calculate(calc.input);
    return { shown: result.ok ? { input: calc.input, result: result.text } : { input: calc.input, problem: t(`screen.calc.${result.problem}`) } };
  }
  return { shown: calc };
}
