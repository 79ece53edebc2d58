/**
 * The check on a vacancy: runs the rules (rules.ts) on its title, description and contact and reads its fields, and
 * gives the reasons to hold it for an official, each with its evidence quoted from the post.
 */
import { fold } from '../fold.ts';
import { isOccupationKey, UNSKILLED_OCCUPATIONS } from '../occupations/index.ts';
import { findPhoneNumbers, normalizePhone } from '../phone.ts';
import { checkWage } from '../wage/index.ts';
import type { Wage } from '../wage/index.ts';
import { collectWages, conditionEvidence } from './conditions.ts';
import { type Doc, makeDoc } from './doc.ts';
import {
  ADDRESS_PHRASES,
  COMPANY_MARKERS,
  CONTACT_HANDLE,
  CONTACT_PLATFORM,
  OFF_PLATFORM_PHRASES,
  OVERSEAS_PHRASES,
  PHRASE_RULES,
  SCAM_REASON_CODES,
  type ScamReasonCode,
} from './rules.ts';
import { findPhrase, firstPhrase, type Hit, tidyEvidence } from './text.ts';

export interface ScamReason {
  code: ScamReasonCode;
  /** The words or figure that triggered it, quoted from the post (for the official's card). */
  evidence: string;
}

/** What the shield looks at. */
export interface ScamCheckInput {
  title: string;
  /** Requirements and any other free text of the post. */
  description: string;
  wage: Wage | null;
  /** Occupation key (occupations/data.ts) or null when none was chosen. */
  occupation: string | null;
  overseas: boolean;
  employerName: string;
  contact: string;
}

/**
 * Reasons to hold the post for an official, one per code, in SCAM_REASON_CODES order; [] for an ordinary post.
 */
export function scamReasons(post: ScamCheckInput): ScamReason[] {
  const doc = makeDoc([post.title, post.description, post.contact]);
  const found = new Map<ScamReasonCode, Hit>();
  // One reason per code: the first rule of the table that fires (rules are ordered most telling first).
  const keep = (code: ScamReasonCode, hit: Hit): void => {
    if (!found.has(code)) found.set(code, hit);
  };

  const wages = collectWages(post.wage, doc);

  for (const rule of PHRASE_RULES) {
    const hit = findPhrase(doc, rule, rule.negatable);
    if (hit === null) continue;
    const extra: string[] = [];
    let ok = true;
    for (const condition of rule.also ?? []) {
      const evidence = conditionEvidence(doc, condition, wages);
      if (evidence === null) {
        ok = false;
        break;
      }
      extra.push(evidence);
    }
    if (!ok) continue;
    keep(rule.code, extra.length === 0 ? hit : { ...hit, text: [hit.text, ...extra].join(' … ') });
  }

  const overseasHit = firstPhrase(doc, OVERSEAS_PHRASES);
  const overseas = post.overseas || post.occupation === 'overseas_work' || overseasHit !== null;

  // pay_far_above_norm: the wage module's implausibly_high, for unskilled work at home.
  if (
    !overseas &&
    (post.occupation === null || (isOccupationKey(post.occupation) && UNSKILLED_OCCUPATIONS.has(post.occupation)))
  ) {
    for (const w of wages) {
      // Region IV: the regions differ only in the minimum, not in the implausible ceiling.
      if (checkWage(w.wage, 4).some((f) => f.code === 'implausibly_high')) {
        keep('pay_far_above_norm', { start: w.start, text: w.text });
        break;
      }
    }
  }

  // overseas_unlicensed: overseas work whose employer is not a named company.
  if (overseas && !COMPANY_MARKERS.test(fold(post.employerName))) {
    const name = tidyEvidence(post.employerName);
    keep('overseas_unlicensed', { start: -1, text: name !== '' ? name : (overseasHit?.text ?? '') });
  }

  // off_platform_contact: chat apps only, with no phone number and no address.
  const offPlatform = offPlatformHit(doc, post.contact);
  if (offPlatform !== null && !hasPhoneNumber(doc.original) && firstPhrase(doc, ADDRESS_PHRASES) === null) {
    keep('off_platform_contact', offPlatform);
  }

  const reasons: ScamReason[] = [];
  for (const code of SCAM_REASON_CODES) {
    const hit = found.get(code);
    if (hit !== undefined) reasons.push({ code, evidence: tidyEvidence(hit.text) });
  }
  return reasons;
}

function offPlatformHit(doc: Doc, contact: string): Hit | null {
  const inText = firstPhrase(doc, OFF_PLATFORM_PHRASES);
  if (inText !== null) return inText;
  const c = tidyEvidence(contact);
  if (CONTACT_PLATFORM.test(fold(contact)) || CONTACT_HANDLE.test(contact)) {
    return { start: doc.original.length - contact.length, text: c };
  }
  return null;
}

function hasPhoneNumber(text: string): boolean {
  return findPhoneNumbers(text).some((n) => normalizePhone(n).kind !== 'invalid');
}
