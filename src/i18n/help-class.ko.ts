/** 반(class) 명령의 한국어 도움말. help.ko.ts와 같은 형식. */
import type { helpClassEn } from './help-class.en.js';
import type { HelpTextsOf } from './help.ko.js';

export const helpClassKo: HelpTextsOf<typeof helpClassEn> = {
  'group.class': '반:',
  class: '공유 PostgreSQL 서버에서 반 운영: 설정, 학습자 초대, 문제은행 배정, 반 전체 보고서 하나',
  'class.summary': '공유 PostgreSQL 서버의 반',
  'class.notes':
    '반에서도 각 학습자의 데이터베이스가 원본입니다. pmp sync가 답을 강사가 운영하거나 빌린 PostgreSQL 서버로 복사하고, pmp class report가 거기서 반 전체를 읽습니다.\n' +
    '연결 정보는 데이터베이스 옆에 보관합니다: DB.class-trainer.json(강사), DB.class.json(학습자), 권한 0600.\n' +
    '서버에 연결할 수 없으면 종료 코드 6으로 끝나며, 학습은 그 때문에 막히지 않습니다.',
  'class.ex.learner': '학습자의 컴퓨터에서',
  'class.init': '서버에 반 스키마를 만들거나 업그레이드하고(여러 번 실행해도 안전) 강사의 연결 정보를 보관 (0600)',
  'class.init.--url': '서버 주소: 사용자, 비밀번호, 호스트, 포트, 데이터베이스, sslmode를 담은 postgres:// 주소 (예시 참고; 또는 PMP_CLASS_URL; 사용자에게 CREATEROLE 권한 필요)',
  'class.invite': '학습자 추가: 임의 비밀번호의 PostgreSQL 역할을 만들고 한 줄 참가 코드로 한 번만 출력',
  'class.invite.<name>': '영문 소문자, 숫자, _ (영문자로 시작)',
  'class.invite.--json': '이름, 역할, 참가 코드를 JSON으로 출력',
  'class.assign': '문제은행 파일을 반에 게시 (pmp import처럼 검사); 학습자는 다음 동기화 때 가져옴',
  'class.assign.<bank>': '우리 JSON 형식의 문제은행 파일',
  'class.remove': '학습자 해제: 역할을 지우고 동기화된 행을 삭제',
  'class.remove.<name>': '학습자 이름',
  'class.learners': '반의 학습자와 그 역할',
  'class.learners.--json': 'JSON으로 출력',
  'class.join': '강사에게 받은 코드로 반에 참가 (서버에서 확인한 뒤 데이터베이스 옆에 0600으로 보관)',
  'class.join.<code>': '참가 코드, 또는 stdin에서 읽으려면 - (프로세스 목록에 남지 않음)',
  'class.report': '반 전체: 학습자별 마지막 학습일, 7/30일 답 수, 연속 학습일, 영역별 준비도와 범위, 모의고사; 가장 약한 과제; 문항 분석',
  'class.report.--json': '보고서를 JSON으로 출력',
  'class.report.--csv': '학습자마다 한 행의 CSV로 출력',
  'class.report.--html': '차트가 있는 독립 HTML 페이지 하나로 저장',
  'class.report.--eco': '청사진: 2026 (기본값) 또는 2021',
  'class.report.--cut': '가정한 합격선, 퍼센트 (기본값 61)',
  sync: '새 답을 반으로 보내고(pmp class join) 강사가 배정한 문제은행을 가져옴',
  'sync.summary': '내 답을 반으로 보내기',
  'sync.--json': '보낸 것과 가져온 것을 JSON으로 출력',
  'sync.notes': '여러 번 실행해도 안전: 두 번 실행하거나, 중단된 뒤나, 복원한 백업에서 실행해도 답이 중복되거나 사라지지 않습니다.\n서버에 연결할 수 없으면 종료 코드 6; 답은 로컬에 안전하게 남습니다.',
  'study.--sync': '끝날 때 내 답을 반으로 보냄 (pmp sync); 서버에 연결할 수 없으면 경고만 (학습은 어느 쪽이든 저장됨)',
};
