/**
 * Every command of pmp, by help group, in the order `pmp --help` lists them. Each entry is a
 * file of this folder that registers one feature's commands; program.ts registers nothing itself.
 */
import type { HelpKey } from '../../i18n/help.js';
import type { Register } from './shared.js';
import { registerStudy } from './study.js';
import { registerCardLists } from './card-lists.js';
import { registerExam } from './exam.js';
import { registerReadiness } from './readiness.js';
import { registerPlan } from './plan.js';
import { registerStats } from './stats.js';
import { registerBanks } from './banks.js';
import { registerBankFiles } from './bank-files.js';
import { registerDoctor } from './doctor.js';
import { registerConfig } from './config.js';
import { registerOptimize } from './optimize.js';
import { registerCompletion } from './completion.js';
import { registerClass } from './class.js';

export const COMMAND_GROUPS: readonly { readonly heading: HelpKey; readonly registers: readonly Register[] }[] = [
  { heading: 'group.study', registers: [registerStudy, registerCardLists] },
  { heading: 'group.exam', registers: [registerExam, registerReadiness, registerPlan, registerStats] },
  { heading: 'group.banks', registers: [registerBanks, registerBankFiles] },
  { heading: 'group.class', registers: [registerClass] },
  { heading: 'group.data', registers: [registerDoctor, registerConfig, registerOptimize, registerCompletion] },
];
