/** pmp doctor (검사, --fix, --restore)와 pmp rebuild의 문장, 한국어. */
import type { MessagesOf } from './en.js';
import type { doctorEn } from './doctor.en.js';

type P = Readonly<Record<string, string | number>>;

export const doctorKo: MessagesOf<typeof doctorEn> = {
  'rebuild.done': (p: P) => `${p.n}문제의 답 기록을 다시 재생했습니다: 저장된 기억 상태 ${p.fixed}개가 달라 다시 만들었습니다.`,
  'rebuild.checked': (p: P) => `${p.n}문제의 답 기록을 다시 재생했습니다: 저장된 기억 상태 ${p.fixed}개가 기록과 다릅니다.`,

  'doctor.title': (p: P) => `${p.path} 점검`,
  'doctor.schema': (p: P) => `스키마 버전 ${p.found}(이 pmp-study: ${p.supported})`,
  'doctor.integrity-ok': () => '파일이 온전합니다(SQLite 무결성 검사)',
  'doctor.integrity-bad': (p: P) => `파일이 손상되었습니다: ${p.problems}`,
  'doctor.replay': (p: P) => `${p.n}문제의 기억 상태가 답 기록 재생 결과와 일치합니다(불일치 ${p.bad})`,
  'doctor.stray': (p: P) => `더 이상 학습하지 않는 문제에 남은 진행 상황 ${p.n}건`,
  'doctor.backups': (p: P) => `백업 ${p.n}개, 위치: ${p.dir}`,
  'doctor.repaired': () => '복구함: 기록에서 기억 상태를 다시 만들고, 남은 진행 상황을 비활성화했습니다(먼저 백업함).',
  'doctor.fix-hint': () => 'pmp doctor --fix를 실행하면 기록으로 복구할 수 있는 것을 복구합니다(먼저 백업함).',
  'doctor.restore-hint': () => '파일이 손상되었습니다. pmp doctor --restore로 백업을 되돌리세요.',
  'doctor.schema-objects-ok': (p: P) => `테이블·인덱스·트리거 ${p.n}개가 모두 마이그레이션이 만드는 그대로입니다`,
  'doctor.schema-objects-bad': (p: P) => `스키마가 마이그레이션이 만드는 것과 다릅니다: ${p.list}`,
  'doctor.schema-missing': (p: P) => `${p.type} ${p.name} 없음`,
  'doctor.schema-altered': (p: P) => `${p.type} ${p.name} 변경됨`,
  'doctor.schema-unexpected': (p: P) => `${p.type} ${p.name}은(는) pmp-study가 만드는 것이 아님`,
  'doctor.not-checked': () => '기억 상태와 진행 상황은 점검하지 않았습니다: 파일이 손상되었거나 테이블이 없습니다',
  'doctor.schema-fixed': (p: P) => `마이그레이션이 만드는 그대로 다시 만들었습니다(먼저 백업함): ${p.list}.`,
  'doctor.schema-fixed-empty': (p: P) => `가리키는 행이 없으므로 빈 테이블로 만들었습니다: ${p.list}.`,
  'doctor.schema-unfixable': (p: P) => `데이터를 잃지 않고는 다시 만들 수 없습니다: ${p.list}. pmp doctor --restore로 백업을 되돌리세요.`,
  'doctor.schema-fix-hint': () => 'pmp doctor --fix를 실행하면 없거나 바뀐 것을 다시 만듭니다(먼저 백업함).',
  'doctor.fix-failed': (p: P) => `아무것도 바꾸지 않았습니다: ${p.reason}. pmp doctor --restore로 백업을 되돌리세요.`,
  'doctor.newest-good-backup': (p: P) => `가장 최근의 온전한 백업은 ${p.n}번(${p.when})입니다. pmp doctor --restore ${p.n}으로 되돌릴 수 있습니다.`,
  'doctor.no-good-backup': () => '되돌릴 수 있는 온전한 백업이 없습니다.',
  'doctor.cannot-open-restore': (p: P) => `백업이 ${p.n}개 있습니다. pmp doctor --restore로 목록을 보고 되돌릴 수 있습니다.`,
  'doctor.no-backups': (p: P) => `${p.dir}에 백업이 없습니다.`,
  'doctor.unknown-backup': (p: P) => `백업 "${p.which}"이(가) 없습니다. 1부터 ${p.n}까지의 번호(1이 최신) 또는 경로를 지정하세요.`,
  'doctor.choose-which': () => '되돌릴 백업을 지정하세요: pmp doctor --restore N --yes (1이 최신).',
  'doctor.choose-backup': () => '어느 백업으로 되돌릴까요?',
  'doctor.backup-damaged': (p: P) => `백업 ${p.path} 자체가 손상되었습니다. 다른 백업을 고르세요.`,
  'doctor.restore-needs-yes': () => '되돌리면 데이터베이스가 바뀝니다. 터미널에서 실행해 확인하거나 --yes를 붙이세요.',
  'doctor.confirm-restore': (p: P) => `데이터베이스를 ${p.when}의 백업으로 바꿀까요? (현재 파일은 백업으로 남습니다.)`,
  'doctor.not-restored': () => '아무것도 되돌리지 않았습니다.',
  'doctor.restored': (p: P) => `${p.when}의 백업으로 되돌렸습니다. 이전 파일은 백업으로 남아 있습니다.`,
};
