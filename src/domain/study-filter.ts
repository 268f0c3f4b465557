/**
 * The slice of questions a study session draws from: what `pmp study` options and the weak-spot
 * picker choose, and what storage turns into SQL (storage/study-filter.ts).
 */
export interface StudyFilter {
  readonly banks?: readonly string[];
  readonly domain?: string;
  readonly task?: number;
  readonly tag?: string;
  /** Any of these tags (the mock exam's --tag, which may be repeated). */
  readonly tags?: readonly string[];
  /** Any of these ECO tasks of an outline (the weak-spot picker's choice). */
  readonly tasks?: readonly { readonly outline: string | null; readonly domain: string; readonly task: number }[];
  /** Only questions whose last answer was wrong. */
  readonly wrongLastTime?: boolean;
  readonly flagged?: boolean;
  /** Only questions with a wrong option carrying this trap id. */
  readonly trap?: string;
}
