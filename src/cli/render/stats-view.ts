/** The text of `pmp stats`: figures first, then the charts, each fitted to the terminal width. */
import type { StudyStats } from '../../app/stats.js';
import type { CliContext } from '../context.js';
import { wrap } from '../terminal/wrap.js';
import { barChart, HEAT_CHARS, heatmapLines, lineChart } from './charts.js';
import { dateRange } from './date-range.js';

const CHART_HEIGHT = 5;
/** Fewer weeks with reviews than this are said in words, not drawn. */
const MIN_CHART_WEEKS = 3;

export function renderStats(ctx: CliContext, s: StudyStats): string[] {
  const { t } = ctx.i18n;
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  const duration = (ms: number) => {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 60) return t('stats.minutes', { m: minutes });
    // Past ten hours the minutes are noise.
    return minutes < 600 ? t('stats.hours', { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, '0') }) : t('stats.hours-only', { h: Math.round(minutes / 60) });
  };
  const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);
  const short = (date: string) => date.slice(5);
  const streak = t('stats.streak', { n: s.streak.current, longest: s.streak.longest });
  const lines = [
    ctx.style.bold(t('stats.title', { hour: s.dayStartHour })),
    t('stats.answers', { n: s.answers, today: s.answersToday, correct: s.correctToday }),
    t('stats.due-now', { n: s.dueNow }),
    t('stats.due-tomorrow', { n: s.dueTomorrow }),
    t('stats.new', { n: s.newAvailable, total: s.questions }),
    s.retention30d === null ? t('stats.retention-none') : t('stats.retention', { value: percent(s.retention30d), n: s.reviews30d, desired: percent(s.retention.desired) }),
    s.streak.current > 0 && !s.streak.studiedToday ? `${streak} · ${t('stats.streak-today')}` : streak,
    t('stats.time', { today: duration(s.timeSpent.todayMs), week: duration(s.timeSpent.last7DaysMs), month: duration(s.timeSpent.last30DaysMs), all: duration(s.timeSpent.allTimeMs) }),
  ].flatMap((l) => wrap(l, ctx.width, '  '));

  const section = (title: string) => ['', ...wrap(ctx.style.bold(title), ctx.width)];
  const chartWidth = ctx.width - 1;

  lines.push(...section(t('stats.daily-title', { n: s.daily.length })));
  if (sum(s.daily.map((d) => d.answers)) === 0) lines.push(t('stats.daily-none'));
  else {
    const middle = s.daily[Math.floor(s.daily.length / 2)]?.date ?? '';
    const labels = [short(s.daily[0]?.date ?? ''), short(middle), t('stats.today')] as const;
    lines.push(...barChart(s.daily.map((d) => d.answers), { width: chartWidth, height: CHART_HEIGHT, style: ctx.style, labels }));
  }

  lines.push(...section(t('stats.retention-title', { n: s.retention.weeks.length, desired: percent(s.retention.desired) })));
  // Weeks before the first review and after the last are left out, not drawn flat.
  const weeks = s.retention.weeks;
  const firstKnown = weeks.findIndex((w) => w.retention !== null);
  const lastKnown = weeks.length - 1 - [...weeks].reverse().findIndex((w) => w.retention !== null);
  const shownWeeks = firstKnown < 0 ? [] : weeks.slice(firstKnown, lastKnown + 1);
  const curve = lineChart(
    shownWeeks.map((w) => w.retention),
    { width: chartWidth, style: ctx.style, target: s.retention.desired, format: (x) => percent(x) },
  );
  const known = shownWeeks.filter((w) => w.retention !== null);
  if (curve.length === 0) lines.push(...wrap(t('stats.retention-chart-none'), ctx.width));
  else if (known.length < MIN_CHART_WEEKS) {
    // One or two points make no curve (a lone "┼" and a dash): the weeks in words instead.
    lines.push(...wrap(t('report.retention-few'), ctx.width));
    for (const w of known) {
      lines.push(...wrap(t('report.retention-week', { range: dateRange(w.from, w.to, ctx.i18n.lang), percent: percent(w.retention ?? 0), n: w.reviews }), ctx.width - 2, '  ').map((l) => `  ${l}`));
    }
  } else {
    const end = lastKnown === weeks.length - 1 ? t('stats.today') : short(weeks[lastKnown]?.to ?? '');
    lines.push(...curve.map((l) => l.trimEnd()), ' '.repeat(5) + `${short(shownWeeks[0]?.from ?? '')} … ${end}`);
  }

  lines.push(...section(t('stats.forecast', { cap: s.maxReviewsPerDay === null ? t('stats.no-cap') : String(s.maxReviewsPerDay) })));
  const shown = s.forecast.map((d) => d.shown);
  if (sum(shown) === 0) lines.push(t('stats.forecast-none'));
  else lines.push(
    ...barChart(shown, { width: chartWidth, height: CHART_HEIGHT, style: ctx.style, labels: [t('stats.today'), short(s.forecast[15]?.date ?? ''), short(s.forecast[s.forecast.length - 1]?.date ?? '')] }),
    ...wrap(t('stats.forecast-sum', { tomorrow: shown[1] ?? 0, week: sum(shown.slice(0, 7)), month: sum(shown) }), ctx.width),
  );
  const waiting = s.forecast[s.forecast.length - 1]?.waiting ?? 0;
  if (waiting > 0) lines.push(...wrap(ctx.style.warn(t('stats.waiting', { n: waiting })), ctx.width));

  lines.push(...section(t('stats.heatmap-title', { n: s.heatmap.weeks.length })));
  const monthNames = t('stats.months').split(' ');
  lines.push(...heatmapLines(s.heatmap, { width: ctx.width, style: ctx.style, weekdays: t('stats.weekdays').split(' '), monthName: (m) => monthNames[m - 1] ?? String(m) }));
  lines.push(...wrap(t('stats.heatmap-legend', { levels: heatLegend(s.heatmap.levelUpTo) }), ctx.width));
  return lines;
}

/** "· 0  ░ 1–3  ▒ 4–6  ▓ 7–9  █ 10–12", leaving out levels no count can reach. */
function heatLegend(upTo: readonly number[]): string {
  const parts = [`${HEAT_CHARS[0]} 0`];
  let from = 1;
  upTo.forEach((to, i) => {
    if (to < from) return;
    parts.push(`${HEAT_CHARS[i + 1]} ${from === to ? to : `${from}–${to}`}`);
    from = to + 1;
  });
  return parts.join('  ');
}
