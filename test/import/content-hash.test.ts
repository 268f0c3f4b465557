/**
 * Content hashes must not change from one version to the next: a stored question whose hash
 * changes is reported "updated" on the next import of its bank. These were computed by the
 * version before the import was made faster; every kind of field is present.
 */
import { describe, expect, it } from '@jest/globals';
import { loadOutlines } from '../../src/app/outlines.js';
import { readJsonBank } from '../../src/import/json-bank.js';
import { storedForm } from '../../src/domain/question-hash.js';
import { planImport } from '../../src/import/plan-import.js';

const BANK = {"format":"pmp-bank/1","id":"mix","title":"Mix","version":"1","outline":"eco-2026","languages":["en","ko"],"traps":{"t1":"Trap"},"scenarios":[{"id":"s1","text":{"en":"Case text","ko":"사례"},"exhibit":{"title":"T","columns":["a","b"],"rows":[[1,"x"]],"note":"n"}}],"questions":[{"id":"q1","scenario":"s1","type":"single","prompt":"P1","options":[{"id":"a","text":"A","fixed":true,"rationale":"why","trap":"t1"},{"id":"b","text":"B"}],"answer":"b","explanation":"E","eco":{"domain":"people","task":1},"approach":"agile","difficulty":2,"references":["R"],"tags":["x"],"exhibit":{"columns":["c"],"rows":[[2]]}},{"id":"q2","type":"matching","prompt":"P2","left":[{"id":"l1","text":"L"},{"id":"l2","text":"L2"}],"right":[{"id":"r1","text":"R"},{"id":"r2","text":"R2"}],"answer":{"l1":"r2","l2":"r1"}},{"id":"q3","type":"numeric","prompt":"P3","answer":{"value":3.5},"unit":"days","calc":{"formula":"a+b","inputs":{"a":1,"b":[2.5]}}},{"id":"q4","type":"ordering","prompt":"P4","options":[{"id":"a","text":"A"},{"id":"b","text":"B"}],"answer":["b","a"]},{"id":"q5","type":"multiple","prompt":{"en":"P5","ko":"문제"},"options":[{"id":"a","text":"A"},{"id":"b","text":"B"},{"id":"c","text":"C"}],"answer":["a","c"]}]};

const EXPECTED: [string, string, string][] = [
  ['q1', '47e12ecb5d8f57f5de2162d9f5bd5fbb', '74b0c4148dc3aca74305ec544893fc75'],
  ['q2', 'd12778dc2e2e83ad02d6c27da8f4f52e', '1b30e5e8a194287db5eb0e3a7bcd9d6c'],
  ['q3', '04400d8c04826914d87c3037bf979657', 'f4e1c7761b9bc5ae70abef8570c92d60'],
  ['q4', 'b9c4f70e2c6269386c4b8d6bc2fbe975', '5bf341899d3bb094ba47085c87218fa1'],
  ['q5', '6ff456594c42e07da8001b745392bc9f', '5635f47010646b5f25c1bc23a2e6f032'],
];

describe('content hashes', () => {
  it('stay what earlier versions stored, whether read from the plan or with the stored form', () => {
    const read = readJsonBank(JSON.stringify(BANK), 'mix.json', loadOutlines());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const plan = planImport(read.bank, new Map());
    expect(plan.added.map((p) => [p.question.id, p.contentHash, p.answerHash])).toEqual(EXPECTED);
    expect(plan.added.map((p) => storedForm(p).contentHash)).toEqual(EXPECTED.map((e) => e[1]));
    // The stored body is the question without its scenario.
    expect(JSON.parse(storedForm(plan.added[0]!).body)).not.toHaveProperty('scenario');
  });
});
