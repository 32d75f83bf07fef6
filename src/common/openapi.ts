import { applyDecorators, Type } from '@nestjs/common';
import { ApiBody, ApiBodyOptions, ApiExtraModels, ApiHeader, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** One failing field of a 400: `field` is the path into the body or query, e.g. `languages.0.level`. */
export class ProblemFieldError {
  @ApiProperty({ example: 'municipalityCode' })
  field: string;

  @ApiProperty({ description: 'Stable machine code of the failed rule.', example: 'municipality_code' })
  code: string;

  @ApiProperty({ description: 'For people, in the language asked for.', example: 'municipalityCode must be a 4-digit kommunenummer' })
  message: string;
}

/** The body of every error (RFC 9457), written by ProblemDetailsFilter as application/problem+json. */
export class ProblemDetails {
  @ApiProperty({ description: 'Stable problem type URI.', example: 'urn:kobling:problem:validation' })
  type: string;

  @ApiProperty({ description: 'Stable machine code of this error; branch on it, not on the texts.', example: 'validation' })
  code: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ description: 'The HTTP status.', example: 400 })
  status: number;

  @ApiPropertyOptional({ description: 'What went wrong with this request, for people.', example: 'The request has invalid fields.' })
  detail?: string;

  @ApiProperty({ description: 'The path of the request.', example: '/api/v1/candidates' })
  instance: string;

  @ApiPropertyOptional({ type: [ProblemFieldError], description: 'With validation errors: every failing field.' })
  errors?: ProblemFieldError[];
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: the fields that fail are in `errors`.',
  401: 'No API key or session, or one that is unknown, revoked or expired.',
  403: 'The caller\'s role or organisation may not do this, or a cookie write lacks its X-CSRF-Token.',
  404: 'No such record, or one you may not see.',
  409: 'Conflicts with the current state.',
  413: 'The body is too large.',
  415: 'The body has the wrong media type.',
  422: 'Understood, but cannot be done.',
  429: 'Too many attempts: wait `Retry-After` seconds.',
};

export const problemResponse = (status: number, description = PROBLEM_DESCRIPTIONS[status] ?? 'Refused.') => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetails) } } },
});

/** An error response, documented as ProblemDetails. 400/401/403/404 are added from the route itself (see src/openapi). */
export const ApiProblem = (status: number, description?: string) =>
  applyDecorators(ApiExtraModels(ProblemDetails), ApiResponse({ status, ...problemResponse(status, description) }));

/** What every paged list answers; `items` is added per list by ApiPage. */
export class PageMeta {
  @ApiProperty({ description: '1-based page number.', example: 1 })
  page: number;

  @ApiProperty({ description: 'Items per page.', example: 20 })
  limit: number;

  @ApiProperty({ description: 'Items on all pages.', example: 42 })
  total: number;
}

/** A 200 with `Page<item>`: `{items: item[], page, limit, total}`. */
export const ApiPage = (item: Type<unknown>, description?: string) =>
  applyDecorators(
    ApiExtraModels(PageMeta, item),
    ApiOkResponse({
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageMeta) },
          { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } } },
        ],
      },
    }),
  );

/** The language of the reasons a route writes. */
export const ApiAcceptLanguage = () =>
  ApiHeader({ name: 'Accept-Language', required: false, description: '`nb` (default; `nn` and `no` are answered in nb) or `en` for the reasons' });

/** Any JSON value, for free-form data such as audit details; registered as a component by src/openapi. */
export const JSON_VALUE_SCHEMA = '#/components/schemas/JsonValue';
export const JSON_VALUE_COMPONENT = {
  description: 'Any JSON value.',
  nullable: true,
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { $ref: JSON_VALUE_SCHEMA } },
    { type: 'object', additionalProperties: { $ref: JSON_VALUE_SCHEMA } },
  ],
} as const;

/**
 * The JSON body of a route with an example that passes its validation (test/openapi.e2e.spec.ts
 * sends each one). Typed as the DTO, so an example cannot drift from its fields.
 */
export const ApiBodyExample = <T>(type: Type<T>, value: NoInfer<T>, summary?: string) =>
  ApiBody({ type, examples: { example: { summary, value } } } as ApiBodyOptions);
