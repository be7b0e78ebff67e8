import {
  controlCharacterPaths,
  fieldProblem,
  type FieldProblem,
  type FieldRule,
  type FieldRuleArg,
  isFieldRule,
} from '@dengon/domain';
import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { badInput } from './errors';

/** The names of a rule's limits, in the order class-validator keeps them (Length(1, 30) → min 1, max 30). */
const ARG_NAMES: Partial<Record<FieldRule, readonly string[]>> = {
  isLength: ['min', 'max'],
  maxLength: ['n'],
  minLength: ['n'],
  min: ['n'],
  max: ['n'],
  arrayMaxSize: ['n'],
  arrayMinSize: ['n'],
  isIn: ['values'],
  isEnum: ['values'],
};

/**
 * The limits a rule was declared with, by name (Length(1, 30) → { min: 1, max: 30 }),
 * read from class-validator's own metadata.
 */
function argsOf(
  target: object | undefined,
  property: string,
  rule: FieldRule,
): Record<string, FieldRuleArg> | undefined {
  const names = ARG_NAMES[rule];
  if (!target || !names) return undefined;
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === rule);
  // Only plain limits travel (numbers, words, lists of them): not isEnum's enum object or a pattern.
  const plain: FieldRuleArg[] = (declared?.constraints ?? []).filter(isArg);
  const named = names.flatMap((name, i): [string, FieldRuleArg][] => {
    const arg = plain[i];
    return arg === undefined ? [] : [[name, arg]];
  });
  return named.length ? Object.fromEntries(named) : undefined;
}
const isPlain = (value: unknown) => typeof value === 'number' || typeof value === 'string';
const isArg = (arg: unknown): arg is FieldRuleArg =>
  isPlain(arg) || (Array.isArray(arg) && arg.every((item: unknown) => isPlain(item)));

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([name, message]): FieldProblem => {
      // Every rule the input classes declare is in FIELD_RULES (validation.spec.ts); were one
      // not, the screens would still get a rule they can say.
      const rule = isFieldRule(name) ? name : 'matches';
      const args = argsOf(e.target, e.property, rule);
      return {
        field,
        // class-validator starts its messages with the property name; the field already says it.
        message: message.startsWith(`${e.property} `)
          ? message.slice(e.property.length + 1)
          : message,
        rule,
        ...(args && { args }),
      };
    });
    return [...own, ...problems(e.children ?? [], field)];
  });
}

/**
 * Validates every argument and input class; a failure is BAD_USER_INPUT naming
 * each field. Text with control characters (NUL and the like) is refused
 * wherever it is, JSON values included, before any rule sees it.
 */
class DengonValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      // Named as the other rules name them: within the input, or the argument itself.
      const paths = controlCharacterPaths(
        value,
        typeof value === 'string' ? (metadata.data ?? '') : '',
      );
      if (paths.length)
        throw badInput(paths.map((field) => fieldProblem(field, 'noControlCharacters')));
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new DengonValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  // Each error keeps the object it was found in, so its rule's limits can be read (argsOf).
  validationError: { target: true, value: false },
  exceptionFactory: (errors) => badInput(problems(errors)),
});
