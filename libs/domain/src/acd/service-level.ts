/**
 * The service-level target of a contract unless it says otherwise: 80 % of
 * calls answered within 20 seconds (seed 003).
 */
export const SERVICE_LEVEL_DEFAULTS = { percent: 80, withinSeconds: 20 } as const;

/** How today's queued calls fared against their client's target, counted by the database. */
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

/** The calls of several clients together, each judged against its own client's target. */
export function sumServiceLevelCounts(all: readonly ServiceLevelCounts[]): ServiceLevelCounts {
  return all.reduce(
    (sum, c) => ({
      answeredWithinTarget: sum.answeredWithinTarget + c.answeredWithinTarget,
      answeredLate: sum.answeredLate + c.answeredLate,
      abandoned: sum.abandoned + c.abandoned,
      waitingOverTarget: sum.waitingOverTarget + c.waitingOverTarget,
    }),
    { answeredWithinTarget: 0, answeredLate: 0, abandoned: 0, waitingOverTarget: 0 },
  );
}

/** Whether a share falls short of a target in percent; no calls yet is not short. */
export function belowTarget(share: number | null, percent: number): boolean {
  return share !== null && share * 100 < percent;
}
