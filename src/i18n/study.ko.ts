/** 학습 화면의 새 문구 (피드백 화면, 키 메뉴, 연습 모드 피드백, 첫 실행)의 한국어. */
import type { MessagesOf } from './en.js';
import type { studyEn } from './study.en.js';

type P = Readonly<Record<string, string | number>>;

export const studyKo: MessagesOf<typeof studyEn> = {
  'study.menu.next': () => '⏎ 다음',
  'study.menu.more': (p: P) => `m 더 보기 (${p.page}/${p.pages})`,
  'study.menu.question': () => 'c 문제 다시 보기',
  'study.menu.back': () => '⏎ 피드백으로 돌아가기',
  'study.menu.back-answer': () => '⏎ 답하기로 돌아가기',
  'study.menu.flag': () => 'f 표시',
  'study.menu.unflag': () => 'f 표시 해제',
  'study.menu.suspend': () => 's 보류',
  'study.menu.bury': () => 'b 내일로 미루기',
  'study.menu.undo': () => 'u 취소',
  'study.menu.quit': () => 'q 종료',
  'study.choice.question': () => '사례 다시 보기',
  'feedback.cram-would': (p: P) => `연습만 했습니다: 일정은 바뀌지 않았습니다. 학습 모드였다면 ${p.when} 다시 나왔을 것입니다.`,
  'feedback.cram-would-now': () => '연습만 했습니다: 일정은 바뀌지 않았습니다. 학습 모드였다면 이번 세션 안에 다시 나왔을 것입니다.',
  'study.how.multiple-keys': (p: P) => `${p.n}개 고르기: 선택지 알파벳(또는 스페이스)으로 표시, 엔터로 제출`,
  'study.mark-n': (p: P) => `정확히 ${p.n}개를 표시하세요(${p.got}개 표시함).`,
  'db.created': (p: P) => `데이터베이스를 만들었습니다: ${p.path} (문제은행 ${p.banks}개, 문제 ${p.n}개)`,
  'db.saved-in': (p: P) => `답은 ${p.path}에 저장되어 있습니다(다른 파일은 --db 또는 PMP_DB로 지정).`,
};
