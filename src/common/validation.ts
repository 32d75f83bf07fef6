import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, Problem } from './problems';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator prefixes nested messages with the property name only; give the full path.
      message: message.startsWith(error.property) ? field + message.slice(error.property.length) : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one validation mechanism: class-validator DTOs, unknown fields rejected, nested objects checked. */
class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => Problem.validation(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new Problem('badRequest', 'The request body must be a JSON object.');
      }
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new RequestValidationPipe();
