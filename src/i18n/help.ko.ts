/** `pmp --help`와 각 명령 도움말의 한국어 (commander 문구, 명령 묶음, 학습·모의고사·진도 명령). */
import type { helpEn } from './help.en.js';

export type HelpTextsOf<C> = { readonly [K in keyof C]: string };

export const helpKo: HelpTextsOf<typeof helpEn> = {
  'cli.usage': '사용법:',
  'cli.options': '옵션:',
  'cli.global-options': '전역 옵션:',
  'cli.arguments': '인자:',
  'cli.commands': '명령:',
  'cli.examples': '예:',
  'cli.default': '기본값: {value}',
  'cli.env': '환경 변수: {name}',
  'cli.choices': '선택지: {list}',
  'cli.help-option': '명령의 도움말 보기',
  'cli.help-command': '명령의 도움말 보기',
  'cli.version-option': '버전 보기',
  'cli.did-you-mean': '(혹시 {name} 말인가요?)',
  'cli.did-you-mean-one-of': '({list} 중 하나를 입력하려고 하셨나요?)',
  'cli.invalid-choice': "오류: '{value}'은(는) {name}에 쓸 수 없습니다. 선택지: {list}",

  'group.study': '학습:',
  'group.exam': '모의고사와 준비도:',
  'group.banks': '문제은행과 가져오기:',
  'group.data': '데이터와 설정:',

  pmp: '터미널에서 PMP 시험을 공부합니다: 간격 반복(FSRS-6), 영어와 한국어 문제.',
  'pmp.--db': '데이터베이스 파일 (기본값: 데이터 폴더의 pmp.db)',
  'pmp.--lang': '화면 언어: en 또는 ko (기본값: PMP_LANG, 다음은 로캘)',
  'pmp.--color': '색상: auto, always, never (FORCE_COLOR와 NO_COLOR를 따릅니다)',
  'pmp.notes':
    '환경 변수: PMP_DB (데이터베이스 파일), PMP_LANG (en|ko; 없으면 LC_ALL, LC_MESSAGES, LANG, 그다음 시스템 로캘), FORCE_COLOR (0 끔; 1, 2, 3 켬), NO_COLOR, PMP_NOW (ISO 시각; 시계를 멈춤 — 테스트용).\n' +
    '종료 코드: 0 정상, 1 실패, 2 사용법 오류, 3 잘못된 입력 파일, 4 데이터베이스 사용 불가, 5 설치 문제.\n' +
    '셸 자동 완성: pmp completion bash|zsh|fish (pmp completion --help 참고).',

  study: '간격 반복 학습: 복습 예정 문제부터(가장 많이 밀린 것부터), 그다음 새 문제',
  'study.summary': '학습: 복습 예정 문제부터, 그다음 새 문제',
  'study.--new': '하루 새 문제 수 (기본값: pmp config new-per-day, 없으면 학습 계획의 수 — pmp plan 참고 — 없으면 20)',
  'study.--limit': '이만큼 답하면 멈춤',
  'study.--bank': '이 문제은행들만',
  'study.--domain': 'ECO 영역 하나만: people, process, business-environment',
  'study.--task': 'ECO 과제 번호 하나만 (--domain과 함께)',
  'study.--tag': '이 태그가 붙은 문제만',
  'study.--seed': '선택지 섞기의 시드 (같은 학습 재현; PMP_SEED도 가능)',
  'study.--cram': '일정을 바꾸지 않고 고른 범위를 원하는 만큼 연습 (답은 연습으로 기록)',
  'study.--weak': '시험 점수를 가장 많이 잃게 하는 ECO 과제 3개를 학습 (pmp readiness 기준; 무엇을 왜 골랐는지 알려 줌)',
  'study.--wrong-last-time': '지난번에 틀린 문제만',
  'study.--flagged': '표시해 둔 문제만',
  'study.--trap': '이 함정의 오답 선택지가 있는 문제만 (pmp stats --traps 참고)',
  'study.--max-reviews': '하루 복습 상한, 가장 많이 밀린 것부터 (기억됨; 0이면 상한 없음)',
  'study.--leech-lapses': '몇 번 틀리면 거머리 문항으로 볼지 (기본값 6)',
  'study.--no-confidence': '얼마나 확신했는지 묻지 않음 (터미널 모드)',
  'study.--plain': '터미널에서도 줄 단위 모드 (화면 낭독기, 스크립트)',
  'study.--json': '학습이 끝난 뒤 요약을 JSON으로 stdout에 출력; 학습 화면은 stderr로',
  'study.ex.cram': '연습, 일정은 그대로',
  'study.notes':
    '줄 단위 모드 (stdin이 터미널이 아닐 때): 한 줄에 답 하나 — B | A,C | CABD | 1-b 2-a 3-c | 41.5. 확신이 없으면 " ?"(어려움으로 평가), 찍었으면 " ??"(다시로 평가)를 붙입니다. u는 마지막 답이나 표시를 되돌리고, flag는 나중에 볼 문제로 표시, suspend는 보류, bury는 내일까지 숨김, q는 끝냅니다.\n' +
    '답이 저장될 때마다 "saved:"로 시작하는 줄이 출력됩니다. --json을 쓰면 요약 외의 모든 출력이 stderr로 가므로 `pmp study --json | jq`는 요약만 읽습니다.',

  leeches: '계속 틀리는 문제 (기본값: 6번 이상 틀린 문제)',
  'leeches.summary': '계속 틀리는 거머리 문항',
  'leeches.--lapses': '몇 번 틀리면 거머리 문항인지',
  'leeches.--suspend': '목록의 거머리 문항을 모두 보류',
  'leeches.--json': '목록을 JSON으로 출력',
  flagged: '학습 중 표시해 둔 문제 (flag, 터미널에서는 f)',
  'flagged.summary': '학습 중 표시해 둔 문제',
  'flagged.--json': '목록을 JSON으로 출력',
  suspended: '보류한 문제 (보류를 풀 때까지 나오지 않음)',
  'suspended.summary': '보류한 문제',
  'suspended.--json': '목록을 JSON으로 출력',
  unsuspend: '보류한 문제를 다시 학습에 넣기',
  'unsuspend.<ref...>': '문제은행/문제 id, 또는 한 문제은행만 쓰는 문제 id',

  stats: '시간에 따른 진도: 하루 답 수, 주별 실제 기억률, 앞으로 30일의 복습 예정, 연속 학습일, 학습 시간, 학습 달력',
  'stats.summary': '진도: 답 수, 기억률, 복습 예정, 연속 학습일',
  'stats.--traps': '가장 자주 빠지는 함정과 그 예',
  'stats.--json': '모든 수치를 JSON으로 출력 (정의 포함)',
  'stats.notes':
    '정의: 학습일은 현지 시각 04:00부터 다음 날 04:00까지입니다. 하루 답 수는 모든 모드(학습, 모의고사, 연습)를 세며 되돌린 답은 뺍니다. 실제 기억률: 전에 본 문제에 대한 답(연습 제외) 중 맞힌 비율을 학습일 7일씩 이동하는 주 단위로, 스케줄러가 목표로 하는 90 %와 나란히 보여 줍니다. 연속 학습일: 오늘(오늘 아직 안 했으면 어제)까지 답이 있는 연속된 학습일 수. 학습 시간: 문제가 나온 때부터 답할 때까지의 시간. 달력: 최근 26주, 한 열이 한 주(월요일부터), · 없음 ░ ▒ ▓ █ 가장 많이 한 날까지.',

  exam: '시험 청사진에 맞춰 구성한 시간제 모의고사: 휴식, 검토 화면, 점수 보고서',
  'exam.summary': '청사진에 맞춘 시간제 모의고사',
  'exam.--eco': '청사진: 2026 (기본값: 180문제, 240분) 또는 2021 (230분, People 42 / Process 50 / Business 8)',
  'exam.--questions': '같은 비율의 짧은 연습 시험 (--minutes가 없으면 시간도 비례)',
  'exam.--minutes': '시험 시간(분)',
  'exam.--seen': '전에 답한 문제에서 뽑을 비율 (기본값 0: 실제 시험처럼 안 본 문제부터). 보고서가 준비도 추정의 두 부분을 모두 점검합니다',
  'exam.--bank': '이 문제은행들에서만 출제 (pmp study --bank처럼; 반복하거나 여러 개 나열)',
  'exam.--tag': '이 태그 중 하나가 붙은 문제만 출제 (pmp study --tag처럼)',
  'exam.--domain': '한 영역만의 모의고사: people, process, business — --questions가 없으면 전체 시험에서 그 영역의 몫(People: 180문제 중 59문제, 시간도 비례)',
  'exam.--seed': '출제와 선택지 순서의 시드 (같은 시험 재현; PMP_SEED도 가능)',
  'exam.--resume': '진행 중인 모의고사를 멈춘 곳부터 이어서',
  'exam.--cut': '평가에 쓰는 가정 합격선(%) (PMI는 공개하지 않음; 기본값은 마지막으로 공개된 61)',
  'exam.--plain': '터미널에서도 줄 단위 모드 (화면 낭독기, 스크립트)',
  'exam.notes':
    '모의고사는 고른 개요로 태그된 문제은행에서 구성합니다: 영역별 비중대로, 문제은행이 허락하는 한 약 60 %는 애자일 또는 하이브리드, 시나리오 묶음은 함께, 실제 시험처럼 채점하지 않는 사전 테스트 문항 포함(180문제 중 10문제). 안 본 문제가 먼저 나옵니다. --bank와 --tag는 그 범위에서만 출제하며, 범위가 어떤 영역의 몫을 채우지 못하면 영역별로 무엇이 모자란지 알려 주고 청사진 비율에 맞는 가장 큰 시험을 구성합니다(점수 보고서에 부족분을 적음). --domain은 한 영역만으로 모의고사를 구성합니다(한 영역만 다루는 문제은행이거나 그 영역을 집중 연습할 때). --resume은 범위를 유지합니다. 휴식 지점을 지나면 앞 문제들은 잠기며, 현재 구역 안에서는 자유롭게 이동하고 표시하고 검토할 수 있습니다.\n' +
    '\n' +
    '시계: 모든 답은 하는 즉시 저장됩니다. 시간은 pmp exam이 실행되는 동안에만 흐르고(동작마다, 그리고 5초마다 저장) 휴식 중에는 멈춥니다. 창이 닫히거나 프로세스가 종료되면 pmp exam --resume이 남은 시간으로 이어 갑니다(실제 시험은 멈추지 않습니다). 진행 중인 모의고사는 한 번에 하나이며, pmp exam abandon으로 포기할 수 있습니다.\n' +
    '\n' +
    '줄 단위 모드 (stdin이 터미널이 아닐 때): 한 줄에 하나 — 학습처럼 답(B | A,C | CABD | 1-b 2-a | 41.5; 답하면 다음으로, 다시 답하면 바뀜), n 다음, p 이전, f 표시, r 검토 목록, g N N번 문제로 이동, 구역 끝에서 break 또는 n (휴식하거나 계속; 둘 다 구역을 잠금), submit (안 푼 문제가 있으면 두 번), q 일단 멈춤. 답이 저장될 때마다 "saved:"로 시작하는 줄이 나옵니다. 입력이 끝나면 모의고사는 진행 중으로 남습니다.\n' +
    '\n' +
    '제출하거나 시간이 다 되면 답은 학습 답처럼(모드 "exam") 제출 시각으로 복습 기록에 들어갑니다. 안 푼 문제는 오답으로 세지만 기록하지 않습니다.',
  'exam.review': '끝낸 모의고사의 점수 보고서와 모든 문제의 내 답, 정답, 해설',
  'exam.review.[id]': '모의고사 id (pmp exam list 참고; 기본값: 가장 최근에 끝낸 모의고사)',
  'exam.review.--wrong': '틀렸거나 안 푼 문제만',
  'exam.review.--details': '준비도 예측의 Brier 점수와 로그 손실도 표시',
  'exam.review.--json': '보고서와 모든 답을 JSON으로 출력',
  'exam.list': '지난 모의고사: id, 날짜, 개요, 문제 수, 정답률, 평가, 상태',
  'exam.list.--json': '목록을 JSON으로 출력',
  'exam.abandon': '진행 중인 모의고사 포기 (그 답은 복습 기록에 들어가지 않음)',

  readiness: '얼마나 준비됐나? 시험일의 예상 정답률(전체와 영역별), 평가, 범위, 다음에 공부할 것',
  'readiness.summary': '얼마나 준비됐나? 시험일의 예상 점수',
  'readiness.--exam-date': '시험일, YYYY-MM-DD (기억됨; 기본값: 기억된 날짜, 없으면 오늘)',
  'readiness.--cut': '가정 합격선(%) (PMI는 공개하지 않음; 기본값은 마지막으로 공개된 61)',
  'readiness.--eco': '청사진: 2026 (기본값) 또는 2021',
  'readiness.--explain': '이 학습자의 수치로 공식을 출력',
  'readiness.--calibration': '기록된 기억 예측이 실제와 얼마나 맞았나: Brier 점수, 로그 손실, 구간별 RMSE, 십분위 표',
  'readiness.--since': '--calibration과 함께: 이날부터의 답만, YYYY-MM-DD',
  'readiness.--json': '수치를 JSON으로 출력',

  plan: '학습 계획: 시험 전에 문제은행 전체를 복습과 함께 보려면 하루 새 문제가 몇 개인지; pmp study가 따릅니다',
  'plan.summary': '시험일까지의 학습 계획',
  'plan.--exam-date': '시험일, YYYY-MM-DD (기억됨; pmp readiness와 공유)',
  'plan.--minutes-per-day': '하루에 낼 수 있는 시간(분): 계획이 맞는지, 무엇이 맞을지 알려 줌',
  'plan.--json': '계획을 JSON으로 출력',
  'plan.ex.remembered': '기억된 날짜',
  'plan.notes':
    '계산 방법: 새 문제는 시험 7일 전까지(4주 미만이면 남은 기간의 4분의 1 전까지) 학습일에 나누어, 마지막 문제도 복습을 받게 합니다. 복습은 이미 예정된 복습에 더해 목표 기억률 90 %의 FSRS 스케줄러로 모의 계산합니다. 분 = 예상 답 수 × 답 하나의 중앙값 초 (답이 20개가 될 때까지는 75초).\n' +
    '"너무 가까움" (종료 코드 0, 경고와 함께): 시험이 오늘이거나, 하루 새 문제가 150개를 넘거나, 가장 바쁜 주가 하루 240분(또는 --minutes-per-day의 두 배)을 넘을 때. 지난 날짜나 잘못된 날짜: 종료 코드 2.',

  optimize: '내 답에 FSRS 매개변수를 맞추고, 이후의 답을 더 잘 예측할 때만 채택',
  'optimize.summary': '스케줄러를 내 답에 맞추기',
  'optimize.--dry-run': '맞추고 비교만 하고 아무것도 바꾸지 않음',
  'optimize.--reset': '기본 매개변수로 돌아가기',
  'optimize.--json': '수치를 JSON으로 출력',
  'optimize.notes':
    '학습일의 앞 80 %로 맞추고 나머지는 남겨 둡니다. 쓰던 매개변수와 새 매개변수가 남겨 둔 답을 예측하고 로그 손실로 점수를 매깁니다. 새 매개변수는 로그 손실이 1 % 이상 낮을 때만 채택하며, 그러면 기억 상태를 새로 계산합니다. 복습(전날보다 나중 날의 답)이 500개 이상 필요합니다.',
};
