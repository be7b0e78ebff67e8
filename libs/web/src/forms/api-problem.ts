import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode } from '../session/errors';

/** What a failed request means for a form: messages by field, and the rest. */
export interface ApiProblem {
  /** `extensions.code`, or 'NETWORK' when no GraphQL answer came back. */
  code: string;
  /** Field path ('coverageWindows.0.end') → the API's message. */
  fields: Record<string, string>;
  /** Messages that name no field. */
  messages: string[];
}

interface FieldMessage {
  field: string;
  message: string;
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
  if (!CombinedGraphQLErrors.is(error)) return { code: 'NETWORK', fields: {}, messages: [] };
  const problem: ApiProblem = { code: errorCode(error) ?? 'UNEXPECTED', fields: {}, messages: [] };
  for (const graphQLError of error.errors) {
    const extensionFields: unknown = graphQLError.extensions?.['fields'];
    const coerced = coercionFieldMessage(graphQLError.message);
    const fields: unknown = coerced ? [coerced] : extensionFields;
    if (Array.isArray(fields) && fields.some(isFieldMessage)) {
      for (const { field, message } of fields.filter(isFieldMessage)) {
        const path = normalizeFieldPath(field, dropPrefixes);
        // Two rules may refuse one field: show both beside it.
        problem.fields[path] = problem.fields[path]
          ? `${problem.fields[path]}; ${message}`
          : message;
      }
    } else {
      problem.messages.push(graphQLError.message);
    }
  }
  return problem;
}
