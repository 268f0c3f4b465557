import { fileURLToPath } from 'node:url';

/** The package's root folder: two levels above this file, in src/app (tests) and dist/app (built). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_BANKS_DIR = fileURLToPath(new URL('../../questions/', import.meta.url));
export const OUTLINES_DIR = fileURLToPath(new URL('../../questions/outlines/', import.meta.url));
