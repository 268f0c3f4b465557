/** Words of `pmp optimize` (personal FSRS parameters), in Korean. */
import type { MessagesOf } from './en.js';
import type { optimizeEn } from './optimize.en.js';

type P = Readonly<Record<string, string | number>>;

export const optimizeKo: MessagesOf<typeof optimizeEn> = {
  'optimize.too-little': (p: P) =>
    `아직 나만의 매개변수를 맞추기에는 기록이 부족합니다: 지금까지 복습 ${p.n}회(직전 답과 다른 날에 한 답), 약 ${p.more}회가 더 필요합니다. 기본 매개변수를 계속 씁니다.`,
  'optimize.too-little.detail': (p: P) => `(맞추는 데 ${p.fitted}회, 검증용으로 ${p.heldOut}회를 쓸 수 있습니다. 각각 최소 ${p.minFit}회, ${p.minHeldOut}회가 필요합니다.)`,
  'optimize.fitting': (p: P) => `복습 ${p.n}회에 맞춰 FSRS 매개변수를 계산하는 중…`,
  'optimize.title': () => '나만의 FSRS 매개변수',
  'optimize.split': (p: P) => `${p.date} 이전의 복습 ${p.fitted}회로 맞추고, 그 이후의 복습 ${p.heldOut}회(맞출 때 쓰지 않음)로 검증했습니다.`,
  'optimize.score-header': () => '검증용 복습을 얼마나 잘 예측하는지(낮을수록 좋음):',
  'optimize.score': (p: P) => `${p.label}  로그 손실 ${p.logLoss} · RMSE(구간) ${p.rmse}`,
  'optimize.label.defaults': () => '사용 중(기본값)',
  'optimize.label.adopted': () => '사용 중(내 값)',
  'optimize.label.fitted': () => '새로 맞춘 값',
  'optimize.adopted': (p: P) => `적용함: 새 매개변수의 예측이 ${p.gain} 더 좋습니다. 새 매개변수로 기억 상태를 다시 만들었고, 복습 예정일 ${p.moved}개가 바뀌었습니다.`,
  'optimize.would-adopt': (p: P) => `예측이 ${p.gain} 더 좋으므로 적용할 만합니다(시험 실행: 아무것도 바꾸지 않음).`,
  'optimize.kept': (p: P) => `사용 중인 매개변수를 유지합니다: 새 값이 ${p.min} 이상 좋지 않습니다(변화: ${p.gain}).`,
  'optimize.fit-time': (p: P) => `계산에 ${p.seconds}초 걸렸습니다.`,
  'optimize.reset': (p: P) => `기본 FSRS 매개변수로 되돌렸습니다. 기억 상태를 다시 만들었고, 복습 예정일 ${p.moved}개가 바뀌었습니다.`,
  'optimize.reset-none': () => '이미 기본 FSRS 매개변수를 쓰고 있습니다. 바뀐 것이 없습니다.',
  'optimize.damaged': () => '저장된 나만의 FSRS 매개변수가 손상되어 기본값을 씁니다. pmp optimize를 다시 실행하거나 pmp optimize --reset을 실행하세요.',
  'optimize.no-binding': (p: P) => `FSRS 최적화 모듈(@open-spaced-repetition/binding)이 이 플랫폼(${p.platform})용 빌드가 없거나 설치되지 않았습니다.`,
  'optimize.no-binding.hint': () => 'pmp-study 폴더에서 npm ci를 실행하세요. 학습은 이 모듈 없이도 되며, pmp optimize만 필요로 합니다.',
  'optimize.reset-and-dry-run': () => '--reset과 --dry-run은 함께 쓸 수 없습니다.',
  'optimize.reset-and-dry-run.hint': () => '둘 중 하나만 쓰세요.',
};
