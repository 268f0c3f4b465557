/** `pmp plan`의 문장 (한국어). */
import type { MessagesOf } from './en.js';
import type { planEn } from './plan.en.js';

type P = Readonly<Record<string, string | number>>;

export const planKo: MessagesOf<typeof planEn> = {
  'plan.no-date': () => 'pmp plan에는 시험 날짜가 필요합니다: --exam-date YYYY-MM-DD(한 번 입력하면 기억합니다).',
  'plan.no-date.hint': () => '예: pmp plan --exam-date 2027-02-15 --minutes-per-day 45',
  'plan.bad-date': (p: P) => `--exam-date에는 YYYY-MM-DD 형식의 날짜를 입력하세요("${p.value}"은(는) 날짜가 아닙니다).`,
  'plan.past-date': (p: P) => `시험 날짜 ${p.value}은(는) 이미 지났습니다(오늘 학습일: ${p.today}).`,
  'plan.past-date.hint': () => '다음 시험 날짜를 입력하세요: pmp plan --exam-date YYYY-MM-DD',
  'plan.title': (p: P) => `${p.date} 시험을 위한 학습 계획: 남은 학습일 ${p.days}일`,
  'plan.unseen': (p: P) => `아직 안 본 문제: ${p.n}문제. 마지막 문제도 복습할 수 있도록 신규 문제는 시험 ${p.margin}일 전에 끝납니다.`,
  'plan.unseen-no-margin': (p: P) => `아직 안 본 문제: ${p.n}문제. 남은 시간이 짧아 신규 문제는 시험 전날까지 이어집니다.`,
  'plan.new-per-day': (p: P) => `하루 신규 문제: ${p.n}문제(${p.days}일 동안)`,
  'plan.all-seen': () => '모든 문제를 한 번 이상 보았습니다. 계획은 복습만 남았습니다.',
  'plan.time': (p: P) => `하루 예상 학습 시간: 평균 약 ${p.average}분, 가장 바쁜 주에는 ${p.peak}분`,
  'plan.pace-history': (p: P) => `(답 하나에 ${p.s}초: 최근 답의 중앙값)`,
  'plan.pace-too-fast': (p: P) => `(답 하나에 ${p.s}초로 가정: 최근 답의 중앙값 ${p.median}초는 문제를 읽기에 너무 짧습니다)`,
  'plan.pace-default': (p: P) => `(답 하나에 ${p.s}초: 기록이 더 쌓일 때까지의 가정)`,
  'plan.fits': (p: P) => `하루 ${p.budget}분 안에 들어옵니다.`,
  'plan.over': (p: P) => `하루 ${p.budget}분으로는 부족합니다. 가장 바쁜 주에 ${p.needed}분이 필요합니다. 가능한 방법:`,
  'plan.fit-minutes': (p: P) => `하루 ${p.needed}분`,
  'plan.fit-date': (p: P) => `시험 날짜를 ${p.date} 이후로`,
  'plan.fit-none-date': () => '2년 안에는 맞는 시험 날짜가 없습니다(이미 있는 복습만으로도 시간이 넘칩니다)',
  'plan.fit-share': (p: P) => `${p.date}까지 신규 문제의 ${p.share}만(${p.total}문제 중 ${p.n}문제) 학습`,
  'plan.too-close': () => '이 문제 은행을 학습하기에는 시험이 너무 가깝습니다:',
  'plan.too-close.exam-today': () => '시험이 오늘입니다. 신규 문제를 학습할 날이 남지 않았습니다',
  'plan.too-close.too-many-new': (p: P) => `하루 신규 문제 ${p.n}문제가 필요합니다(하루 ${p.max}문제를 넘으면 지킬 수 있는 계획이 아닙니다)`,
  'plan.too-close.too-much-time': (p: P) => `가장 바쁜 주에 하루 ${p.peak}분이 필요합니다`,
  'plan.too-close-fit': (p: P) => `하루 ${p.budget}분, 신규 문제 ${p.max}문제 이내로 하려면:`,
  'plan.week': () => '주',
  'plan.week-new': () => '신규/일',
  'plan.week-answers': () => '답/일',
  'plan.week-minutes': () => '분/일',
  'plan.more-weeks': (p: P) => `… ${p.n}주 더(pmp plan --json에 모든 주가 있습니다)`,
  'plan.saved': () => '저장했습니다. 이제 pmp study가 매일 계획만큼 신규 문제를 냅니다. 매일 다시 계산하므로 빠진 날도 따라잡습니다(--new를 주면 그 값을 씁니다).',
  'plan.projection': (p: P) => `계획을 지키면 시험 날 약 ${p.expected} 정답이 예상됩니다(${p.domains}).`,
  'plan.projection-note': () => '지금까지의 내 답을 바탕으로, 계획한 신규 문제와 복습을 모두 한다고 가정한 예측입니다(오늘의 상태는 pmp readiness가 보여 줍니다).',
  'plan.projection-thin': (p: P) =>
    `시험 날 예상 점수는 내 복습이 기억의 특성을 보여 줄 만큼 쌓이면 표시합니다. 마지막 답보다 하루 이상 지나 한 복습이 지금 ${p.have}개, 필요한 수는 ${p.need}개입니다(첫 답도 30개 필요).`,
  'plan.following': (p: P) => `학습 계획에 따라 오늘 신규 ${p.n}문제(시험 ${p.date}).`,
  'plan.pace-covered': (p: P) => `최근 ${p.days}일의 속도(하루 신규 ${p.n}문제)라면 ${p.date}까지 모든 문제를 봅니다.`,
  'plan.pace-short': (p: P) => `최근 ${p.days}일의 속도(하루 신규 ${p.n}문제)라면 ${p.date}에 ${p.left}문제를 아직 보지 못합니다. 모두 보려면 계획대로 하루 ${p.planned}문제를 하세요.`,
  'plan.limit-short': (p: P) => `--limit ${p.limit}로는 오늘의 신규 ${p.n}문제를 다 풀 수 없습니다. 이 속도라면 ${p.date}까지 문제 은행을 다 보지 못합니다.`,
  'plan.too-many-now': (p: P) => `이제 계획대로 하려면 하루 신규 ${p.n}문제가 필요합니다(${p.max}문제 초과). ${p.date}까지 문제 은행을 다 보지 못합니다. pmp plan에서 가능한 계획을 확인하세요.`,
} as const;
