import { invalid } from './domain-error';

/** Trims a required text and checks its length; the field name goes into the error. */
export function requiredText(value: string | null | undefined, field: string, max = 500): string {
  const text = (value ?? '').trim();
  if (!text) throw invalid(`${field}: required`);
  if (text.length > max) throw invalid(`${field}: at most ${max} characters`);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max = 5000): string | null {
  const text = (value ?? '').trim();
  if (text.length > max) throw invalid(`${field}: at most ${max} characters`);
  return text || null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(value: string, field = 'email'): string {
  const email = value.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) throw invalid(`${field}: not an e-mail address`);
  return email;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids arrive from clients: anything that is not a UUID cannot exist. */
export const isUuid = (s: string | null | undefined): s is string => typeof s === 'string' && UUID.test(s);
