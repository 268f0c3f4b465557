/** Every English message: the core (en.ts) and one file per feature. Loaded only when English is in use. */
import { en } from './en.js';
import { readinessEn } from './readiness.en.js';
import { statsEn } from './stats.en.js';
import { calibrationEn } from './calibration.en.js';
import { planEn } from './plan.en.js';
import { optimizeEn } from './optimize.en.js';
import { examEn } from './exam.en.js';
import { configEn } from './config.en.js';
import { bankFilesEn } from './bank-files.en.js';
import { classEn } from './class.en.js';
import { formatsEn } from './formats.en.js';
import { examScreenEn } from './exam-screen.en.js';
import { studyEn } from './study.en.js';
import { reportEn } from './report.en.js';
import { sessionEn } from './session.en.js';
import { banksEn } from './banks.en.js';
import { doctorEn } from './doctor.en.js';
import { listsEn } from './lists.en.js';
import { readersEn } from './readers.en.js';

export const EN = { ...en, ...sessionEn, ...banksEn, ...doctorEn, ...listsEn, ...readinessEn, ...calibrationEn, ...statsEn, ...planEn, ...optimizeEn, ...examEn, ...configEn, ...bankFilesEn, ...classEn, ...formatsEn, ...examScreenEn, ...studyEn, ...reportEn, ...readersEn } as const;
