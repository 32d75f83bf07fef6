import {
  ERROR_CATALOGUE,
  ErrorCode,
  FieldCode,
  PROBLEM_KINDS,
  ParamsArg,
  ParamsOf,
  ParamValue,
  ProblemCode,
  ProblemKind,
  Resource,
  RESOURCES,
} from './error-catalogue';
import { inLocale, Locale, Text } from './language';

export type { FieldCode, ProblemCode, ProblemKind, Resource } from './error-catalogue';

type Params = Record<string, ParamValue | undefined>;

/** One failing field, before it is rendered: `{field, code, message}` in the response. */
export interface FieldError {
  field: string;
  code: FieldCode;
  params?: Params;
}

/** A field error as a client reads it. */
export interface RenderedFieldError {
  field: string;
  code: FieldCode;
  message: string;
}

const isText = (value: ParamValue): value is Text => typeof value === 'object' && !Array.isArray(value);

function renderParam(value: ParamValue, locale: Locale): string {
  if (typeof value === 'number') return value.toLocaleString(locale === 'en' ? 'en' : 'nb');
  if (typeof value === 'string') return value;
  if (isText(value)) return inLocale(value, locale);
  return value.map((v) => renderParam(v, locale)).join(', ');
}

/** A code's message in one language, its `{name}` parameters filled in (an unknown one is left as written). */
export function renderMessage(code: ErrorCode, params: Params, locale: Locale): string {
  const template = inLocale(ERROR_CATALOGUE[code], locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : renderParam(params[name], locale)));
}

/** Both languages of a message, for a message that becomes a parameter of another. */
export const messageText = (code: ErrorCode, params: Params): Text => ({
  nb: renderMessage(code, params, 'nb'),
  nn: renderMessage(code, params, 'nn'),
  en: renderMessage(code, params, 'en'),
});

export const renderFieldError = <E extends FieldError>(error: E, locale: Locale): RenderedFieldError & { field: E['field'] } => ({
  field: error.field,
  code: error.code,
  message: renderMessage(error.code, { field: error.field, ...error.params }, locale),
});

export const problemTypeUri = (kind: ProblemKind): string =>
  `urn:kobling:problem:${kind.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`;

/** A problem a client can meet: a catalogue code and its parameters, rendered in the reader's language by ProblemDetailsFilter. */
export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly params: Params = {},
    readonly errors?: FieldError[],
    /** Extension members (RFC 9457 §3.2) written beside the standard ones, e.g. an import's `report`. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(renderMessage(code, params, 'en'));
  }

  /** Seconds the client should wait before sending it again, written as `Retry-After` (429, 503). */
  retryAfterSeconds?: number;

  retryAfter(seconds: number): this {
    this.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    return this;
  }

  get kind(): ProblemKind {
    return ERROR_CATALOGUE[this.code].kind;
  }

  get status(): number {
    return PROBLEM_KINDS[this.kind].status;
  }

  detail(locale: Locale): string {
    return renderMessage(this.code, this.params, locale);
  }

  static notFound(resource: Resource, id: string): Problem {
    return new Problem('not_found', { resource: RESOURCES[resource], id });
  }
}

/** `throw problem('case_version_stale', {seen: 3, current: 4})`: parameters typed by the code's message. */
export function problem<C extends ProblemCode>(code: C, ...[params]: ParamsArg<C>): Problem {
  return new Problem(code, params as Params | undefined);
}

/** One failing field: `fieldError('fullName', 'required')`. */
export function fieldError<F extends string, C extends FieldCode>(field: F, code: C, ...[params]: ParamsArg<C>): FieldError & { field: F } {
  return { field, code, ...(params ? { params: params as ParamsOf<C> as Params } : {}) };
}

/** A validation failure (`validation_failed`) naming each failing field. */
export const invalid = (errors: FieldError[]): Problem => new Problem('validation_failed', {}, errors);
