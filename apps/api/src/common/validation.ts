import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Validates every argument and input class; a failure is BAD_USER_INPUT naming each field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) => badInput(problems(errors)),
});
