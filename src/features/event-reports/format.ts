import { vietnamWallClock } from '../../kernel/time.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** 20/11 in Vietnam time. */
export function formatDayMonth(at: Date): string {
  const c = vietnamWallClock(at);
  return `${two(c.d)}/${two(c.m)}`;
}

/** 20/11/2026 08:00 in Vietnam time. */
export function formatDayTime(at: Date): string {
  const c = vietnamWallClock(at);
  return `${two(c.d)}/${two(c.m)}/${c.y} ${two(c.h)}:${two(c.min)}`;
}
