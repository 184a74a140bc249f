import type { InvitationRole } from '../../gql/graphql';

/** The roles a coordinator can invite into a revision; coordinators themselves are appointed by an admin. */
export const MEMBER_ROLES: readonly InvitationRole[] = [
  'PARTICIPANT',
  'MUNICIPAL_REVIEWER',
  'IMPLEMENTING_ACTOR',
  'OBSERVER',
];

const ALL_ROLES: readonly InvitationRole[] = ['COORDINATOR', ...MEMBER_ROLES];

export const isRole = (value: string): value is InvitationRole => (ALL_ROLES as readonly string[]).includes(value);
