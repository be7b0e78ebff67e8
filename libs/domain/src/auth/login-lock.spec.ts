import {
  AFTER_SUCCESS,
  afterFailure,
  isLocked,
  type LoginLockState,
  signInDelayMs,
  SOURCE_LOCK_FAILURES,
  sourceLocked,
} from './login-lock';

const policy = { maxFailures: 10, lockMs: 15 * 60 * 1000 };
const t0 = new Date('2026-11-22T00:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, from: LoginLockState = AFTER_SUCCESS, at = t0): LoginLockState {
  let state = from;
  for (let i = 0; i < times; i++) state = afterFailure(state, at, policy);
  return state;
}

describe('login lock', () => {
  it('does not lock before the tenth failure', () => {
    const state = fail(9);
    expect(state).toEqual({ failedAttempts: 9, lockedUntil: null });
    expect(isLocked(state, t0)).toBe(false);
  });

  it('locks on the tenth failure for the lock period', () => {
    const state = fail(10);
    expect(state.lockedUntil).toEqual(later(policy.lockMs));
    expect(isLocked(state, later(policy.lockMs - 1))).toBe(true);
    expect(isLocked(state, later(policy.lockMs))).toBe(false);
  });

  it('leaves a running lock as it is when attempts go on', () => {
    const locked = fail(10);
    expect(afterFailure(locked, later(60_000), policy)).toBe(locked);
  });

  it('counts afresh once a lock has expired', () => {
    const expired = fail(10);
    const after = afterFailure(expired, later(policy.lockMs + 1), policy);
    expect(after).toEqual({ failedAttempts: 1, lockedUntil: null });
    expect(afterFailure(after, later(policy.lockMs + 2), policy)).toEqual({
      failedAttempts: 2,
      lockedUntil: null,
    });
  });

  it('clears everything after a success', () => {
    expect(AFTER_SUCCESS).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});

describe('slowing down and locking by source', () => {
  it('answers the first three failures at once, then waits longer each time, up to eight times the base', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => signInDelayMs(n, 1000))).toEqual([
      0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(signInDelayMs(5, 0)).toBe(0);
  });

  it('locks an account for one source at its tenth failure from there', () => {
    expect(SOURCE_LOCK_FAILURES).toBe(10);
    expect(sourceLocked(9)).toBe(false);
    expect(sourceLocked(10)).toBe(true);
  });
});
