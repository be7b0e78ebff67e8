import type { FieldProblem } from '../text/field-labels';

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
    const at = (property: string, message: string) =>
      problems.push({ field: `fields[${i}].${property}`, message });
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(f.key))
      at('key', 'must be lower_snake_case, at most 40 characters');
    else if (seen.has(f.key)) at('key', `"${f.key}" is used twice`);
    seen.add(f.key);
    if (!f.label.trim()) at('label', 'is empty');
    if (!INTAKE_FIELD_TYPES.includes(f.type)) at('type', `unknown type ${String(f.type)}`);
    if (f.type === 'CHOICE' && (!f.options || f.options.filter((o) => o.trim()).length < 2)) {
      at('options', 'a choice needs at least 2 options');
    }
    if (f.type !== 'CHOICE' && f.options?.length) at('options', 'only a choice has options');
    if (!extraFieldsAllowed && !BASIC_KEYS.has(f.key)) {
      at(
        'key',
        `${planName} allows only the basic fields (${[...BASIC_KEYS].join(', ')}); "${f.key}" is an extra field`,
      );
    }
  });
  return problems;
}
