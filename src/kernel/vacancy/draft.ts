import type { ScamReason } from '../scam/index.ts';
import type { Wage } from '../wage/index.ts';

/** A vacancy as the employer posted it, before moderation (wage kept as written and as parsed). */
export interface VacancyDraft {
  /** The employer's company or household name, as typed (first time only; later taken from the record). */
  employerName: string;
  title: string;
  occupation: string;
  communeCode: string;
  headcount: number;
  wageRaw: string;
  wage: Wage;
  requirements: string | null;
  /** Last day to apply, YYYY-MM-DD (Vietnam time). */
  deadline: string;
  contact: string;
  overseas: boolean;
  /** Why the scam shield holds it for an official ([] when nothing was found); see src/kernel/scam/. */
  scamReasons: ScamReason[];
}
