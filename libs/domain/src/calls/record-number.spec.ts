import { recordNumberIn } from './record-number';

describe('recordNumberIn', () => {
  it.each([
    ['SS-2026-000123', 'SS-2026-000123'],
    ['ss-2026-123', 'SS-2026-000123'],
    [' ＳＳ－２０２６－０００１２３ ', 'SS-2026-000123'],
    ['C001-2027-1', 'C001-2027-000001'],
    ['TS-2026-1234567', 'TS-2026-1234567'],
  ])('reads %j as %s', (text, number) => {
    expect(recordNumberIn(text)).toBe(number);
  });

  it.each([
    '',
    '山田',
    'SS',
    'SS-2026',
    'S-2026-1',
    '1S-2026-1',
    'SS-26-1',
    'SSSSSSS-2026-1',
    'SS-2026-12345678',
  ])('finds no record number in %j', (text) => {
    expect(recordNumberIn(text)).toBeNull();
  });
});
