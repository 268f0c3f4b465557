/**
 * The problem texts of pmp validate's checks (src/import/lint-bank.ts, lint-cues.ts), in the
 * English those files write, as patterns keyed by problem code ("code#n" when a code has several
 * texts), and those of reading a JSON bank (src/import/json-bank.ts, check-bank.ts), which carry no
 * code, keyed "input:…". problems.ko.ts gives each its Korean from the parts the pattern captures.
 * src/import keeps writing English (the JSON reports and the tests read it); only what a Korean
 * reader sees is looked up here, and a text that no pattern matches is shown as it is.
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
  'same-option': /^option "(.*)" has the same (\S+) text as option "(.*)"(?:: .*)?$/,
  'option-refers': /^option "(.*)" refers to other options \((\S+): "(.*)"\); shuffling moves them — rewrite it, or mark it "fixed": true$/,
  'absolute-word': /^wrong option "(.*)" says "(.*)" \((\S+)\) and no key does: absolute words give wrong options away — reword it$/,
  'key-longest':
    /^in (\d+) of (\d+) single-answer questions \((\d+) %\) the key is the longest (\S+) option; at most (\d+) % wanted, or length gives the answer away\. Shorten keys or fill out distractors: (.*)$/,
  'key-shortest':
    /^in (\d+) of (\d+) single-answer questions \((\d+) %\) the key is the shortest (\S+) option; at most (\d+) % wanted, or length gives the answer away\. Fill out keys or trim distractors: (.*)$/,

  // Reading a JSON bank: the schema (json-bank.ts describeIssue) and the references (check-bank.ts).
  'input:not-utf8': /^the file is not valid UTF-8 text; save it as UTF-8$/,
  'input:too-deep': /^nested more than (\d+) levels deep; a bank needs far fewer$/,
  'input:not-json': /^not valid JSON$/,
  // JSON syntax (json-position.ts), before the schema's "expected …" texts.
  'input:json-syntax':
    /^(unexpected character|malformed number|expected a property name in double quotes|expected a value|expected ":"|expected ","|expected "}"|expected "]"|expected the end of the file|comments are not allowed in JSON|unterminated comment|unterminated string|unterminated number|invalid \\u escape|invalid escape character|invalid character in string \(control characters must be escaped\))$/,
  'input:missing-text': /^missing; expected a text: a string, or an object of language code to string such as (.*)$/,
  'input:missing': /^missing; expected (.*)$/,
  'input:wrong-type': /^expected (\w+), found (.*)$/s,
  'input:unknown-fields': /^unknown fields? (.*) \(a typo\?\)$/,
  'input:question-type': /^"(.*)" must be one of single, multiple, matching, numeric, ordering$/,
  'input:expected-text': /^expected a text: a string, or an object of language code to string such as (.*)$/,
  'input:expected-values': /^expected ((?:"[^"]*"|[-\d.]+|true|false|null)(?: or (?:"[^"]*"|[-\d.]+|true|false|null))*)$/,
  'input:empty': /^must not be empty$/,
  'input:too-small': /^needs at least (\d+) (characters|items|)$/,
  'input:too-big': /^allows at most (\d+) (characters|items|)$/,
  'input:language': /^language "(.*)" is not among the bank's languages \((.*)\)$/,
  'input:duplicate-scenario': /^duplicate scenario id "(.*)"$/,
  'input:duplicate-question': /^duplicate question id "(.*)" \(first at (.*)\)$/,
  'input:no-scenario': /^no scenario with id "(.*)"$/,
  'input:no-outline': /^the bank's "outline" is null, so "eco" tags cannot be read; set "outline"$/,
  'input:no-task': /^(\S+) has no task (\d+) in domain "(.*)" \((.*)\)$/,
  'input:duplicate-option': /^duplicate option id "(.*)"$/,
  'input:undeclared-trap': /^trap "(.*)" is not declared in the bank's "traps"$/,
  'input:unknown-key': /^answer names option "(.*)", which the question does not have$/,
  'input:key-repeated': /^the answer lists an option more than once$/,
  'input:multiple-all': /^a "multiple" answer must leave at least one option out$/,
  'input:ordering-count': /^an "ordering" answer lists every option once \((\d+)\), not (\d+)$/,
  'input:duplicate-item': /^duplicate id among "(left|right)" items$/,
  'input:too-few-right': /^needs at least as many "right" items as "left" items$/,
  'input:no-match': /^no match given for left item "(.*)"$/,
  'input:not-an-item': /^"(.*)" is not a (left|right) item$/,
} as const;
