import { isVersionConflict } from '../../lib/errors';

/**
 * Runs a save for a form: null when it went through, the error to show
 * otherwise. A version conflict goes to `onConflict` instead, which reloads
 * and starts the form over.
 */
export async function attempt(operation: () => Promise<unknown>, onConflict?: (error: unknown) => void) {
  try {
    await operation();
    return null;
  } catch (error) {
    if (onConflict && isVersionConflict(error)) {
      onConflict(error);
      return null;
    }
    return error;
  }
}
