import {
  Account,
  Invitation,
  PasswordReset,
  RegionCoordinator,
  RevisionMembership,
  Session,
  SignInFailure,
} from '@konzeptwerk/identity';
import { Notification, OutboxMessage, ReminderLog } from '@konzeptwerk/notifications';
import { AuditEntry, DataExport } from '@konzeptwerk/platform';
import {
  EvidenceLink,
  FeasibilityCheck,
  FeasibilityRequest,
  Recommendation,
  RecommendationAuthor,
  RecommendationComment,
  RecommendationMunicipality,
  RecommendationOrganisation,
  RecommendationSupport,
  RecommendationTargetGroup,
  RecommendationVersion,
} from '@konzeptwerk/recommendations';
import { Municipality, Organisation, Region } from '@konzeptwerk/regions';
import { ConceptRevision, FieldOfAction, Goal, Guideline, Phase, TargetGroup } from '@konzeptwerk/revisions';

/** Every entity of every bounded context: the schema the migrations must match. */
export const ENTITIES = [
  Account,
  AuditEntry,
  ConceptRevision,
  DataExport,
  EvidenceLink,
  FeasibilityCheck,
  FeasibilityRequest,
  FieldOfAction,
  Goal,
  Guideline,
  Invitation,
  Municipality,
  Notification,
  Organisation,
  OutboxMessage,
  PasswordReset,
  Phase,
  Recommendation,
  RecommendationAuthor,
  RecommendationComment,
  RecommendationMunicipality,
  RecommendationOrganisation,
  RecommendationSupport,
  RecommendationTargetGroup,
  RecommendationVersion,
  Region,
  RegionCoordinator,
  ReminderLog,
  RevisionMembership,
  Session,
  SignInFailure,
  TargetGroup,
];
