export { intentReader, intentWords, MAX_INTENT_TEXT, NO_INTENT } from './read.ts';
export type { IntentDeclaration, IntentReader, IntentReading } from './read.ts';
