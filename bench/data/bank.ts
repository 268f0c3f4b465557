/**
 * A large question bank made from a seed: the same seed gives the same file, byte for byte.
 * Shaped like a trainer's bank brought in from a spreadsheet rather than like our richly
 * annotated shipped banks (about 4 KB a question): about 550 bytes a question, mostly
 * single-answer questions with some of every other type, scenario sets, prompts in English and
 * Korean, a short explanation, now and then a rationale, and ECO 2026 tags.
 */
import { seededRandom, type Random } from '../../src/domain/random.js';

/** The generated bank's id unless the caller names another. */
export const BENCH_BANK_ID = 'bench-bank';

export interface BankOptions {
  readonly questions: number;
  readonly seed: number;
  readonly id?: string;
}

/** Tasks per domain in the 2026 outline (questions/outlines/eco-2026.json). */
const ECO_2026 = [
  ['people', 8],
  ['process', 10],
  ['business-environment', 8],
] as const;

const EN_WORDS = (
  'project manager team sponsor stakeholder risk schedule budget scope quality vendor contract change request ' +
  'backlog sprint iteration charter baseline variance forecast issue conflict meeting report plan review ' +
  'deliverable milestone resource estimate approval governance compliance benefit value customer lesson'
).split(' ');
const KO_WORDS = (
  '프로젝트 관리자 팀 스폰서 이해관계자 리스크 일정 예산 범위 품질 공급업체 계약 변경 요청 백로그 스프린트 ' +
  '반복 헌장 기준선 차이 예측 이슈 갈등 회의 보고서 계획 검토 인도물 마일스톤 자원 추정 승인 거버넌스'
).split(' ');

const SCENARIO_EVERY = 50; // one question in fifty opens a scenario set of three

export function generateBank(options: BankOptions): Record<string, unknown> {
  const random = seededRandom(options.seed);
  const scenarios: Record<string, unknown>[] = [];
  const questions: Record<string, unknown>[] = [];
  let scenarioLeft = 0;
  let scenarioId = '';
  for (let i = 0; i < options.questions; i++) {
    if (scenarioLeft === 0 && i % SCENARIO_EVERY === 0) {
      scenarioId = `sc-${scenarios.length + 1}`;
      scenarios.push({ id: scenarioId, text: bilingual(random, 25) });
      scenarioLeft = 3;
    }
    const inScenario = scenarioLeft > 0;
    if (inScenario) scenarioLeft--;
    questions.push(question(random, i, inScenario ? scenarioId : undefined));
  }
  return {
    format: 'pmp-bank/1',
    id: options.id ?? BENCH_BANK_ID,
    title: { en: 'Benchmark bank', ko: '벤치마크 문제집' },
    version: `seed-${options.seed}`,
    outline: 'eco-2026',
    languages: ['en', 'ko'],
    license: 'CC0-1.0',
    traps: { 'escalates-first': { en: 'Escalates first', ko: '먼저 보고하기' }, 'skips-analysis': { en: 'Skips analysis', ko: '분석 건너뛰기' } },
    scenarios,
    questions,
  };
}

function question(random: Random, index: number, scenario: string | undefined): Record<string, unknown> {
  const [domain, tasks] = ECO_2026[Math.floor(random() * ECO_2026.length)] as (typeof ECO_2026)[number];
  const common = {
    id: `b${String(index + 1).padStart(6, '0')}`,
    ...(scenario ? { scenario } : {}),
    prompt: bilingual(random, 8),
    explanation: sentence(random, EN_WORDS, 5),
    eco: { domain, task: 1 + Math.floor(random() * tasks) },
    approach: pick(random, ['predictive', 'agile', 'hybrid']),
    difficulty: 1 + Math.floor(random() * 3),
    ...(random() < 0.3 ? { tags: [pick(random, ['risk', 'schedule', 'team', 'value', 'quality'])] } : {}),
  };
  const kind = random();
  if (kind < 0.85) {
    const opts = choiceOptions(random, 4);
    return { ...common, type: 'single', options: opts, answer: (opts[Math.floor(random() * 4)] as { id: string }).id };
  }
  if (kind < 0.93) return { ...common, type: 'multiple', options: choiceOptions(random, 5), answer: ['a', 'c'] };
  if (kind < 0.95) return { ...common, type: 'ordering', options: choiceOptions(random, 4), answer: ['b', 'a', 'd', 'c'] };
  if (kind < 0.97) {
    const items = (prefix: string) => ['1', '2', '3'].map((n) => ({ id: `${prefix}${n}`, text: sentence(random, EN_WORDS, 3) }));
    return { ...common, type: 'matching', left: items('l'), right: items('r'), answer: { l1: 'r2', l2: 'r3', l3: 'r1' } };
  }
  return { ...common, type: 'numeric', answer: { value: Math.round(random() * 10_000) / 100, tolerance: 0.01 }, unit: { en: 'days', ko: '일' } };
}

function choiceOptions(random: Random, n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, k) => ({
    id: String.fromCharCode(97 + k),
    // Numbered, so two options of a question never read the same (import refuses such a question).
    text: `${sentence(random, EN_WORDS, 3).slice(0, -1)} ${k + 1}.`,
    ...(k === 1 && random() < 0.2 ? { rationale: sentence(random, EN_WORDS, 6), trap: 'escalates-first' } : {}),
  }));
}

function bilingual(random: Random, words: number): { en: string; ko: string } {
  return { en: sentence(random, EN_WORDS, words), ko: sentence(random, KO_WORDS, Math.ceil(words * 0.7)) };
}

function sentence(random: Random, vocabulary: readonly string[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, vocabulary));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
