import { type FieldProblem, type FieldRefusal, refusal } from '../text/field-rules';

/**
 * The intake fields (ヒアリング項目) of a script. Every plan takes the basic
 * set; only plans with extra fields may add more.
 */
export const INTAKE_FIELD_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'PHONE',
  'EMAIL',
  'POSTAL_ADDRESS',
  'CHOICE',
  'DATETIME',
  'NUMBER',
  /** A reading in katakana (フリガナ); typed half-width or in hiragana, kept full-width. */
  'KANA',
] as const;
export type IntakeFieldType = (typeof INTAKE_FIELD_TYPES)[number];

export interface IntakeField {
  /** Stable key the intake records store values under: lower_snake_case. */
  key: string;
  label: string;
  type: IntakeFieldType;
  required: boolean;
  helpText?: string | null;
  /** Choices, for CHOICE only. */
  options?: readonly string[] | null;
}

/** The basic set every plan has: caller name and its reading, company, callback number, message. */
export const BASIC_INTAKE_FIELDS: readonly IntakeField[] = [
  { key: 'caller_name', label: 'お名前', type: 'TEXT', required: true },
  { key: 'caller_name_kana', label: 'フリガナ', type: 'KANA', required: false },
  { key: 'caller_company', label: '会社名', type: 'TEXT', required: false },
  { key: 'callback_number', label: '折り返し先電話番号', type: 'PHONE', required: true },
  { key: 'message', label: 'ご用件', type: 'LONG_TEXT', required: true },
];
const BASIC_KEYS = new Set(BASIC_INTAKE_FIELDS.map((f) => f.key));

/** All problems of a field list, each naming `fields[i].property`. */
export function intakeFieldProblems(
  fields: readonly IntakeField[],
  extraFieldsAllowed: boolean,
  planName: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const at = (property: string, why: FieldRefusal) =>
      problems.push({ field: `fields[${i}].${property}`, ...why });
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(f.key)) at('key', refusal('fieldKeyFormat'));
    else if (seen.has(f.key)) at('key', refusal('duplicateKey', { key: f.key }));
    seen.add(f.key);
    if (!f.label.trim()) at('label', refusal('isNotEmpty'));
    if (!INTAKE_FIELD_TYPES.includes(f.type))
      at('type', refusal('isIn', { values: INTAKE_FIELD_TYPES }));
    if (f.type === 'CHOICE' && (!f.options || f.options.filter((o) => o.trim()).length < 2)) {
      at('options', refusal('arrayMinSize', { n: 2 }));
    }
    if (f.type !== 'CHOICE' && f.options?.length) at('options', refusal('optionsOnlyForChoice'));
    if (!extraFieldsAllowed && !BASIC_KEYS.has(f.key)) {
      at(
        'key',
        refusal('extraFieldNotInPlan', { plan: planName, basic: [...BASIC_KEYS], key: f.key }),
      );
    }
  });
  return problems;
}
