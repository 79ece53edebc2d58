/** Series colours: distinguishable, dark enough on white, kind to the common colour blindnesses (Okabe–Ito). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

export function colour(i: number): string {
  return PALETTE[i % PALETTE.length] ?? PALETTE[0];
}

/** A round axis maximum at or above `max`, and its step: 1, 2 or 5 times a power of ten, at most 5 steps. */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const whole = Math.max(1, Math.round(step));
  return { top: Math.ceil(max / whole) * whole, step: whole };
}
