/** Every Korean message, typed against the English (a key missing here fails the type check). Loaded only when Korean is in use. */
import type { Messages } from './index.js';
import { ko } from './ko.js';
import { statsKo } from './stats.ko.js';
import { readinessKo } from './readiness.ko.js';
import { calibrationKo } from './calibration.ko.js';
import { planKo } from './plan.ko.js';
import { optimizeKo } from './optimize.ko.js';
import { examKo } from './exam.ko.js';
import { configKo } from './config.ko.js';
import { bankFilesKo } from './bank-files.ko.js';
import { classKo } from './class.ko.js';
import { formatsKo } from './formats.ko.js';
import { examScreenKo } from './exam-screen.ko.js';
import { studyKo } from './study.ko.js';
import { reportKo } from './report.ko.js';
import { sessionKo } from './session.ko.js';
import { banksKo } from './banks.ko.js';
import { doctorKo } from './doctor.ko.js';
import { listsKo } from './lists.ko.js';
import { readersKo } from './readers.ko.js';

export const KO: Messages = { ...ko, ...sessionKo, ...banksKo, ...doctorKo, ...listsKo, ...readinessKo, ...calibrationKo, ...statsKo, ...planKo, ...optimizeKo, ...examKo, ...configKo, ...bankFilesKo, ...classKo, ...formatsKo, ...examScreenKo, ...studyKo, ...reportKo, ...readersKo };
