/** Where links in e-mails point to. */
export const publicUrl = () => (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const SESSION_DAYS = 14;
export const INVITATION_DAYS = 14;
export const RESET_MINUTES = 60;
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 30;
