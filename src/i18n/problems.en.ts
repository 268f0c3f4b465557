/**
 * The problem texts of pmp validate's checks (src/import/lint-bank.ts, lint-cues.ts), in the
 * English those files write, as patterns keyed by problem code ("code#n" when a code has several
 * texts). problems.ko.ts gives each its Korean from the parts the pattern captures. The checks keep
 * writing English (the JSON report and the tests read it); only what a Korean reader sees is looked
 * up here, and a text that no pattern matches is shown as it is.
 */
export const problemsEn = {
  'duplicate-bank': /^bank id "(.*)" is used by more than one file$/,
  'missing-language': /^no (\S+) text$/,
  'missing-language#trap': /^trap "(.*)" has no (\S+) name$/,
  'too-long': /^(prompt|explanation|option) is (\d+) characters; keep it under (\d+)$/,
  'too-long#scenario': /^scenario text is (\d+) characters over (\d+)$/,
  'multiple-count': /^the (\S+) prompt must say to choose (\d+) \(e\.g\. "(.*)"\)$/,
  'wrong-key': /^calc (.*) gives (.*), but the key is (.*) ± (.*)$/,
  // The formula evaluator's own words follow.
  'bad-calc': /^(.*)$/s,
  'no-explanation': /^no "explanation"$/,
  untagged: /^no "eco" task tag$/,
  'no-approach': /^no "approach" \(predictive, agile or hybrid\)$/,
  'no-difficulty': /^no "difficulty" \(1–3\)$/,
  'no-reference': /^no "references"$/,
  'no-calc': /^a numeric question needs "calc" so its key can be recomputed$/,
  'no-rationale': /^option "(.*)" has no rationale$/,
  'no-trap': /^wrong option "(.*)" has no trap$/,
  'trap-on-key': /^option "(.*)" is part of the key but carries a trap$/,
  'key-position': /^(\d+) of (\d+) single-answer keys \((\d+) %\) are option (\d+) in the file; vary the key's position$/,
  'duplicate-prompt': /^same prompt as (.*)$/,
  'near-duplicate': /^prompt is (\d+) % like (.*)$/,
  'task-coverage': /^(\S+) (\S+) task (\d+) has (\d+) question\(s\); at least (\d+) wanted$/,
  'same-option': /^option "(.*)" has the same (\S+) text as option "(.*)"$/,
  'option-refers': /^option "(.*)" refers to other options \((\S+): "(.*)"\); shuffling moves them — rewrite it, or mark it "fixed": true$/,
  'absolute-word': /^wrong option "(.*)" says "(.*)" \((\S+)\) and no key does: absolute words give wrong options away — reword it$/,
  'key-longest':
    /^in (\d+) of (\d+) single-answer questions \((\d+) %\) the key is the longest (\S+) option; at most (\d+) % wanted, or length gives the answer away\. Shorten keys or fill out distractors: (.*)$/,
  'key-shortest':
    /^in (\d+) of (\d+) single-answer questions \((\d+) %\) the key is the shortest (\S+) option; at most (\d+) % wanted, or length gives the answer away\. Fill out keys or trim distractors: (.*)$/,
} as const;
