/** Words of `pmp stats`. */
import { count } from './plural.js';
type P = Readonly<Record<string, string | number>>;

export const statsEn = {
  'stats.title': (p: P) => `Progress (study days start at ${String(p.hour).padStart(2, '0')}:00)`,
  'stats.answers': (p: P) => `Answers recorded: ${p.n} (${p.today} today, ${p.correct} of them right)`,
  'stats.due-now': (p: P) => `Due now: ${p.n}`,
  'stats.due-tomorrow': (p: P) => `Due by the end of tomorrow: ${p.n}`,
  'stats.new': (p: P) => `Not seen yet: ${p.n} of ${p.total}`,
  'stats.retention': (p: P) => `Retention, last 30 days: ${p.value} of ${p.n} reviews right (desired ${p.desired})`,
  'stats.retention-none': () => 'Retention, last 30 days: no reviews yet',
  'stats.streak': (p: P) => `Streak: ${count(p.n, 'study day')} in a row (longest ${p.longest})`,
  'stats.streak-today': () => 'study today to keep it',
  'stats.time': (p: P) => `Time spent: today ${p.today} · 7 days ${p.week} · 30 days ${p.month} · all ${p.all}`,
  'stats.minutes': (p: P) => `${p.m} min`,
  'stats.hours': (p: P) => `${p.h} h ${p.m} min`,
  'stats.hours-only': (p: P) => `${p.h} h`,
  'stats.daily-title': (p: P) => `Answers per day, last ${p.n} days (all modes)`,
  'stats.daily-none': () => 'No answers in the last 30 days.',
  'stats.retention-title': (p: P) => `True retention per week, last ${p.n} weeks (┄ desired ${p.desired})`,
  'stats.retention-chart-none': () => 'No reviews in the last 12 weeks: retention shows once questions come back for review.',
  'stats.forecast': (p: P) => `Reviews due, next 30 days (daily cap: ${p.cap})`,
  'stats.no-cap': () => 'none',
  'stats.forecast-none': () => 'No reviews fall due in the next 30 days.',
  'stats.forecast-sum': (p: P) => `Tomorrow ${p.tomorrow} · next 7 days ${p.week} · next 30 days ${p.month}`,
  'stats.waiting': (p: P) => `${p.n} still waiting at the end of the 30 days (the cap holds them back)`,
  'stats.heatmap-title': (p: P) => `Study calendar, last ${p.n} weeks`,
  'stats.heatmap-legend': (p: P) => `Answers a day: ${p.levels}`,
  'stats.weekdays': () => 'Mon Tue Wed Thu Fri Sat Sun',
  'stats.months': () => 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  'stats.today': () => 'today',
} as const;
