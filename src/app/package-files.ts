import { fileURLToPath } from 'node:url';

/** The package's root folder: two levels above this file, in src/app (tests) and dist/app (built). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_BANKS_DIR = fileURLToPath(new URL('../../questions/', import.meta.url));
export const OUTLINES_DIR = fileURLToPath(new URL('../../questions/outlines/', import.meta.url));

/**
 * How this copy was installed, for the fix an installation problem needs: 'installed' when the
 * package sits in a node_modules folder (npm install -g, npx), else 'checkout' (a folder built with
 * npm run build). bin/install-problem.js makes the same call for problems met before dist/ loads.
 */
export function installKind(root: string = PACKAGE_ROOT): 'installed' | 'checkout' {
  return root.split(/[\\/]/).includes('node_modules') ? 'installed' : 'checkout';
}
