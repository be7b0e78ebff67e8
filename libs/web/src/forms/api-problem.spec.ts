import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FIELD_RULES, type FieldRule, fieldProblem, type FieldProblem } from '@dengon/domain';
import { afterEach, describe, expect, it } from '@jest/globals';
import en from '../i18n/en.json';
import { i18n, switchLanguage } from '../i18n/i18n';
import ja from '../i18n/ja.json';
import { toApiProblem } from './api-problem';

/** A BAD_USER_INPUT refusal as the API sends it (apps/api/src/common/errors.ts badInput). */
const refused = (...fields: (FieldProblem & { label?: string })[]) =>
  new CombinedGraphQLErrors({
    errors: [
      {
        message: fields.map((f) => `${f.label ?? ''}（${f.field}）: ${f.message}`).join('; '),
        extensions: { code: 'BAD_USER_INPUT', fields },
      },
    ],
  });

const RULE_NAMES = Object.keys(FIELD_RULES) as FieldRule[];

/** The `{{name}}`s a sentence names, nested keys' included (`$t(numberStatus.{{from}})`). */
const namesIn = (sentence: string) => [...sentence.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

describe('a refused field on screen', () => {
  afterEach(() => switchLanguage('ja'));

  it('says in Japanese what the API used to say only in English, beside its Japanese label', () => {
    // Before, the screen showed the API's words: 「メールアドレス: is already in use」.
    const problem = toApiProblem(
      refused({ ...fieldProblem('email', 'alreadyInUse'), label: 'メールアドレス' }),
    );
    expect(problem).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { email: 'すでに使われています' },
      labels: { email: 'メールアドレス' },
    });
  });

  it('says the figures a rule names, in the screen’s locale', () => {
    const problem = toApiProblem(
      refused(
        { ...fieldProblem('wavBase64', 'sampleRateOutOfRange', { hz: 4000 }), label: '音声' },
        fieldProblem('amounts', 'refundOverRemaining', { remaining: 20_000, rate: 10 }),
      ),
    );
    expect(problem.fields).toEqual({
      wavBase64: 'サンプリング周波数が4,000Hzです。8,000〜96,000Hzで録音してください',
      amounts: '税率10%で返金できるのは残り20,000円までです',
    });
  });

  it('names codes by their Japanese names', () => {
    const problem = toApiProblem(
      refused(
        fieldProblem('status', 'numberStatusTransition', { from: 'RELEASED', to: 'ACTIVE' }),
        fieldProblem('reportFax', 'requiredForReportMethod', { method: 'FAX' }),
      ),
    );
    expect(problem.fields).toEqual({
      status: '「解約済み」から「利用中」には変更できません',
      reportFax: '報告方法が「FAX」のときは入力してください',
    });
  });

  it('shows what was typed as typed, never as a text of its own', () => {
    const problem = toApiProblem(
      refused(fieldProblem('fields.key', 'duplicateKey', { key: '$t(roles.OPERATOR)' })),
    );
    expect(problem.fields['fields.key']).toBe('「$\u200bt(roles.OPERATOR)」が重複しています');
  });

  it("says class-validator's rules with their named limits", () => {
    const rule = (name: FieldRule, args: Record<string, unknown>) => ({
      field: name,
      message: 'in English',
      rule: name,
      args,
    });
    const problem = toApiProblem(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'refused',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                rule('isLength', { min: 1, max: 30 }),
                { ...rule('isLength', { min: 6, max: 6 }), field: 'code' },
                rule('maxLength', { n: 5000 }),
                rule('isIn', { values: ['BREAK', 'OFFLINE'] }),
              ],
            },
          },
        ],
      }),
    );
    expect(problem.fields).toEqual({
      isLength: '1〜30文字で入力してください',
      code: '6文字で入力してください',
      maxLength: '5,000文字以内で入力してください',
      isIn: '次のいずれかを選んでください: BREAK、OFFLINE',
    });
  });

  it("keeps the API's words for a rule the screens do not know", () => {
    const problem = toApiProblem(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'refused',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'x', message: 'is odd', rule: 'isOdd' }],
            },
          },
        ],
      }),
    );
    expect(problem.fields).toEqual({ x: 'is odd' });
  });

  it('says it in English when the user chose English', async () => {
    await switchLanguage('en');
    expect(i18n.language).toBe('en');
    const problem = toApiProblem(
      refused(
        fieldProblem('email', 'alreadyInUse'),
        fieldProblem('status', 'numberStatusTransition', { from: 'RELEASED', to: 'ACTIVE' }),
      ),
    );
    expect(problem.fields).toEqual({
      email: 'Already in use',
      status: 'Cannot go from “Released” to “Active”',
    });
  });
});

describe('the texts of the field rules', () => {
  // The compiler holds ja.json to FIELD_RULES (api-problem.ts) and en.json to ja.json (i18n.ts);
  // this says the same at run time, and that no sentence names a value the API does not send.
  it.each(RULE_NAMES)('say %s in Japanese and English', (rule) => {
    const sentences = [ja.problems.rule, en.problems.rule].map(
      (texts) => (texts as Record<string, string>)[rule],
    );
    for (const sentence of sentences) {
      expect(sentence?.trim()).toBeTruthy();
      for (const name of namesIn(sentence ?? ''))
        expect(namesIn(FIELD_RULES[rule])).toContain(name);
    }
  });
});
