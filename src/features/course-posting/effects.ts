import { ownProvider, providerNamed, submitCourse } from '../../db/course-submission.ts';
import { loadRoles } from '../../db/roles.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import { officialRegions } from '../../kernel/roles.ts';
import { withinScope } from '../broadcast/targets.ts';
import type { Emits } from './context.ts';
import { t } from './messages.ts';

/**
 * /dangkhoahoc's write: the course as pending, for the provider (the person's own, created on their first course;
 * or, for an official, the one of that name, created without an owner), with its audit entry. An official's
 * commune is checked against their scope again here (roles may have changed since the question).
 */
export const coursePostingEffects = effectHandlers<Emits>({
  async submit_course(trx, { personId }, { course, as }) {
    if (as === 'official') {
      const scopes = officialRegions(await loadRoles(trx, personId));
      const place = course.communeCode;
      if (scopes.length === 0 || (place !== null && !scopes.some((scope) => withinScope(place, scope))))
        return { ok: false, tell: (lang) => t(lang, 'course_posting.outside') };
      const providerId = await providerNamed(trx, course.providerName);
      await submitCourse(trx, { providerId, draft: course, source: 'chat', submittedBy: personId, actorLabel: as });
      return DONE;
    }
    const own = await ownProvider(trx, personId, course.providerName);
    if (!own.ok)
      return { ok: false, tell: (lang) => t(lang, 'course_posting.name_taken', { name: course.providerName }) };
    await submitCourse(trx, {
      providerId: own.providerId,
      draft: course,
      source: 'chat',
      submittedBy: personId,
      actorLabel: as,
    });
    return DONE;
  },
});
