/**
 * Bump when a change makes a replay of the same review log give other memory states: databases
 * written under an older revision get every state rebuilt once (src/app/scheduler-revision.ts).
 * 1: ts-fsrs defaults (learning steps 1 and 10 minutes). 2: no learning steps; elapsed time from
 * half a day on rounded to whole days. 3: a right answer at first sight is Hard when a blind pick is
 * often right (domain/grading.ts FIRST_SIGHT_GUESS_FLOOR); a replay rates answers from their raw facts.
 */
export const SCHEDULER_REVISION = 3;
