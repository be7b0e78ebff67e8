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

export const DEFAULT_LOGIN_LOCK: LoginLockPolicy = { maxFailures: 10, lockMs: 15 * 60 * 1000 };

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
