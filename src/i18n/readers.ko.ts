/** CSV, Aiken, GIFT, Moodle XML 읽기 문제의 한국어 (readers.en.ts와 같은 키, 같은 매개변수). */
import type { MessagesOf } from './en.js';
import { moodlePlaces, READER_LIST_SEPARATOR, type readersEn } from './readers.en.js';

type P = Readonly<Record<string, string | number>>;

const SUPPORTED_GIFT =
  '지원하는 형식은 객관식({=정답 ~오답}, 정답이 여럿이면 ~%50% 같은 가중치), 참/거짓({T} 또는 {F}), 짝짓기({=항목 -> 짝}), 수치({#값:허용오차} 또는 {#최소..최대})입니다';

const giftName = (p: P) => (p.question === '' ? '(글 없음)' : String(p.question));
const moodleName = (p: P) => (p.name !== undefined ? `"${p.name}"` : `(유형 ${p.type || '없음'})`);
const letters = (p: P, none: string) => (p.options === '' ? none : String(p.options));
const listOf = (p: P, prefix: string) => (p.items === '' ? `${prefix}… 항목 없음` : String(p.items));

const EXPECTED: Readonly<Record<string, string>> = {
  answers: '답(=정답 ~오답, T, #3.5, =항목 -> 짝 등)',
  question: '문제',
  'blank-line': '다음 문제 앞의 빈 줄',
  close: '답을 닫는 "}"',
  open: '답을 여는 "{"',
  weight: '-100에서 100 사이의 가중치(예: ~%50%)',
  end: '문제의 끝',
  more: '글',
  'eq-tilde': '답 앞의 "=" 또는 "~"',
  number: '숫자',
};
/** "X이(가) 와야 합니다" for one, "X, Y 중 하나가 와야 합니다" for several. */
const expected = (p: P) => {
  const items = [...new Set(String(p.expected).split(READER_LIST_SEPARATOR).filter((e) => e !== '').map((e) => EXPECTED[e] ?? e))];
  return items.length <= 1 ? `${items[0] ?? '다른 것'}이(가) 와야 합니다` : `${items.join(', ')} 중 하나가 와야 합니다`;
};

const CSV_TYPE_OWNER: Readonly<Record<string, string>> = { choice: 'single, multiple, ordering', matching: 'matching', numeric: 'numeric' };

const MOODLE_TYPES: Readonly<Record<string, string>> = {
  essay: '서술형 문제(자유 서술, 교사가 채점)',
  shortanswer: '단답형 문제(단어 입력, 선택지 없음)',
  multianswer: '빈칸 채우기(cloze) 문제',
  description: '설명(문제가 아닌 글)',
  ddwtos: '글에 끌어다 놓기 문제',
  gapselect: '빠진 단어 고르기 문제',
  ddimageortext: '이미지에 끌어다 놓기 문제',
  ddmarker: '표시 끌어다 놓기 문제',
  calculated: '계산형 문제(공식에서 무작위로 뽑은 숫자)',
  calculatedsimple: '간단한 계산형 문제(공식에서 무작위로 뽑은 숫자)',
  calculatedmulti: '계산형 객관식 문제(공식에서 무작위로 뽑은 숫자)',
  randomsamatch: '무작위 단답형 짝짓기 문제',
  random: '무작위 문제(퀴즈를 할 때 범주에서 뽑음)',
  ordering: '순서 배열 문제(Moodle 플러그인)',
};
const moodleType = (p: P) => MOODLE_TYPES[String(p.type)] ?? (p.type === '' ? 'type 속성이 없는 문제' : `"${p.type}" 유형의 문제`);
const PLACE: Readonly<Record<string, (n: string) => string>> = {
  question: () => '문제 글',
  general: () => '전체 피드백',
  option: (n) => `선택지 ${n}`,
  feedback: (n) => `선택지 ${n}의 피드백`,
  subquestion: (n) => `하위 문제 ${n}`,
  'answer-feedback': () => '정답의 피드백',
  true: () => '"true"의 피드백',
  false: () => '"false"의 피드백',
};

export const readersKo: MessagesOf<typeof readersEn> = {
  'aiken.too-few-options': (p: P) =>
    `문제에 선택지가 ${p.n === 0 ? '없습니다' : '1개뿐입니다'}. ANSWER 줄 앞에 선택지 줄("A. …", "B. …")이 2개 이상 있어야 합니다${p.spaceHint ? ' (선택지 글자 뒤에는 "." 또는 ")"와 공백이 옵니다: "A. Paris")' : ''}`,
  'aiken.answer-not-letter': (p: P) => `ANSWER 줄에 ${p.found === '' ? '아무것도 없습니다' : `"${p.found}"이(가) 있습니다`}. 선택지 글자 하나가 와야 합니다(예: "ANSWER: B")`,
  'aiken.answer-not-option': (p: P) => `ANSWER "${p.letter}"은(는) 선택지 ${letters(p, '(선택지 없음)')}에 없습니다`,
  'aiken.no-answer-line': () => '여기서 시작하는 문제에 ANSWER 줄이 없습니다. 선택지 다음에 "ANSWER: X"가 와야 합니다',
  'aiken.option-order': (p: P) => `선택지 ${p.letter}의 순서가 맞지 않습니다. ${p.expected}이(가) 와야 합니다(선택지는 A, B, C … 순서로 씁니다)`,
  'aiken.option-empty': (p: P) => `선택지 ${p.letter}에 글이 없습니다`,
  'aiken.answer-without-question': () => '문제 없이 ANSWER 줄이 있습니다. 그 앞에 문제 글과 선택지가 와야 합니다',
  'aiken.option-before-question': (p: P) => `문제 글보다 선택지 줄 "${p.letter}."이(가) 먼저 나옵니다. 문제 글이 선택지 위 줄에 먼저 와야 합니다`,
  'aiken.text-after-options': (p: P) =>
    `선택지 다음, ANSWER 줄 앞에 글이 있습니다. 다음 선택지("${p.next}. …")나 "ANSWER: X"가 와야 합니다${p.lowercase ? ' (선택지 글자는 대문자입니다: "B) …")' : ''}`,
  'aiken.no-options-no-answer': () => '문제 글 다음에 선택지도 ANSWER 줄도 없습니다. "A. …", "B. …"와 "ANSWER: X"가 와야 합니다',
  'aiken.no-questions': () => '문제를 찾지 못했습니다. Aiken 문제는 문제 글, 선택지 줄 "A. …", "B. …", 그리고 "ANSWER: B"로 이루어집니다',

  'csv.in-column': (p: P) => `"${p.name}" 열: ${p.text}`,
  'reader.strict': (p: P) => `${p.text} (--strict에서는 이 파일을 거부합니다)`,
  'csv.map-empty': () => '파일이 비어 있습니다. 매핑에는 열 이름을 적은 머리글 행이 필요합니다',
  'csv.map-duplicate-column': (p: P) => `열 "${p.name}"이(가) 중복됩니다. ${p.first}번째 열과 이름이 같아 매핑이 둘을 구별할 수 없습니다`,
  'csv.row-too-wide': (p: P) =>
    `이 행의 칸은 ${p.cells}개인데 머리글의 열은 ${p.columns}개입니다. ${p.delimiter === 'cell' ? '그 열에 머리글을 붙이거나 값을 옮기세요' : `${p.delimiter === 'tab' ? '탭' : '쉼표'}가 든 칸은 따옴표("…")로 감싸야 합니다`}`,
  'csv.nameless-cell': (p: P) => `${p.index}번째 열은 머리글 행에 이름이 없는데 이 행에는 "${p.value}"이(가) 있습니다`,
  'csv.empty': () => '파일이 비어 있습니다. "type,prompt,option_a,option_b,answer" 같은 머리글 행과 한 행에 한 문제씩 와야 합니다',
  'csv.no-rows': () => '문제가 없습니다. 머리글 행만 있고 문제 행이 없습니다',
  'csv.outline-differs': (p: P) => `"${p.outline}"이(가) ${p.line}행의 "${p.first}"과(와) 다릅니다. 한 문제은행은 하나의 시험 개요를 따릅니다`,
  'csv.duplicate-id': (p: P) => `id "${p.id}"은(는) ${p.line}행에서 이미 쓰였습니다. id는 겹치면 안 됩니다`,
  'csv.duplicate-prompt': (p: P) => `${p.line}행과 문제 글이 같습니다. id가 없는 문제는 문제 글로 id를 만드므로, 하나에 id를 주거나 중복을 지우세요`,
  'csv.unclosed-quote': (p: P) => `따옴표로 감싼 칸이 닫히지 않았습니다. ${p.line}행에서 시작하는 행에서 연 따옴표(")가 파일 끝까지 이어집니다. 닫고, 따옴표 안의 따옴표는 ""로 쓰세요`,
  'csv.after-closing-quote': () => '따옴표로 감싼 칸의 닫는 따옴표 뒤에 글이 있습니다. 따옴표로 감싼 칸 안의 따옴표는 ""로 쓰세요(예: "He said ""no""")',
  'csv.quote-inside-cell': () => '따옴표로 시작하지 않는 칸 안에 따옴표(")가 있습니다. 칸 전체를 따옴표로 감싸고 안의 따옴표는 두 번 쓰세요(예: "a 5"" screen")',
  'csv.syntax': (p: P) => `올바른 CSV가 아닙니다: ${p.detail}`,
  'csv.unknown-column': (p: P) =>
    `알 수 없는 열 "${p.name}" (${p.hint === 'suffix' ? `"${p.field}"은(는) 모든 언어에서 같습니다. 언어 접미사는 prompt, option_a 같은 글 열에만 붙입니다` : p.hint === 'range' ? '선택지와 오른쪽 항목은 _a부터 _l까지, 왼쪽 항목은 _1부터 _12까지입니다' : `오타인가요? 알려진 열: ${p.known}`})`,
  'csv.ambiguous-columns': (p: P) => `열이 모호합니다. ${p.first}번째 열("${p.firstName}")과 ${p.index}번째 열("${p.name}")이 모두 "${p.field}"을(를) 뜻합니다. 하나만 남기거나 다른 하나의 이름을 바꾸세요`,
  'csv.duplicate-column': (p: P) =>
    `열 "${p.name}"이(가) 중복됩니다. ${p.first}번째 열("${p.firstName}")이 이미 같은 내용입니다${p.language !== undefined ? ` (언어 코드가 없는 열은 가져오기의 글 언어인 ${p.language}입니다)` : ''}`,
  'csv.no-prompt-column': (p: P) =>
    `머리글 행에 "prompt" 열(${p.language}로 된 문제 글. "Question", "Question Text", "Stem"도 됩니다)이 없습니다. 첫 행에 열 이름을 적으세요(예: "type,prompt,option_a,option_b,answer")`,
  'csv.no-answer-column': () => '머리글 행에 "answer" 열("Correct Answer"나 "Key"도 됩니다)이 없습니다. 모든 문제에 정답이 필요합니다',
  'csv.prompt-empty': (p: P) => `문제 글이 비어 있습니다. 모든 문제에 ${p.language}로 된 글이 필요합니다`,
  'csv.bad-id': (p: P) => `"${p.id}"은(는) 쓸 수 있는 id가 아닙니다. 글자, 숫자, ".", "_", ":", "-"로 128자까지, 글자나 숫자로 시작해야 합니다`,
  'csv.bad-type': (p: P) => `"${p.value}"은(는) 문제 유형이 아닙니다. ${p.types} 중 하나여야 합니다`,
  'csv.answer-missing-any': () => '정답이 없습니다. "B" 같은 선택지 글자나 숫자가 와야 합니다',
  'csv.no-options-not-number': (p: P) => `"${p.answer}"은(는) 숫자가 아니고, 이 행에는 객관식 문제의 선택지(option_a, option_b, …)도 없습니다`,
  'csv.rationale-without-option': (p: P) => `설명할 선택지 ${String(p.letter).toUpperCase()}이(가) 없습니다(option_${p.letter} 열이 비어 있습니다)`,
  'csv.too-few-options': (p: P) => `"${p.type}" 문제에는 선택지(option_a, option_b, …)가 2개 이상 필요한데 이 행에는 ${p.n}개입니다`,
  'csv.answer-missing': (p: P) => `정답이 없습니다. ${p.example} 같은 선택지 글자가 와야 합니다`,
  'csv.answer-not-letters': (p: P) =>
    `"${p.answer}"은(는) ${p.declared === 'choice' ? '"B" 같은 선택지 글자나 "A,C" 같은 글자 목록이' : p.type === 'single' ? '"B" 같은 선택지 글자 하나가' : `${p.example} 같은 선택지 글자 목록이`} 아닙니다`,
  'csv.answer-unknown': (p: P) => `${p.letters}은(는) 선택지 ${letters(p, '(없음: 선택지 칸이 모두 비어 있음)')}에 없습니다`,
  'csv.single-several': (p: P) => `"single" 정답은 "B" 같은 글자 하나인데 "${p.answer}"입니다(여럿이면 type을 "multiple"로 하세요)`,
  'csv.multiple-one': (p: P) => `"multiple" 정답은 "A,C"처럼 선택지를 2개 이상 적어야 하는데 "${p.answer}"입니다(하나이면 type을 "single"로 하세요)`,
  'csv.answer-repeated': (p: P) => `${p.letters}을(를) 두 번 이상 적었습니다`,
  'csv.multiple-all': () => '"multiple" 정답은 선택지를 하나 이상 빼야 합니다',
  'csv.ordering-incomplete': (p: P) =>
    `"ordering" 정답은 모든 선택지(${letters(p, '(없음: 선택지 칸이 모두 비어 있음)')})를 한 번씩 적어야 합니다. ${[...(p.missing !== '' ? [`${p.missing} 빠짐`] : []), ...(p.repeated !== '' ? [`${p.repeated} 두 번 이상 적음`] : [])].join('; ')}`,
  'csv.numeric-missing': () => '정답이 없습니다. 41.5 같은 숫자가 와야 합니다',
  'csv.not-number': (p: P) => `"${p.answer}"은(는) 숫자가 아닙니다. 41.5, -1200, 1,234.5처럼 쓰세요(쉼표가 든 숫자는 CSV에서 따옴표로 감싸야 합니다)`,
  'csv.not-tolerance': (p: P) => `"${p.value}"은(는) 허용 오차가 아닙니다. 0.005처럼 0 이상의 숫자가 와야 합니다`,
  'csv.matching-too-few': (p: P) => `"matching" 문제에는 ${p.side === 'left' ? '왼쪽 항목(left_1, left_2, …)' : '오른쪽 항목(right_a, right_b, …)'}이 2개 이상 필요한데 이 행에는 ${p.n}개입니다`,
  'csv.matching-missing': () => '정답이 없습니다. "1-b 2-a 3-c"처럼 왼쪽 항목과 오른쪽 항목의 짝이 와야 합니다',
  'csv.matching-not-pairs': (p: P) => `"${p.answer}"은(는) "1-b 2-a 3-c" 같은 짝 목록(왼쪽 항목 번호, 대시, 오른쪽 항목 글자)이 아닙니다`,
  'csv.matching-not-left': (p: P) => `"${p.pair}": ${p.item}은(는) 왼쪽 항목이 아닙니다(이 행의 항목: ${listOf(p, 'left_')})`,
  'csv.matching-not-right': (p: P) => `"${p.pair}": ${p.item}은(는) 오른쪽 항목이 아닙니다(이 행의 항목: ${listOf(p, 'right_')})`,
  'csv.matching-twice': (p: P) => `왼쪽 항목 ${p.item}의 짝이 두 번 이상 있습니다`,
  'csv.matching-unmatched': (p: P) => `왼쪽 항목 ${p.items}의 짝이 없습니다. 모든 왼쪽 항목에 "${p.first}-a" 같은 짝이 필요합니다`,
  'csv.fixed-not-letters': (p: P) => `"${p.value}"은(는) "D"나 "C,D" 같은 선택지 글자나 "all"이 아닙니다`,
  'csv.fixed-unknown': (p: P) => `${p.letters}은(는) 선택지 ${letters(p, '(없음: 선택지 칸이 모두 비어 있음)')}에 없습니다`,
  'csv.type-column': (p: P) => `이 열은 ${CSV_TYPE_OWNER[String(p.owner)] ?? p.owner} 문제만 쓰는데 이 문제는 "${p.type}"입니다. 비워 두거나 "type"을 바꾸세요`,
  'csv.not-domain': (p: P) => `"${p.value}"은(는) 영역이 아닙니다. people, process, business-environment 중 하나여야 합니다`,
  'csv.not-task': (p: P) => `"${p.value}"은(는) 과제 번호가 아닙니다. 3 같은 자연수가 와야 합니다`,
  'csv.domain-without-task': () => '영역에는 과제 번호도 필요합니다(예: domain "process", task 6)',
  'csv.task-without-domain': () => '과제 번호에는 영역(people, process, business-environment)도 필요합니다',
  'csv.not-outline': (p: P) => `"${p.value}"은(는) 시험 개요가 아닙니다. eco-2026 또는 eco-2021이어야 합니다`,
  'csv.not-approach': (p: P) => `"${p.value}"은(는) 접근 방식이 아닙니다. predictive, agile, hybrid 중 하나여야 합니다`,
  'csv.not-difficulty': (p: P) => `"${p.value}"은(는) 난이도가 아닙니다. 1(기억), 2(적용), 3(분석) 중 하나여야 합니다`,
  'csv.references-count': (p: P) => `참고 문헌이 ${p.n}개인데 "${p.first}"에는 ${p.firstN}개입니다. 모든 참고 문헌을 언어마다 같은 순서로 적으세요`,

  'gift.blank-line': () => '답 { … } 안의 빈 줄 때문에 문제가 일찍 끝납니다(GIFT는 빈 줄로 문제를 나눕니다). 빈 줄을 지우세요',
  'gift.unreadable': (p: P) => `이 문제를 읽을 수 없습니다: ${p.detail}`,
  'gift.title-not-closed': () => '제목이 닫히지 않았습니다. 문제 글 앞에 ::제목:: 형태로 쓰세요',
  'gift.syntax': (p: P) =>
    `${p.found === 'end' ? '문제가 여기서 끝납니다' : p.found === 'break' ? '예상하지 못한 줄바꿈입니다' : `예상하지 못한 "${p.char}"입니다`}. ${expected(p)}${p.mark ? `. "${p.char}"은(는) GIFT 기호입니다: 글에 쓰려면 \\${p.char}로 쓰세요` : ''}`,
  'gift.missing-word': (p: P) => `문제 ${giftName(p)}은(는) 빈칸 채우기 문제(닫는 "}" 뒤에 글이 있음)라 pmp-study가 지원하지 않습니다. 답 { … }을 문제 끝으로 옮기세요. ${SUPPORTED_GIFT}`,
  'gift.description': (p: P) => `문제 ${giftName(p)}은(는) 설명({ … } 안에 답이 없는 글)이라 pmp-study가 지원하지 않습니다. ${SUPPORTED_GIFT}`,
  'gift.essay': (p: P) => `문제 ${giftName(p)}은(는) 서술형 문제(답이 없는 {})라 pmp-study가 지원하지 않습니다. ${SUPPORTED_GIFT}`,
  'gift.short-answer': (p: P) =>
    `문제 ${giftName(p)}은(는) 단답형 문제("=" 답만 있고 "~" 오답이 없음)라 pmp-study가 지원하지 않습니다. 객관식으로 만들려면 "~"로 표시한 오답을 더하세요. ${SUPPORTED_GIFT}`,
  'gift.several-equals': (p: P) => `문제 ${giftName(p)}에 "="로 표시한 정답이 ${p.n}개입니다. "=" 정답은 하나여야 하며, 정답이 여럿이면 "=" 없이 정답마다 ~%50% 같은 양의 가중치를 붙이세요`,
  'gift.weights-select-none': (p: P) => `문제 ${giftName(p)}의 가중치가 어떤 선택지도 고르지 않습니다(0%보다 큰 것이 없음). 정답마다 ~%50% 같은 양의 가중치를 붙이거나, 정답 하나를 "="로 표시하세요`,
  'gift.no-right-option': (p: P) => `문제 ${giftName(p)}에 정답으로 표시한 선택지가 없습니다. 정답을 "="로 표시하거나({=정답 ~오답}), 여러 정답에 ~%50% 같은 양의 가중치를 붙이세요`,
  'gift.numeric-not-number': (p: P) => `문제 ${giftName(p)}의 답이 숫자가 아닙니다. {#값}, {#값:허용오차}, {#최소..최대} 중 하나로 쓰세요`,
  'gift.numeric-no-key': (p: P) => `문제 ${giftName(p)}에 만점인 답이 없습니다. {#=3.5:0.1}처럼 정답 숫자를 "="로 표시하고 가중치를 100% 미만으로 두지 마세요`,
  'gift.no-questions': () => '파일에 GIFT 문제가 없습니다. "::q1:: Which one is right? {=right ~wrong}" 같은 문제를 빈 줄로 나누어 쓰세요',

  'xml.malformed': (p: P) => `올바른 형식의 XML이 아닙니다: ${p.detail}`,
  'xml.bare-ampersand': () => '올바른 형식의 XML이 아닙니다: 글 안에 "&"가 그대로 있습니다. &amp;로 쓰거나 글을 <![CDATA[ … ]]>로 감싸세요',
  'xml.no-element': () => '올바른 형식의 XML이 아닙니다: 파일에 XML 요소가 없습니다',
  'moodle.not-quiz': (p: P) => `최상위 요소가 <quiz>가 아니라 <${p.root}>입니다. Moodle XML 문제 내보내기 파일이 아닙니다`,
  'moodle.skipped-type': (p: P) => `문제 ${moodleName(p)}은(는) ${moodleType(p)}입니다. pmp-study로 학습할 수 없어 건너뜁니다`,
  'moodle.no-text': (p: P) => `문제 ${moodleName(p)}은(는) HTML을 읽고 나면 글이 없습니다(이미지뿐인가요?). 터미널은 이미지를 보여 줄 수 없어 건너뜁니다`,
  'moodle.type-not-read': (p: P) => `문제 ${moodleName(p)}: "${p.type}" 유형은 읽지 않습니다`,
  'moodle.too-few-answers': (p: P) => `문제 ${moodleName(p)}의 답이 ${p.n}개입니다. 객관식 문제에는 2개 이상 필요합니다`,
  'moodle.option-no-text': (p: P) => `문제 ${moodleName(p)}의 선택지 ${p.option}에 글이 없습니다(이미지뿐인가요?). 터미널은 이미지를 보여 줄 수 없습니다`,
  'moodle.no-positive-grade': (p: P) => `문제 ${moodleName(p)}에 양의 점수(fraction)를 받는 답이 없어 정답이 없습니다`,
  'moodle.single-several-keys': (p: P) =>
    `문제 ${moodleName(p)}은(는) 단일 정답(<single>true</single>)인데 ${p.grade}%인 답이 ${p.n}개입니다. pmp-study는 정답을 하나로 정하므로, 나머지의 점수를 낮추거나 <single>false</single>로 하세요`,
  'moodle.all-positive': (p: P) => `문제 ${moodleName(p)}은(는) 모든 답에 양의 점수를 줍니다. 복수 정답 문제에는 오답(점수 0 이하)이 하나 이상 있어야 합니다`,
  'moodle.true-false-missing': (p: P) => `문제 ${moodleName(p)}에는 "true" 답과 "false" 답이 있어야 합니다`,
  'moodle.true-false-same': (p: P) => `문제 ${moodleName(p)}은(는) "true"와 "false"에 같은 점수를 줍니다. 정답에 fraction="100"을 주세요`,
  'moodle.matching-too-few': (p: P) => `문제 ${moodleName(p)}에서 글과 답이 있는 하위 문제가 ${p.n}개입니다. 짝짓기 문제에는 2개 이상 필요합니다`,
  'moodle.numeric-no-key': (p: P) => `문제 ${moodleName(p)}에 100%인 숫자 답이 없습니다. <answer fraction="100"><text>42</text><tolerance>0.5</tolerance></answer>처럼 쓰세요`,
  'moodle.partial-options': (p: P) => `문제 ${moodleName(p)}: 선택지 ${p.options}은(는) Moodle에서 부분 점수를 받지만 여기서는 오답으로 칩니다`,
  'moodle.image': (p: P) => `문제 ${moodleName(p)}의 ${moodlePlaces(p, (what, n) => PLACE[what]?.(n) ?? what, ', ')}에 터미널이 보여 줄 수 없는 이미지가 있습니다. 이미지 없이도 읽히는지 확인하세요`,
  'moodle.partial-credit': (p: P) =>
    `복수 정답 문제 ${p.n}개(<single>false</single>, 처음은 ${p.line}행): Moodle은 고른 정답마다 부분 점수를 주지만, pmp-study는 정답 선택지를 정확히 골랐을 때만 맞은 것으로 칩니다`,
  'moodle.nothing-to-study': (p: P) =>
    `파일에 pmp-study로 학습할 수 있는 문제가 없습니다${p.types !== '' ? `. 모든 문제가 여기서 학습할 수 없는 유형입니다(${p.types})` : ''}. 지원하는 유형은 multichoice, truefalse, matching, numerical입니다`,

  'xlsx.unreadable': (p: P) => `통합 문서를 읽을 수 없습니다: ${p.detail}`,
  'xlsx.no-sheet': (p: P) => `통합 문서에 시트 ${p.sheet}이(가) 없습니다. 시트: ${p.sheets} (--sheet에는 이름이나 번호를 줍니다)`,
  'xlsx.empty-sheet': (p: P) => `시트 "${p.sheet}"이(가) 비어 있습니다. 첫 행에 열 이름(Question, Option A, Option B …, Answer)을 적고, 한 행에 한 문제씩 쓰세요`,
};
