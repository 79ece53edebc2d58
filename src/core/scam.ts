/** Placeholder signature; the implementation lands with the scam shield (see its tests). */
export type ScamReasonCode = 'asks_money' | 'task_or_order_scam' | 'too_good_to_be_true' | 'pay_far_above_norm' | 'overseas_unlicensed' | 'personal_transfer' | 'off_platform_contact';
export interface ScamReason {
  code: ScamReasonCode;
  /** The words or figure that triggered it, quoted from the post (for the official's card). */
  evidence: string;
}
