/** A complete vacancy as people see it: the poster's preview and the official's moderation card. */
export interface VacancyFacts {
  employerName: string;
  employerVerified: boolean;
  title: string;
  occupation: string;
  communeCode: string;
  headcount: number;
  wageRaw: string;
  requirements: string | null;
  deadline: string;
  contact: string;
}
