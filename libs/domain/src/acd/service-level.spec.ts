import { belowTarget, serviceLevel, sumServiceLevelCounts } from './service-level';

const none = { answeredWithinTarget: 0, answeredLate: 0, abandoned: 0, waitingOverTarget: 0 };

describe('serviceLevel', () => {
  it('is unknown before any call is counted', () => {
    expect(serviceLevel(none)).toBeNull();
  });

  it('is the share answered within the target', () => {
    expect(serviceLevel({ ...none, answeredWithinTarget: 8, answeredLate: 2 })).toBe(0.8);
  });

  it('counts abandoned calls and calls already waiting too long against it', () => {
    expect(
      serviceLevel({
        answeredWithinTarget: 6,
        answeredLate: 1,
        abandoned: 2,
        waitingOverTarget: 1,
      }),
    ).toBe(0.6);
  });

  it('is zero when nothing was answered in time', () => {
    expect(serviceLevel({ ...none, abandoned: 3 })).toBe(0);
  });
});

describe('sumServiceLevelCounts', () => {
  it('adds the calls of every client, each already judged against its own target', () => {
    const a = { answeredWithinTarget: 9, answeredLate: 1, abandoned: 0, waitingOverTarget: 0 };
    const b = { answeredWithinTarget: 1, answeredLate: 2, abandoned: 1, waitingOverTarget: 1 };
    expect(sumServiceLevelCounts([a, b])).toEqual({
      answeredWithinTarget: 10,
      answeredLate: 3,
      abandoned: 1,
      waitingOverTarget: 1,
    });
    expect(serviceLevel(sumServiceLevelCounts([a, b]))).toBe(10 / 15);
  });

  it('is all zeros for no clients', () => {
    expect(sumServiceLevelCounts([])).toEqual(none);
  });
});

describe('belowTarget', () => {
  it('is short only when the share is under the target', () => {
    expect(belowTarget(0.79, 80)).toBe(true);
    expect(belowTarget(0.8, 80)).toBe(false);
    expect(belowTarget(0.95, 90)).toBe(false);
    expect(belowTarget(0, 1)).toBe(true);
  });

  it('is not short before the first call is counted', () => {
    expect(belowTarget(null, 80)).toBe(false);
  });
});
