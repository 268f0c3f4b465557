/** 작은 보고서(모의고사의 준비도 점검, 통계의 주간 유지율)의 한국어. */
import type { MessagesOf } from './en.js';
import type { reportEn } from './report.en.js';

type P = Readonly<Record<string, string | number>>;

export const reportKo: MessagesOf<typeof reportEn> = {
  'report.prediction-words': (p: P) => `답한 ${p.n}문제에서 ${p.expected}를 예측했고, 실제로는 ${p.actual}를 맞혔습니다.`,
  'report.prediction-unanswered': (p: P) => `답하지 않은 ${p.n}문제는 이 점검에서 뺐습니다.`,
  'report.prediction-details': () => 'pmp exam review --details 로 예측의 브라이어 점수와 로그 손실도 볼 수 있습니다.',
  'report.retention-few': () => '차트를 그리기에는 복습한 주가 아직 적습니다:',
  'report.retention-week': (p: P) => `${p.range}: 복습 ${p.n}개 중 ${p.percent} 정답`,
};
