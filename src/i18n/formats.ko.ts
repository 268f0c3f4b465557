/** 가져오기 경로가 읽지 않고 이름만 알려 주는 파일(zip 패키지, 옛 바이너리)과 읽기 경고 (한국어). */
import type { MessagesOf } from './en.js';
import type { formatsEn } from './formats.en.js';

type P = Readonly<Record<string, string | number>>;

/** 파일의 종류와, 그 문제를 읽을 수 있는 형식으로 옮기는 방법. */
const notRead = (p: P, what: string, how: string) => `${p.file}은(는) ${what}이며 pmp-study는 이 파일을 읽지 않습니다. ${how}`;

export const formatsKo: MessagesOf<typeof formatsEn> = {
  'input.packaged.anki': (p: P) => notRead(p, 'Anki 패키지(.apkg)', 'Anki 카드는 오답 선택지가 없는 앞면/뒷면 노트입니다. Anki에서 파일 → 내보내기 → "Notes in Plain Text"로 내보낸 뒤 스프레드시트에서 객관식 행(Question, Option A, Option B …, Answer)으로 만들어 .xlsx 또는 CSV로 가져오세요.'),
  'input.packaged.ims-package': (p: P) => notRead(p, 'IMS 콘텐츠 패키지(QTI 또는 SCORM, imsmanifest.xml 포함)', '만든 시스템에서 문제를 Moodle XML, GIFT 또는 CSV로 내보내세요(Moodle: 문제은행 → 내보내기 → Moodle XML 형식). 또는 패키지를 먼저 Moodle로 가져온 뒤 거기서 내보내세요.'),
  'input.packaged.moodle-backup': (p: P) => notRead(p, 'Moodle 강좌 백업(.mbz)', '대신 문제은행을 내보내세요: 강좌에서 문제은행 → 내보내기 → Moodle XML 형식, 그다음 pmp import questions.xml.'),
  'input.packaged.docx': (p: P) => notRead(p, 'Word 문서(.docx)', '문제를 Aiken 또는 GIFT 형식의 일반 텍스트 파일(docs/formats/aiken.md, docs/formats/gift.md)에 UTF-8로 저장하거나, CSV 열(docs/formats/csv.md)을 갖춘 스프레드시트로 옮기세요.'),
  'input.packaged.pptx': (p: P) => notRead(p, 'PowerPoint 프레젠테이션(.pptx)', '문제를 CSV 열(docs/formats/csv.md)을 갖춘 스프레드시트나 Aiken 또는 GIFT 형식의 텍스트 파일로 옮기세요.'),
  'input.packaged.ods': (p: P) => notRead(p, 'OpenDocument 스프레드시트(.ods)', 'LibreOffice Calc에서 파일 → 다른 이름으로 저장 → "Excel 2007-365 (.xlsx)" 또는 "텍스트 CSV"(UTF-8)로 저장한 뒤 그 파일을 가져오세요.'),
  'input.packaged.odt': (p: P) => notRead(p, 'OpenDocument 텍스트(.odt)', '문제를 Aiken 또는 GIFT 형식의 일반 텍스트 파일에 UTF-8로 저장하거나(docs/formats/aiken.md), CSV 열을 갖춘 스프레드시트로 옮기세요.'),
  'input.packaged.odf': (p: P) => notRead(p, 'OpenDocument 파일', 'LibreOffice에서 docs/formats/csv.md의 열을 갖춘 .xlsx 또는 CSV(UTF-8)로 저장하세요.'),
  'input.packaged.h5p': (p: P) => notRead(p, 'H5P 패키지(.h5p)', '문제를 Moodle XML, GIFT 또는 CSV 열을 갖춘 스프레드시트로 옮기세요(docs/formats/).'),
  'input.packaged.zip': (p: P) => notRead(p, 'zip 압축 파일', '압축을 풀고 안에 든 문제 파일을 가져오세요: Moodle XML, GIFT, Aiken, CSV, .xlsx 통합 문서 또는 이 프로그램의 JSON.'),
  'input.packaged.ole2': (p: P) => notRead(p, '예전 Office 파일(.xls 또는 .doc, 2007년 이전 형식)', '파일을 열어 "Excel 통합 문서(.xlsx)" 또는 "CSV UTF-8"로 저장한 뒤 그 파일을 가져오세요.'),
  'input.packaged.gzip': (p: P) => notRead(p, 'gzip 압축 파일(Moodle .mbz 강좌 백업?)', 'Moodle 강좌라면 대신 문제은행을 내보내세요: 문제은행 → 내보내기 → Moodle XML 형식. 아니라면 압축을 풀고 안의 파일을 가져오세요.'),
  'input.packaged.pdf': (p: P) => notRead(p, 'PDF 문서', '문제를 Aiken 또는 GIFT 형식의 일반 텍스트 파일에 UTF-8로 저장하거나(docs/formats/aiken.md), CSV 열을 갖춘 스프레드시트로 옮기세요.'),

  'formats.warnings': (p: P) => `${p.file}: 경고 ${p.n}개 (pmp validate가 모두 보여 주며, --strict는 이를 거부합니다):`,
  'formats.more-warnings': (p: P) => `… 외 ${p.n}개`,
};
