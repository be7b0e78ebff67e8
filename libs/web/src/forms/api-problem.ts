import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FieldRule, RuleViolation } from '@dengon/domain';
import { i18n } from '../i18n/i18n';
import ja from '../i18n/ja.json';
import { errorCode } from '../session/errors';

/** What a failed request means for a form: messages by field, and the rest. */
export interface ApiProblem {
  /** `extensions.code`, or 'NETWORK' when no GraphQL answer came back. */
  code: string;
  /** Field path ('coverageWindows.0.end') → what is wrong, in the screen's language where the rule is a common one. */
  fields: Record<string, string>;
  /** Field path → the field's Japanese name, as the API gave it. */
  labels: Record<string, string>;
  /** Messages that name no field. */
  messages: string[];
  /** A business rule refused the change (`extensions.violation`): its messages say which. */
  violated: boolean;
}

interface FieldMessage {
  field: string;
  message: string;
  label?: string;
  /** The rule that refused it (FIELD_RULES), and the values its sentence names. */
  rule?: string;
  args?: unknown;
}

type Rule = keyof (typeof ja)['problems']['rule'];
// Every rule the API may name has its sentence: the compiler holds ja.json to the domain's list.
const RULES: Record<FieldRule, string> = ja.problems.rule;
const isRule = (name: string): name is Rule => Object.hasOwn(RULES, name);

/** A value a sentence names, as the screen shows it: figures in its locale, lists joined. */
function shown(value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString(i18n.language);
  if (Array.isArray(value)) return value.map(shown).join(i18n.language === 'ja' ? '、' : ', ');
  // What was typed comes back in some sentences: it is shown, never read as a nested text.
  return typeof value === 'string' ? value.replaceAll('$t(', '$\u200bt(') : '';
}

/**
 * A field's refusal in the screen's language, by its rule, with the values
 * the API named (「1〜30文字で入力してください」); the API's own words only
 * for a rule these texts do not know.
 */
function say({ message, rule, args }: FieldMessage): string {
  const given = typeof args === 'object' && args !== null && !Array.isArray(args) ? args : {};
  const values = Object.fromEntries(
    Object.entries(given).map(([key, value]) => [key, shown(value)]),
  );
  const exact = rule === 'isLength' && values['min'] === values['max'];
  const name = exact ? 'isLengthExact' : rule;
  if (!name || !isRule(name)) return message;
  return i18n.t(`problems.rule.${name}`, { replace: values });
}

/** A rule's key in the texts: OFFER_CLOSED → offer-closed (i18next reads `_` as a context). */
type ViolationKey<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}-${ViolationKey<Tail>}`
  : Lowercase<S>;
const keyOf = (rule: RuleViolation) =>
  rule.toLowerCase().replaceAll('_', '-') as ViolationKey<RuleViolation>;

// Every rule the API may name has its sentence: the compiler holds ja.json to the domain's list.
const VIOLATIONS: Record<ViolationKey<RuleViolation>, string> = ja.problems.violation;
const isViolation = (name: unknown): name is RuleViolation =>
  typeof name === 'string' && Object.hasOwn(VIOLATIONS, keyOf(name as RuleViolation));

/** A rule's refusal in the screen's language, with the figures the API gave (amounts, dates). */
function sayViolation(rule: RuleViolation, args: unknown): string {
  const given = typeof args === 'object' && args !== null ? Object.entries(args) : [];
  const value = (name: string) => {
    const found: unknown = given.find(([key]) => key === name)?.[1];
    if (typeof found === 'number') return found.toLocaleString(i18n.language);
    return typeof found === 'string' ? found : '';
  };
  return i18n.t(`problems.violation.${keyOf(rule)}`, {
    date: value('date'),
    fileName: value('fileName'),
    owed: value('owed'),
    limit: value('limit'),
  });
}

function isFieldMessage(value: unknown): value is FieldMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldMessage).field === 'string' &&
    typeof (value as FieldMessage).message === 'string'
  );
}

/**
 * One notation for field paths: the validator writes `fields.0.key`, the
 * domain rules `fields[0].key`. A prefix such as `content.` is dropped so a
 * form can name its fields the way its state does.
 */
export function normalizeFieldPath(path: string, dropPrefixes: readonly string[] = []): string {
  let normal = path.replace(/\[(\d+)\]/g, '.$1');
  for (const prefix of dropPrefixes) {
    if (normal.startsWith(prefix)) normal = normal.slice(prefix.length);
  }
  return normal;
}

/**
 * GraphQL itself refuses a value of the wrong type (a decimal or an over-large
 * number for an Int) before the API's rules run; such an error names the field
 * only in its message: `Variable "$input" got invalid value 1.5 at
 * "input.overrides.monthlyFee"; Int cannot represent non-integer value: 1.5`.
 */
const COERCION = /^Variable "\$([^"]+)" got invalid value .* at "\1\.([^"]+)"; (.+)$/s;

function coercionFieldMessage(message: string): FieldMessage | null {
  const match = COERCION.exec(message);
  return match ? { field: match[2]!, message: match[3]! } : null;
}

export function toApiProblem(error: unknown, dropPrefixes: readonly string[] = []): ApiProblem {
  if (!CombinedGraphQLErrors.is(error))
    return { code: 'NETWORK', fields: {}, labels: {}, messages: [], violated: false };
  const problem: ApiProblem = {
    code: errorCode(error) ?? 'UNEXPECTED',
    fields: {},
    labels: {},
    messages: [],
    violated: false,
  };
  for (const graphQLError of error.errors) {
    const extensionFields: unknown = graphQLError.extensions?.['fields'];
    const coerced = coercionFieldMessage(graphQLError.message);
    const fields: unknown = coerced ? [coerced] : extensionFields;
    if (Array.isArray(fields) && fields.some(isFieldMessage)) {
      for (const refused of fields.filter(isFieldMessage)) {
        const path = normalizeFieldPath(refused.field, dropPrefixes);
        const message = say(refused);
        if (refused.label) problem.labels[path] = refused.label;
        // Two rules may refuse one field: show both beside it.
        problem.fields[path] = problem.fields[path]
          ? `${problem.fields[path]}; ${message}`
          : message;
      }
    } else if (isViolation(graphQLError.extensions?.['violation'])) {
      problem.violated = true;
      problem.messages.push(
        sayViolation(graphQLError.extensions['violation'], graphQLError.extensions['args']),
      );
    } else {
      problem.messages.push(graphQLError.message);
    }
  }
  return problem;
}
