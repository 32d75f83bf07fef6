import { ValidateBy, ValidateIf, ValidationOptions, buildMessage } from 'class-validator';
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

/**
 * May be left out (the column's default applies), but not sent as null: unlike `@IsOptional()`,
 * a null goes on to the field's checks and is refused there, since the column cannot hold it.
 */
export const IsOmittable = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

/** Text with something besides whitespace in it. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: buildMessage((prefix) => `${prefix}$property must not be empty or only spaces`, options),
      },
    },
    options,
  );
}
