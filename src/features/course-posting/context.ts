import type { BaseContext } from '../../engine/types.ts';
import type { CourseDraft } from '../../kernel/courses/draft.ts';
import type { RoleGrant } from '../../kernel/roles.ts';

/** What /dangkhoahoc reads before each answer (loader.ts). */
export interface CoursePostingContext {
  /** An official posts for a provider, within their scope; a provider for their own. */
  roles: readonly RoleGrant[];
  /** The provider record the person owns (null: not yet, or an official). */
  provider: { name: string; verified: boolean } | null;
}

/** Who posts: a provider for their own record (created on the first post), or an official for any provider. */
export type PostingAs = 'provider' | 'official';

export type CoursePostingEffect = { kind: 'submit_course'; course: CourseDraft; as: PostingAs };

export type Context = BaseContext & CoursePostingContext;
export type Emits = CoursePostingEffect;
