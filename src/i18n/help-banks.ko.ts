/** 문제은행과 데이터 명령의 한국어 도움말. help.ko.ts와 같은 형식. */
import type { helpBanksEn } from './help-banks.en.js';
import type { HelpTextsOf } from './help.ko.js';

export const helpBanksKo: HelpTextsOf<typeof helpBanksEn> = {
  'read.--format': '형식 지정: json, csv, tsv, aiken, gift, moodle-xml, xlsx (기본값: 파일 이름과 내용으로 판단)',
  'read.--sheet': '.xlsx 통합 문서에서 문제가 있는 시트: 이름 또는 1부터 센 번호 (기본값: 첫 시트)',
  'read.--map': '다른 모양의 JSON이나 CSV/TSV 행(머리글을 키로 한 객체)을 우리 문제은행 형식으로 바꾸는 JSONata 매핑 ($file은 파일 이름)',
  'read.--bank-id': '문제은행 id (id가 없는 형식; 기본값: 파일 이름에서)',
  'read.--title': '문제은행 제목 (제목이 없는 형식; 기본값: 파일 이름)',
  'read.--text-lang': '언어를 밝히지 않은 글의 언어 (CSV 기본 열, Aiken, GIFT)',
  'read.--keep-order': '모든 선택지를 파일 순서대로: 학습할 때 섞지 않음',
  'read.--verbose': '파일마다 읽는 데(그리고 매핑에) 걸린 시간을 형식, 문제 수와 함께 stderr에 표시',

  banks: '데이터베이스의 문제은행: 목록, 상세, 제거, 내보내기, 통계',
  'banks.summary': '문제은행 목록, 상세, 제거, 내보내기, 분석',
  'banks.<id>': '문제은행 id (pmp banks list 참고)',
  'banks.list': '문제은행과 문제 수 목록',
  'banks.list.--json': '목록을 JSON으로 출력',
  'banks.show': '문제은행 하나의 상세: 버전, 개요, 언어, 유형별·영역별 문제 수, 출처, 라이선스',
  'banks.show.--json': '상세를 JSON으로 출력',
  'banks.remove': '문제은행 학습 중단: 문제는 퇴역하고 기록은 남음 (다시 가져오면 돌아옴)',
  'banks.remove.--yes': '확인을 묻지 않음',
  'banks.stats': '강사용 문항 분석: 문제별 답 수, 처음 봤을 때 정답률, 변별도, 고른 선택지, 시간 중앙값, 거머리 문항',
  'banks.stats.--learners': '함께 분석할 다른 학습자의 데이터베이스 파일 (읽기 전용으로 엶)',
  'banks.stats.--json': '분석을 JSON으로 출력',
  'banks.export': '문제은행을 파일로 내보내기 (그 파일을 다시 가져오면 "변경 없음")',
  'banks.export.--format': 'json (pmp-bank/1, 전부) 또는 csv (스프레드시트에 담을 수 있는 문제)',
  'banks.export.--out': 'stdout 대신 이 파일에 쓰기 (전부 쓴 뒤 이름을 바꿔 넣음)',
  'banks.export.--force': '기존 파일을 바꿈 (심볼릭 링크라면 가리키는 대상이 아니라 링크를)',

  import: '문제은행 가져오기: 우리 JSON, CSV/TSV, Excel .xlsx, Moodle XML, Aiken이나 GIFT, 또는 JSONata 매핑을 거친 어떤 JSON이든',
  'import.summary': '문제은행 가져오기: JSON, CSV/TSV, Aiken, GIFT',
  'import.<file...>': '문제은행 파일; 형식은 이름과 내용으로 판단',
  'import.--dry-run': '무엇이 바뀔지 보여 주기만 하고 아무것도 쓰지 않음',
  'import.--strict': '경고 대신 파일을 거부: 지문이 같은 두 문제, 또는 학습할 수 없는 문제(Moodle 서술형, 단답형, cloze …) — 없으면 반복은 알리고 그런 문제는 건너뜀',
  'import.--json': '보고서를 JSON으로 출력 (가져오기가 실패하면 파일, 줄, 열과 함께 모든 문제점)',
  'import.notes':
    '가져오기는 하나의 트랜잭션입니다: 모든 파일이 적용되거나 하나도 적용되지 않습니다. 문제은행을 다시 가져와도 진도는 유지됩니다: 표현만 바뀐 문제는 진도를 유지하고, 정답이 바뀐 문제는 처음부터 시작하며, 파일에서 빠진 문제는 퇴역합니다(기록은 유지). 형식: docs/bank-format.md, docs/formats/*.md.',

  validate: '문제은행 파일 점검 — 형식, 참조, 중복, 길이, 범위 — 아무것도 쓰지 않음',
  'validate.summary': '아무것도 쓰지 않고 문제은행 파일 점검',
  'validate.<file...>': 'import가 읽는 어떤 형식이든 문제은행 파일, import와 똑같이 읽음',
  'validate.--strict': '경고도 오류로 보고 모든 학습용 필드를 요구 (우리 문제은행이 씀)',
  'validate.--min-per-task': '파일 전체에서 개요의 과제마다 문제가 최소 n개 있어야 함',
  'validate.--max-key-longest': '단서 점검: 정답이 가장 긴 선택지여도 되는 비율, 문제은행·언어별 (기본값 30)',
  'validate.--max-key-shortest': '단서 점검: 정답이 가장 짧은 선택지여도 되는 비율 (기본값 30)',
  'validate.--json': '문제점을 JSON으로 출력',
  'validate.notes':
    '어느 파일에든 오류가 있으면 종료 코드 3; 문제점마다 파일, 줄, 열, JSON 경로, 문제 id를 알려 줍니다.\n' +
    '단서 점검 (경고; --strict에서는 오류): 정답이 너무 자주 가장 긴(또는 가장 짧은) 선택지; 절대적인 말(always, never, only, all; 반드시, 절대 …)이 오답에만 있고 정답에는 없음; 고정되지 않은 채 다른 선택지를 가리키는 선택지("A와 B 모두", "위의 모든 것"). 같은 글의 선택지 두 개는 오류입니다.',

  coverage: '시험 영역, 과제, 문항 유형, 접근법별 문제 수 — 문제은행 파일이나 내 데이터베이스',
  'coverage.summary': '영역, 과제, 유형, 접근법별 문제 수',
  'coverage.[file...]': 'import가 읽는 어떤 형식이든 문제은행 파일; 없으면 데이터베이스의 문제은행',
  'coverage.--bank': '데이터베이스의 이 문제은행들만',
  'coverage.--json': '수를 JSON으로 출력',

  convert: '어떤 형식의 파일이나 매핑이 만들어 내는 문제은행(pmp-bank/1 JSON)을 씀 — import와 똑같이 읽음',
  'convert.summary': '어떤 형식이든 우리 문제은행 JSON으로 변환',
  'convert.<file>': '문제은행 파일: JSON, CSV/TSV, .xlsx, Moodle XML, Aiken, GIFT, 또는 --map과 함께 다른 모양의 JSON',
  'convert.--out': 'stdout 대신 이 파일에 쓰기 (전부 쓴 뒤 이름을 바꿔 넣음)',
  'convert.--force': '기존 파일을 바꿈',
  'convert.--json': '파일을 읽을 수 없으면 모든 문제점을 JSON으로 stdout에 출력 (import --json처럼); --out과 함께면 JSON 요약',
  'convert.notes': '파일을 읽을 수 없으면 pmp import처럼 모든 문제점과 그 위치를 알리고 종료 코드 3.',

  doctor: '내 데이터는 건강한가? 무결성, 기록과 대조한 기억 상태, 떠도는 진도, 스키마, 백업',
  'doctor.summary': '데이터 점검, 고치기, 백업, 복원',
  'doctor.--fix': '기록에서 기억 상태를 다시 만들고 떠도는 진도를 치워 둠 (백업 후)',
  'doctor.--restore': '백업 목록 보기, 또는 백업 하나로 데이터베이스를 바꿈 (번호, 1 = 최신, 또는 경로)',
  'doctor.--yes': '확인을 묻지 않음',
  'doctor.--json': '보고서를 JSON으로 출력',
  'doctor.notes':
    '백업은 스키마를 올리기 전과 답이 있는 데이터베이스를 바꾸는 가져오기 전마다 자동으로, 데이터베이스 옆 "backups" 폴더에 만들어지며 최신 5개를 보관합니다.',
  rebuild: '복습 기록을 다시 재생해 모든 문제의 기억 상태를 다시 계산',
  'rebuild.summary': '복습 기록으로 기억 상태 다시 계산',
  'rebuild.--check': '비교만 함; 저장된 상태가 기록과 다르면 종료 코드 1',
  'rebuild.--json': '결과를 JSON으로 출력',

  config: 'pmp-study가 기억하는 것 보기와 바꾸기: 시험일, 하루 새 문제 수, 복습 상한, 학습 계획, 채택한 FSRS 매개변수',
  'config.summary': 'pmp-study가 기억하는 설정 보기와 바꾸기',
  'config.list': '모든 설정과 값 (설정하지 않았으면 대신 적용되는 것)',
  'config.list.--json': '설정을 JSON으로 출력',
  'config.get': '설정 하나의 값 (설정하지 않았으면 stdout에 아무것도 없음)',
  'config.get.<key>': '설정 이름, 예: exam-date',
  'config.get.--json': '설정을 JSON으로 출력',
  'config.set': '설정 바꾸기 (먼저 점검: 잘못된 값이면 아무것도 바꾸지 않고 종료 코드 2)',
  'config.set.<key>': '설정 이름, 예: max-reviews',
  'config.set.<value>': '새 값',
  'config.set.--json': '바꾸기 전후의 설정을 JSON으로 출력',
  'config.unset': '설정 지우기: 그 설정이 없을 때 적용되는 것이 대신함',
  'config.unset.<key>': '설정 이름, 예: new-per-day',
  'config.unset.--json': '지우기 전후의 설정을 JSON으로 출력',
  'config.ex.no-cap': '상한 없음',
  'config.ex.stop-plan': 'pmp study가 계획을 더는 따르지 않음',
  'config.notes':
    '설정 (케밥 표기 이름; 값의 형식과 점검은 다른 곳에서 그 설정을 정하는 옵션과 같음):\n' +
    '  exam-date  YYYY-MM-DD, 오늘 또는 이후 — pmp readiness와 pmp plan이 씀 (--exam-date)\n' +
    '  new-per-day  0–10000의 정수 — pmp study의 하루 새 문제 수 (--new); 계획보다 우선\n' +
    '  max-reviews  0–100000의 정수, 0 = 상한 없음 — pmp study의 하루 복습 수 (--max-reviews)\n' +
    '  study-plan  pmp plan이 만듦; 보여 주기만 하며, 지우면 pmp study가 계획을 따르지 않음\n' +
    '  fsrs-parameters  읽기 전용: pmp optimize가 채택 (pmp optimize --reset은 기본값으로 돌아감)\n' +
    'exam-date를 바꾸면 저장된 계획도 새 날짜로 옮기고, 지우면 계획도 지웁니다. 잘못된 값은 사용법 오류(종료 코드 2)이며 아무것도 쓰지 않습니다.',

  completion: 'bash, zsh, fish용 셸 자동 완성 스크립트 출력 (명령, 하위 명령, 옵션)',
  'completion.summary': 'bash, zsh, fish용 셸 자동 완성',
  'completion.<shell>': '자동 완성을 쓸 셸',
  'completion.notes':
    '한 번 설치하세요 (그다음 새 셸을 여세요):\n' +
    '  bash  pmp completion bash > ~/.local/share/bash-completion/completions/pmp\n' +
    '  zsh  pmp completion zsh > "${fpath[1]}/_pmp"   (또는 ~/.zshrc에서 compinit 뒤에 source <(pmp completion zsh))\n' +
    '  fish  pmp completion fish > ~/.config/fish/completions/pmp.fish\n' +
    '설명은 스크립트를 출력한 셸의 언어로 나옵니다 (한국어는 --lang ko).',
};
