import {
  Account,
  Invitation,
  PasswordReset,
  RegionCoordinator,
  RevisionMembership,
  Session,
  SignInFailure,
} from '@konzeptwerk/identity';
import { OutboxMessage } from '@konzeptwerk/notifications';
import { AuditEntry } from '@konzeptwerk/platform';
import { Municipality, Organisation, Region } from '@konzeptwerk/regions';
import { ConceptRevision, FieldOfAction, Goal, Guideline, Phase, TargetGroup } from '@konzeptwerk/revisions';

/** Every entity of every bounded context: the schema the migrations must match. */
export const ENTITIES = [
  Account,
  AuditEntry,
  ConceptRevision,
  FieldOfAction,
  Goal,
  Guideline,
  Invitation,
  Municipality,
  Organisation,
  OutboxMessage,
  PasswordReset,
  Phase,
  Region,
  RegionCoordinator,
  RevisionMembership,
  Session,
  SignInFailure,
  TargetGroup,
];
