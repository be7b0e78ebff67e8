/** A call answered within this many seconds counts toward the service level (seed 003). */
export const SERVICE_LEVEL_TARGET_SECONDS = 20;

/** How today's queued calls fared, counted by the database. */
export interface ServiceLevelCounts {
  answeredWithinTarget: number;
  answeredLate: number;
  /** The caller hung up before anyone answered. */
  abandoned: number;
  /** Still waiting, already longer than the target. */
  waitingOverTarget: number;
}

/**
 * The share of calls answered within the target, among the calls whose fate
 * against the target is known: answered, abandoned, or already waiting too
 * long. Null before the first such call of the day.
 */
export function serviceLevel(c: ServiceLevelCounts): number | null {
  const counted = c.answeredWithinTarget + c.answeredLate + c.abandoned + c.waitingOverTarget;
  return counted === 0 ? null : c.answeredWithinTarget / counted;
}
