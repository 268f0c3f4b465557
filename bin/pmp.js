#!/usr/bin/env node
// Entry point: runs the compiled CLI in dist/ (written by `npm run build`). Keep this file tiny.
let main;
try {
  ({ main } = await import('../dist/main.js'));
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('error: pmp-study is not built yet.\nhint: run `npm ci && npm run build` in the pmp-study folder.\n');
    process.exit(5);
  }
  throw error;
}
// A reader that goes away (`pmp stats | head`) is not an error: stop quietly, as other tools do.
// Every answer is committed before the next line is written, so nothing acknowledged is lost.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
