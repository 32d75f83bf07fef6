import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import isISO6391 from 'validator/lib/isISO6391';

/** ISO 639-1 two-letter language code (lowercase). */
export function IsIso6391(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIso6391',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value === value.toLowerCase() && isISO6391(value),
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be an ISO 639-1 language code such as "ar" or "nb"`, options),
      },
    },
    options,
  );
}
