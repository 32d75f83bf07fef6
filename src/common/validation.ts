import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { inspectJsonBody, MAX_JSON_DEPTH } from './json-body';
import { FieldError, Problem } from './problems';

/** class-validator's nested errors as a flat list of `{field: 'a.0.b', message}`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator prefixes nested messages with the property name only; give the full path.
      message: message.startsWith(error.property) ? field + message.slice(error.property.length) : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The validator options of every DTO check, for code that validates DTOs outside the pipe (the CSV import). */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
  validationError: { target: false, value: false },
} as const satisfies ValidatorOptions;

/** The one validation mechanism: class-validator DTOs, unknown fields rejected, nested objects checked. */
class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      ...VALIDATOR_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => Problem.validation(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new Problem('badRequest', 'The request body must be a JSON object.');
      }
      const fault = inspectJsonBody(value);
      if (fault?.kind === 'too_deep') {
        throw new Problem('badRequest', `The request body is nested deeper than ${MAX_JSON_DEPTH} levels (at ${fault.field}).`);
      }
      if (fault?.kind === 'bad_text') throw Problem.validation(fault.errors);
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new RequestValidationPipe();
