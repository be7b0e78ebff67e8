import {
  matchDeposit,
  type NormalisedPayerName,
  normalisePayerName,
  type OpenInvoice,
  payerNameMatches,
} from './payer-name';

const before = (legalForm: NormalisedPayerName['legalForm'], body: string) => ({
  legalForm,
  position: 'BEFORE',
  body,
});
const after = (legalForm: NormalisedPayerName['legalForm'], body: string) => ({
  legalForm,
  position: 'AFTER',
  body,
});
const none = (body: string) => ({ legalForm: null, position: null, body });

describe('normalising payer names', () => {
  it('reads 株式会社 before the name however it is written', () => {
    for (const name of [
      'ｶ)ﾃｽﾄﾌﾞｯｻﾝ',
      'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ',
      '(ｶ)ﾃｽﾄﾌﾞﾂｻﾝ',
      'カブシキガイシャテストブッサン',
      'カブシキカイシャ　テストブッサン',
      'ｶﾌﾞｼｷｶﾞｲｼﾔ ﾃｽﾄﾌﾞﾂｻﾝ',
      'かぶしきがいしゃてすとぶっさん',
      '株式会社テストブッサン',
      '(株)テストブッサン',
      '（株）テストブッサン',
      '㈱テストブッサン',
    ]) {
      expect([name, normalisePayerName(name)]).toEqual([name, before('カ', 'テストブツサン')]);
    }
  });

  it('reads 株式会社 after the name', () => {
    for (const name of [
      'ﾃｽﾄﾌﾞﾂｻﾝ(ｶ',
      'ﾃｽﾄﾌﾞﾂｻﾝ(ｶ)',
      'テストブッサン株式会社',
      'テストブッサン カブシキガイシャ',
      'テストブッサン㈱',
    ]) {
      expect([name, normalisePayerName(name)]).toEqual([name, after('カ', 'テストブツサン')]);
    }
  });

  it('reads 有限会社 as ユ and 合同会社 as ド', () => {
    expect(normalisePayerName('ﾕ)ﾔﾏﾀﾞｼﾖｳｶｲ')).toEqual(before('ユ', 'ヤマダシヨウカイ'));
    expect(normalisePayerName('ユウゲンガイシャ ヤマダショウカイ')).toEqual(
      before('ユ', 'ヤマダシヨウカイ'),
    );
    expect(normalisePayerName('㈲ヤマダショウカイ')).toEqual(before('ユ', 'ヤマダシヨウカイ'));
    expect(normalisePayerName('ﾔﾏﾀﾞｼﾖｳｶｲ(ﾕ')).toEqual(after('ユ', 'ヤマダシヨウカイ'));
    expect(normalisePayerName('ﾄﾞ)ｱｵｿﾞﾗ')).toEqual(before('ド', 'アオゾラ'));
    expect(normalisePayerName('アオゾラ合同会社')).toEqual(after('ド', 'アオゾラ'));
    expect(normalisePayerName('アオゾラ(同)')).toEqual(after('ド', 'アオゾラ'));
    expect(normalisePayerName('ゴウドウカイシャアオゾラ')).toEqual(before('ド', 'アオゾラ'));
  });

  it('reads other bank abbreviations without confusing シヤ) with シ)', () => {
    expect(normalisePayerName('ｲ)ｻｸﾗｶｲ')).toEqual(before('イ', 'サクラカイ'));
    expect(normalisePayerName('ｼﾔ)ﾆﾎﾝｷﾖｳｶｲ')).toEqual(before('シヤ', 'ニホンキヨウカイ'));
    expect(normalisePayerName('ｼ)ﾆﾎﾝｼﾖｳｼﾞ')).toEqual(before('シ', 'ニホンシヨウジ'));
    expect(normalisePayerName('ﾄｸﾋ)ﾐﾗｲ')).toEqual(before('トクヒ', 'ミライ'));
    expect(normalisePayerName('ﾐﾗｲ(ﾄｸﾋ')).toEqual(after('トクヒ', 'ミライ'));
    expect(normalisePayerName('ｶﾞｸ)ｻｸﾗｶﾞｸｴﾝ')).toEqual(before('ガク', 'サクラガクエン'));
  });

  it('finds no legal form in a person’s name, even one starting with カ', () => {
    expect(normalisePayerName('ｶﾄｳ ｼﾖｳｼﾞ')).toEqual(none('カトウシヨウジ'));
    expect(normalisePayerName('ﾔﾏﾀﾞ ﾀﾛｳ')).toEqual(none('ヤマダタロウ'));
    expect(normalisePayerName('やまだ　たろう')).toEqual(none('ヤマダタロウ'));
    expect(normalisePayerName('')).toEqual(none(''));
  });

  it('leaves an empty body when the name is only a legal form', () => {
    expect(normalisePayerName('ｶ)')).toEqual(before('カ', ''));
    expect(normalisePayerName('カブシキガイシャ')).toEqual(before('カ', ''));
  });

  it('writes small kana large, as bank files do', () => {
    expect(normalisePayerName('ァィゥェォッャュョヮヵヶ').body).toBe('アイウエオツヤユヨワカケ');
    expect(normalisePayerName('ぁぃっゃ').body).toBe('アイツヤ');
  });

  it('unifies long-vowel marks and hyphens, drops dots, uppercases letters', () => {
    for (const name of [
      'ｴ-ｼﾞｴﾝﾄ',
      'ｴｰｼﾞｪﾝﾄ',
      'エージェント',
      'エ－ジェント',
      'エ―ジェント',
      'エ−ジェント',
    ]) {
      expect([name, normalisePayerName(name).body]).toEqual([name, 'エージエント']);
    }
    expect(normalisePayerName('ｴﾇ.ﾃｲ.ﾃｲ').body).toBe('エヌテイテイ');
    expect(normalisePayerName('エヌ・ティ・ティ').body).toBe('エヌテイテイ');
    expect(normalisePayerName('ＡＢＣ　ｼﾖｳｼﾞ').body).toBe('ABCシヨウジ');
    expect(normalisePayerName('abc shoji').body).toBe('ABCSHOJI');
  });

  it('joins voiced marks written apart in half-width kana', () => {
    expect(normalisePayerName('ﾀﾞｲﾊﾞ ﾊﾟﾝ').body).toBe('ダイバパン');
    expect(normalisePayerName('ｳﾞｨﾗ').body).toBe('ヴイラ');
  });
});

describe('payer name matching', () => {
  it('matches a bank name with the registered kana, with or without the legal form', () => {
    expect(payerNameMatches('ｶ)ﾃｽﾄﾌﾞｯｻﾝ', 'カブシキガイシャテストブッサン')).toBe(true);
    expect(payerNameMatches('ｶ)ﾃｽﾄﾌﾞﾂｻﾝ', 'テストブッサン')).toBe(true);
    expect(payerNameMatches('ｶ)ﾃｽﾄﾌﾞﾂｻﾝ', '株式会社テストブッサン')).toBe(true);
    expect(payerNameMatches('ﾃｽﾄﾌﾞﾂｻﾝ', 'カブシキガイシャテストブッサン')).toBe(true);
  });

  it('does not compare where the legal form stands', () => {
    expect(payerNameMatches('ﾃｽﾄﾌﾞﾂｻﾝ(ｶ', '株式会社テストブッサン')).toBe(true);
  });

  it('refuses different legal forms, different bodies and empty names', () => {
    expect(payerNameMatches('ﾕ)ﾃｽﾄﾌﾞﾂｻﾝ', 'カブシキガイシャテストブッサン')).toBe(false);
    expect(payerNameMatches('ｶ)ﾃｽﾄ', 'テストブッサン')).toBe(false);
    expect(payerNameMatches('', '')).toBe(false);
    expect(payerNameMatches('ｶ)', 'カブシキガイシャ')).toBe(false);
  });

  it('accepts names already normalised', () => {
    expect(payerNameMatches(normalisePayerName('ｶ)ﾃｽﾄ'), normalisePayerName('テスト'))).toBe(true);
  });
});

describe('matching a deposit with open invoices', () => {
  const deposit = (amount: number, payerName: string, cancelled = false) => ({
    amount,
    payerNameNormalised: normalisePayerName(payerName),
    cancelled,
  });

  it('ranks exact, then same name by closest amount; a shared amount alone says nothing', () => {
    const invoices: OpenInvoice[] = [
      { id: 'B', clientKana: 'カブシキガイシャテストブッサン', amountDue: 44000 },
      { id: 'C', clientKana: 'ヤマダタロウ', amountDue: 16500 },
      { id: 'A', clientKana: 'テストブッサン', amountDue: 16500 },
      { id: 'D', clientKana: 'テストブッサン', amountDue: 16940 },
    ];
    expect(matchDeposit(deposit(16500, 'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ'), invoices)).toEqual([
      { invoiceId: 'A', kind: 'EXACT', difference: 0 },
      // 16,940 − 16,500: a ¥440 transfer fee deducted.
      { invoiceId: 'D', kind: 'NAME_ONLY', difference: 440 },
      // 44,000 − 16,500: a partial payment.
      { invoiceId: 'B', kind: 'NAME_ONLY', difference: 27500 },
    ]);
  });

  it('offers an amount-only candidate when that amount is unique, after the name matches', () => {
    const invoices: OpenInvoice[] = [
      { id: 'E', clientKana: 'サトウハナコ', amountDue: 8250 },
      { id: 'F', clientKana: 'ヤマダ タロウ', amountDue: 8800 },
      { id: 'G', clientKana: 'スズキイチロウ', amountDue: 16500 },
    ];
    expect(matchDeposit(deposit(8250, 'ﾔﾏﾀﾞ ﾀﾛｳ'), invoices)).toEqual([
      { invoiceId: 'F', kind: 'NAME_ONLY', difference: 550 },
      { invoiceId: 'E', kind: 'AMOUNT_ONLY', difference: 0 },
    ]);
  });

  it('gives a negative difference for an overpayment', () => {
    expect(
      matchDeposit(deposit(17000, 'ﾃｽﾄﾌﾞﾂｻﾝ'), [
        { id: 'A', clientKana: 'テストブッサン', amountDue: 16500 },
      ]),
    ).toEqual([{ invoiceId: 'A', kind: 'NAME_ONLY', difference: -500 }]);
  });

  it('returns every exact candidate in invoice order, so the caller sees there is more than one', () => {
    const invoices: OpenInvoice[] = [
      { id: 'OCT', clientKana: 'テストブッサン', amountDue: 16500 },
      { id: 'NOV', clientKana: 'テストブッサン', amountDue: 16500 },
    ];
    expect(matchDeposit(deposit(16500, 'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ'), invoices)).toEqual([
      { invoiceId: 'OCT', kind: 'EXACT', difference: 0 },
      { invoiceId: 'NOV', kind: 'EXACT', difference: 0 },
    ]);
  });

  it('falls back to amount-only when the legal forms differ', () => {
    expect(
      matchDeposit(deposit(16500, 'ﾕ)ﾃｽﾄﾌﾞﾂｻﾝ'), [
        { id: 'A', clientKana: 'カブシキガイシャテストブッサン', amountDue: 16500 },
      ]),
    ).toEqual([{ invoiceId: 'A', kind: 'AMOUNT_ONLY', difference: 0 }]);
  });

  it('finds nothing for an unknown payer and amount, nor for a cancelled deposit', () => {
    const invoices: OpenInvoice[] = [{ id: 'A', clientKana: 'テストブッサン', amountDue: 16500 }];
    expect(matchDeposit(deposit(9999, 'ｽｽﾞｷ'), invoices)).toEqual([]);
    expect(matchDeposit(deposit(16500, 'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ', true), invoices)).toEqual([]);
    expect(matchDeposit(deposit(16500, 'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ'), [])).toEqual([]);
  });
});
