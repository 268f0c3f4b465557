import { describe, expect, it } from '@jest/globals';
import { buildHeatmap, heatmapFirstDate } from '../../src/domain/heatmap.js';
import { weeklyRetention } from '../../src/domain/retention-series.js';
import { streaks } from '../../src/domain/streak.js';
import { addDays, daysBetween, isIsoDate, mondayIndex, studyDayDate } from '../../src/domain/study-calendar.js';
import { studyDayStart } from '../../src/domain/study-day.js';

const H = 3_600_000;

describe('study days as dates', () => {
  it('names a study day by the local date it starts on, rolling over at 04:00', () => {
    // 03:30 on 1 March in Seoul (UTC+9) still belongs to the study day of 28 February.
    const at = Date.UTC(2027, 1, 28, 18, 30); // 2027-03-01 03:30 +09:00
    expect(studyDayDate(studyDayStart(at, 540), 540)).toBe('2027-02-28');
    expect(studyDayDate(studyDayStart(at + H, 540), 540)).toBe('2027-03-01');
    // New Year's Eve at 02:00 local, UTC−5.
    const nye = Date.UTC(2027, 0, 1, 7, 0); // 2027-01-01 02:00 −05:00
    expect(studyDayDate(studyDayStart(nye, -300), -300)).toBe('2026-12-31');
  });

  it('counts days across month and year ends, and knows real dates', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(mondayIndex('2026-11-23')).toBe(0); // a Monday
    expect(mondayIndex('2026-11-29')).toBe(6);
    expect(isIsoDate('2027-02-15')).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('15.02.2027')).toBe(false);
  });
});

describe('streaks', () => {
  it('counts the current run up to today, or up to yesterday before studying today', () => {
    expect(streaks([true, true, false, true, true, true])).toEqual({ current: 3, longest: 3, studiedToday: true });
    expect(streaks([true, true, true, true, false, true, true, false])).toEqual({ current: 2, longest: 4, studiedToday: false });
    expect(streaks([true, false, false])).toEqual({ current: 0, longest: 1, studiedToday: false });
    expect(streaks([])).toEqual({ current: 0, longest: 0, studiedToday: false });
  });
});

describe('the calendar heatmap', () => {
  it('lays weeks out Monday first, ending with today, blank after today', () => {
    const today = '2026-11-25'; // a Wednesday
    const first = heatmapFirstDate(today, 3);
    expect(first).toBe('2026-11-09');
    const counts = Array.from({ length: daysBetween(first, today) + 1 }, (_, i) => i);
    const map = buildHeatmap(today, 3, counts);
    expect(map.weeks).toHaveLength(3);
    expect(map.weeks[0]?.[0]?.date).toBe('2026-11-09');
    expect(map.weeks[2]?.[2]?.date).toBe(today);
    expect(map.weeks[2]?.[3]).toBeNull();
    expect(map.weeks[2]?.slice(3).every((c) => c === null)).toBe(true);
  });

  it('shades five levels relative to the busiest day and labels month starts', () => {
    const today = '2027-01-03'; // a Sunday
    const days = daysBetween(heatmapFirstDate(today, 6), today) + 1;
    const counts = Array.from({ length: days }, (_, i) => [0, 1, 10, 20, 30, 40][i % 6] ?? 0);
    const map = buildHeatmap(today, 6, counts);
    const levels = map.weeks.flat().filter((c) => c !== null).map((c) => [c.answers, c.level]);
    expect(new Map(levels.map(([a, l]) => [a, l]))).toEqual(new Map([[0, 0], [1, 1], [10, 1], [20, 2], [30, 3], [40, 4]]));
    expect(map.levelUpTo).toEqual([10, 20, 30, 40]);
    expect(map.months.map((m) => `${m.year}-${m.month}`)).toContain('2027-1');
    expect(map.months.find((m) => m.month === 12)?.column).toBe(1); // 1 December 2026 falls in the second column
  });
});

describe('true retention per week', () => {
  it('sums rolling weeks of 7 days ending today, null for a week without reviews', () => {
    const days = Array.from({ length: 21 }, (_, i) => (i < 7 ? { reviews: 0, right: 0 } : { reviews: 10, right: i < 14 ? 8 : 9 }));
    const weeks = weeklyRetention(days, 4);
    expect(weeks.map((w) => w.retention)).toEqual([null, null, 0.8, 0.9]);
    expect(weeks[3]).toMatchObject({ firstDay: 14, reviews: 70, right: 63 });
  });
});
