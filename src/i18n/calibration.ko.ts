/** `pmp readiness --calibration`의 문구. */
import type { calibrationEn } from './calibration.en.js';
import type { MessagesOf } from './en.js';

type P = Readonly<Record<string, string | number>>;

export const calibrationKo: MessagesOf<typeof calibrationEn> = {
  'calibration.title': () => '예측 보정: 정답일 확률의 예측이 실제 결과와 맞았나요?',
  'calibration.window-all': () => '답',
  'calibration.window-since': (p: P) => `${p.date} 이후의 답`,
  'calibration.counts': (p: P) =>
    `${p.window}: ${p.answers}개(연습과 취소한 답 제외) — 첫 답 ${p.first}개(예측 없음), 직전 답으로부터 하루가 안 된 답 ${p.sameDay}개(SRS 벤치마크처럼 제외), 채점한 예측 ${p.n}개.`,
  'calibration.share': (p: P) => `실제 정답률: ${p.actual}. 예측: 찍어서 맞힐 확률을 더하면 ${p.adjusted}(대표 지표), 기억만 보면 ${p.raw}.`,
  'calibration.headline-note': () =>
    '대표 지표는 기억할 확률에 찍어서 맞힐 확률을 더한 값입니다: p = R + (1 − R) × g. g는 보기 4개면 1/4, "n개 고르기"는 1/C(k, n), 순서·짝짓기·숫자 문제는 거의 0입니다.',
  'calibration.col-predictions': () => '예측',
  'calibration.col-brier': () => '브라이어',
  'calibration.col-logloss': () => '로그 손실',
  'calibration.col-rmse': () => 'RMSE(bins)',
  'calibration.row-adjusted': () => '모델(찍기 포함)',
  'calibration.row-raw': () => '모델(기억만)',
  'calibration.row-baseline': (p: P) => `항상 ${p.mean}(내 평균)`,
  'calibration.lower-better': () => '모든 열에서 낮을수록 좋습니다.',
  'calibration.verdict-better': (p: P) => `판정: 항상 내 평균으로 예측하는 것보다 낫습니다 — 로그 손실 ${p.logloss}, 브라이어 점수 ${p.brier} 낮음.`,
  'calibration.verdict-worse': (p: P) =>
    `판정: 항상 내 평균으로 예측하는 것보다 못합니다 — 로그 손실 ${p.logloss}, 브라이어 점수 ${p.brier} 높음. 복습이 적거나 기억 방식이 기본값과 다르면 pmp optimize가 도움이 될 수 있습니다.`,
  'calibration.verdict-mixed': (p: P) => `판정: 항상 내 평균으로 예측하는 것과 비슷합니다 — 로그 손실 ${p.logloss}, 브라이어 점수 ${p.brier}(+ 나쁨, − 좋음).`,
  'calibration.deciles': () => '예측 확률(찍기 포함) 구간별 실제 정답률',
  'calibration.col-range': () => '예측',
  'calibration.col-count': () => '답',
  'calibration.col-mean': () => '평균',
  'calibration.col-actual': () => '정답',
  'calibration.legend': () => '█ 실제 정답률, │ 평균 예측',
  'calibration.too-few': (p: P) =>
    `아직 채점할 예측이 ${p.n}개뿐입니다. 보정을 보려면 최소 ${p.needed}개가 필요합니다. 예측은 전에 본 문제를 하루 이상 지나 다시 풀 때 생깁니다: pmp study로 계속 공부하세요.`,
  'calibration.bad-since': (p: P) => `--since에는 2026-11-01처럼 YYYY-MM-DD 형식의 날짜를 주세요("${p.value}"가 아니라).`,
};
