import type { SendFailure } from './types.ts';

/**
 * The one policy for a send error that the platform does not document and we do not recognise, on every channel:
 * `transient`, so it is retried with back-off and marked failed only when the attempts run out. A message is
 * never dropped on a guess; documented bad-request and invalid-token answers are mapped as `fatal` before this.
 */
export function unrecognisedFailure(detail: string): SendFailure {
  return { kind: 'transient', detail };
}
