import {
  CHANGE_SUBJECTS,
  contactTextOf,
  scriptTextOf,
  subjectNeedsKey,
  targetOfSubject,
  withContactText,
  withScriptText,
} from './change-subject';

const script = {
  greeting: 'はい、{会社名}でございます。',
  specialInstructions: '社長宛は折り返し',
  closingPhrase: 'ありがとうございました。',
  fields: [
    { key: 'caller_name', helpText: null },
    { key: 'site_address', helpText: '市区町村から' },
  ],
};
const contacts = [
  { name: '山田 太郎', phone: '+819012345678', note: '夜間のみ' },
  { name: '佐藤 花子', phone: '+81312345678', note: null },
];

describe('change subjects', () => {
  it('belong to the script, the FAQ or the contacts, and name a key where one part is meant', () => {
    expect(CHANGE_SUBJECTS.map((s) => [s, targetOfSubject(s), subjectNeedsKey(s)])).toEqual([
      ['GREETING', 'SCRIPT', false],
      ['SPECIAL_INSTRUCTIONS', 'SCRIPT', false],
      ['CLOSING_PHRASE', 'SCRIPT', false],
      ['FIELD_HELP', 'SCRIPT', true],
      ['FAQ_QUESTION', 'FAQ', false],
      ['FAQ_ANSWER', 'FAQ', false],
      ['CONTACT_PHONE', 'CONTACT', true],
      ['CONTACT_NOTE', 'CONTACT', true],
    ]);
  });

  it('read the text in force from a script', () => {
    expect(scriptTextOf(script, 'GREETING', null)).toBe('はい、{会社名}でございます。');
    expect(scriptTextOf(script, 'SPECIAL_INSTRUCTIONS', null)).toBe('社長宛は折り返し');
    expect(scriptTextOf(script, 'CLOSING_PHRASE', null)).toBe('ありがとうございました。');
    expect(scriptTextOf(script, 'FIELD_HELP', 'site_address')).toBe('市区町村から');
    expect(scriptTextOf(script, 'FIELD_HELP', 'caller_name')).toBe('');
    expect(scriptTextOf(script, 'FIELD_HELP', 'no_such_field')).toBeUndefined();
    expect(scriptTextOf(script, 'FAQ_ANSWER', null)).toBeUndefined();
  });

  it('replace one part of a script and leave the rest as it was', () => {
    expect(withScriptText(script, 'GREETING', null, '{挨拶}、{会社名}です。')).toEqual({
      ...script,
      greeting: '{挨拶}、{会社名}です。',
    });
    expect(withScriptText(script, 'CLOSING_PHRASE', null, '失礼いたします。').closingPhrase).toBe(
      '失礼いたします。',
    );
    expect(withScriptText(script, 'SPECIAL_INSTRUCTIONS', null, '').specialInstructions).toBe('');
    const helped = withScriptText(script, 'FIELD_HELP', 'caller_name', 'フルネームで');
    expect(helped.fields).toEqual([
      { key: 'caller_name', helpText: 'フルネームで' },
      { key: 'site_address', helpText: '市区町村から' },
    ]);
    expect(withScriptText(script, 'FIELD_HELP', 'site_address', '').fields[1]?.helpText).toBeNull();
    expect(() => withScriptText(script, 'FIELD_HELP', 'gone', 'x')).toThrow('no field gone');
    expect(() => withScriptText(script, 'FAQ_ANSWER', null, 'x')).toThrow('not part of a script');
  });

  it('read and replace a contact by its name', () => {
    expect(contactTextOf(contacts, 'CONTACT_PHONE', '山田 太郎')).toBe('+819012345678');
    expect(contactTextOf(contacts, 'CONTACT_NOTE', '山田 太郎')).toBe('夜間のみ');
    expect(contactTextOf(contacts, 'CONTACT_NOTE', '佐藤 花子')).toBe('');
    expect(contactTextOf(contacts, 'CONTACT_NOTE', '誰か')).toBeUndefined();
    expect(withContactText(contacts, 'CONTACT_PHONE', '佐藤 花子', '+81312340000')).toEqual([
      contacts[0],
      { name: '佐藤 花子', phone: '+81312340000', note: null },
    ]);
    expect(withContactText(contacts, 'CONTACT_NOTE', '山田 太郎', '')[0]).toEqual({
      name: '山田 太郎',
      phone: '+819012345678',
      note: null,
    });
    expect(() => withContactText(contacts, 'CONTACT_NOTE', '誰か', 'x')).toThrow('no contact');
  });
});
