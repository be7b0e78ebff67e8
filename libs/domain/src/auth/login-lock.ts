/**
 * Account lock after repeated wrong passwords. Pure so the policy is tested
 * without a clock or a database.
 */
export interface LoginLockPolicy {
  /** Failures in a row that lock the account. */
  maxFailures: number;
  /** How long the lock lasts, in milliseconds. */
  lockMs: number;
}

/**
 * The account-wide lock: only for guessing spread over many sources, so one
 * source cannot lock a person out of their own account (that is the source
 * lock below, which leaves the owner's other sources free).
 */
export const DEFAULT_LOGIN_LOCK: LoginLockPolicy = { maxFailures: 50, lockMs: 15 * 60 * 1000 };

/** Failures of one account from one source, within the lock period, that lock that pair. */
export const SOURCE_LOCK_FAILURES = 10;

/** Failures from a source that are answered at once; after them each answer waits longer. */
const FREE_FAILURES = 3;
const MAX_DELAY_STEPS = 4;

/**
 * How long to wait before answering a sign-in to an account from a source
 * with this many recent failures: nothing for the first three, then the base,
 * doubling up to eight times it. Slowing guessing down before locking anyone.
 */
export function signInDelayMs(failuresFromSource: number, baseMs: number): number {
  if (failuresFromSource < FREE_FAILURES) return 0;
  return baseMs * 2 ** Math.min(failuresFromSource - FREE_FAILURES, MAX_DELAY_STEPS - 1);
}

/** The account is locked for this source (not for its owner elsewhere). */
export function sourceLocked(failuresFromSource: number): boolean {
  return failuresFromSource >= SOURCE_LOCK_FAILURES;
}

export interface LoginLockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LoginLockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The state after a refused attempt: the failure that reaches the limit
 * starts the lock. Attempts while locked change nothing, so nobody can
 * stretch a lock by hammering on it.
 */
export function afterFailure(
  state: LoginLockState,
  now: Date,
  policy: LoginLockPolicy = DEFAULT_LOGIN_LOCK,
): LoginLockState {
  if (isLocked(state, now)) return state;
  // A lock that has run out starts a fresh count.
  const expired = state.lockedUntil !== null && !isLocked(state, now);
  const failedAttempts = (expired ? 0 : state.failedAttempts) + 1;
  const lockedUntil =
    failedAttempts >= policy.maxFailures
      ? new Date(now.getTime() + policy.lockMs)
      : expired
        ? null
        : state.lockedUntil;
  return { failedAttempts, lockedUntil };
}

export const AFTER_SUCCESS: LoginLockState = { failedAttempts: 0, lockedUntil: null };

/** The shortest password anyone may set (the API refuses, the forms say it). */
export const MIN_PASSWORD_LENGTH = 10;
