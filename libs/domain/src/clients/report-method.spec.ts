import { isKatakanaReading, reportSettingsProblems } from './report-method';

describe('report settings', () => {
  const none = { reportEmail: null, reportFax: null, digestTime: null };

  it('needs an address for e-mail and a number for fax', () => {
    expect(reportSettingsProblems({ ...none, reportMethod: 'EMAIL' })).toEqual([
      { field: 'reportEmail', message: 'is required when reports go by e-mail' },
    ]);
    expect(reportSettingsProblems({ ...none, reportMethod: 'FAX' })).toEqual([
      { field: 'reportFax', message: 'is required when reports go by fax' },
    ]);
    expect(
      reportSettingsProblems({ ...none, reportMethod: 'FAX', reportFax: '+81312345678' }),
    ).toEqual([]);
  });

  it('needs an address and a time for the daily digest', () => {
    expect(
      reportSettingsProblems({ ...none, reportMethod: 'DAILY_DIGEST' }).map((p) => p.field),
    ).toEqual(['reportEmail', 'digestTime']);
  });
});

describe('katakana readings', () => {
  it.each([
    ['サンプルショウジ', true],
    ['ｻﾝﾌﾟﾙ ｼｮｳｼﾞ', true],
    ['トウト・セツビ サービス', true],
    ['ABCコーポレーション', true],
    ['さんぷる', false],
    ['株式会社', false],
  ])('%s → %s', (text, ok) => {
    expect(isKatakanaReading(text)).toBe(ok);
  });
});
