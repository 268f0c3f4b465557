/** 학습자에게 보여 주는 목록: pmp leeches, flagged, suspended, unsuspend, pmp stats --traps의 함정, 한국어. */
import type { MessagesOf } from './en.js';
import type { listsEn } from './lists.en.js';

type P = Readonly<Record<string, string | number>>;

export const listsKo: MessagesOf<typeof listsEn> = {
  'list.title.leeches': (p: P) => `거머리 문제(${p.lapses}번 이상 틀림): ${p.n}`,
  'list.title.flagged': (p: P) => `표시한 문제: ${p.n}`,
  'list.title.suspended': (p: P) => `보류한 문제: ${p.n}`,
  'list.none.leeches': () => '거머리 문제가 없습니다.',
  'list.none.flagged': () => '표시한 문제가 없습니다(학습 중 flag로 표시).',
  'list.none.suspended': () => '보류한 문제가 없습니다.',
  'list.lapses': (p: P) => `${p.n}번 틀림`,
  'list.suspended-mark': () => '(보류됨)',
  'list.leeches.hint': () => '해설과 해당 주제를 다시 읽어 보세요. pmp leeches --suspend는 모두 보류하고, pmp unsuspend는 하나를 되돌립니다.',
  'list.leeches.suspended': (p: P) => `거머리 문제 ${p.n}개를 보류했습니다. pmp unsuspend 참조로 되돌릴 수 있습니다.`,
  'list.suspended.hint': () => 'pmp unsuspend 문제은행/ID로 되돌릴 수 있습니다.',
  'list.unsuspended': (p: P) => `${p.n}문제의 보류를 해제했습니다.`,
  'list.unknown-ref': (p: P) => `문제 "${p.ref}"이(가) 없습니다. 문제은행/ID 형식으로 쓰세요. 예) pmp-starter/st-001`,
  'list.ambiguous-ref': (p: P) => `"${p.ref}"은(는) 여러 문제은행에 있습니다: ${p.candidates}. 문제은행/ID 형식으로 쓰세요.`,

  'traps.title': (p: P) => `자주 빠지는 함정(오답 ${p.total}개 중 ${p.n}개가 함정 보기를 고름)`,
  'traps.none': (p: P) => `아직 함정이 없습니다: 선택형 문제의 오답 ${p.n}개 중 함정이 표시된 보기를 고른 답이 없습니다.`,
  'traps.hint': (p: P) => `집중 연습: pmp study --trap ${p.trap} --cram`,
};
