import { isKatakanaReading, readingKeyOf, toKatakanaReading } from './kana';

describe('toKatakanaReading', () => {
  it.each([
    ['ｻﾄｳ ﾀﾛｳ', 'サトウ\u3000タロウ'],
    ['さとう　たろう', 'サトウ\u3000タロウ'],
    ['ｶﾞｯｺｳ', 'ガッコウ'],
    ['  ヤマダ  ', 'ヤマダ'],
    ['コーヒー', 'コーヒー'],
    ['ＡＢＣ商事', 'ABC商事'],
  ])('makes %j the reading %j', (typed, reading) => {
    expect(toKatakanaReading(typed)).toBe(reading);
  });
});

describe('isKatakanaReading', () => {
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

it('names the field of a reading after the field it reads', () => {
  expect(readingKeyOf('caller_name')).toBe('caller_name_kana');
});
