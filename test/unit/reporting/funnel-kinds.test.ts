import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../../src/features/index.ts';
import { FUNNEL_KINDS } from '../../../src/reporting/funnel-kinds.ts';

describe('the kinds of notification the funnel counts', () => {
  const declared = REGISTRY.notificationKinds.map((kind) => kind.kind);

  it.each([...FUNNEL_KINDS.alerts, FUNNEL_KINDS.broadcast])('%s is declared by a feature', (kind) => {
    expect(declared).toContain(kind);
  });
});
