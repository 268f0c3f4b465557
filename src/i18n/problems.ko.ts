/** pmp validate 점검 문제의 한국어: problems.en.ts의 패턴이 잡아낸 부분(m[1], m[2], …)으로 만듭니다. */
import type { problemsEn } from './problems.en.js';

type M = readonly string[];

const PART: Readonly<Record<string, string>> = { prompt: '문제', explanation: '해설', option: '선택지' };

export const problemsKo: { readonly [K in keyof typeof problemsEn]: (m: M) => string } = {
  'duplicate-bank': (m) => `문제 은행 id "${m[1]}"을(를) 여러 파일이 씁니다`,
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
  'same-option': (m) => `선택지 "${m[1]}"의 ${m[2]} 글이 선택지 "${m[3]}"과(와) 같습니다`,
  'option-refers': (m) => `선택지 "${m[1]}"이(가) 다른 선택지를 가리킵니다 (${m[2]}: "${m[3]}"). 섞으면 위치가 바뀌므로 다시 쓰거나 "fixed": true로 고정하세요`,
  'absolute-word': (m) => `오답 선택지 "${m[1]}"에 "${m[2]}"(${m[3]})이(가) 있고 정답에는 없습니다. 절대적인 말은 오답을 드러내므로 바꿔 쓰세요`,
  'key-longest': (m) =>
    `단일 정답 문제 ${m[2]}개 중 ${m[1]}개(${m[3]} %)에서 정답이 가장 긴 ${m[4]} 선택지입니다. ${m[5]} % 이하여야 길이로 답이 드러나지 않습니다. 정답을 줄이거나 오답을 보강하세요: ${m[6]}`,
  'key-shortest': (m) =>
    `단일 정답 문제 ${m[2]}개 중 ${m[1]}개(${m[3]} %)에서 정답이 가장 짧은 ${m[4]} 선택지입니다. ${m[5]} % 이하여야 길이로 답이 드러나지 않습니다. 정답을 보강하거나 오답을 줄이세요: ${m[6]}`,
};
