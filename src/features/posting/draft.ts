import { scamReasons } from '../../kernel/scam/index.ts';
import { parseWage } from '../../kernel/wage/index.ts';
import type { VacancyDraft } from '../../kernel/vacancy/draft.ts';
import type { PostingData } from './data.ts';
import type { PreviewFacts } from './questions.ts';

/** The vacancy once every answer is in (null while something is still missing). */
export function factsOf(data: PostingData): PreviewFacts | null {
  const { employerName, title, occupation, communeCode, headcount, wageRaw, deadline, contact } = data;
  if (employerName === null || title === null || occupation === null || communeCode === null || headcount === null)
    return null;
  if (wageRaw === null || !data.wageConfirmed || !data.requirementsAnswered || deadline === null || contact === null)
    return null;
  return {
    employerName,
    employerVerified: data.employerVerified,
    title,
    occupation,
    communeCode,
    headcount,
    wageRaw,
    requirements: data.requirements,
    deadline,
    contact,
  };
}

/** What goes to the officials: the answers, the wage as written and parsed, and what the scam shield found. */
export function draftOf(facts: PreviewFacts): VacancyDraft {
  const wage = parseWage(facts.wageRaw);
  const overseas = facts.occupation === 'overseas_work';
  const reasons = scamReasons({
    title: facts.title,
    description: facts.requirements ?? '',
    wage,
    occupation: facts.occupation,
    overseas,
    employerName: facts.employerName,
    contact: facts.contact,
  });
  return {
    employerName: facts.employerName,
    title: facts.title,
    occupation: facts.occupation,
    communeCode: facts.communeCode,
    headcount: facts.headcount,
    wageRaw: facts.wageRaw,
    wage,
    requirements: facts.requirements,
    deadline: facts.deadline,
    contact: facts.contact,
    overseas,
    scamReasons: reasons,
  };
}
