import type { BaseContext } from '../../engine/types.ts';
import type { PostingEffect } from './effects.ts';

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & object;

/** The effects this feature's flow may ask for. */
export type Emits = PostingEffect;
