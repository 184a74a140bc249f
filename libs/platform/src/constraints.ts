import { DomainError } from './domain-error';

const pgCode = (e: unknown) => (e as { code?: string }).code ?? '';

async function translate<T>(codes: string[], error: () => DomainError, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (codes.includes(pgCode(e))) throw error();
    throw e;
  }
}

/** Runs a write; a unique violation (23505) becomes DUPLICATE naming the item. */
export const refuseDuplicate = <T>(details: string, write: () => Promise<T>) =>
  translate(['23505'], () => new DomainError('DUPLICATE', { details }), write);

/** Runs a delete; a row still referenced (23503 foreign key, 23001 ON DELETE RESTRICT) becomes IN_USE. */
export const refuseInUse = <T>(details: string, write: () => Promise<T>) =>
  translate(['23503', '23001'], () => new DomainError('IN_USE', { details }), write);
