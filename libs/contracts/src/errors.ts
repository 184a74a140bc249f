import type { Locale } from './enums';

/**
 * Stable error codes the API answers with, each with a message a person
 * understands in German and English. The web app shows `message`; clients
 * branch on `code`.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: {
    de: 'Bitte melden Sie sich an.',
    en: 'Please sign in.',
  },
  FORBIDDEN: {
    de: 'Dafür fehlt Ihnen die Berechtigung.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    de: 'Der Eintrag wurde nicht gefunden.',
    en: 'The item was not found.',
  },
  VALIDATION_FAILED: {
    de: 'Die Eingaben sind nicht gültig: {details}',
    en: 'The input is not valid: {details}',
  },
  VERSION_CONFLICT: {
    de: 'Jemand anderes hat diesen Eintrag inzwischen geändert. Bitte laden Sie ihn neu und übernehmen Sie Ihre Änderungen erneut.',
    en: 'Someone else has changed this item in the meantime. Please reload it and apply your changes again.',
  },
  INVALID_CREDENTIALS: {
    de: 'E-Mail-Adresse oder Passwort ist falsch.',
    en: 'The e-mail address or password is wrong.',
  },
  RATE_LIMITED: {
    de: 'Zu viele Versuche. Bitte warten Sie {minutes} Minuten und versuchen Sie es dann erneut.',
    en: 'Too many attempts. Please wait {minutes} minutes and try again.',
  },
  TOKEN_INVALID: {
    de: 'Der Link ist ungültig, abgelaufen oder wurde bereits verwendet.',
    en: 'The link is invalid, has expired or has already been used.',
  },
  WEAK_PASSWORD: {
    de: 'Das Passwort muss mindestens 10 Zeichen lang sein.',
    en: 'The password must be at least 10 characters long.',
  },
  EMAIL_TAKEN: {
    de: 'Für diese E-Mail-Adresse gibt es bereits ein Konto. Bitte melden Sie sich an.',
    en: 'An account with this e-mail address already exists. Please sign in.',
  },
  PHASE_TRANSITION_INVALID: {
    de: 'Die Phase „{phase}“ kann nicht von „{from}“ nach „{to}“ wechseln.',
    en: 'The phase “{phase}” cannot move from “{from}” to “{to}”.',
  },
  PHASE_ORDER_VIOLATED: {
    de: 'Die Phase „{phase}“ kann erst beginnen, wenn die Phase „{previous}“ begonnen hat.',
    en: 'The phase “{phase}” can only start once the phase “{previous}” has started.',
  },
  REASON_REQUIRED: {
    de: 'Bitte geben Sie einen Grund an.',
    en: 'Please give a reason.',
  },
  DUPLICATE: {
    de: 'Ein Eintrag mit diesem Namen existiert bereits: {details}',
    en: 'An item with this name already exists: {details}',
  },
  IN_USE: {
    de: 'Der Eintrag wird noch verwendet und kann nicht gelöscht werden: {details}',
    en: 'The item is still in use and cannot be deleted: {details}',
  },
  RECOMMENDATION_CONFLICT: {
    de: '{by} hat diese Empfehlung inzwischen geändert ({fields}). Ihre Eingaben sind nicht verloren: Vergleichen Sie die Änderungen und speichern Sie erneut.',
    en: '{by} has changed this recommendation in the meantime ({fields}). Your input is not lost: compare the changes and save again.',
  },
  STATUS_TRANSITION_INVALID: {
    de: 'Dieser Schritt ist im Status „{status}“ nicht möglich.',
    en: 'This step is not possible in status “{status}”.',
  },
  PHASE_NOT_ACTIVE: {
    de: 'Das ist nur möglich, solange die Phase „{phase}“ läuft.',
    en: 'This is only possible while the phase “{phase}” is running.',
  },
  MERGE_INVALID: {
    de: 'Zusammenführen nicht möglich: {details}',
    en: 'Cannot merge: {details}',
  },
  DEADLINE_INVALID: {
    de: 'Die Frist muss in der Zukunft liegen.',
    en: 'The deadline must lie in the future.',
  },
  ALREADY_ANSWERED: {
    de: 'Diese Anfrage wurde bereits beantwortet.',
    en: 'This request has already been answered.',
  },
  DEADLINE_PASSED: {
    de: 'Die Frist für diese Rückmeldung ist abgelaufen. Bitte wenden Sie sich an die Koordination.',
    en: 'The deadline for this answer has passed. Please contact the coordination team.',
  },
  REGISTRATION_CLOSED: {
    de: 'Die Anmeldung ist nicht geöffnet ({window}).',
    en: 'Registration is not open ({window}).',
  },
  ALREADY_REGISTERED: {
    de: 'Mit dieser E-Mail-Adresse besteht schon eine Anmeldung. Die Bestätigung mit dem Link zum Abmelden haben wir an diese Adresse geschickt.',
    en: 'There already is a registration with this e-mail address. The confirmation with the cancellation link was sent to that address.',
  },
  PRIVACY_TEXT_CHANGED: {
    de: 'Die Datenschutzhinweise wurden inzwischen geändert. Bitte lesen Sie die neue Fassung und stimmen Sie ihr zu.',
    en: 'The privacy notice has changed in the meantime. Please read the new version and agree to it.',
  },
  CONSENT_REQUIRED: {
    de: 'Ohne Zustimmung zu den Datenschutzhinweisen können wir die Anmeldung nicht speichern.',
    en: 'Without your agreement to the privacy notice we cannot store the registration.',
  },
  NO_DOTS_LEFT: {
    de: 'Sie haben Ihre {dots} Punkte auf diesem Board schon vergeben. Nehmen Sie einen zurück, um ihn neu zu setzen.',
    en: 'You have already given your {dots} dots on this board. Take one back to give it again.',
  },
  ROUND_CLOSED: {
    de: 'Diese Abstimmungsrunde ist abgeschlossen.',
    en: 'This review round is closed.',
  },
  STATEMENT_ALREADY_GIVEN: {
    de: 'Für Ihre Kommune liegt in dieser Runde bereits eine Stellungnahme vor.',
    en: 'Your municipality has already given its statement in this round.',
  },
  PASSAGE_CHANGED: {
    de: 'Die Textstelle steht so nicht mehr im Entwurf; der Vorschlag kann nicht automatisch übernommen werden.',
    en: 'The passage is no longer in the draft as it was; the proposal cannot be taken over automatically.',
  },
  DRAFT_EXISTS: {
    de: 'Für diese Fortschreibung gibt es bereits einen Konzeptentwurf.',
    en: 'This revision already has a concept draft.',
  },
  ROUNDS_OPEN: {
    de: 'Es laufen noch Abstimmungsrunden ({rounds}). Schließen Sie sie oder geben Sie einen Grund an, die Fassung trotzdem festzulegen.',
    en: 'Review rounds are still open ({rounds}). Close them or give a reason to make the version final anyway.',
  },
  NOT_ADOPTED: {
    de: 'Veröffentlicht werden kann nur ein beschlossenes Konzept.',
    en: 'Only an adopted concept can be published.',
  },
  IMPORT_INVALID: {
    de: 'Die Datei wurde nicht übernommen: {count} Problem(e). Nichts wurde gespeichert.',
    en: 'The file was not imported: {count} problem(s). Nothing was stored.',
  },
  SURVEY_NOT_OPEN: {
    de: 'Die Umfrage ist noch nicht geöffnet.',
    en: 'The survey is not open yet.',
  },
  SURVEY_CLOSED: {
    de: 'Die Umfrage ist beendet. Antworten werden nicht mehr angenommen.',
    en: 'The survey has closed. Answers are no longer accepted.',
  },
  SURVEY_SUBMITTED: {
    de: 'Diese Antworten wurden bereits abgeschickt und können nicht mehr geändert werden.',
    en: 'These answers have already been submitted and can no longer be changed.',
  },
  SURVEY_INCOMPLETE: {
    de: 'Bitte beantworten Sie noch {count} Pflichtfrage(n). Nichts wurde abgeschickt.',
    en: 'Please answer {count} more required question(s). Nothing was submitted.',
  },
  SURVEY_HAS_RESPONSES: {
    de: 'Die Umfrage hat schon Antworten. Fragen und Antwortmöglichkeiten können nicht mehr entfernt oder umgebaut werden; Texte und Übersetzungen schon.',
    en: 'The survey already has responses. Questions and options can no longer be removed or restructured; texts and translations can.',
  },
  SURVEY_DATES_REQUIRED: {
    de: 'Bitte legen Sie Beginn und Ende der Umfrage fest, bevor Sie sie veröffentlichen.',
    en: 'Please set the opening and closing dates before publishing the survey.',
  },
  SURVEY_NO_QUESTIONS: {
    de: 'Die Umfrage hat noch keine Fragen.',
    en: 'The survey has no questions yet.',
  },
  SURVEY_NOT_PUBLISHED: {
    de: 'Die Umfrage ist noch ein Entwurf. Veröffentlichen Sie sie, bevor Sie Einladungen versenden.',
    en: 'The survey is still a draft. Publish it before sending invitations.',
  },
  ANSWER_INVALID: {
    de: 'Die Antwort auf „{question}“ ist nicht gültig: {details}',
    en: 'The answer to “{question}” is not valid: {details}',
  },
  INTERNAL: {
    de: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    en: 'An unexpected error occurred. Please try again later.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** A parameter is either the same in every language or given per language. */
export type ErrorParam = string | number | Record<Locale, string>;

export function formatErrorMessage(code: ErrorCode, locale: Locale, params: Record<string, ErrorParam> = {}): string {
  return ERROR_MESSAGES[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    return typeof value === 'object' ? value[locale] : String(value);
  });
}
