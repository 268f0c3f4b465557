/**
 * What the CSV, Aiken, GIFT and Moodle XML readers (src/import/readers/) say about a file, in
 * English. Each key is also the problem's stable code in --json ("code"), so scripts do not depend
 * on the wording; the readers build their English `message` from here (reader-text.ts), and
 * readers.ko.ts says the same in Korean. Parameters hold the text found in the file as written.
 */
import { count, word } from './plural.js';

type P = Readonly<Record<string, string | number>>;

const SUPPORTED_GIFT =
  'Supported are multiple choice ({=right ~wrong}, or ~%50% weights for several right options), true/false ({T} or {F}), matching ({=item -> match}) and numerical ({#value:tolerance} or {#low..high})';

/** How a GIFT problem names a question: its title or first words, quoted by the reader. */
const giftName = (p: P) => (p.question === '' ? '(without text)' : String(p.question));
/** How a Moodle problem names a question: its name, else its type. */
const moodleName = (p: P) => (p.name !== undefined ? `"${p.name}"` : `of type ${p.type || '(none)'}`);
/** The options a question has, as the reader listed them ("A–D", "A, C"); empty when it has none. */
const letters = (p: P, none: string) => (p.options === '' ? none : String(p.options));
/** "are not among" / "is not one of". */
const notAmong = (p: P) => `${p.letters} ${Number(p.n) > 1 ? 'are not among' : 'is not one of'} the options ${letters(p, '(none: every option cell is empty)')}`;
const listOf = (p: P, prefix: string) => (p.items === '' ? `no ${prefix}… items` : String(p.items));

/** pegjs's expectations, by the code gift-blocks.ts gives them; anything else is the grammar's own text. */
const EXPECTED: Readonly<Record<string, string>> = {
  answers: 'answers (such as =right ~wrong, T, #3.5 or =item -> match)',
  question: 'a question',
  'blank-line': 'a blank line before the next question',
  close: '"}" to close the answers',
  open: '"{" to open the answers',
  weight: 'a weight between -100 and 100, such as ~%50%',
  end: 'the end of the question',
  more: 'more text',
  'eq-tilde': '"=" or "~" before an answer',
  number: 'a number',
};
export const READER_LIST_SEPARATOR = '\u001f';
const orList = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? 'something else') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`);
const expected = (p: P, names: Readonly<Record<string, string>>, join: (items: readonly string[]) => string) =>
  join([...new Set(String(p.expected).split(READER_LIST_SEPARATOR).filter((e) => e !== '').map((e) => names[e] ?? e))]);

const CSV_TYPE_OWNER: Readonly<Record<string, string>> = { choice: 'single, multiple and ordering', matching: 'matching', numeric: 'numeric' };

export const readersEn = {
  // Aiken (aiken.ts)
  'aiken.too-few-options': (p: P) =>
    `the question has ${p.n === 0 ? 'no options' : 'only 1 option'}; it needs at least 2 option lines ("A. …", "B. …") before its ANSWER line${p.spaceHint ? ' (an option letter is followed by "." or ")" and a space: "A. Paris")' : ''}`,
  'aiken.answer-not-letter': (p: P) => `the ANSWER line names ${p.found === '' ? 'nothing' : `"${p.found}"`}; expected one option letter, e.g. "ANSWER: B"`,
  'aiken.answer-not-option': (p: P) => `ANSWER "${p.letter}" is not one of the options ${letters(p, '(the question has none)')}`,
  'aiken.no-answer-line': () => 'the question that starts here has no ANSWER line; expected "ANSWER: X" after its options',
  'aiken.option-order': (p: P) => `option ${p.letter} is out of order: expected ${p.expected} (options are lettered A, B, C … in order)`,
  'aiken.option-empty': (p: P) => `option ${p.letter} has no text`,
  'aiken.answer-without-question': () => 'an ANSWER line without a question; expected the question text and its options before it',
  'aiken.option-before-question': (p: P) => `option line "${p.letter}." before any question text; the question's text comes first, on the lines above its options`,
  'aiken.text-after-options': (p: P) =>
    `text after the options but before the ANSWER line; expected another option ("${p.next}. …") or "ANSWER: X"${p.lowercase ? ' (option letters are capitals: "B) …")' : ''}`,
  'aiken.no-options-no-answer': () => 'question text with no options and no ANSWER line after it; expected "A. …", "B. …" and "ANSWER: X"',
  'aiken.no-questions': () => 'no questions found; an Aiken question is its text, option lines "A. …", "B. …", then "ANSWER: B"',

  // CSV, TSV and the rows of a workbook (csv.ts, csv-columns.ts, csv-cells.ts)
  'csv.in-column': (p: P) => `column "${p.name}": ${p.text}`,
  /** A reader's warning that --strict turns into a refusal (the "strict" parameter set by load-import.ts). */
  'reader.strict': (p: P) => `${String(p.text).replace(/: skipped$/, '')} (--strict refuses this)`,
  'csv.map-empty': () => 'the file is empty; a mapping needs a header row naming the columns',
  'csv.map-duplicate-column': (p: P) => `duplicate column "${p.name}": column ${p.first} has the same name, so a mapping could not tell them apart`,
  'csv.row-too-wide': (p: P) =>
    `the row has ${p.cells} cells but the header has ${p.columns} columns; ${p.delimiter === 'cell' ? 'give that column a header, or move the value' : `a cell containing a ${p.delimiter} must be in quotes ("…")`}`,
  'csv.nameless-cell': (p: P) => `column ${p.index} has no name in the header row, but this row has "${p.value}" in it`,
  'csv.empty': () => 'the file is empty; expected a header row such as "type,prompt,option_a,option_b,answer" and then one question per row',
  'csv.no-rows': () => 'no questions: the file has a header row but no question rows',
  'csv.outline-differs': (p: P) => `"${p.outline}" differs from "${p.first}" on line ${p.line}; a bank follows one outline`,
  'csv.duplicate-id': (p: P) => `id "${p.id}" is already used on line ${p.line}; ids must be unique`,
  'csv.duplicate-prompt': (p: P) => `the same prompt as on line ${p.line}: a question without an id gets one from its prompt; give one of them an id, or remove the duplicate`,
  'csv.unclosed-quote': (p: P) => `a quoted cell is never closed: the quote (") opened in the row that starts on line ${p.line} runs to the end of the file; close it, and write a quote inside a quoted cell as ""`,
  'csv.after-closing-quote': () => 'text after the closing quote of a quoted cell; inside a quoted cell write a quote as "" (e.g. "He said ""no""")',
  'csv.quote-inside-cell': () => 'a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the quote (e.g. "a 5"" screen")',
  'csv.syntax': (p: P) => `not valid CSV: ${p.detail}`,
  'csv.unknown-column': (p: P) =>
    `unknown column "${p.name}" (${p.hint === 'suffix' ? `"${p.field}" is the same in every language; only text columns such as prompt or option_a take a language suffix` : p.hint === 'range' ? 'options and right items go from _a to _l, left items from _1 to _12' : `a typo? known columns: ${p.known}`})`,
  'csv.ambiguous-columns': (p: P) => `ambiguous columns: column ${p.first} ("${p.firstName}") and column ${p.index} ("${p.name}") both mean "${p.field}"; keep one of them or rename the other`,
  'csv.duplicate-column': (p: P) =>
    `duplicate column "${p.name}": column ${p.first} ("${p.firstName}") already holds it${p.language !== undefined ? ` (columns without a language code are in ${p.language}, the import's text language)` : ''}`,
  'csv.no-prompt-column': (p: P) =>
    `the header row has no "prompt" column (the question text in ${p.language}; "Question", "Question Text" or "Stem" work too); the first row names the columns, e.g. "type,prompt,option_a,option_b,answer"`,
  'csv.no-answer-column': () => 'the header row has no "answer" column ("Correct Answer" or "Key" work too); every question needs its key',
  'csv.prompt-empty': (p: P) => `the prompt is empty; every question needs its text in ${p.language}`,
  'csv.bad-id': (p: P) => `"${p.id}" is not a usable id: up to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit`,
  'csv.bad-type': (p: P) => `"${p.value}" is not a question type; expected one of ${p.types}`,
  'csv.answer-missing-any': () => 'the answer is missing; expected an option letter such as "B", or a number',
  'csv.no-options-not-number': (p: P) => `"${p.answer}" is not a number, and the row has no options (option_a, option_b, …) for a choice question`,
  'csv.rationale-without-option': (p: P) => `there is no option ${String(p.letter).toUpperCase()} to explain (column option_${p.letter} is empty)`,
  'csv.too-few-options': (p: P) => `a "${p.type}" question needs at least 2 options (option_a, option_b, …); this row has ${p.n}`,
  'csv.answer-missing': (p: P) => `the answer is missing; expected ${p.type === 'single' ? 'an option letter' : 'option letters'} such as ${p.example}`,
  'csv.answer-not-letters': (p: P) =>
    `"${p.answer}" is not ${p.declared === 'choice' ? 'an option letter such as "B", or letters such as "A,C"' : p.type === 'single' ? 'one option letter such as "B"' : `option letters such as ${p.example}`}`,
  'csv.answer-unknown': (p: P) => notAmong(p),
  'csv.single-several': (p: P) => `a "single" answer is one letter such as "B"; found "${p.answer}" (for several, set type "multiple")`,
  'csv.multiple-one': (p: P) => `a "multiple" answer names at least 2 options, such as "A,C"; found "${p.answer}" (for one, set type "single")`,
  'csv.answer-repeated': (p: P) => `lists ${p.letters} more than once`,
  'csv.multiple-all': () => 'a "multiple" answer must leave at least one option out',
  'csv.ordering-incomplete': (p: P) =>
    `an "ordering" answer lists every option exactly once (${letters(p, '(none: every option cell is empty)')}); ${[...(p.missing !== '' ? [`${p.missing} missing`] : []), ...(p.repeated !== '' ? [`${p.repeated} listed more than once`] : [])].join('; ')}`,
  'csv.numeric-missing': () => 'the answer is missing; expected a number such as 41.5',
  'csv.not-number': (p: P) => `"${p.answer}" is not a number; expected e.g. 41.5, -1200 or 1,234.5 (a number with commas must be quoted in a CSV)`,
  'csv.not-tolerance': (p: P) => `"${p.value}" is not a tolerance; expected a number of 0 or more, such as 0.005`,
  'csv.matching-too-few': (p: P) => `a "matching" question needs at least 2 ${p.side === 'left' ? 'left items (left_1, left_2, …)' : 'right items (right_a, right_b, …)'}; this row has ${p.n}`,
  'csv.matching-missing': () => 'the answer is missing; expected pairs of left item and right item such as "1-b 2-a 3-c"',
  'csv.matching-not-pairs': (p: P) => `"${p.answer}" is not a list of pairs such as "1-b 2-a 3-c" (left item number, dash, right item letter)`,
  'csv.matching-not-left': (p: P) => `"${p.pair}": ${p.item} is not a left item (the row has ${listOf(p, 'left_')})`,
  'csv.matching-not-right': (p: P) => `"${p.pair}": ${p.item} is not a right item (the row has ${listOf(p, 'right_')})`,
  'csv.matching-twice': (p: P) => `left item ${p.item} is matched more than once`,
  'csv.matching-unmatched': (p: P) => `no match given for left ${word(p.n, 'item')} ${p.items}; every left item needs a pair such as "${p.first}-a"`,
  'csv.fixed-not-letters': (p: P) => `"${p.value}" is not option letters such as "D" or "C,D", or "all"`,
  'csv.fixed-unknown': (p: P) => notAmong(p),
  'csv.type-column': (p: P) => `only ${CSV_TYPE_OWNER[String(p.owner)] ?? p.owner} questions use this column, and this question is "${p.type}"; leave it empty or change "type"`,
  'csv.not-domain': (p: P) => `"${p.value}" is not a domain; expected people, process, business-environment`,
  'csv.not-task': (p: P) => `"${p.value}" is not a task number; expected a whole number such as 3`,
  'csv.domain-without-task': () => 'a domain needs a task number too (e.g. domain "process", task 6)',
  'csv.task-without-domain': () => 'a task number needs its domain too (people, process or business-environment)',
  'csv.not-outline': (p: P) => `"${p.value}" is not an outline; expected eco-2026 or eco-2021`,
  'csv.not-approach': (p: P) => `"${p.value}" is not an approach; expected predictive, agile, hybrid`,
  'csv.not-difficulty': (p: P) => `"${p.value}" is not a difficulty; expected 1 (recall), 2 (apply) or 3 (analyse)`,
  'csv.references-count': (p: P) => `lists ${count(p.n, 'reference')} but "${p.first}" lists ${p.firstN}; give every reference in each language, in the same order`,

  // GIFT (gift.ts, gift-blocks.ts, gift-questions.ts)
  'gift.blank-line': () => 'a blank line inside the answers { … } ends the question early (GIFT separates questions with blank lines); remove the blank line',
  'gift.unreadable': (p: P) => `could not read this question: ${p.detail}`,
  'gift.title-not-closed': () => 'the title is not closed: write it as ::title:: before the question text',
  'gift.syntax': (p: P) =>
    `${p.found === 'end' ? 'the question ends here' : p.found === 'break' ? 'unexpected line break' : `unexpected "${p.char}"`}; expected ${expected(p, EXPECTED, orList)}${p.mark ? `; "${p.char}" is a GIFT mark: to use it in text, write \\${p.char}` : ''}`,
  'gift.missing-word': (p: P) =>
    `question ${giftName(p)} is a missing-word question (text follows the closing "}"), which pmp-study does not support; move the answers { … } to the end of the question. ${SUPPORTED_GIFT}`,
  'gift.description': (p: P) => `question ${giftName(p)} is a description (text with no answers in { … }), which pmp-study does not support. ${SUPPORTED_GIFT}`,
  'gift.essay': (p: P) => `question ${giftName(p)} is an essay question ({} with no answers), which pmp-study does not support. ${SUPPORTED_GIFT}`,
  'gift.short-answer': (p: P) =>
    `question ${giftName(p)} is a short-answer question (only "=" answers, no "~" wrong options), which pmp-study does not support; to make it multiple choice, add wrong options marked "~". ${SUPPORTED_GIFT}`,
  'gift.several-equals': (p: P) =>
    `question ${giftName(p)} has ${p.n} options marked right with "="; expected one "=" answer, or, for several right options, no "=" and a positive weight such as ~%50% on each right option`,
  'gift.weights-select-none': (p: P) =>
    `question ${giftName(p)} has weights that select no option (none is above 0%); expected a positive weight such as ~%50% on each right option, or the one right answer marked with "="`,
  'gift.no-right-option': (p: P) =>
    `question ${giftName(p)} has no option marked right; expected the right answer marked with "=" (as in {=right ~wrong}), or positive weights such as ~%50% on several right options`,
  'gift.numeric-not-number': (p: P) => `question ${giftName(p)} has an answer that is not a number; expected {#value}, {#value:tolerance} or {#low..high}`,
  'gift.numeric-no-key': (p: P) => `question ${giftName(p)} has no answer with full credit; expected the right number marked "=" with no weight below 100%, as in {#=3.5:0.1}`,
  'gift.no-questions': () => 'the file holds no GIFT questions; expected questions such as "::q1:: Which one is right? {=right ~wrong}", separated by blank lines',

  // Moodle XML (moodle-xml.ts, moodle-questions.ts, xml-tree.ts)
  'xml.malformed': (p: P) => `not well-formed XML: ${p.detail}`,
  'xml.bare-ampersand': () => 'not well-formed XML: a bare "&" in text; write it as &amp; (or put the text in <![CDATA[ … ]]>)',
  'xml.no-element': () => 'not well-formed XML: no XML element in the file',
  'moodle.not-quiz': (p: P) => `the root element is <${p.root}>, not <quiz>: this is not a Moodle XML question export`,
  'moodle.skipped-type': (p: P) => `question ${moodleName(p)} is ${moodleTypeEn(p)}, which pmp-study cannot study: skipped`,
  'moodle.no-text': (p: P) => `question ${moodleName(p)} has no text once its HTML is read (an image only?), and a terminal cannot show an image: skipped`,
  'moodle.type-not-read': (p: P) => `question ${moodleName(p)} type "${p.type}" is not read`,
  'moodle.too-few-answers': (p: P) => `question ${moodleName(p)} has ${count(p.n, 'answer')}; a multiple-choice question needs at least 2`,
  'moodle.option-no-text': (p: P) => `question ${moodleName(p)} option ${p.option} has no text (an image only?), and a terminal cannot show it`,
  'moodle.no-positive-grade': (p: P) => `question ${moodleName(p)} has no answer with a positive grade (fraction), so it has no right answer`,
  'moodle.single-several-keys': (p: P) =>
    `question ${moodleName(p)} is single-answer (<single>true</single>) with ${p.n} answers at ${p.grade}%; pmp-study keys one answer: give the others a lower grade, or set <single>false</single>`,
  'moodle.all-positive': (p: P) => `question ${moodleName(p)} gives every answer a positive grade; a multiple-answer question needs at least one wrong answer (grade 0 or below)`,
  'moodle.true-false-missing': (p: P) => `question ${moodleName(p)} needs an answer "true" and an answer "false"`,
  'moodle.true-false-same': (p: P) => `question ${moodleName(p)} grades "true" and "false" the same; the right one has fraction="100"`,
  'moodle.matching-too-few': (p: P) => `question ${moodleName(p)} has ${count(p.n, 'subquestion')} with text and an answer; a matching question needs at least 2`,
  'moodle.numeric-no-key': (p: P) => `question ${moodleName(p)} has no numeric answer at 100%; expected <answer fraction="100"><text>42</text><tolerance>0.5</tolerance></answer>`,
  'moodle.partial-options': (p: P) => `question ${moodleName(p)}: ${word(p.n, 'option')} ${p.options} get partial credit in Moodle and count as wrong here`,
  'moodle.image': (p: P) => `question ${moodleName(p)} shows an image (in ${moodlePlacesEn(p)}) that a terminal cannot show; check that it reads without it`,
  'moodle.partial-credit': (p: P) =>
    `${p.n} multiple-answer ${word(p.n, 'question')} (<single>false</single>, first on line ${p.line}): Moodle gives partial credit for each right option chosen; pmp-study counts such a question right only when exactly its right options are chosen`,
  'moodle.nothing-to-study': (p: P) =>
    `the file holds no question pmp-study can study${p.types !== '' ? `; every question in it is of a type that cannot be studied here (${p.types})` : ''}; supported are multichoice, truefalse, matching and numerical`,

  // Excel workbooks (xlsx.ts)
  'xlsx.unreadable': (p: P) => `the workbook cannot be read: ${p.detail}`,
  'xlsx.no-sheet': (p: P) => `the workbook has no sheet ${p.sheet}; its sheets are ${p.sheets} (--sheet takes a name or a number)`,
  'xlsx.empty-sheet': (p: P) => `sheet "${p.sheet}" is empty; the first row names the columns (Question, Option A, Option B …, Answer), then one question per row`,
} as const;

/** What Moodle's types we cannot study are, for the skip warning. */
const MOODLE_TYPES_EN: Readonly<Record<string, string>> = {
  essay: 'an essay question (free text, graded by a teacher)',
  shortanswer: 'a short-answer question (typed words, no options)',
  multianswer: 'an embedded-answers (cloze) question',
  description: 'a description (text without a question)',
  ddwtos: 'a drag-and-drop-into-text question',
  gapselect: 'a select-missing-words question',
  ddimageortext: 'a drag-and-drop-onto-image question',
  ddmarker: 'a drag-and-drop-markers question',
  calculated: 'a calculated question (numbers drawn at random from a formula)',
  calculatedsimple: 'a simple calculated question (numbers drawn at random from a formula)',
  calculatedmulti: 'a calculated multichoice question (numbers drawn at random from a formula)',
  randomsamatch: 'a random short-answer matching question',
  random: 'a random question (drawn from a category when the quiz runs)',
  ordering: 'an ordering question (a Moodle plug-in)',
};
function moodleTypeEn(p: P): string {
  return MOODLE_TYPES_EN[String(p.type)] ?? (p.type === '' ? 'a question without a type attribute' : `a question of type "${p.type}"`);
}

/**
 * Where in a Moodle question its images are: "question" (the text), "general" (its general
 * feedback), "option:N", "feedback:N" (an option's feedback), "subquestion:N", "answer-feedback",
 * "true"/"false" (their feedback): joined with READER_LIST_SEPARATOR by the reader.
 */
export function moodlePlaces(p: P, say: (place: string, n: string) => string, join: string): string {
  return String(p.places)
    .split(READER_LIST_SEPARATOR)
    .map((place) => {
      const [what = '', n = ''] = place.split(':');
      return say(what, n);
    })
    .join(join);
}

const PLACE_EN: Readonly<Record<string, (n: string) => string>> = {
  question: () => 'the question text',
  general: () => 'the general feedback',
  option: (n) => `option ${n}`,
  feedback: (n) => `the feedback of option ${n}`,
  subquestion: (n) => `subquestion ${n}`,
  'answer-feedback': () => 'the feedback of the answer',
  true: () => 'the feedback of "true"',
  false: () => 'the feedback of "false"',
};
function moodlePlacesEn(p: P): string {
  return moodlePlaces(p, (what, n) => PLACE_EN[what]?.(n) ?? what, ', ');
}

export type ReaderCode = keyof typeof readersEn;
