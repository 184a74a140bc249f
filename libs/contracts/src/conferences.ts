/** How a person takes part in the Integrationskonferenz; counted by role in the documentation. */
export enum ParticipantRole {
  PROFESSIONAL = 'PROFESSIONAL',
  VOLUNTEER = 'VOLUNTEER',
  CITIZEN = 'CITIZEN',
  MIGRATION_HISTORY = 'MIGRATION_HISTORY',
}

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, { de: string; en: string }> = {
  PROFESSIONAL: { de: 'Fachkraft', en: 'Professional' },
  VOLUNTEER: { de: 'Ehrenamtlich engagiert', en: 'Volunteer' },
  CITIZEN: { de: 'Bürgerin oder Bürger', en: 'Citizen' },
  MIGRATION_HISTORY: { de: 'Mensch mit eigener Migrationsgeschichte', en: 'Person with a migration history' },
};

/** Ranked workshop wishes a registration may give. */
export const MAX_WORKSHOP_PREFERENCES = 3;

/** What is captured on a workshop board. */
export enum ContributionKind {
  CHALLENGE = 'CHALLENGE',
  SOLUTION_APPROACH = 'SOLUTION_APPROACH',
}

/** Dots each person may give on one workshop board. */
export const DOTS_PER_PERSON = 3;
