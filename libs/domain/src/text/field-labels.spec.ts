import { fieldLabel } from './field-labels';

describe('fieldLabel', () => {
  it.each([
    ['city', '市区町村'],
    ['areas.0.city', '市区町村'],
    ['input.areas.12.city', '市区町村'],
    ['coverageWindows[1].end', '終了'],
    ['clientCompanyId', 'クライアント'],
  ])('names %s 「%s」', (path, label) => expect(fieldLabel(path)).toBe(label));

  it.each([['fields.caller_name'], ['nosuchfield'], [''], ['constructor'], ['toString']])(
    'names nothing it does not know: %s',
    (path) => expect(fieldLabel(path)).toBeUndefined(),
  );
});
