#!/usr/bin/env node
// Entry point: runs the compiled CLI in dist/ (written by `npm run build`). Keep this file tiny:
// `pmp --version` is timed. If dist/ cannot be loaded, install-problem.js (loaded only then) says
// whether the build, a dependency or the SQLite module is missing, and how to fix it (exit 5).
let main;
try {
  ({ main } = await import('../dist/main.js'));
} catch (error) {
  const { installProblem } = await import('./install-problem.js');
  const message = installProblem(error, new URL('../', import.meta.url));
  if (message === undefined) throw error;
  process.stderr.write(message);
  process.exit(5);
}
// A reader that goes away (`pmp stats | head`) is not an error: stop quietly, as other tools do.
// Every answer is committed before the next line is written, so nothing acknowledged is lost.
// Any other failure to write (a full disk behind `> file`): one sentence, exit 4.
process.stdout.on('error', async (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  const { reportOutputFailure } = await import('../dist/main.js');
  process.exit(await reportOutputFailure(error, process.argv.slice(2)));
});
process.exitCode = await main(process.argv.slice(2));
