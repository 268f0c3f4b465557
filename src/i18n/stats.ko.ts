/** `pmp stats`의 문장 (한국어). */
import type { MessagesOf } from './en.js';
import type { statsEn } from './stats.en.js';

type P = Readonly<Record<string, string | number>>;

export const statsKo: MessagesOf<typeof statsEn> = {
  'stats.title': (p: P) => `진행 상황(학습일은 오전 ${p.hour}시에 시작)`,
  'stats.answers': (p: P) => `기록된 답: ${p.n}개(오늘 ${p.today}개, 그중 정답 ${p.correct}개)`,
  'stats.due-now': (p: P) => `지금 복습 예정: ${p.n}`,
  'stats.due-tomorrow': (p: P) => `내일까지 복습 예정: ${p.n}`,
  'stats.new': (p: P) => `아직 안 본 문제: ${p.total}문제 중 ${p.n}문제`,
  'stats.retention': (p: P) => `최근 30일 기억 유지율: 복습 ${p.n}회 중 ${p.value} 정답(목표 ${p.desired})`,
  'stats.retention-none': () => '최근 30일 기억 유지율: 아직 복습 없음',
  'stats.streak': (p: P) => `연속 학습: ${p.n}일째(최장 ${p.longest}일)`,
  'stats.streak-today': () => '오늘 학습하면 이어집니다',
  'stats.time': (p: P) => `학습 시간: 오늘 ${p.today} · 7일 ${p.week} · 30일 ${p.month} · 전체 ${p.all}`,
  'stats.minutes': (p: P) => `${p.m}분`,
  'stats.hours': (p: P) => `${p.h}시간 ${p.m}분`,
  'stats.hours-only': (p: P) => `${p.h}시간`,
  'stats.daily-title': (p: P) => `하루 답 수, 최근 ${p.n}일(모든 모드)`,
  'stats.daily-none': () => '최근 30일 동안 답이 없습니다.',
  'stats.retention-title': (p: P) => `주별 실제 기억 유지율, 최근 ${p.n}주(┄ 목표 ${p.desired})`,
  'stats.retention-chart-none': () => '최근 12주 동안 복습이 없습니다. 문제가 복습으로 돌아오면 기억 유지율이 표시됩니다.',
  'stats.forecast': (p: P) => `복습 예정, 앞으로 30일(하루 한도: ${p.cap})`,
  'stats.no-cap': () => '없음',
  'stats.forecast-none': () => '앞으로 30일 동안 복습 예정인 문제가 없습니다.',
  'stats.forecast-sum': (p: P) => `내일 ${p.tomorrow} · 7일간 ${p.week} · 30일간 ${p.month}`,
  'stats.waiting': (p: P) => `30일이 지나도 ${p.n}개가 대기 중입니다(하루 한도 때문)`,
  'stats.heatmap-title': (p: P) => `학습 달력, 최근 ${p.n}주`,
  'stats.heatmap-legend': (p: P) => `하루 답 수: ${p.levels}`,
  'stats.weekdays': () => '월 화 수 목 금 토 일',
  'stats.months': () => '1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월',
  'stats.today': () => '오늘',
} as const;
