/**
 * The app finds its bundled banks and outlines two folders above its own code (src/app/package-files.ts):
 * built into dist-bench/, that is dist-bench/questions. A link there to the checkout's questions/
 * lets the readiness benchmark run the app's use cases unchanged.
 */
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/app/package-files.js';

export function linkQuestionsBesideBuild(): void {
  const link = join(PACKAGE_ROOT, 'questions');
  if (!existsSync(link)) symlinkSync(join(PACKAGE_ROOT, '..', 'questions'), link, 'dir');
}
