/** 트레이너의 문제은행 파일 읽기(import, validate, convert, --map)의 한국어 문구. */
import type { MessagesOf } from './en.js';
import type { bankFilesEn } from './bank-files.en.js';

type P = Readonly<Record<string, string | number>>;

export const bankFilesKo: MessagesOf<typeof bankFilesEn> = {
  'bank-files.same-prompts': (p: P) => `문제 ${p.n}개의 질문이 같은 문제은행의 앞선 질문과 같습니다(--strict는 거부합니다)`,
  'bank-files.same-prompt': (p: P) => `${p.id}${p.line ? `(${p.line}행)` : ''} = ${p.first}${p.firstLine ? `(${p.firstLine}행)` : ''}`,
  'bank-files.mapping-running': (p: P) => `${p.map}(으)로 ${p.file} 변환 중: ${p.seconds}초…`,
  'bank-files.read-time': (p: P) => `${p.file}: ${p.format} 형식${p.map ? `, ${p.map} 매핑` : ''}으로 ${p.ms}ms에 읽음(문제 ${p.n}개)`,
};
