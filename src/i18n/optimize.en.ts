/** Words of `pmp optimize` (personal FSRS parameters), in English. */
type P = Readonly<Record<string, string | number>>;

export const optimizeEn = {
  'optimize.too-little': (p: P) =>
    `Not enough history to fit your own parameters yet: ${p.n} reviews so far (answers on a later day than the one before); about ${p.more} more needed. The default parameters stay in use.`,
  'optimize.too-little.detail': (p: P) => `(${p.fitted} would be fitted and ${p.heldOut} held out for testing; at least ${p.minFit} and ${p.minHeldOut} are needed.)`,
  'optimize.fitting': (p: P) => `Fitting FSRS parameters to ${p.n} of your reviews…`,
  'optimize.title': () => 'Personal FSRS parameters',
  'optimize.split': (p: P) => `Fitted on ${p.fitted} reviews before ${p.date}; tested on the ${p.heldOut} reviews since (held out from fitting).`,
  'optimize.score-header': () => 'How well each set predicts the held-out reviews (lower is better):',
  'optimize.score': (p: P) => `${p.label}  log loss ${p.logLoss} · RMSE (bins) ${p.rmse}`,
  'optimize.label.defaults': () => 'in use (defaults)',
  'optimize.label.adopted': () => 'in use (yours)',
  'optimize.label.fitted': () => 'newly fitted',
  'optimize.adopted': (p: P) => `Adopted: the new parameters predict ${p.gain} better. Memory states were rebuilt with them; ${p.moved} due dates moved.`,
  'optimize.would-adopt': (p: P) => `They predict ${p.gain} better, so they would be adopted (dry run: nothing was changed).`,
  'optimize.kept': (p: P) => `Kept the parameters in use: the new ones are not at least ${p.min} better (change: ${p.gain}).`,
  'optimize.fit-time': (p: P) => `Fitting took ${p.seconds} s.`,
  'optimize.reset': (p: P) => `Back to the default FSRS parameters. Memory states were rebuilt with them; ${p.moved} due dates moved.`,
  'optimize.reset-none': () => 'The default FSRS parameters are already in use; nothing changed.',
  'optimize.damaged': () => 'The stored personal FSRS parameters are damaged; the defaults are used. Run pmp optimize again, or pmp optimize --reset.',
  'optimize.no-binding': (p: P) => `The FSRS optimizer (@open-spaced-repetition/binding) has no build for this platform (${p.platform}) or is not installed.`,
  'optimize.no-binding.hint': () => 'Run npm ci in the pmp-study folder. Studying works without it; only pmp optimize needs it.',
  'optimize.reset-and-dry-run': () => '--reset and --dry-run cannot be used together.',
  'optimize.reset-and-dry-run.hint': () => 'Use one of them.',
} as const;
