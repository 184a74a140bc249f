/** The header the API asks of uploads, which a form on another site cannot send (CSRF). */
const UPLOAD_HEADER = 'x-konzeptwerk-upload';

/** Sends a file form to one of the API's upload routes, with the session and the app's upload header. */
export function postUpload(url: string, form: FormData): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { [UPLOAD_HEADER]: '1' }, body: form, credentials: 'same-origin' });
}
