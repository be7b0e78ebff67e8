import { describe, expect, it } from '@jest/globals';
import { tokyoMinute, tokyoSecond } from './format';

describe('times in Tokyo', () => {
  it('lists a date-time to the minute, in Tokyo whatever the reader’s zone', () => {
    expect(tokyoMinute('2026-12-07T15:05:30Z')).toBe('2026/12/08 00:05');
  });

  it('gives the time of day to the second, for what happens within the minute', () => {
    expect(tokyoSecond('2026-12-07T15:05:30Z')).toBe('00:05:30');
    expect(tokyoSecond('2026-12-08T03:00:00.999Z')).toBe('12:00:00');
  });
});
