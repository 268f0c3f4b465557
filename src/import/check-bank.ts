/**
 * Checks that the schema cannot express: references between parts of a bank (answer keys,
 * scenarios, traps), uniqueness, and tags that exist in the bank's outline.
 */
import type { Outline } from '../domain/outline.js';
import type { BankFile, QuestionFile, TextFile } from './bank-schema.js';

export interface BankIssue {
  readonly path: readonly (string | number)[];
  readonly questionId?: string;
  readonly message: string;
}

export function checkBankReferences(bank: BankFile, outlines: ReadonlyMap<string, Outline>): BankIssue[] {
  const checker = bankReferenceChecker(bank, outlines);
  bank.questions.forEach(checker.question);
  return checker.issues;
}

/**
 * The same checks, one question at a time (a big import checks each question as it is parsed);
 * `issues` holds every problem found so far, the bank's own (scenarios) from the start.
 */
export function bankReferenceChecker(
  bank: Omit<BankFile, 'questions'>,
  outlines: ReadonlyMap<string, Outline>,
): { readonly issues: BankIssue[]; question(q: QuestionFile, i: number): void } {
  const issues: BankIssue[] = [];
  const add = (path: (string | number)[], message: string, questionId?: string) =>
    issues.push({ path, message, ...(questionId !== undefined ? { questionId } : {}) });

  const languages = new Set(bank.languages);
  const checkLanguages = (t: TextFile | undefined, path: (string | number)[], qid?: string) => {
    if (t === undefined || typeof t === 'string') return;
    for (const l of Object.keys(t)) if (!languages.has(l)) add(path, `language "${l}" is not among the bank's languages (${bank.languages.join(', ')})`, qid);
  };

  const scenarioIds = new Set<string>();
  (bank.scenarios ?? []).forEach((s, i) => {
    if (scenarioIds.has(s.id)) add(['scenarios', i, 'id'], `duplicate scenario id "${s.id}"`);
    scenarioIds.add(s.id);
    checkLanguages(s.text, ['scenarios', i, 'text']);
  });
  const traps = new Set(Object.keys(bank.traps ?? {}));
  const outline = bank.outline ? outlines.get(bank.outline) : undefined;
  const seen = new Map<string, number>();

  const question = (q: QuestionFile, i: number): void => {
    const at = (...rest: (string | number)[]) => ['questions', i, ...rest];
    const first = seen.get(q.id);
    if (first !== undefined) add(at('id'), `duplicate question id "${q.id}" (first at questions[${first}])`, q.id);
    else seen.set(q.id, i);
    checkLanguages(q.prompt, at('prompt'), q.id);
    checkLanguages(q.explanation, at('explanation'), q.id);
    if (q.scenario !== undefined && !scenarioIds.has(q.scenario)) add(at('scenario'), `no scenario with id "${q.scenario}"`, q.id);
    if (q.eco) {
      if (bank.outline === null) add(at('eco'), 'the bank\'s "outline" is null, so "eco" tags cannot be read; set "outline"', q.id);
      else if (outline) {
        const domain = outline.domains.find((d) => d.id === q.eco?.domain);
        if (!domain?.tasks.some((t) => t.n === q.eco?.task)) {
          add(at('eco', 'task'), `${bank.outline} has no task ${q.eco.task} in domain "${q.eco.domain}" (1–${domain?.tasks.length ?? 0})`, q.id);
        }
      }
    }
    if (q.type === 'single' || q.type === 'multiple' || q.type === 'ordering') {
      const ids = new Set<string>();
      q.options.forEach((o, k) => {
        if (ids.has(o.id)) add(at('options', k, 'id'), `duplicate option id "${o.id}"`, q.id);
        ids.add(o.id);
        checkLanguages(o.text, at('options', k, 'text'), q.id);
        if (o.trap !== undefined && !traps.has(o.trap)) add(at('options', k, 'trap'), `trap "${o.trap}" is not declared in the bank's "traps"`, q.id);
      });
      const keys = typeof q.answer === 'string' ? [q.answer] : q.answer;
      keys.forEach((k, n) => {
        if (!ids.has(k)) add(typeof q.answer === 'string' ? at('answer') : at('answer', n), `answer names option "${k}", which the question does not have`, q.id);
      });
      if (new Set(keys).size !== keys.length) add(at('answer'), 'the answer lists an option more than once', q.id);
      if (q.type === 'multiple' && keys.length >= q.options.length) add(at('answer'), 'a "multiple" answer must leave at least one option out', q.id);
      if (q.type === 'ordering' && keys.length !== q.options.length) add(at('answer'), `an "ordering" answer lists every option once (${q.options.length}), not ${keys.length}`, q.id);
    }
    if (q.type === 'matching') {
      const left = new Set(q.left.map((l) => l.id));
      const right = new Set(q.right.map((r) => r.id));
      if (left.size !== q.left.length) add(at('left'), 'duplicate id among "left" items', q.id);
      if (right.size !== q.right.length) add(at('right'), 'duplicate id among "right" items', q.id);
      if (q.right.length < q.left.length) add(at('right'), 'needs at least as many "right" items as "left" items', q.id);
      for (const l of q.left) if (q.answer[l.id] === undefined) add(at('answer'), `no match given for left item "${l.id}"`, q.id);
      for (const [l, r] of Object.entries(q.answer)) {
        if (!left.has(l)) add(at('answer', l), `"${l}" is not a left item`, q.id);
        if (!right.has(r)) add(at('answer', l), `"${r}" is not a right item`, q.id);
      }
    }
  };
  return { issues, question };
}
