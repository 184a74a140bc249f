import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@konzeptwerk/platform';

/**
 * Domain errors are answers, not failures: hand them to GraphQL (formatError
 * maps them) without Nest logging each refused sign-in as an error.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
