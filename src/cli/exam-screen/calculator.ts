/**
 * The exam calculator: + − × ÷, parentheses, decimals, percent (50% is 0.5) and square roots
 * (sqrt(16) or √16). jsep only parses; this file walks the tree it returns and knows numbers,
 * those operators and sqrt, nothing else, so no text typed here can run code (no eval, no Function).
 */
import jsep from 'jsep';

export type CalcProblem = 'syntax' | 'not-arithmetic' | 'divide-by-zero' | 'negative-root' | 'too-long' | 'not-finite';
export type CalcResult = { readonly ok: true; readonly value: number; readonly text: string } | { readonly ok: false; readonly problem: CalcProblem };

const MAX_LENGTH = 200;

// jsep is configured once for this module: % is a postfix "per cent", not modulo; √ is a prefix root.
jsep.removeBinaryOp('%');
for (const op of ['||', '&&', '|', '^', '&', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '<<', '>>', '>>>', '??']) jsep.removeBinaryOp(op);
for (const op of ['!', '~', 'typeof', 'void', 'delete', 'new']) jsep.removeUnaryOp(op);
// jsep returns a number without running 'after-token'; taking it here lets the hook below see "50%".
jsep.hooks.add('gobble-token', function numberFirst(env) {
  if ((this.code >= 48 && this.code <= 57) || this.code === 46) env.node = this.gobbleNumericLiteral();
});
jsep.hooks.add('after-token', function percent(env) {
  if (!env.node) return;
  this.gobbleSpaces();
  while (this.code === 37) {
    this.index++;
    env.node = { type: 'UnaryExpression', operator: '%', argument: env.node, prefix: false };
    this.gobbleSpaces();
  }
});

class Refused extends Error {
  constructor(readonly problem: CalcProblem) {
    super(problem);
  }
}

/** Evaluates one arithmetic expression as typed on the exam's calculator. */
export function calculate(input: string): CalcResult {
  if (input.length > MAX_LENGTH) return { ok: false, problem: 'too-long' };
  const text = input.replace(/[×xX]/g, '*').replace(/÷/g, '/').replace(/[−–]/g, '-').replace(/,/g, '').replace(/√\s*(\d+(?:\.\d+)?|\.\d+)/g, 'sqrt($1)').replace(/√\s*\(/g, 'sqrt(');
  let tree: jsep.Expression;
  try {
    tree = jsep(text);
  } catch {
    return { ok: false, problem: 'syntax' };
  }
  try {
    const value = evaluate(tree);
    if (!Number.isFinite(value)) return { ok: false, problem: 'not-finite' };
    return { ok: true, value, text: formatNumber(value) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}

function evaluate(node: jsep.Expression): number {
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (typeof value !== 'number') throw new Refused('not-arithmetic');
      return value;
    }
    case 'UnaryExpression': {
      const { operator, argument } = node as jsep.UnaryExpression;
      const x = evaluate(argument);
      if (operator === '-') return -x;
      if (operator === '+') return x;
      if (operator === '%') return x / 100;
      if (operator === '√') return root(x);
      throw new Refused('not-arithmetic');
    }
    case 'BinaryExpression': {
      const { operator, left, right } = node as jsep.BinaryExpression;
      const a = evaluate(left);
      const b = evaluate(right);
      if (operator === '+') return a + b;
      if (operator === '-') return a - b;
      if (operator === '*') return a * b;
      if (operator === '/') {
        if (b === 0) throw new Refused('divide-by-zero');
        return a / b;
      }
      throw new Refused('not-arithmetic');
    }
    case 'CallExpression': {
      const { callee, arguments: args } = node as jsep.CallExpression;
      if (callee.type !== 'Identifier' || (callee as jsep.Identifier).name.toLowerCase() !== 'sqrt' || args.length !== 1) throw new Refused('not-arithmetic');
      return root(evaluate(args[0] as jsep.Expression));
    }
    default:
      throw new Refused('not-arithmetic');
  }
}

function root(x: number): number {
  if (x < 0) throw new Refused('negative-root');
  return Math.sqrt(x);
}

/** Twelve significant digits, as a desk calculator shows: 0.1 + 0.2 is 0.3. */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
