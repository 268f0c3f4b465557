/** `pmp readiness`의 문장 (그리고 `pmp plan`과 함께 쓰는 시험일 옵션). */
import type { MessagesOf } from './en.js';
import type { readinessEn } from './readiness.en.js';

type P = Readonly<Record<string, string | number>>;

export const readinessKo: MessagesOf<typeof readinessEn> = {
  'usage.bad-exam-date': (p: P) => `--exam-date에는 2027-02-15와 같은 날짜(YYYY-MM-DD)를 주세요. "${p.value}"는 날짜가 아닙니다.`,
  'usage.past-exam-date': (p: P) => `시험일 ${p.value}은(는) 이미 지났습니다.`,
  'usage.bad-cut': (p: P) => `--cut에는 61이나 65처럼 1에서 99 사이의 백분율을 주세요. "${p.value}"는 쓸 수 없습니다.`,
  'usage.bad-eco': (p: P) => `--eco에는 2026 또는 2021을 주세요. "${p.value}"는 쓸 수 없습니다.`,

  'readiness.title.exam': (p: P) => `${p.date} 시험 기준 준비도 (${p.days}일 남음), ${p.outline}`,
  'readiness.title.today': (p: P) => `일주일 뒤 시험을 본다면(그동안 학습하지 않을 때)의 준비도, ${p.outline}`,
  'readiness.no-further-study': () => '이 추정은 그때까지 더 공부하지 않는다고 가정합니다. 공부하면 올라갑니다.',
  'readiness.calibration-thin': (p: P) => `범위 중 최대 ±${p.points}점은 지금까지의 답으로는 기억 예측이 나에게 얼마나 맞는지 아직 잘 알 수 없기 때문입니다(이전 답보다 하루 이상 뒤에 한 답 ${p.n}개). 다른 날 복습할수록 좁아지며, 복습이 500개 정도 쌓이면 pmp optimize가 모델을 내 기억에 맞춥니다.`,
  'readiness.no-date-hint': () => '시험일이 정해져 있지 않습니다: pmp readiness --exam-date YYYY-MM-DD (기억됩니다).',
  'readiness.overall': () => '전체',
  'readiness.pass-chance': (p: P) => `합격선에 도달할 확률: ${p.chance}`,
  'readiness.legend': (p: P) => `█▓ 예상 정답률 · ▓▒ 90% 범위 · │ 가정한 합격선 ${p.cut}`,
  'readiness.coverage': () => '학습 범위',
  'readiness.coverage.row': (p: P) => `본 문제 ${p.seen}/${p.questions} (${p.share}) · 본 과제 ${p.tasksSeen}/${p.tasks}`,
  'readiness.focus': () => '공부 효과가 가장 큰 과제 (시험에서 틀릴 것으로 예상되는 문항 수):',
  'readiness.focus.row': (p: P) => `${p.task} — 예상 정답률 ${p.expected}, ${p.exam}문항 중 약 ${p.lost}문항 실점; 본 문제 ${p.seen}/${p.questions}`,
  'readiness.focus.hint': (p: P) => `하나를 골라 공부하세요: pmp study --domain ${p.domain} --task ${p.task}`,
  'readiness.basis': (p: P) => `처음 푼 답 ${p.first}개(정답 ${p.firstShare})와 ${p.questions}문제 중 본 ${p.seen}문제를 바탕으로 했습니다. pmp readiness --explain은 내 숫자로 계산식을 보여 줍니다.`,
  'readiness.empty-bank': (p: P) => `데이터베이스에 ${p.outline}로 분류된 문제가 없어 추정할 수 없습니다.`,
  'readiness.empty-bank.hint': () => '이 시험 내용 개요로 분류된 문제집을 가져오거나(pmp import) --eco로 다른 개요를 고르세요.',
  'readiness.too-little': (p: P) => `정직한 추정을 하기에는 아직 답이 부족합니다: 한 번 이상 푼 문제 ${p.have}개, 필요한 수는 ${p.need}개이고 도메인마다 ${p.perDomain}개씩 필요합니다.`,
  'readiness.too-little.domain': (p: P) => `${p.domain}: ${p.need}개 중 ${p.have}개`,
  'readiness.too-little.hint': () => '계속 공부하세요(pmp study). 새 문제는 모든 도메인에서 나옵니다.',

  'readiness.explain.title': () => '추정 방법 (숫자는 모두 내 기록입니다)',
  'readiness.explain.question': () =>
    '문제마다: 본 문제 → p = R + (1 − R)·g (R은 시험일의 FSRS 회상 확률, g는 찍어서 맞힐 확률); 안 본 문제 → p = max(g, π_d) (그 도메인에서 처음 본 문제의 정답률).',
  'readiness.explain.learner': (p: P) => `처음 본 문제 정답률: π = (${p.right} + ${p.m}×${p.prior}) / (${p.seen} + ${p.m}) = ${p.value}  (사전값 ${p.prior}을(를) 답 ${p.m}개만큼 더해 적은 데이터가 확실해 보이지 않게 합니다)`,
  'readiness.explain.calibration': (p: P) => `보정된 회상 확률: R = σ(${p.a} + ${p.b}·logit R_FSRS ${p.c}·ln(1 + 오답 수)). 마지막 답 이후 최소 하루 뒤로 보고, 예측이 있었던 최근 답 ${p.n}개로 맞춘 값이다(오답 수: 첫 답이 틀렸으면 1, 그 뒤 잊어버린 횟수를 더한다. a = 0, b = 1, c = 0이면 보정 없음).`,
  'readiness.explain.domain': (p: P) => `${p.domain} (가중치 ${p.weight})`,
  'readiness.explain.prior': (p: P) => `  π_d = (${p.right} + ${p.m}×${p.learner}) / (${p.seen} + ${p.m}) = ${p.value} ± ${p.sd}`,
  'readiness.explain.seen': (p: P) => `  ${p.questions}문제 중 ${p.seen}문제를 봄: 시험일의 평균 R ${p.recall}; 평균 찍기 확률 ${p.floor}`,
  'readiness.explain.tasks': (p: P) => `  E_d = ${p.tasks}개 과제별 평균 p의 평균 = ${p.value}`,
  'readiness.explain.range': (p: P) => `  sd = √((${p.priorShare}×${p.priorSd})² + ${p.value}×(1 − ${p.value})/${p.n}) = ${p.sd} → 90% 범위 ${p.low}–${p.high}`,
  'readiness.explain.range-parts': () => '  (사전값 비중 × 사전값 불확실성: 안 본 문제에 대한 추측에 기대는 부분; p(1 − p)/n: 어떤 문제가 나오느냐의 운)',
  'readiness.explain.overall': (p: P) => `전체: E = ${p.sum} = ${p.value}; sd = √((${p.prior})² + ${p.value}×(1 − ${p.value})/${p.n}) = ${p.sd} → ${p.low}–${p.high}`,
  'readiness.explain.rating': (p: P) => `등급: N(E, sd²)에서 확률이 가장 큰 구간: ${p.chances}.`,
  'readiness.mocks': (p: P) =>
    `모의고사: 최근 ${p.days}일 동안 ${p.n}회, 답한 ${p.answered}문제 중 ${p.share} 정답(모델의 예측은 ${p.predicted}). 위 추정치는 이를 반영해 ${p.move}.`,
  'readiness.mocks.up': (p: P) => `${p.points}점 올라갔습니다`,
  'readiness.mocks.down': (p: P) => `${p.points}점 내려갔습니다`,
  'readiness.mocks.same': () => '모델의 값 그대로입니다',
  'readiness.mocks.none': (p: P) => `최근 ${p.days}일 동안 모의고사가 없습니다. 모의고사(pmp exam)는 실제 시험처럼 뽑은 문제로 이 추정치를 확인합니다.`,
  'readiness.explain.mocks': (p: P) =>
    `모의고사: 모델의 편향 β ~ N(0, ${p.tau}²). 내 모의고사: r = (${p.right} − ${p.predicted}) / ${p.answered} = ${p.residual}. 사후 β = ${p.shift} ± ${p.sd}를 위의 모든 값에 더했습니다(영역별로는 그 영역의 답으로, β를 중심으로). 범위는 β의 불확실성만큼 넓어집니다. 모델만의 전체 추정치는 ${p.before}였습니다. 모의고사 답은 보정에도 쓰이므로 일부가 두 번 반영되지만, 축소 추정으로 그 영향은 작습니다.`,
  'readiness.explain.doc': () => '계산식 설명: docs/readiness.md. 예측이 내 답과 얼마나 맞았는지: pmp readiness --calibration.',
};
