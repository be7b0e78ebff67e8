import type { IntakeField } from '../scripts/intake-fields';
import { parseJapanesePhone } from '../numbers/phone';
import { isKatakanaReading, toKatakanaReading } from '../text/kana';
import { type FieldProblem, type FieldRefusal, fieldProblem, refusal } from '../text/field-rules';

/**
 * The values an operator enters for a script's intake fields, checked
 * against the script version the call used: required fields present, no key
 * the script does not have, and each value of its field's type. Phones are
 * stored E.164, text is trimmed; empty optional fields are dropped.
 */
export type IntakeValue = string | number;

export interface IntakeValuesResult {
  values: Record<string, IntakeValue>;
  problems: FieldProblem[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTAL = /^\d{3}-?\d{4}(\s|$)/;
const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function checkIntakeValues(
  fields: readonly IntakeField[],
  input: Record<string, unknown>,
): IntakeValuesResult {
  const values: Record<string, IntakeValue> = {};
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push(fieldProblem(`fields.${key}`, 'whitelistValidation'));
  }
  for (const field of fields) {
    const at = `fields.${field.key}`;
    const raw = input[field.key];
    const text =
      typeof raw === 'number'
        ? String(raw)
        : typeof raw === 'string'
          ? raw.trim()
          : raw == null
            ? ''
            : null;
    if (text === null) {
      problems.push({ ...fieldProblem(at, 'isString'), label: field.label });
      continue;
    }
    if (!text) {
      if (field.required) problems.push({ ...fieldProblem(at, 'isNotEmpty'), label: field.label });
      continue;
    }
    const checked = checkOne(field, text);
    if (typeof checked === 'object') problems.push({ field: at, label: field.label, ...checked });
    else values[field.key] = checked;
  }
  return { values, problems };
}

function checkOne(field: IntakeField, text: string): IntakeValue | FieldRefusal {
  switch (field.type) {
    case 'TEXT':
    case 'LONG_TEXT': {
      const max = field.type === 'TEXT' ? 200 : 5000;
      return text.length <= max ? text : refusal('maxLength', { n: max });
    }
    case 'PHONE': {
      const phone = parseJapanesePhone(text);
      return phone.ok ? phone.e164 : phone.refused;
    }
    case 'EMAIL':
      return EMAIL.test(text) ? text : refusal('isEmail');
    case 'POSTAL_ADDRESS':
      return POSTAL.test(text.normalize('NFKC'))
        ? text.normalize('NFKC')
        : refusal('isPostalAddress');
    case 'CHOICE':
      return field.options?.includes(text)
        ? text
        : refusal('isIn', { values: field.options ?? [] });
    case 'DATETIME':
      return DATETIME.test(text) && !Number.isNaN(Date.parse(text))
        ? text
        : refusal('isDateString');
    case 'NUMBER': {
      const n = Number(text.normalize('NFKC'));
      return Number.isFinite(n) ? n : refusal('isNumber');
    }
    case 'KANA': {
      const reading = toKatakanaReading(text);
      if (reading.length > 100) return refusal('maxLength', { n: 100 });
      return isKatakanaReading(reading) ? reading : refusal('isKatakana');
    }
  }
}

/** The script's urgent keywords found in what was taken: any one means phoning the client. */
export function urgentKeywordsIn(keywords: readonly string[], texts: readonly string[]): string[] {
  const haystack = texts.join('\n').normalize('NFKC').toLowerCase();
  return keywords.filter((k) => k.trim() && haystack.includes(k.normalize('NFKC').toLowerCase()));
}
