/** Runs in every test file before its tests (jest.config.js setupFilesAfterEnv). */
import { afterAll } from '@jest/globals';
import { removeTempDirs } from './helpers/temp.js';

// After the file's last test and its afterEach hooks (which stop the processes it started).
afterAll(removeTempDirs);
