/**
 * The error catalogue: every error a client can meet, with a stable `type`, mapped to
 * application/problem+json (RFC 9457) in one place (ProblemDetailsFilter).
 */
export interface FieldError {
  field: string;
  message: string;
}

export const PROBLEM_TYPES = {
  validation: { status: 400, title: 'Validation failed' },
  badRequest: { status: 400, title: 'Bad request' },
  unauthenticated: { status: 401, title: 'Unauthenticated' },
  forbidden: { status: 403, title: 'Forbidden' },
  notFound: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unprocessable: { status: 422, title: 'Unprocessable content' },
  payloadTooLarge: { status: 413, title: 'Payload too large' },
  unsupportedMediaType: { status: 415, title: 'Unsupported media type' },
  /** A bulk import with failed rows, of which nothing was written; the body carries the row-by-row `report`. */
  importRejected: { status: 422, title: 'Import rejected' },
  internal: { status: 500, title: 'Internal server error' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

/** Stable problem type identifiers, e.g. `urn:kobling:problem:not-found`. */
export const problemTypeUri = (kind: ProblemKind): string =>
  `urn:kobling:problem:${kind.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`;

export class Problem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Extension members (RFC 9457 §3.2) written beside the standard ones, e.g. an import's `report`. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? PROBLEM_TYPES[kind].title);
  }

  get status(): number {
    return PROBLEM_TYPES[this.kind].status;
  }

  static validation(errors: FieldError[], detail = 'The request has invalid fields.'): Problem {
    return new Problem('validation', detail, errors);
  }

  static notFound(resource: string, id: string): Problem {
    return new Problem('notFound', `${resource} ${id} was not found.`);
  }

  static forbidden(detail: string): Problem {
    return new Problem('forbidden', detail);
  }

  static conflict(detail: string): Problem {
    return new Problem('conflict', detail);
  }
}
