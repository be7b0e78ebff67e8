import { serviceLevel } from './service-level';

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
