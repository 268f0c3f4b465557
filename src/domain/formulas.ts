/**
 * The formulas a numeric question may name in its `calc`, so that the key can be
 * recomputed from the question's own numbers (a wrong key is worse than no question).
 * Inputs use lower-case names; money in any one currency, durations in any one unit.
 */

export type CalcInputs = Readonly<Record<string, number | readonly number[]>>;

interface Formula {
  readonly inputs: readonly string[];
  readonly describe: string;
  readonly compute: (x: (name: string) => number, list: (name: string) => readonly number[]) => number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const FORMULAS: Readonly<Record<string, Formula>> = {
  cv: { inputs: ['ev', 'ac'], describe: 'CV = EV − AC', compute: (x) => x('ev') - x('ac') },
  sv: { inputs: ['ev', 'pv'], describe: 'SV = EV − PV', compute: (x) => x('ev') - x('pv') },
  cpi: { inputs: ['ev', 'ac'], describe: 'CPI = EV / AC', compute: (x) => x('ev') / x('ac') },
  spi: { inputs: ['ev', 'pv'], describe: 'SPI = EV / PV', compute: (x) => x('ev') / x('pv') },
  'eac-cpi': {
    inputs: ['bac', 'ev', 'ac'],
    describe: 'EAC = BAC / CPI (current cost performance continues)',
    compute: (x) => x('bac') / (x('ev') / x('ac')),
  },
  'eac-budget-rate': {
    inputs: ['bac', 'ev', 'ac'],
    describe: 'EAC = AC + (BAC − EV) (remaining work at the budgeted rate)',
    compute: (x) => x('ac') + (x('bac') - x('ev')),
  },
  'eac-cpi-spi': {
    inputs: ['bac', 'ev', 'ac', 'pv'],
    describe: 'EAC = AC + (BAC − EV) / (CPI × SPI)',
    compute: (x) => x('ac') + (x('bac') - x('ev')) / ((x('ev') / x('ac')) * (x('ev') / x('pv'))),
  },
  'eac-new-etc': { inputs: ['ac', 'etc'], describe: 'EAC = AC + bottom-up ETC', compute: (x) => x('ac') + x('etc') },
  'etc-cpi': {
    inputs: ['bac', 'ev', 'ac'],
    describe: 'ETC = EAC − AC with EAC = BAC / CPI',
    compute: (x) => x('bac') / (x('ev') / x('ac')) - x('ac'),
  },
  etc: { inputs: ['eac', 'ac'], describe: 'ETC = EAC − AC', compute: (x) => x('eac') - x('ac') },
  vac: { inputs: ['bac', 'eac'], describe: 'VAC = BAC − EAC', compute: (x) => x('bac') - x('eac') },
  'vac-cpi': {
    inputs: ['bac', 'ev', 'ac'],
    describe: 'VAC = BAC − EAC with EAC = BAC / CPI',
    compute: (x) => x('bac') - x('bac') / (x('ev') / x('ac')),
  },
  'tcpi-bac': {
    inputs: ['bac', 'ev', 'ac'],
    describe: 'TCPI = (BAC − EV) / (BAC − AC)',
    compute: (x) => (x('bac') - x('ev')) / (x('bac') - x('ac')),
  },
  'tcpi-eac': {
    inputs: ['bac', 'ev', 'ac', 'eac'],
    describe: 'TCPI = (BAC − EV) / (EAC − AC)',
    compute: (x) => (x('bac') - x('ev')) / (x('eac') - x('ac')),
  },
  'percent-complete': { inputs: ['ev', 'bac'], describe: '% complete = EV / BAC × 100', compute: (x) => (x('ev') / x('bac')) * 100 },
  'pert-mean': {
    inputs: ['o', 'm', 'p'],
    describe: 'PERT (beta) estimate = (O + 4M + P) / 6',
    compute: (x) => (x('o') + 4 * x('m') + x('p')) / 6,
  },
  'pert-sd': { inputs: ['o', 'p'], describe: 'PERT standard deviation = (P − O) / 6', compute: (x) => (x('p') - x('o')) / 6 },
  'triangular-mean': {
    inputs: ['o', 'm', 'p'],
    describe: 'Triangular estimate = (O + M + P) / 3',
    compute: (x) => (x('o') + x('m') + x('p')) / 3,
  },
  channels: { inputs: ['n'], describe: 'Channels = n(n − 1) / 2', compute: (x) => (x('n') * (x('n') - 1)) / 2 },
  'channels-added': {
    inputs: ['before', 'after'],
    describe: 'Added channels = a(a − 1)/2 − b(b − 1)/2',
    compute: (x) => (x('after') * (x('after') - 1)) / 2 - (x('before') * (x('before') - 1)) / 2,
  },
  emv: {
    inputs: ['probabilities', 'impacts'],
    describe: 'EMV = Σ probability × impact (opportunities positive, threats negative)',
    compute: (_x, list) => {
      const p = list('probabilities');
      const i = list('impacts');
      if (p.length !== i.length) throw new Error('probabilities and impacts differ in length');
      return sum(p.map((pi, k) => pi * (i[k] as number)));
    },
  },
  'total-float': { inputs: ['ls', 'es'], describe: 'Total float = LS − ES', compute: (x) => x('ls') - x('es') },
  'path-float': {
    inputs: ['critical', 'path'],
    describe: 'Float of a path = critical path duration − path duration',
    compute: (x) => x('critical') - x('path'),
  },
  'path-duration': { inputs: ['durations'], describe: 'Path duration = Σ activity durations', compute: (_x, list) => sum(list('durations')) },
  'sprints-remaining': {
    inputs: ['remaining', 'velocity'],
    describe: 'Sprints needed = ⌈remaining points / velocity⌉',
    compute: (x) => Math.ceil(x('remaining') / x('velocity')),
  },
  'average-velocity': { inputs: ['velocities'], describe: 'Average velocity = mean of sprint velocities', compute: (_x, list) => sum(list('velocities')) / list('velocities').length },
  'present-value': {
    inputs: ['fv', 'rate', 'years'],
    describe: 'PV = FV / (1 + r)^n',
    compute: (x) => x('fv') / (1 + x('rate')) ** x('years'),
  },
  'benefit-cost-ratio': { inputs: ['benefit', 'cost'], describe: 'BCR = benefits / costs', compute: (x) => x('benefit') / x('cost') },
  'payback-period': {
    inputs: ['investment', 'annual'],
    describe: 'Payback period = investment / annual net cash inflow',
    compute: (x) => x('investment') / x('annual'),
  },
  roi: {
    inputs: ['gain', 'cost'],
    describe: 'ROI % = (gain − cost) / cost × 100',
    compute: (x) => ((x('gain') - x('cost')) / x('cost')) * 100,
  },
};

/** Recomputes a calculation; throws with a reason when the formula or an input is unknown. */
export function computeFormula(formula: string, inputs: CalcInputs): number {
  const f = FORMULAS[formula];
  if (!f) throw new Error(`unknown formula "${formula}"; known: ${Object.keys(FORMULAS).join(', ')}`);
  const scalar = (name: string): number => {
    const v = inputs[name];
    if (typeof v !== 'number') throw new Error(`formula "${formula}" needs a number input "${name}"`);
    return v;
  };
  const list = (name: string): readonly number[] => {
    const v = inputs[name];
    if (!Array.isArray(v)) throw new Error(`formula "${formula}" needs a list input "${name}"`);
    return v;
  };
  for (const name of f.inputs) if (!(name in inputs)) throw new Error(`formula "${formula}" needs input "${name}"`);
  return f.compute(scalar, list);
}
