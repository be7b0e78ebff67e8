import {
  FIELD_RULES,
  type FieldRule,
  fieldProblem,
  fieldRuleMessage,
  isFieldRule,
  refusal,
} from './field-rules';

const RULES = Object.entries(FIELD_RULES) as [FieldRule, string][];

describe('the field rules', () => {
  it.each(RULES)('%s has an English sentence', (_rule, sentence) => {
    expect(sentence.trim()).not.toBe('');
    // What follows the field in the API's message: 「メールアドレス（email）: is already in use」.
    expect(sentence).toBe(sentence.trim());
  });

  it.each(RULES)('%s is named as class-validator names its rules', (rule) => {
    expect(rule).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('names each arg of a sentence as a word, in double braces', () => {
    for (const [, sentence] of RULES) {
      const names = [...sentence.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]);
      for (const name of names) expect(name).toMatch(/^\w+$/);
    }
  });

  it('knows its rules, and nothing else', () => {
    expect(isFieldRule('alreadyInUse')).toBe(true);
    expect(isFieldRule('isNotEmpty')).toBe(true);
    expect(['isOdd', 'toString', 'constructor', '', 1].some(isFieldRule)).toBe(false);
  });
});

describe('a refusal', () => {
  it('names its rule and says it in English', () => {
    expect(refusal('alreadyInUse')).toEqual({ rule: 'alreadyInUse', message: 'is already in use' });
  });

  it('carries the args its sentence names, and says them', () => {
    expect(refusal('sampleRateOutOfRange', { hz: 44100 })).toEqual({
      rule: 'sampleRateOutOfRange',
      args: { hz: 44100 },
      message: '44100 Hz: record at 8,000 to 96,000 Hz',
    });
  });

  it('joins a list with commas', () => {
    expect(refusal('isIn', { values: ['BREAK', 'OFFLINE'] }).message).toBe(
      'must be one of BREAK, OFFLINE',
    );
  });

  it('leaves literal braces alone: a greeting variable is not an arg', () => {
    expect(refusal('unknownGreetingVariable', { variable: '{部署}' }).message).toBe(
      'unknown variable {部署}; use {会社名}, {挨拶} or {オペレーター名}',
    );
  });

  it('leaves an arg it was not given as it is', () => {
    expect(fieldRuleMessage('notBeforeStart')).toBe('must not be before the start ({{start}})');
  });

  it('names its field', () => {
    expect(fieldProblem('email', 'alreadyInUse')).toEqual({
      field: 'email',
      rule: 'alreadyInUse',
      message: 'is already in use',
    });
  });

  it('takes exactly the args its sentence names (checked by the compiler)', () => {
    // @ts-expect-error: the sentence names {{hz}}
    refusal('sampleRateOutOfRange');
    // @ts-expect-error: the sentence names no args
    refusal('alreadyInUse', { hz: 1 });
    // @ts-expect-error: {{hz}}, not {{rate}}
    refusal('sampleRateOutOfRange', { rate: 1 });
    expect(true).toBe(true);
  });
});
