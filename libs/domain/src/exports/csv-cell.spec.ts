import { neutraliseCsvCell } from './csv-cell';

describe('neutraliseCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","開く")', `'=HYPERLINK("http://evil.example","開く")`],
    ['+81-3-1234-5678', `'+81-3-1234-5678`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('puts an apostrophe before %j, which starts a formula', (value, safe) => {
    expect(neutraliseCsvCell(value)).toBe(safe);
  });

  it.each(['山田 太郎', '03-1234-5678', '', ' =not at the start', "'already quoted", '1=1'])(
    'leaves %j as it is',
    (value) => {
      expect(neutraliseCsvCell(value)).toBe(value);
    },
  );
});
