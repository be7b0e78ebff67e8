import { renderGreeting, timeOfDayGreeting, unknownGreetingVariables } from './greeting';
import { BASIC_INTAKE_FIELDS, type IntakeField, intakeFieldProblems } from './intake-fields';

const extra: IntakeField = {
  key: 'site_address',
  label: '現場住所',
  type: 'POSTAL_ADDRESS',
  required: true,
};

describe('intake fields', () => {
  it('accepts the basic set on every plan', () => {
    expect(intakeFieldProblems(BASIC_INTAKE_FIELDS, false, 'スタートプラン')).toEqual([]);
  });

  it('refuses an extra field on a plan without extra fields, naming it', () => {
    expect(intakeFieldProblems([...BASIC_INTAKE_FIELDS, extra], false, 'スタートプラン')).toEqual([
      {
        field: 'fields[5].key',
        rule: 'extraFieldNotInPlan',
        args: {
          plan: 'スタートプラン',
          basic: [
            'caller_name',
            'caller_name_kana',
            'caller_company',
            'callback_number',
            'message',
          ],
          key: 'site_address',
        },
        message:
          'スタートプラン allows only the basic fields (caller_name, caller_name_kana, caller_company, callback_number, message); "site_address" is an extra field',
      },
    ]);
    expect(intakeFieldProblems([...BASIC_INTAKE_FIELDS, extra], true, 'ネクストプラン')).toEqual(
      [],
    );
  });

  it('checks keys, labels and choices', () => {
    const fields: IntakeField[] = [
      { key: 'Bad Key', label: 'x', type: 'TEXT', required: false },
      { key: 'kind', label: ' ', type: 'CHOICE', required: true, options: ['水漏れ'] },
      { key: 'kind', label: '種別', type: 'NUMBER', required: false, options: ['a'] },
    ];
    expect(intakeFieldProblems(fields, true, 'ネクストプラン')).toEqual([
      {
        field: 'fields[0].key',
        rule: 'fieldKeyFormat',
        message: 'must be lower_snake_case, at most 40 characters',
      },
      { field: 'fields[1].label', rule: 'isNotEmpty', message: 'is required' },
      {
        field: 'fields[1].options',
        rule: 'arrayMinSize',
        args: { n: 2 },
        message: 'must have at least 2 item(s)',
      },
      {
        field: 'fields[2].key',
        rule: 'duplicateKey',
        args: { key: 'kind' },
        message: '"kind" is used twice',
      },
      {
        field: 'fields[2].options',
        rule: 'optionsOnlyForChoice',
        message: 'only a choice has options',
      },
    ]);
  });
});

describe('greeting', () => {
  it('renders the variables', () => {
    expect(
      renderGreeting('{挨拶}、{会社名}でございます', {
        挨拶: 'おはようございます',
        会社名: '株式会社サンプル',
        オペレーター名: '佐藤',
      }),
    ).toBe('おはようございます、株式会社サンプルでございます');
  });

  it('finds unknown variables', () => {
    expect(unknownGreetingVariables('はい、{会社名}の{部署}でございます{}')).toEqual(['部署', '']);
    expect(unknownGreetingVariables('はい、{会社名}でございます')).toEqual([]);
  });

  it('greets by the time of day in Tokyo', () => {
    expect(timeOfDayGreeting(4)).toBe('お電話ありがとうございます');
    expect(timeOfDayGreeting(5)).toBe('おはようございます');
    expect(timeOfDayGreeting(10)).toBe('おはようございます');
    expect(timeOfDayGreeting(11)).toBe('お電話ありがとうございます');
  });
});
