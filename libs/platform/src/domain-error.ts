import type { ErrorCode, ErrorParam } from '@konzeptwerk/contracts';

/** A failure the user can understand and act on; mapped to a GraphQL error with `code`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, ErrorParam> = {},
    /** Machine-readable facts a client can act on (e.g. what changed in a conflict); sent as `extensions.details`. */
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const notFound = () => new DomainError('NOT_FOUND');
export const forbidden = () => new DomainError('FORBIDDEN');
export const invalid = (details: string) => new DomainError('VALIDATION_FAILED', { details });
