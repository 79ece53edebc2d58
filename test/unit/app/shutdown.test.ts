import { describe, expect, it } from 'vitest';
import { createShutdown, SLOW_STEP_MS } from '../../../src/app/shutdown.ts';
import { captureLog } from '../../harness/capture-log.ts';

describe('createShutdown', () => {
  it('closes in reverse order of opening, once, however often it is asked', async () => {
    const { logger } = captureLog();
    const shutdown = createShutdown(logger);
    const closed: string[] = [];
    for (const name of ['database', 'redis', 'http']) shutdown.add(name, () => void closed.push(name));
    await Promise.all([shutdown.run('SIGINT'), shutdown.run('SIGTERM')]);
    expect(closed).toEqual(['http', 'redis', 'database']);
    expect(shutdown.started).toBe(true);
  });

  it('names a step that is slow to close, and gives up on one that hangs, then goes on', async () => {
    const log = captureLog();
    const shutdown = createShutdown(log.logger, SLOW_STEP_MS + 300);
    const closed: string[] = [];
    shutdown.add('last', () => void closed.push('last'));
    shutdown.add('hangs', () => new Promise<void>(() => undefined));
    shutdown.add('slow', () => new Promise<void>((resolve) => setTimeout(resolve, SLOW_STEP_MS + 50)));
    shutdown.add('fails', () => Promise.reject(new Error('socket already gone')));
    await shutdown.run('SIGINT');
    expect(closed).toEqual(['last']);
    const lines = log.parsed();
    expect(lines.find((l) => l.step === 'slow')).toMatchObject({ msg: 'slow to close', level: 40 });
    expect(lines.find((l) => l.step === 'hangs')).toMatchObject({ msg: 'could not close cleanly', level: 40 });
    expect(lines.find((l) => l.step === 'fails')).toMatchObject({ msg: 'could not close cleanly' });
    expect(lines.find((l) => l.step === 'last')).toMatchObject({ msg: 'closed', level: 20 });
  });
});
