/** Runs in every test file before its tests (jest.config.js setupFilesAfterEnv). */
import { afterAll, expect } from '@jest/globals';
import { startCpuLog } from './helpers/cpu-log.js';
import { removeTempDirs } from './helpers/temp.js';

// After the file's last test and its afterEach hooks (which stop the processes it started).
afterAll(removeTempDirs);

// Started here, before the test file loads, so its module loading counts too.
const cpuLog = process.env.PMP_TEST_CPU_LOG;
if (cpuLog) afterAll(startCpuLog(cpuLog, expect.getState().testPath ?? 'unknown'));
