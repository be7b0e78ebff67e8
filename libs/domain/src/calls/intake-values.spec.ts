import type { IntakeField } from '../scripts/intake-fields';
import { checkIntakeValues, urgentKeywordsIn } from './intake-values';

const fields: IntakeField[] = [
  { key: 'caller_name', label: 'お名前', type: 'TEXT', required: true },
  { key: 'caller_name_kana', label: 'フリガナ', type: 'KANA', required: false },
  { key: 'callback_number', label: '折り返し先', type: 'PHONE', required: true },
  { key: 'email', label: 'メール', type: 'EMAIL', required: false },
  { key: 'site_address', label: '現場住所', type: 'POSTAL_ADDRESS', required: false },
  {
    key: 'category',
    label: '依頼内容',
    type: 'CHOICE',
    required: true,
    options: ['水漏れ', '電気設備'],
  },
  { key: 'visit', label: '訪問希望', type: 'DATETIME', required: false },
  { key: 'rooms', label: '部屋数', type: 'NUMBER', required: false },
];

describe('intake values', () => {
  it('normalises valid values and drops empty optional ones', () => {
    expect(
      checkIntakeValues(fields, {
        caller_name: ' 山田 太郎 ',
        caller_name_kana: 'ﾔﾏﾀﾞ たろう',
        callback_number: '０９０－１２３４－５６７８',
        email: '',
        site_address: '１５０－０００１ 東京都渋谷区神宮前1-1',
        category: '水漏れ',
        visit: '2026-11-24T10:00+09:00',
        rooms: '３',
      }),
    ).toEqual({
      values: {
        caller_name: '山田 太郎',
        caller_name_kana: 'ヤマダ\u3000タロウ',
        callback_number: '+819012345678',
        site_address: '150-0001 東京都渋谷区神宮前1-1',
        category: '水漏れ',
        visit: '2026-11-24T10:00+09:00',
        rooms: 3,
      },
      problems: [],
    });
  });

  it('names every missing, unknown and malformed field', () => {
    const result = checkIntakeValues(fields, {
      callback_number: '12',
      email: 'nope',
      site_address: '東京都',
      category: 'ガス',
      visit: 'tomorrow',
      rooms: 'many',
      favourite_colour: 'blue',
    });
    expect(result.problems).toEqual([
      {
        field: 'fields.favourite_colour',
        message: 'is not a field of this script version',
        rule: 'whitelistValidation',
      },
      { field: 'fields.caller_name', label: 'お名前', message: 'is required', rule: 'isNotEmpty' },
      {
        field: 'fields.callback_number',
        label: '折り返し先',
        message: '"12" is not a valid Japanese phone number',
        rule: 'isPhoneNumber',
        args: { input: '12' },
      },
      {
        field: 'fields.email',
        label: 'メール',
        message: 'must be an e-mail address',
        rule: 'isEmail',
      },
      {
        field: 'fields.site_address',
        label: '現場住所',
        message: 'must start with a postal code like 123-4567',
        rule: 'isPostalAddress',
      },
      {
        field: 'fields.category',
        label: '依頼内容',
        message: 'must be one of 水漏れ, 電気設備',
        rule: 'isIn',
        args: { values: ['水漏れ', '電気設備'] },
      },
      {
        field: 'fields.visit',
        label: '訪問希望',
        message: 'must be a date or date-time (ISO 8601)',
        rule: 'isDateString',
      },
      { field: 'fields.rooms', label: '部屋数', message: 'must be a number', rule: 'isNumber' },
    ]);
  });

  it('refuses a reading that is not kana, naming the rule', () => {
    expect(
      checkIntakeValues(fields, {
        caller_name: '山田',
        caller_name_kana: '山田',
        callback_number: '090-1234-5678',
        category: '水漏れ',
      }).problems,
    ).toEqual([
      {
        field: 'fields.caller_name_kana',
        label: 'フリガナ',
        message: 'must be a reading in katakana',
        rule: 'isKatakana',
      },
    ]);
  });

  it('refuses text longer than its field takes, saying the limit', () => {
    expect(
      checkIntakeValues([{ key: 'memo', label: 'メモ', type: 'TEXT', required: false }], {
        memo: 'あ'.repeat(201),
      }).problems,
    ).toEqual([
      {
        field: 'fields.memo',
        label: 'メモ',
        message: 'must be at most 200 characters',
        rule: 'maxLength',
        args: { n: 200 },
      },
    ]);
  });

  it('refuses values that are neither text nor numbers', () => {
    expect(checkIntakeValues(fields, { caller_name: { a: 1 } }).problems[0]).toEqual({
      field: 'fields.caller_name',
      label: 'お名前',
      message: 'must be text or a number',
      rule: 'isString',
    });
  });

  it('finds urgent keywords whatever the width', () => {
    expect(urgentKeywordsIn(['水漏れ', 'ｶﾞｽ臭', ''], ['キッチンで水漏れ', 'ガス臭いです'])).toEqual(
      ['水漏れ', 'ｶﾞｽ臭'],
    );
    expect(urgentKeywordsIn(['火事'], ['問い合わせ'])).toEqual([]);
  });
});
