import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationTypes, type ValidatorOptions } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { FieldCode, ParamsArg } from './error-catalogue';
import { inspectJsonBody, MAX_JSON_DEPTH } from './json-body';
import { FieldError, invalid, problem } from './problems';

const TOKEN = '\u0001kobling:';

/**
 * A decorator's `message` naming a catalogue code instead of text: `@Matches(MUNICIPALITY_CODE,
 * { message: expects('invalid_kommunenummer') })`. `required_when` applies when the field is missing.
 */
export function expects<C extends FieldCode>(code: C, ...[params]: ParamsArg<C>): string {
  return TOKEN + JSON.stringify({ code, params });
}

type Expected = Omit<FieldError, 'field'>;
/** A DTO class, as class-validator's and class-transformer's metadata are keyed. */
type DtoClass = abstract new (...args: never[]) => object;
const PRESENCE_CODES: ReadonlySet<FieldCode> = new Set<FieldCode>(['required', 'required_when']);

function parseToken(message: unknown): Expected | null {
  if (typeof message !== 'string' || !message.startsWith(TOKEN)) return null;
  return JSON.parse(message.slice(TOKEN.length)) as Expected;
}

const metadataOf = (target: DtoClass, property: string): ValidationMetadata[] =>
  getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === property);

/** The class a nested property holds (its class-transformer `@Type`), if any. */
function nestedClass(target: DtoClass, property: string): DtoClass | undefined {
  const type = defaultMetadataStorage.findTypeMetadata(target, property);
  return type?.typeFunction() as DtoClass | undefined;
}

/** A nested DTO's shape as a person reads it: `{label, mustHave}`, optional fields marked `?`. */
export function shapeOf(cls: DtoClass): string {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  const names = [...new Set(metadata.map((m) => m.propertyName))];
  const optional = (name: string) => metadata.some((m) => m.propertyName === name && m.type === ValidationTypes.CONDITIONAL_VALIDATION);
  return `{${names.map((n) => (optional(n) ? `${n}?` : n)).join(', ')}}`;
}

/** The limit or allowed values a constraint was declared with. */
const constraintOf = (metadata: ValidationMetadata | undefined, i = 0): unknown => metadata?.constraints?.[i];

/** One class-validator constraint as a catalogue code with its parameters: never the library's English text. */
function describe(error: ValidationError, name: string, message: string): Expected {
  if (name === ValidationTypes.WHITELIST) return { code: 'unknown_field' };
  const target = error.target?.constructor as DtoClass | undefined;
  const metadata = target ? metadataOf(target, error.property) : [];
  const value: unknown = error.target ? (error.target as Record<string, unknown>)[error.property] : error.value;
  if (value === undefined || value === null) {
    // Whatever check ran first, a missing field is missing (a length check would say "too long").
    const presence = metadata.map((m) => parseToken(m.message)).find((t) => t !== null && PRESENCE_CODES.has(t.code));
    return presence ?? { code: 'required' };
  }
  const token = parseToken(message);
  if (token && !PRESENCE_CODES.has(token.code)) return token;
  const declared = metadata.find((m) => (m.name ?? m.type) === name);
  const nested = target ? nestedClass(target, error.property) : undefined;
  const number = (i = 0) => Number(constraintOf(declared, i));
  switch (name) {
    case ValidationTypes.NESTED_VALIDATION:
    case 'isArray':
    case 'isObject':
    case 'unknownValue': {
      const list = Array.isArray(value) || metadata.some((m) => m.name === 'isArray' || (m.type === ValidationTypes.NESTED_VALIDATION && m.each));
      if (nested) return { code: list ? 'expected_list_of' : 'expected_object', params: { shape: shapeOf(nested) } };
      return { code: list ? 'expected_list' : 'expected_object', params: { shape: '{…}' } };
    }
    case 'isNotEmpty':
      return { code: 'empty' };
    case 'arrayNotEmpty':
      return { code: 'empty' };
    case 'isNotEmptyObject':
      return { code: 'empty_object' };
    case 'isString':
      return { code: 'not_string' };
    case 'maxLength':
      return { code: 'too_long', params: { max: number() } };
    case 'minLength':
      return { code: 'too_short', params: { min: number() } };
    case 'isIn':
      return { code: 'not_one_of', params: { allowed: (constraintOf(declared) as string[] | undefined) ?? [] } };
    case 'isEnum':
      return { code: 'not_one_of', params: { allowed: Object.values((constraintOf(declared) as object | undefined) ?? {}) as string[] } };
    case 'isInt':
      return { code: 'not_integer' };
    case 'isNumber':
      return { code: 'not_number' };
    case 'min':
      return { code: 'too_small', params: { min: number() } };
    case 'max':
      return { code: 'too_large', params: { max: number() } };
    case 'isBoolean':
      return { code: 'not_boolean' };
    case 'isUuid':
      return { code: 'not_uuid' };
    case 'isIso8601':
    case 'isDate':
      return { code: 'not_date' };
    case 'isIso6391':
      return { code: 'invalid_language_code' };
    case 'isISO31661Alpha2':
      return { code: 'invalid_country_code' };
    case 'isUrl':
      return { code: 'invalid_url' };
    case 'arrayMaxSize':
      return { code: 'too_many_items', params: { max: number() } };
    case 'arrayMinSize':
      return { code: 'too_few_items', params: { min: number() } };
    case 'arrayUnique':
      return { code: 'duplicate_items' };
    default:
      return { code: 'invalid_value' };
  }
}

/** A list item that is not an object: named by its path, the message saying what the list holds. */
function notAnItem(list: ValidationError, listPath: string): Expected {
  const target = list.target?.constructor as DtoClass | undefined;
  const nested = target ? nestedClass(target, list.property) : undefined;
  return nested ? { code: 'expected_list_of', params: { field: listPath, shape: shapeOf(nested) } } : { code: 'invalid_value' };
}

const ITEM_SHAPE_CONSTRAINTS = new Set<string>([ValidationTypes.NESTED_VALIDATION, 'unknownValue']);

/** class-validator's nested errors as a flat list of `{field: 'a.0.b', code, params}`, one per field and code. */
export function flattenValidationErrors(errors: ValidationError[], parent = '', parentError?: ValidationError): FieldError[] {
  const all = errors.flatMap((error): FieldError[] => {
    const names = Object.keys(error.constraints ?? {});
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (parentError && /^\d+$/.test(error.property) && names.some((n) => ITEM_SHAPE_CONSTRAINTS.has(n))) {
      return [{ field, ...notAnItem(parentError, parent) }];
    }
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({ field, ...describe(error, name, message) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field, error)];
  });
  // A missing field fails several checks: it is said once.
  const key = (e: FieldError) => `${e.field}\u0000${e.code}\u0000${JSON.stringify(e.params ?? {})}`;
  return all.filter((e, i) => all.findIndex((o) => key(o) === key(e)) === i);
}

/** The validator options of every DTO check, for code that validates DTOs outside the pipe (the CSV import). */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
  // The target (the object checked) tells which decorator failed and with what limits; it never leaves the service.
  validationError: { target: true, value: false },
} as const satisfies ValidatorOptions;

/** The one validation mechanism: class-validator DTOs, unknown fields rejected, nested objects checked. */
class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      ...VALIDATOR_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => invalid(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw problem('body_not_object');
      const fault = inspectJsonBody(value);
      if (fault?.kind === 'too_deep') throw problem('body_too_deep', { max: MAX_JSON_DEPTH, at: fault.field });
      if (fault?.kind === 'bad_text') throw invalid(fault.errors);
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new RequestValidationPipe();
