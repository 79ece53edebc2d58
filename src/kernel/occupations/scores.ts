/**
 * How sure each way of matching is, 0–1. A whole phrase is as sure as a label: both score 1, so exact matches
 * rank in the order they were written.
 */
export const SCORE = { name: 1, synonym: 1, lone: 0.9, runTogether: 0.85, typo1: 0.7, typo2: 0.6 } as const;
