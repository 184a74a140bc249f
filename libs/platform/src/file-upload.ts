import { type ArgumentsHost, Catch, type ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { invalid } from './domain-error';
import { answerDomainError } from './http-answers';

/**
 * The header the app's own pages send with a file upload. A form on another site cannot set it, so an upload
 * without it is refused (CSRF); the session cookie alone is not enough.
 */
export const UPLOAD_HEADER = 'x-konzeptwerk-upload';

export const isAppUpload = (req: Request) => req.get(UPLOAD_HEADER) === '1';

/**
 * A filter for an upload route: a file over `maxBytes`, stopped by the upload itself before it reaches the
 * service, is answered like the service's own checks (VALIDATION_FAILED in German and English).
 */
export function fileTooLargeFilter(maxBytes: number): new () => ExceptionFilter {
  @Catch(PayloadTooLargeException)
  class FileTooLargeFilter implements ExceptionFilter {
    catch(_e: PayloadTooLargeException, host: ArgumentsHost) {
      answerDomainError(
        host.switchToHttp().getResponse<Response>(),
        invalid(`file: at most ${maxBytes / 1024 / 1024} MB`),
      );
    }
  }
  return FileTooLargeFilter;
}
