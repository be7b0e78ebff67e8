import { controlCharacterPaths, hasControlCharacters, isCalendarDate } from './input-text';

describe('isCalendarDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '2000-02-29', '1999-01-01'])(
    'takes %s',
    (date) => expect(isCalendarDate(date)).toBe(true),
  );
  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-01',
    '2026/01/01',
    '２０２６-０１-０１',
    '',
    '2026-01-01T00:00',
  ])('refuses %j', (date) => expect(isCalendarDate(date)).toBe(false));
});

describe('control characters', () => {
  it('allows tab, line feeds and Japanese text', () => {
    expect(hasControlCharacters('山田\t太郎\r\n様')).toBe(false);
  });
  it.each(['\u0000', 'a\u0007b', '\u001b[31m', 'x\u007f', '\u000b'])('finds them in %j', (text) =>
    expect(hasControlCharacters(text)).toBe(true),
  );
  it('names where they are in nested input', () => {
    expect(
      controlCharacterPaths({
        name: 'ok',
        fields: { caller_name: 'a\u0000', tags: ['fine', 'b\u0001'] },
        count: 3,
      }),
    ).toEqual(['fields.caller_name', 'fields.tags[1]']);
  });
});
