/** pmp validate 점검 문제의 한국어: problems.en.ts의 패턴이 잡아낸 부분(m[1], m[2], …)으로 만듭니다. */
import type { problemsEn } from './problems.en.js';

type M = readonly string[];

const PART: Readonly<Record<string, string>> = { prompt: '문제', explanation: '해설', option: '선택지' };
/** zod's names of kinds, and json-bank.ts's "an array", "string \"x\"" … */
const KIND: Readonly<Record<string, string>> = { string: '문자열', number: '숫자', boolean: '참/거짓', object: '객체', array: '배열', record: '객체', 'a value': '값', null: 'null', 'an array': '배열', 'an object': '객체' };
const kind = (k: string | undefined): string => KIND[k ?? ''] ?? (k ?? '').replace(/^(string|number|boolean) /, (_w, t: string) => `${KIND[t] ?? t} `);
const UNIT: Readonly<Record<string, string>> = { characters: '자', items: '개', '': '' };
const JSON_SYNTAX: Readonly<Record<string, string>> = {
  'unexpected character': '예상하지 못한 문자',
  'malformed number': '잘못된 숫자 형식',
  'expected a property name in double quotes': '큰따옴표로 감싼 속성 이름이 와야 합니다',
  'expected a value': '값이 와야 합니다',
  'expected ":"': '":"이 와야 합니다',
  'expected ","': '","가 와야 합니다',
  'expected "}"': '"}"가 와야 합니다',
  'expected "]"': '"]"가 와야 합니다',
  'expected the end of the file': '파일이 끝나야 합니다',
  'comments are not allowed in JSON': 'JSON에는 주석을 쓸 수 없습니다',
  'unterminated comment': '주석이 닫히지 않았습니다',
  'unterminated string': '문자열이 닫히지 않았습니다',
  'unterminated number': '숫자가 끝나지 않았습니다',
  'invalid \\u escape': '잘못된 \\u 이스케이프',
  'invalid escape character': '잘못된 이스케이프 문자',
  'invalid character in string (control characters must be escaped)': '문자열 안의 잘못된 문자 (제어 문자는 이스케이프해야 합니다)',
};
const TEXT_KIND = '글(문자열, 또는 {"en": "…", "ko": "…"}처럼 언어 코드를 키로 한 객체)';

export const problemsKo: { readonly [K in keyof typeof problemsEn]: (m: M) => string } = {
  'duplicate-bank': (m) => `문제은행 id "${m[1]}"을(를) 여러 파일이 씁니다`,
  'missing-language': (m) => `${m[1]} 글이 없습니다`,
  'missing-language#trap': (m) => `함정 "${m[1]}"에 ${m[2]} 이름이 없습니다`,
  'too-long': (m) => `${PART[m[1] ?? ''] ?? m[1]}이(가) ${m[2]}자입니다. ${m[3]}자 미만으로 줄이세요`,
  'too-long#scenario': (m) => `시나리오 글이 ${m[2]}자보다 ${m[1]}자 깁니다`,
  'multiple-count': (m) => `${m[1]} 문제에 ${m[2]}개를 고르라고 적어야 합니다 (예: "${m[3]}")`,
  'wrong-key': (m) => `calc ${m[1]}의 결과는 ${m[2]}인데 정답은 ${m[3]} ± ${m[4]}입니다`,
  'bad-calc': (m) => `calc를 계산할 수 없습니다: ${m[1]}`,
  'no-explanation': () => '"explanation"(해설)이 없습니다',
  untagged: () => '"eco" 과제 태그가 없습니다',
  'no-approach': () => '"approach"(predictive, agile, hybrid)가 없습니다',
  'no-difficulty': () => '"difficulty"(1–3)가 없습니다',
  'no-reference': () => '"references"(참고 문헌)가 없습니다',
  'no-calc': () => '수치 문제에는 정답을 다시 계산할 수 있도록 "calc"가 있어야 합니다',
  'no-rationale': (m) => `선택지 "${m[1]}"에 근거(rationale)가 없습니다`,
  'no-trap': (m) => `오답 선택지 "${m[1]}"에 함정(trap)이 없습니다`,
  'trap-on-key': (m) => `선택지 "${m[1]}"은(는) 정답의 일부인데 함정(trap)이 붙어 있습니다`,
  'key-position': (m) => `단일 정답 ${m[2]}개 중 ${m[1]}개(${m[3]} %)가 파일에서 ${m[4]}번째 선택지입니다. 정답의 위치를 다양하게 하세요`,
  'duplicate-prompt': (m) => `${m[1]}과(와) 같은 문제입니다`,
  'near-duplicate': (m) => `문제가 ${m[2]}과(와) ${m[1]} % 비슷합니다`,
  'task-coverage': (m) => `${m[1]} ${m[2]} 과제 ${m[3]}의 문제는 ${m[4]}개입니다. 최소 ${m[5]}개가 필요합니다`,
  'same-option': (m) => `선택지 "${m[1]}"의 ${m[2]} 글이 선택지 "${m[3]}"과(와) 같습니다. 같은 선택지가 둘이면 정답을 고를 수 없으니 다르게 고치거나 하나를 지우세요`,
  'option-refers': (m) => `선택지 "${m[1]}"이(가) 다른 선택지를 가리킵니다 (${m[2]}: "${m[3]}"). 섞으면 위치가 바뀌므로 다시 쓰거나 "fixed": true로 고정하세요`,
  'absolute-word': (m) => `오답 선택지 "${m[1]}"에 "${m[2]}"(${m[3]})이(가) 있고 정답에는 없습니다. 절대적인 말은 오답을 드러내므로 바꿔 쓰세요`,
  'key-longest': (m) =>
    `단일 정답 문제 ${m[2]}개 중 ${m[1]}개(${m[3]} %)에서 정답이 가장 긴 ${m[4]} 선택지입니다. ${m[5]} % 이하여야 길이로 답이 드러나지 않습니다. 정답을 줄이거나 오답을 보강하세요: ${m[6]}`,
  'key-shortest': (m) =>
    `단일 정답 문제 ${m[2]}개 중 ${m[1]}개(${m[3]} %)에서 정답이 가장 짧은 ${m[4]} 선택지입니다. ${m[5]} % 이하여야 길이로 답이 드러나지 않습니다. 정답을 보강하거나 오답을 줄이세요: ${m[6]}`,

  'input:not-utf8': () => '파일이 올바른 UTF-8 글이 아닙니다. UTF-8로 저장하세요',
  'input:too-deep': (m) => `${m[1]}단계보다 깊게 중첩되어 있습니다. 문제은행은 훨씬 얕아도 됩니다`,
  'input:not-json': () => '올바른 JSON이 아닙니다',
  'input:json-syntax': (m) => JSON_SYNTAX[m[1] ?? ''] ?? (m[1] as string),
  'input:missing-text': () => `없습니다. ${TEXT_KIND}이 필요합니다`,
  'input:missing': (m) => `없습니다. ${kind(m[1])}이(가) 필요합니다`,
  'input:wrong-type': (m) => `${kind(m[1])}이(가) 와야 하는데 ${kind(m[2])}입니다`,
  'input:unknown-fields': (m) => `알 수 없는 필드 ${m[1]} (오타인가요?)`,
  'input:question-type': (m) => `"${m[1]}"은(는) single, multiple, matching, numeric, ordering 중 하나여야 합니다`,
  'input:expected-text': () => `${TEXT_KIND}이 와야 합니다`,
  'input:expected-values': (m) => `${(m[1] ?? '').replace(/ or /g, ', ')} 중 하나여야 합니다`,
  'input:empty': () => '비어 있으면 안 됩니다',
  'input:too-small': (m) => `최소 ${m[1]}${UNIT[m[2] ?? ''] ?? ''}이(가) 필요합니다`,
  'input:too-big': (m) => `최대 ${m[1]}${UNIT[m[2] ?? ''] ?? ''}까지 허용됩니다`,
  'input:language': (m) => `언어 "${m[1]}"은(는) 문제은행의 언어(${m[2]})에 없습니다`,
  'input:duplicate-scenario': (m) => `시나리오 id "${m[1]}"이(가) 중복됩니다`,
  'input:duplicate-question': (m) => `문제 id "${m[1]}"이(가) 중복됩니다 (처음: ${m[2]})`,
  'input:no-scenario': (m) => `id가 "${m[1]}"인 시나리오가 없습니다`,
  'input:no-outline': () => '문제은행의 "outline"이 null이라 "eco" 태그를 읽을 수 없습니다. "outline"을 정하세요',
  'input:no-task': (m) => `${m[1]}의 "${m[3]}" 영역에는 과제 ${m[2]}이(가) 없습니다 (${m[4]})`,
  'input:duplicate-option': (m) => `선택지 id "${m[1]}"이(가) 중복됩니다`,
  'input:undeclared-trap': (m) => `함정 "${m[1]}"이(가) 문제은행의 "traps"에 선언되어 있지 않습니다`,
  'input:unknown-key': (m) => `정답이 이 문제에 없는 선택지 "${m[1]}"을(를) 가리킵니다`,
  'input:key-repeated': () => '정답에 같은 선택지가 두 번 이상 있습니다',
  'input:multiple-all': () => '"multiple" 정답은 선택지를 하나 이상 빼야 합니다',
  'input:ordering-count': (m) => `"ordering" 정답은 모든 선택지(${m[1]}개)를 한 번씩 나열해야 하는데 ${m[2]}개입니다`,
  'input:duplicate-item': (m) => `"${m[1]}" 항목의 id가 중복됩니다`,
  'input:too-few-right': () => '"right" 항목이 "left" 항목보다 적으면 안 됩니다',
  'input:no-match': (m) => `왼쪽 항목 "${m[1]}"의 짝이 없습니다`,
  'input:not-an-item': (m) => `"${m[1]}"은(는) ${m[2] === 'left' ? '왼쪽' : '오른쪽'} 항목이 아닙니다`,
};
