import {
  type FieldProblem,
  type FieldRefusal,
  type FieldRule,
  type FieldRuleArg,
  type FieldRuleArgsOf,
  fieldLabel,
  fieldRuleMessage,
  RULE_VIOLATIONS,
  type RuleViolation,
} from '@dengon/domain';
import { GraphQLError } from 'graphql';

/**
 * The errors a client is meant to act on, each with a stable code in
 * `extensions.code`. Anything else is a bug and surfaces as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export type { FieldProblem, FieldRefusal };

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign-in required') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed for your role') =>
  new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);

/**
 * A business rule refused the change: its kind (RULE_VIOLATIONS) is the code,
 * the rule is `extensions.violation`, and `extensions.args` carries what the
 * screens need to say it in Japanese.
 */
export const violated = (
  rule: RuleViolation,
  message: string,
  args?: Record<string, string | number>,
) => new AppError(RULE_VIOLATIONS[rule], message, { violation: rule, ...(args && { args }) });

/**
 * Optimistic concurrency: refuses a write made from a stale read of a
 * versioned row, telling the current version so a screen can reload it.
 */
export function checkVersion(what: string, current: number, read: number): void {
  if (current !== read)
    throw new AppError(
      'CONFLICT',
      `${what} was changed by someone else (version ${current}, yours ${read})`,
      { currentVersion: current },
    );
}
export const tooManyRequests = (message: string) => new AppError('TOO_MANY_REQUESTS', message);

/**
 * Bad input names the fields at fault, so a form can show each message beside
 * its field, and names each in Japanese: 「市区町村（areas.0.city）: …」. Each
 * names its rule (FIELD_RULES) and the args its sentence needs, so the screens
 * say it in the user's language; `message` is the rule's English.
 */
export function badInput(problems: FieldProblem[]): AppError {
  const named = problems.map((p) => {
    const label = p.label ?? fieldLabel(p.field);
    return label ? { ...p, label } : p;
  });
  const message = named
    .map((p) => `${p.label ? `${p.label}（${p.field}）` : p.field}: ${p.message}`)
    .join('; ');
  return new AppError('BAD_USER_INPUT', message, { fields: named });
}

/**
 * One field refused by a rule, with the args its sentence names:
 * `badField('email', 'alreadyInUse')`, `badField('wavBase64', 'sampleRateOutOfRange', { hz })`;
 * or by a refusal a domain rule returned: `badField('number', parsed.refused)`.
 */
export function badField(field: string, refused: FieldRefusal): AppError;
export function badField<R extends FieldRule>(
  field: string,
  rule: R,
  ...args: FieldRuleArgsOf<R>
): AppError;
export function badField(
  field: string,
  rule: FieldRule | FieldRefusal,
  args?: Readonly<Record<string, FieldRuleArg>>,
): AppError {
  const refused: FieldRefusal =
    typeof rule === 'string'
      ? { rule, ...(args && { args }), message: fieldRuleMessage(rule, args) }
      : rule;
  return badInput([{ field, ...refused }]);
}
