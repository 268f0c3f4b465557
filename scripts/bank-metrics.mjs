#!/usr/bin/env node
// Measures the bundled banks (or the files given) against what issue 12 asks of exam-like items:
// situational share, stem length, the key-is-longest cue per bank and language, themes, per-task
// counts, calculation share, difficulty, approach mix, PMO-type items and near-duplicate pairs.
// Plain Node, no build needed:  node scripts/bank-metrics.mjs [--json] [files…]
// How each figure is measured is printed beside it; the definitions live here and nowhere else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const listDups = args.includes('--list-duplicates');
let files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const dir = new URL('../questions/', import.meta.url).pathname;
  files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

const text = (t, lang) => (t == null ? '' : typeof t === 'string' ? t : t[lang] ?? '');
const words = (s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (n, d) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

/**
 * Situational: the English stem (case text + prompt) sets a scene before it asks — at least one
 * full sentence before the question sentence — and runs to 30 words or more. A bare "What is X?"
 * or "Which tool …?" is recall however it is phrased.
 */
function isSituational(stem) {
  const sentences = stem.split(/(?<=[.!?])\s+(?=[A-Z"“(])/).filter((s) => words(s).length > 0);
  return sentences.length >= 2 && words(stem).length >= 30;
}

const THEMES = {
  ai: /(^|-)ai($|-)|artificial-intelligence|generative/,
  sustainability: /sustainab|esg|carbon|environment(al)?-impact|social-impact/,
  'benefits-value': /benefit|^value$|value-deliver|value-realis|value-realiz|mvp|mbi|business-value|value-stream/,
  okr: /okr/,
  governance: /governance|decision-rights|escalation-path/,
};
const PRINCIPLES = ['holistic-view', 'focus-on-value', 'embed-quality', 'accountable-leader', 'integrate-sustainability', 'empowered-culture'];
const STOP = new Set('the a an of to and in on for is are was were be with that this what which who should project manager team you your it as by at from or most first next best do does not their they has have will can its'.split(' '));

function contentWords(s) {
  return new Set(words(s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ')).filter((w) => !STOP.has(w)));
}

const banks = files.map((f) => ({ file: f, bank: JSON.parse(readFileSync(f, 'utf8')) }));
const all = [];
const perBank = [];
for (const { file, bank } of banks) {
  const scen = new Map((bank.scenarios ?? []).map((s) => [s.id, s]));
  const langs = bank.languages ?? ['en'];
  const keyLongest = Object.fromEntries(langs.map((l) => [l, 0]));
  const keyShortest = Object.fromEntries(langs.map((l) => [l, 0]));
  let singles = 0;
  for (const q of bank.questions) {
    const stemEn = `${q.scenario ? text(scen.get(q.scenario)?.text, 'en') + ' ' : ''}${text(q.prompt, 'en')}`.trim();
    const tags = (q.tags ?? []).map((t) => t.toLowerCase());
    const item = {
      bank: bank.id,
      id: q.id,
      type: q.type,
      domain: q.eco?.domain ?? null,
      task: q.eco?.task ?? null,
      approach: q.approach ?? null,
      difficulty: q.difficulty ?? null,
      stemWords: words(stemEn).length,
      situational: isSituational(stemEn),
      calc: q.type === 'numeric' || tags.some((t) => /calc|evm|earned-value|formula|pert|emv/.test(t)) && /\d/.test(stemEn) && q.type !== 'matching',
      tags,
      // About PMO types: a type tag, or a PMO type named in the stem, options or explanation.
      pmo: tags.some((t) => /^(supportive|controlling|directive)-pmo$/.test(t)) || /\b(supportive|controlling|directive)( PMO|, controlling| or directive| and directive)/i.test(`${stemEn} ${JSON.stringify(q.options ?? [])} ${JSON.stringify(q.left ?? [])} ${JSON.stringify(q.right ?? [])} ${text(q.explanation, 'en')}`),
      pmbok8: JSON.stringify(q.references ?? []).match(/PMBOK[^"]*8(th)?/) !== null,
      scenario: q.scenario ? `${bank.id}/${q.scenario}` : null,
      content: contentWords(stemEn),
      ownContent: contentWords(text(q.prompt, 'en')),
    };
    all.push(item);
    if (q.type === 'single' && Array.isArray(q.options)) {
      singles++;
      for (const l of langs) {
        const key = q.options.find((o) => o.id === q.answer);
        const others = q.options.filter((o) => o.id !== q.answer).map((o) => [...text(o.text, l)].length);
        if (key && [...text(key.text, l)].length > Math.max(...others)) keyLongest[l]++;
        if (key && [...text(key.text, l)].length < Math.min(...others)) keyShortest[l]++;
      }
    }
  }
  perBank.push({ bank: bank.id, file, questions: bank.questions.length, singles, keyLongest: Object.fromEntries(langs.map((l) => [l, pct(keyLongest[l], singles)])), keyShortest: Object.fromEntries(langs.map((l) => [l, pct(keyShortest[l], singles)])) });
}

// Near-duplicates: content-word Jaccard ≥ 0.5 between two stems; questions of one scenario set
// share its case text, so they are compared by their own prompts.
const dupPairs = [];
for (let i = 0; i < all.length; i++) {
  for (let j = i + 1; j < all.length; j++) {
    const same = all[i].scenario !== null && all[i].scenario === all[j].scenario;
    const a = same ? all[i].ownContent : all[i].content, b = same ? all[j].ownContent : all[j].content;
    if (a.size === 0 || b.size === 0) continue;
    let common = 0;
    for (const w of a) if (b.has(w)) common++;
    const jac = common / (a.size + b.size - common);
    if (jac >= 0.5) dupPairs.push([`${all[i].bank}/${all[i].id}`, `${all[j].bank}/${all[j].id}`, Math.round(jac * 100)]);
  }
}

const n = all.length;
const byDomain = {};
const byTask = {};
for (const q of all) {
  byDomain[q.domain] = (byDomain[q.domain] ?? 0) + 1;
  const k = `${q.domain}:${q.task}`;
  byTask[k] = (byTask[k] ?? 0) + 1;
}
const themes = Object.fromEntries(Object.entries(THEMES).map(([k, re]) => [k, all.filter((q) => q.tags.some((t) => re.test(t))).length]));
const principles = Object.fromEntries(PRINCIPLES.map((p) => [p, all.filter((q) => q.tags.includes(`principle-${p}`)).length]));
const report = {
  questions: n,
  situationalPercent: pct(all.filter((q) => q.situational).length, n),
  medianStemWords: median(all.map((q) => q.stemWords)),
  keyLongestPercent: perBank.map((b) => ({ bank: b.bank, singles: b.singles, ...b.keyLongest })),
  keyShortestPercent: perBank.map((b) => ({ bank: b.bank, singles: b.singles, ...b.keyShortest })),
  themes,
  principles,
  pmbok8References: all.filter((q) => q.pmbok8).length,
  calculationPercent: pct(all.filter((q) => q.calc).length, n),
  hardestPercent: pct(all.filter((q) => q.difficulty === 3).length, n),
  agileOrHybridPercent: pct(all.filter((q) => q.approach === 'agile' || q.approach === 'hybrid').length, n),
  domainPercent: Object.fromEntries(Object.entries(byDomain).map(([d, c]) => [d, pct(c, n)])),
  perTask: byTask,
  minPerTask: Math.min(...Object.values(byTask)),
  pmoTypeItems: all.filter((q) => q.pmo).length,
  nearDuplicatePairs: dupPairs.length,
  types: all.reduce((m, q) => ((m[q.type] = (m[q.type] ?? 0) + 1), m), {}),
};

if (asJson) {
  console.log(JSON.stringify({ ...report, ...(listDups ? { duplicates: dupPairs } : {}) }, null, 2));
} else {
  const line = (k, v, how) => console.log(`${k.padEnd(34)} ${String(v).padEnd(12)} ${how}`);
  line('questions', n, '');
  line('situational %', report.situationalPercent, '≥ 2 sentences before/with the question and ≥ 30 words (EN stem)');
  line('median stem words (EN)', report.medianStemWords, 'case text + prompt');
  for (const b of perBank) {
    line(`key longest/shortest % ${b.bank.replace(/^pmp-/, '')}`, `en ${b.keyLongest.en ?? '-'}/${b.keyShortest.en ?? '-'} ko ${b.keyLongest.ko ?? '-'}/${b.keyShortest.ko ?? '-'}`, `of ${b.singles} single-answer items (strictly, in characters)`);
  }
  line('themes (tagged)', JSON.stringify(themes), '');
  line('principles (tag principle-*)', JSON.stringify(principles), '');
  line('PMBOK 8 references', report.pmbok8References, '');
  line('calculation %', report.calculationPercent, 'numeric type, or a calc/EVM-tagged item with numbers');
  line('difficulty 3 %', report.hardestPercent, '');
  line('agile or hybrid %', report.agileOrHybridPercent, '');
  line('domain %', JSON.stringify(report.domainPercent), '');
  line('per task (min)', report.minPerTask, JSON.stringify(byTask));
  line('PMO-type items', report.pmoTypeItems, 'a PMO type tag, or supportive/controlling/directive PMO named in stem, options or explanation');
  line('near-duplicate pairs', dupPairs.length, 'content-word Jaccard ≥ 0.5 between EN stems');
  line('types', JSON.stringify(report.types), '');
  if (listDups) for (const [a, b, s] of dupPairs) console.log(`  ${s}%  ${a}  ${b}`);
}
