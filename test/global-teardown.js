/** Once per jest run, after every test file: removes the shared folder test/global-setup.js made. */
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const dir = process.env.PMP_TEST_TEMPLATES;
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}
