/**
 * The exam screen's hold on the terminal is given back on every way out. A stand-in process (an
 * EventEmitter with kill) receives the events Node would send; the streams are real.
 */
import { describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { ENTER_ALT, HIDE_CURSOR, LEAVE_ALT, openScreen, SHOW_CURSOR } from '../../../src/cli/exam-screen/terminal.js';

function setUp() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d: Buffer) => (written += d.toString('utf8')));
  const kills: [number, string][] = [];
  const proc = Object.assign(new EventEmitter(), { pid: 4242, kill: (pid: number, signal: string) => void kills.push([pid, signal]) });
  const screen = openScreen({ input: input as unknown as NodeJS.ReadStream, output: output as unknown as NodeJS.WriteStream, process: proc as unknown as NodeJS.Process });
  return { screen, proc, kills, written: () => written, input };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the exam terminal', () => {
  it('enters the alternate screen with the cursor hidden and draws only the rows that changed', () => {
    const { screen, written } = setUp();
    expect(written()).toContain(ENTER_ALT);
    expect(written()).toContain(HIDE_CURSOR);
    screen.draw(['header 0:10', 'body', 'footer']);
    const first = written().length;
    screen.draw(['header 0:09', 'body', 'footer']);
    expect(written().slice(first)).toBe('\u001b[1;1H\u001b[2Kheader 0:09');
    screen.close();
  });

  it.each(['exit', 'uncaughtExceptionMonitor'])('restores the terminal once on %s', (event) => {
    const { proc, written, screen } = setUp();
    proc.emit(event, 1);
    expect(count(written(), LEAVE_ALT)).toBe(1);
    expect(count(written(), SHOW_CURSOR)).toBe(1);
    screen.close();
    proc.emit('exit', 1);
    expect(count(written(), LEAVE_ALT)).toBe(1);
    expect(proc.listenerCount('exit')).toBe(0);
  });

  it.each(['SIGTERM', 'SIGHUP'])('on %s restores the terminal, then lets the signal take its course', (signal) => {
    const { proc, kills, written } = setUp();
    proc.emit(signal);
    expect(written().endsWith(LEAVE_ALT)).toBe(true);
    expect(kills).toEqual([[4242, signal]]);
    expect(proc.listenerCount('SIGTERM') + proc.listenerCount('SIGHUP')).toBe(0);
  });

  it('passes keys on until it is closed', () => {
    const { screen, input } = setUp();
    const keys: string[] = [];
    screen.onKey((_text, key) => keys.push(key.name ?? '?'));
    input.write('\u001b[A');
    input.write('x');
    screen.close();
    input.write('y');
    expect(keys).toEqual(['up', 'x']);
  });
});
