import type { Lang } from '../../kernel/i18n/index.ts';
import type { Choice } from '../../kernel/message.ts';
import type { StepInput } from '../../engine/types.ts';
import { chosen } from '../shared/choice.ts';
import { TOPICS, type Topic } from './data.ts';
import { t } from './messages.ts';

/** The topics of a meeting as numbered choices (`mt.topic.<topic>`), several at once ("1 3"). */
const PREFIX = 'mt.topic.';

export function topicChoices(lang: Lang): Choice[] {
  return TOPICS.map((topic) => ({ id: `${PREFIX}${topic}`, label: topicLabel(lang, topic) }));
}

export function topicLabel(lang: Lang, topic: Topic): string {
  return t(lang, `event_meetings.topic.${topic}`);
}

const asTopic = (id: string): Topic | null => {
  const topic = id.slice(PREFIX.length);
  return id.startsWith(PREFIX) && (TOPICS as readonly string[]).includes(topic) ? (topic as Topic) : null;
};

/** The topics chosen, in the list's order; null when the answer names none of them. */
export function readTopics(lang: Lang, input: StepInput): Topic[] | null {
  const choices = topicChoices(lang);
  const one = chosen(input, choices);
  const ids = input.choiceIds.length > 0 ? input.choiceIds : one === null ? [] : [one];
  const topics = ids.map(asTopic);
  if (topics.length === 0 || topics.some((topic) => topic === null)) return null;
  return TOPICS.filter((topic) => topics.includes(topic));
}
