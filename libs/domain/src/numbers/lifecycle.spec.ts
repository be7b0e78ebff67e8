import {
  allowedNextStatuses,
  NUMBER_STATUSES,
  numberTransitionProblem,
  type NumberStatus,
} from './lifecycle';

const facts = {
  kind: 'TOLL_FREE' as const,
  forwardToE164: '+81312345678',
  expectedOpenDate: '2026-12-22',
  today: '2026-11-22',
};

describe('number lifecycle', () => {
  const allowed: [NumberStatus, NumberStatus][] = [
    ['REQUESTED', 'PROVISIONING'],
    ['REQUESTED', 'RELEASED'],
    ['PROVISIONING', 'ACTIVE'],
    ['PROVISIONING', 'RELEASED'],
    ['ACTIVE', 'MOVING'],
    ['ACTIVE', 'RELEASED'],
    ['MOVING', 'ACTIVE'],
    ['MOVING', 'RELEASED'],
  ];

  it('allows exactly the listed transitions', () => {
    for (const from of NUMBER_STATUSES) {
      for (const to of NUMBER_STATUSES) {
        const ok = allowed.some(([f, t]) => f === from && t === to);
        expect([from, to, numberTransitionProblem(from, to, facts) === null]).toEqual([
          from,
          to,
          ok,
        ]);
      }
    }
    expect(allowedNextStatuses('RELEASED')).toEqual([]);
  });

  it('names the refused transition', () => {
    expect(numberTransitionProblem('RELEASED', 'ACTIVE', facts)).toEqual({
      field: 'status',
      rule: 'numberStatusTransition',
      args: { from: 'RELEASED', to: 'ACTIVE' },
      message: 'cannot go from RELEASED to ACTIVE',
    });
  });

  it('needs a forwarding target before a toll-free number is active', () => {
    expect(
      numberTransitionProblem('PROVISIONING', 'ACTIVE', { ...facts, forwardToE164: null }),
    ).toEqual({
      field: 'forwardTo',
      rule: 'tollFreeNeedsForwarding',
      message: 'an active toll-free number needs the fixed number it forwards to',
    });
    expect(
      numberTransitionProblem('PROVISIONING', 'ACTIVE', {
        ...facts,
        kind: 'DIRECT',
        forwardToE164: null,
      }),
    ).toBeNull();
  });

  it('needs a future opening date to provision', () => {
    expect(
      numberTransitionProblem('REQUESTED', 'PROVISIONING', { ...facts, expectedOpenDate: null })
        ?.field,
    ).toBe('expectedOpenDate');
    expect(
      numberTransitionProblem('REQUESTED', 'PROVISIONING', {
        ...facts,
        expectedOpenDate: '2026-11-21',
      }),
    ).toEqual({
      field: 'expectedOpenDate',
      rule: 'inThePast',
      args: { date: '2026-11-21' },
      message: '2026-11-21 has passed',
    });
  });
});
