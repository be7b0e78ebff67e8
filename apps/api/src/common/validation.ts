import { controlCharacterPaths } from '@dengon/domain';
import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldProblem } from './errors';

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts its messages with the property name; the field already says it.
      message: message.startsWith(`${e.property} `)
        ? message.slice(e.property.length + 1)
        : message,
    }));
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
        throw badInput(paths.map((field) => ({ field, message: 'contains control characters' })));
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new DengonValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) => badInput(problems(errors)),
});
