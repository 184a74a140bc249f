/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** Needed when a new account is created. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** A person with an account. */
export type Account = {
  __typename: 'Account';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPlatformAdmin: Scalars['Boolean']['output'];
  locale: Scalars['String']['output'];
};

export type AddContributionInput = {
  /** Chosen by the client per card; a retry sends the same key. */
  idempotencyKey: Scalars['String']['input'];
  kind: ContributionKind;
  sessionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AdoptionInput = {
  /** The body that decided, e.g. Kreistag. */
  body: Scalars['String']['input'];
  /** The day of the resolution, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** The reference (Drucksache). */
  reference: Scalars['String']['input'];
  result: AdoptionResult;
};

export type AdoptionResult =
  | 'ADOPTED'
  | 'ADOPTED_WITH_CHANGES'
  | 'POSTPONED'
  | 'REJECTED';

export type AnswerCoding = {
  __typename: 'AnswerCoding';
  fieldOfActionIds: Array<Scalars['ID']['output']>;
  questionId: Scalars['ID']['output'];
  responseId: Scalars['ID']['output'];
  targetGroupIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type AnswerFeasibilityInput = {
  answer: FeasibilityAnswer;
  checkId: Scalars['ID']['input'];
  /** Required unless the answer is FEASIBLE. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The version of the check the answer is based on. */
  version: Scalars['Int']['input'];
};

export type AssignmentRankCount = {
  __typename: 'AssignmentRankCount';
  count: Scalars['Int']['output'];
  /** 1 = first choice. */
  rank: Scalars['Int']['output'];
  /** Share of the registrants with wishes in the slot. */
  share: Scalars['Float']['output'];
};

export type AssignmentReport = {
  __typename: 'AssignmentReport';
  slots: Array<AssignmentSlotReport>;
};

export type AssignmentSlotReport = {
  __typename: 'AssignmentSlotReport';
  byRank: Array<AssignmentRankCount>;
  overCapacity: Array<OverCapacityWorkshop>;
  /** Places fixed by hand. */
  overrides: Scalars['Int']['output'];
  /** Confirmed registrations with wishes in the slot and no place fixed by hand. */
  registrants: Scalars['Int']['output'];
  slotStartsAt: Scalars['DateTime']['output'];
  /** Of those, how many got none of their wishes. */
  unassigned: Scalars['Int']['output'];
};

/** Invitations and responses of one audience. */
export type AudienceCount = {
  __typename: 'AudienceCount';
  audience: SurveyAudience;
  invited: Scalars['Int']['output'];
  /** Invitations answered per invitation (0 to 1); null for the public link and when nobody was invited. */
  responseRate: Maybe<Scalars['Float']['output']>;
  /** Responses begun, submitted or not. */
  started: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
};

export type AuditEntryView = {
  __typename: 'AuditEntryView';
  /** What happened, e.g. phase.activated. */
  action: Scalars['String']['output'];
  actorName: Maybe<Scalars['String']['output']>;
  /** State after the change, as JSON. */
  after: Maybe<Scalars['String']['output']>;
  /** State before the change, as JSON. */
  before: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
};

export type AuditPage = {
  __typename: 'AuditPage';
  entries: Array<AuditEntryView>;
  total: Scalars['Int']['output'];
};

export type BoardCard = {
  __typename: 'BoardCard';
  authorName: Maybe<Scalars['String']['output']>;
  cluster: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ContributionKind;
  /** Written by the viewer (from this account or this guest's phone). */
  mine: Scalars['Boolean']['output'];
  recommendationId: Maybe<Scalars['ID']['output']>;
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  votedByMe: Scalars['Boolean']['output'];
  votes: Scalars['Int']['output'];
};

export type BoardEventView = {
  __typename: 'BoardEventView';
  card: Maybe<BoardCard>;
  contributionId: Scalars['ID']['output'];
  /** READY (first, once the subscription is in place: fetch the board then), ADDED, UPDATED, VOTED, or HIDDEN (a card a moderator hid, for those who do not moderate). */
  type: Scalars['String']['output'];
};

export type BoardViewerView = {
  __typename: 'BoardViewerView';
  dotsLeft: Scalars['Int']['output'];
  guest: Scalars['Boolean']['output'];
  moderator: Scalars['Boolean']['output'];
  name: Maybe<Scalars['String']['output']>;
};

/** A group of at least five respondents. */
export type BreakdownGroup = {
  __typename: 'BreakdownGroup';
  /** A municipality’s id or a respondent type; “none” without one; “merged” for the small ones. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Groups too small to show, taken together. */
  merged: Scalars['Boolean']['output'];
  /** Option counts; for a field rating per field the ratings 4 and 5; for a ranking per option how often it came first. */
  options: Array<OptionCount>;
  respondents: Scalars['Int']['output'];
};

export type CancellationResult = {
  __typename: 'CancellationResult';
  /** False when the registration had been cancelled before. */
  cancelledNow: Scalars['Boolean']['output'];
  conferenceTitle: Scalars['String']['output'];
};

export type CommentThread = {
  __typename: 'CommentThread';
  comment: RecommendationComment;
  replies: Array<RecommendationComment>;
};

export type ConceptDraft = {
  __typename: 'ConceptDraft';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  revisionId: Scalars['ID']['output'];
  /** Every section; order them by parentId and position. */
  sections: Array<ConceptSection>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** The frozen versions, newest first. */
  versions: Array<DraftVersion>;
};

export type ConceptPublication = {
  __typename: 'ConceptPublication';
  /** The body that decided, e.g. Kreistag. */
  adoptionBody: Maybe<Scalars['String']['output']>;
  /** The day of the resolution (YYYY-MM-DD). */
  adoptionDate: Maybe<Scalars['String']['output']>;
  /** The reference of the resolution (Drucksache). */
  adoptionReference: Maybe<Scalars['String']['output']>;
  adoptionResult: Maybe<AdoptionResult>;
  /** The final version's documents with their progress (coordinators). */
  documents: Array<DataExport>;
  draftVersion: DraftVersion;
  finalisedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Why the version was made final while review rounds were open. */
  overrideReason: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** How many agreed recommendations the final version carries. */
  recommendationCount: Scalars['Int']['output'];
  revisionId: Scalars['ID']['output'];
  /** The concept’s title as it was made final; what the public pages and documents show. */
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  versionId: Scalars['ID']['output'];
};

/** Fortschreibung des Integrationskonzepts: one edition of the concept and the process producing it. */
export type ConceptRevision = {
  __typename: 'ConceptRevision';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  fieldsOfAction: Array<FieldOfAction>;
  guidelines: Array<Guideline>;
  /** Guiding goals of the whole concept (not tied to a field of action). */
  guidingGoals: Array<Goal>;
  id: Scalars['ID']['output'];
  phases: Array<Phase>;
  predecessor: Maybe<ConceptRevision>;
  /** The revision this one continues. */
  predecessorId: Maybe<Scalars['ID']['output']>;
  region: Region;
  regionId: Scalars['ID']['output'];
  targetGroups: Array<TargetGroup>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ConceptSection = {
  __typename: 'ConceptSection';
  /** The text, as sanitized HTML. */
  body: Scalars['String']['output'];
  draftId: Scalars['ID']['output'];
  fieldOfActionId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: ConceptSectionKind;
  /** What the section shows below its text, live from the revision: goals and agreed recommendations. */
  liveHtml: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ConceptSectionInput = {
  /** Rich text as HTML; sanitized on the server. */
  body: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type ConceptSectionKind =
  | 'CUSTOM'
  | 'DATA_AND_FACTS'
  | 'FIELDS_OF_ACTION'
  | 'FIELD_OF_ACTION'
  | 'GUIDING_PRINCIPLES'
  | 'IMPLEMENTATION'
  | 'INTRODUCTION'
  | 'STRUCTURES';

export type Conference = {
  __typename: 'Conference';
  /** Street, postcode and town. */
  address: Maybe<Scalars['String']['output']>;
  /** Places; registrations beyond go to the waiting list. */
  capacity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The current version of the privacy notice. */
  privacyText: ConferencePrivacyText;
  registrationClosesAt: Scalars['DateTime']['output'];
  registrationCounts: RegistrationCounts;
  registrationOpensAt: Scalars['DateTime']['output'];
  revisionId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  /** Name of the place, e.g. Kreishaus Gütersloh. */
  venue: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  workshops: Array<WorkshopSession>;
};

export type ConferencePhoto = {
  __typename: 'ConferencePhoto';
  byteSize: Scalars['Int']['output'];
  /** What the photo shows, in words (its text alternative). */
  caption: Scalars['String']['output'];
  conferenceId: Scalars['ID']['output'];
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The workshop it was taken in; null for the whole conference. */
  sessionId: Maybe<Scalars['ID']['output']>;
  width: Scalars['Int']['output'];
};

export type ConferencePrivacyText = {
  __typename: 'ConferencePrivacyText';
  conferenceId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  textDe: Scalars['String']['output'];
  textEn: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A row of the Abwägungstabelle. */
export type ConsiderationRow = {
  __typename: 'ConsiderationRow';
  /** accepted, partly or not accepted (German label) */
  answer: Maybe<Scalars['String']['output']>;
  comment: Scalars['String']['output'];
  commentId: Scalars['ID']['output'];
  municipality: Scalars['String']['output'];
  passage: Maybe<Scalars['String']['output']>;
  proposedText: Maybe<Scalars['String']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  section: Scalars['String']['output'];
};

export type ContributionKind =
  | 'CHALLENGE'
  | 'SOLUTION_APPROACH';

export type CoverageCell = {
  __typename: 'CoverageCell';
  count: Scalars['Int']['output'];
  fieldOfActionId: Scalars['ID']['output'];
  /** Null: recommendations naming no target group. */
  targetGroupId: Maybe<Scalars['ID']['output']>;
};

export type CreateConferenceInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity: Scalars['Int']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  /** The privacy notice people agree to when they register (German). */
  privacyTextDe: Scalars['String']['input'];
  /** The same in English. */
  privacyTextEn: Scalars['String']['input'];
  registrationClosesAt: Scalars['DateTime']['input'];
  registrationOpensAt: Scalars['DateTime']['input'];
  revisionId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  venue: Scalars['String']['input'];
};

export type CreateRecommendationInput = {
  allMunicipalities?: Scalars['Boolean']['input'];
  evidence?: Array<EvidenceInput>;
  fieldOfActionId: Scalars['ID']['input'];
  indicators?: InputMaybe<Scalars['String']['input']>;
  /** The municipalities concerned when not all are. */
  municipalityIds?: Array<Scalars['ID']['input']>;
  /** Implementing organisations. */
  organisationIds?: Array<Scalars['ID']['input']>;
  /** Rich text (HTML); sanitized on the server. */
  rationale: Scalars['String']['input'];
  resources?: InputMaybe<Scalars['String']['input']>;
  revisionId: Scalars['ID']['input'];
  targetGroupIds?: Array<Scalars['ID']['input']>;
  timeHorizon?: InputMaybe<TimeHorizon>;
  title: Scalars['String']['input'];
};

export type CreateRegionInput = {
  kind: RegionKind;
  municipalities?: Array<MunicipalityInput>;
  name: Scalars['String']['input'];
};

export type CreateRevisionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** An earlier revision to continue: its fields of action, goals, guidelines and target groups are carried over. */
  predecessorId?: InputMaybe<Scalars['ID']['input']>;
  regionId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type DataExport = {
  __typename: 'DataExport';
  byteSize: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Where the finished file is downloaded; null until DONE. */
  downloadUrl: Maybe<Scalars['String']['output']>;
  error: Maybe<Scalars['String']['output']>;
  fileName: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  format: ExportFormat;
  id: Scalars['ID']['output'];
  /** What is exported, e.g. recommendations. */
  kind: Scalars['String']['output'];
  processed: Scalars['Int']['output'];
  status: ExportStatus;
  total: Maybe<Scalars['Int']['output']>;
};

export type DiffSegmentView = {
  __typename: 'DiffSegmentView';
  /** same, added or removed */
  kind: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type DispositionKind =
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'PARTLY';

/** Two versions of a draft compared word by word within their paragraphs. */
export type DraftComparison = {
  __typename: 'DraftComparison';
  /** Paragraphs added. */
  added: Scalars['Int']['output'];
  /** Paragraphs changed. */
  changed: Scalars['Int']['output'];
  /** The redline as a Word document with tracked changes. */
  docxUrl: Scalars['String']['output'];
  from: DraftVersion;
  /** The redline as accessible HTML: removed text in <del>, added text in <ins>. */
  html: Scalars['String']['output'];
  /** Paragraphs removed. */
  removed: Scalars['Int']['output'];
  sections: Array<RedlineSectionView>;
  to: DraftVersion;
};

export type DraftVersion = {
  __typename: 'DraftVersion';
  draftId: Scalars['ID']['output'];
  frozenAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  /** Every section in reading order. */
  sections: Array<VersionSectionView>;
};

export type EditContributionInput = {
  /** Empty text takes the card out of its cluster. */
  cluster?: InputMaybe<Scalars['String']['input']>;
  hidden?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<ContributionKind>;
  text?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type EvidenceInput = {
  kind: EvidenceKind;
  label: Scalars['String']['input'];
  /** The linked item where it lives on the platform. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type EvidenceKind =
  | 'CHALLENGE'
  | 'DOCUMENT'
  | 'FINDING'
  | 'INDICATOR'
  | 'MERGED_FROM'
  | 'NEED'
  | 'OTHER'
  | 'SOLUTION_APPROACH';

export type EvidenceLink = {
  __typename: 'EvidenceLink';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  label: Scalars['String']['output'];
  /** The linked item, where it lives on the platform. */
  targetId: Maybe<Scalars['ID']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type ExportFormat =
  | 'CSV'
  | 'DOCX'
  | 'JSON'
  | 'PDF'
  | 'XLSX';

export type ExportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type FeasibilityAnswer =
  | 'FEASIBLE'
  | 'FEASIBLE_WITH_CONDITIONS'
  | 'NOT_FEASIBLE';

/** One cell of the feasibility matrix: the latest check of a recommendation and organisation. */
export type FeasibilityCell = {
  __typename: 'FeasibilityCell';
  answer: Maybe<FeasibilityAnswer>;
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  checkId: Scalars['ID']['output'];
  comment: Maybe<Scalars['String']['output']>;
  deadline: Scalars['DateTime']['output'];
  organisationId: Scalars['ID']['output'];
  recommendationId: Scalars['ID']['output'];
  requestId: Scalars['ID']['output'];
};

export type FeasibilityCheck = {
  __typename: 'FeasibilityCheck';
  answer: Maybe<FeasibilityAnswer>;
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether the caller may answer it now: for their organisation, before the deadline. */
  canAnswer: Scalars['Boolean']['output'];
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  organisationId: Scalars['ID']['output'];
  recommendation: Recommendation;
  recommendationId: Scalars['ID']['output'];
  request: FeasibilityRequest;
  requestId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** Recommendations × organisations with their latest feasibility answers. */
export type FeasibilityMatrix = {
  __typename: 'FeasibilityMatrix';
  /** Pairs without any check have no cell. */
  cells: Array<FeasibilityCell>;
  /** Alphabetical. */
  organisations: Array<Organisation>;
  /** In the order of fields of action and numbers. */
  recommendations: Array<Recommendation>;
};

export type FeasibilityRequest = {
  __typename: 'FeasibilityRequest';
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Maybe<Scalars['String']['output']>;
  /** Days before the deadline on which open requests are reminded. */
  reminderDaysBefore: Array<Scalars['Int']['output']>;
  revisionId: Scalars['ID']['output'];
};

/** What requesting feasibility checks did. */
export type FeasibilityRequestResult = {
  __typename: 'FeasibilityRequestResult';
  /** Checks created: one per recommendation and organisation. */
  created: Scalars['Int']['output'];
  /** Organisations asked but not reachable: no implementing actor in the revision and no contact e-mail. */
  organisationsWithoutRecipient: Array<Scalars['ID']['output']>;
  request: FeasibilityRequest;
  /** Pairs left out because they already wait for an answer in an open request. */
  skipped: Scalars['Int']['output'];
};

export type FieldChangeView = {
  __typename: 'FieldChangeView';
  after: Scalars['String']['output'];
  before: Scalars['String']['output'];
  /** title, rationale, fieldOfAction, targetGroups, municipalities, organisations, timeHorizon, resources or indicators */
  field: Scalars['String']['output'];
  segments: Array<DiffSegmentView>;
};

/** Handlungsfeld: a field of action of the concept. */
export type FieldOfAction = {
  __typename: 'FieldOfAction';
  /** Short code used in recommendation references, e.g. SB. */
  code: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  revisionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type FieldRating = {
  __typename: 'FieldRating';
  fieldOfActionId: Scalars['ID']['output'];
  rating: Scalars['Int']['output'];
};

export type FieldRatingInput = {
  fieldOfActionId: Scalars['ID']['input'];
  /** 1 (poor) to 5 (good). */
  rating: Scalars['Int']['input'];
};

export type FieldRatingResult = {
  __typename: 'FieldRatingResult';
  average: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
  /** distribution[i]: how many rated i + 1 (1 poor … 5 good). */
  distribution: Array<Scalars['Int']['output']>;
  fieldOfActionId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Finding = {
  __typename: 'Finding';
  createdAt: Scalars['DateTime']['output'];
  fieldOfActionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  revisionId: Scalars['ID']['output'];
  /** The answers and interview passages it rests on. */
  sources: Array<FindingSource>;
  summary: Scalars['String']['output'];
  targetGroupIds: Array<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type FindingInput = {
  fieldOfActionId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
  targetGroupIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type FindingSource = {
  __typename: 'FindingSource';
  createdAt: Scalars['DateTime']['output'];
  /** The quoted answer or passage. */
  excerpt: Scalars['String']['output'];
  findingId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  interviewId: Maybe<Scalars['ID']['output']>;
  kind: FindingSourceKind;
  questionId: Maybe<Scalars['ID']['output']>;
  responseId: Maybe<Scalars['ID']['output']>;
};

export type FindingSourceKind =
  | 'INTERVIEW'
  | 'SURVEY_ANSWER';

export type FreeTextAnswer = {
  __typename: 'FreeTextAnswer';
  coding: Maybe<AnswerCoding>;
  /** Findings that cite this answer. */
  findingIds: Array<Scalars['ID']['output']>;
  /** The text given with “other” of a choice question. */
  isOther: Scalars['Boolean']['output'];
  /** The language the respondent answered in. */
  language: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
  questionText: Array<LocalizedText>;
  responseId: Scalars['ID']['output'];
  submittedAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
};

/** How many offers a field of action has in a municipality. */
export type GapCellView = {
  __typename: 'GapCellView';
  fieldOfActionId: Scalars['ID']['output'];
  municipalityId: Scalars['ID']['output'];
  offers: Scalars['Int']['output'];
};

/** Ziel: a guiding goal of the concept (no field of action) or a goal of one field of action. */
export type Goal = {
  __typename: 'Goal';
  fieldOfActionId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  revisionId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Leitlinie: a principle of integration work. */
export type Guideline = {
  __typename: 'Guideline';
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  revisionId: Scalars['ID']['output'];
  text: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type Indicator = {
  __typename: 'Indicator';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whether its latest figures stand in the concept’s chapter “Daten und Fakten”. */
  inConcept: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  revisionId: Scalars['ID']['output'];
  /** Where the figures come from, e.g. IT.NRW, Zensus 2022. */
  source: Scalars['String']['output'];
  /** E.g. Personen, %, Euro. */
  unit: Scalars['String']['output'];
  /** Its values, by year. */
  values: Array<IndicatorValue>;
  version: Scalars['Int']['output'];
};

export type IndicatorInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Show its latest figures in the concept’s chapter “Daten und Fakten”. */
  inConcept?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** E.g. IT.NRW, Zensus 2022. */
  source: Scalars['String']['input'];
  /** E.g. Personen, %, Euro. */
  unit: Scalars['String']['input'];
};

export type IndicatorValue = {
  __typename: 'IndicatorValue';
  id: Scalars['ID']['output'];
  indicatorId: Scalars['ID']['output'];
  municipalityId: Scalars['ID']['output'];
  municipalityName: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  value: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Interview = {
  __typename: 'Interview';
  category: IntervieweeCategory;
  consentGiven: Scalars['Boolean']['output'];
  /** The version of the consent text the consent was given to, e.g. “2026-09”. */
  consentTextVersion: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fieldOfActionIds: Array<Scalars['ID']['output']>;
  /** The day it was held (YYYY-MM-DD). */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  /** How the interviewee is referred to, e.g. “I-07”; never a name. */
  pseudonym: Scalars['String']['output'];
  revisionId: Scalars['ID']['output'];
  targetGroupIds: Array<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type InterviewInput = {
  category: IntervieweeCategory;
  /** Must be true: without consent no interview is recorded. */
  consentGiven: Scalars['Boolean']['input'];
  /** The version of the consent text, e.g. “2026-09”. */
  consentTextVersion: Scalars['String']['input'];
  fieldOfActionIds: Array<Scalars['ID']['input']>;
  /** YYYY-MM-DD, not in the future. */
  heldOn: Scalars['String']['input'];
  notes: Scalars['String']['input'];
  /** E.g. “I-07”; never a name or an address. */
  pseudonym: Scalars['String']['input'];
  targetGroupIds: Array<Scalars['ID']['input']>;
};

export type IntervieweeCategory =
  | 'MIGRANT_ORGANISATION'
  | 'MUNICIPAL_STAFF'
  | 'OTHER'
  | 'PERSON_WITH_MIGRATION_HISTORY'
  | 'PROFESSIONAL'
  | 'VOLUNTEER';

/** An invitation by e-mail link: single use, expiring. */
export type Invitation = {
  __typename: 'Invitation';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  municipalityId: Maybe<Scalars['ID']['output']>;
  organisationId: Maybe<Scalars['ID']['output']>;
  regionId: Scalars['ID']['output'];
  revisionId: Maybe<Scalars['ID']['output']>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: InvitationRole;
};

export type InvitationPreview = {
  __typename: 'InvitationPreview';
  /** True when the address already has an account: accepting then asks for its password. */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  municipalityName: Maybe<Scalars['String']['output']>;
  organisationName: Maybe<Scalars['String']['output']>;
  regionName: Scalars['String']['output'];
  revisionTitle: Maybe<Scalars['String']['output']>;
  role: InvitationRole;
};

export type InvitationReportView = {
  __typename: 'InvitationReportView';
  alreadyInvited: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
};

export type InvitationRole =
  | 'COORDINATOR'
  | 'IMPLEMENTING_ACTOR'
  | 'MUNICIPAL_REVIEWER'
  | 'OBSERVER'
  | 'PARTICIPANT';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  revisionId: Scalars['ID']['input'];
  role: InvitationRole;
};

export type LocalizedText = {
  __typename: 'LocalizedText';
  /** de, en, uk, ar, tr, ru or ls (Leichte Sprache). */
  language: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  /** de, en, uk, ar, tr, ru or ls (Leichte Sprache). */
  language: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type Member = {
  __typename: 'Member';
  accountId: Scalars['ID']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  municipalityName: Maybe<Scalars['String']['output']>;
  organisationName: Maybe<Scalars['String']['output']>;
  role: RevisionRole;
  since: Scalars['DateTime']['output'];
};

export type MergeRecommendationsInput = {
  allMunicipalities?: Scalars['Boolean']['input'];
  fieldOfActionId: Scalars['ID']['input'];
  indicators?: InputMaybe<Scalars['String']['input']>;
  /** The municipalities concerned when not all are. */
  municipalityIds?: Array<Scalars['ID']['input']>;
  /** Implementing organisations. */
  organisationIds?: Array<Scalars['ID']['input']>;
  /** Rich text (HTML); sanitized on the server. */
  rationale: Scalars['String']['input'];
  resources?: InputMaybe<Scalars['String']['input']>;
  /** At least two recommendations of one revision. */
  sourceIds: Array<Scalars['ID']['input']>;
  targetGroupIds?: Array<Scalars['ID']['input']>;
  timeHorizon?: InputMaybe<TimeHorizon>;
  title: Scalars['String']['input'];
};

/** A kreisangehörige Stadt or Gemeinde, or a Stadtbezirk. */
export type Municipality = {
  __typename: 'Municipality';
  id: Scalars['ID']['output'];
  kind: MunicipalityKind;
  name: Scalars['String']['output'];
};

export type MunicipalityInput = {
  kind: MunicipalityKind;
  name: Scalars['String']['input'];
};

export type MunicipalityKind =
  | 'GEMEINDE'
  | 'STADT'
  | 'STADTBEZIRK';

export type Mutation = {
  __typename: 'Mutation';
  acceptInvitation: Viewer;
  /** PLANNED → ACTIVE; the phase before must have started. */
  activatePhase: Phase;
  addCoAuthor: Recommendation;
  /** Adds a chapter or sub-chapter of its own (coordinators). */
  addConceptSection: ConceptSection;
  addEvidence: EvidenceLink;
  /** Adds a submitted survey answer (responseId and questionId; its text unless an excerpt of it is given) or an interview passage (interviewId and excerpt) as a source. */
  addFindingSource: FindingSource;
  addMunicipality: Municipality;
  addRecommendationComment: RecommendationComment;
  /** A reviewer comments on a passage of the version under review (or a whole section), perhaps proposing text. */
  addReviewComment: ReviewComment;
  /** Adds a workshop to the conference (coordinators). */
  addWorkshop: WorkshopSession;
  /** Adds a challenge or a solution approach; a retry with the same key adds nothing. */
  addWorkshopContribution: BoardCard;
  /** An implementing actor's answer for their organisation; can be changed until the deadline. */
  answerFeasibility: FeasibilityCheck;
  /** Abwägung: the coordination answers a comment (optimistic locking). */
  answerReviewComment: ReviewComment;
  /** Takes the proposed text into the working draft in place of its passage (coordinators). */
  applyReviewProposal: ReviewComment;
  /** Assigns the confirmed registrations to workshops: capacities hold, as many as possible get a wish, then their first wish… Places fixed by hand stay (coordinators). */
  assignWorkshops: AssignmentReport;
  /** Builds the documents of the final version that are missing or failed (coordinators). */
  buildConceptDocuments: Array<DataExport>;
  /** Cancels a registration with the token from its e-mail. */
  cancelRegistration: CancellationResult;
  /** Cancels someone's registration (coordinators). */
  cancelRegistrationById: Registration;
  /** Check-in on the day, or its undoing (coordinators). */
  checkIn: Registration;
  /** Takes a person out of a workshop. */
  clearWorkshopPlace: Scalars['Boolean']['output'];
  /** ACTIVE → CLOSED. */
  closePhase: Phase;
  /** Closes the round: no more comments or statements (coordinators). */
  closeReviewRound: ReviewRound;
  /** Codes a free text or “other” text to fields of action and target groups. */
  codeSurveyAnswer: AnswerCoding;
  /** Confirms that an offer is still right (its provider or the coordination). */
  confirmOffer: Offer;
  /** Makes a recommendation draft of a solution approach, linked in its evidence trail. */
  contributionToRecommendation: Recommendation;
  /** Copies a survey of an earlier revision of the region into this one, as a draft. */
  copySurvey: Survey;
  /** Corrects one value by hand (coordinators; optimistic locking; audited). */
  correctIndicatorValue: IndicatorValue;
  /** Creates the draft from the template: the usual chapters and one per field of action (coordinators). */
  createConceptDraft: ConceptDraft;
  /** Plans a conference of the revision (coordinators). */
  createConference: Conference;
  /** Defines an indicator (coordinators). */
  createIndicator: Indicator;
  createRecommendation: Recommendation;
  createRegion: Region;
  createRevision: ConceptRevision;
  createSurvey: Survey;
  /** Records a meeting of the workshop phase (coordinators). */
  createWorkshopMeeting: WorkshopMeeting;
  /** Removes a chapter added by hand, with its sub-chapters (coordinators). */
  deleteConceptSection: Scalars['Boolean']['output'];
  /** Removes a photo (coordinators, or moderators of its workshop). */
  deleteConferencePhoto: Scalars['Boolean']['output'];
  deleteFieldOfAction: Scalars['Boolean']['output'];
  deleteFinding: Scalars['Boolean']['output'];
  deleteGoal: Scalars['Boolean']['output'];
  deleteGuideline: Scalars['Boolean']['output'];
  /** Removes an indicator with its values (coordinators). */
  deleteIndicator: Scalars['Boolean']['output'];
  deleteInterview: Scalars['Boolean']['output'];
  /** Removes a need (coordinators). */
  deleteNeed: Scalars['Boolean']['output'];
  /** Removes a network (coordinators). */
  deleteNetwork: Scalars['Boolean']['output'];
  /** Removes an offer (its provider or the coordination). */
  deleteOffer: Scalars['Boolean']['output'];
  deleteOrganisation: Scalars['Boolean']['output'];
  /** Deletes a survey that has no responses. */
  deleteSurvey: Scalars['Boolean']['output'];
  /** Deletes an invitation and its address; a submitted response stays, unlinked. */
  deleteSurveyInvitation: Scalars['Boolean']['output'];
  deleteSurveyQuestion: Scalars['Boolean']['output'];
  deleteSurveySection: Scalars['Boolean']['output'];
  deleteTargetGroup: Scalars['Boolean']['output'];
  /** Deletes a meeting of the workshop phase (coordinators). */
  deleteWorkshopMeeting: Scalars['Boolean']['output'];
  /** Moderators edit, cluster and hide cards. */
  editContribution: BoardCard;
  /** Starts building the conference documentation as PDF or DOCX (coordinators of the conference's region); poll dataExport for its progress. */
  exportConferenceDocumentation: DataExport;
  /** Starts building the Abwägungstabelle as XLSX or DOCX (coordinators); poll dataExport for progress. */
  exportConsiderationTable: DataExport;
  /** Starts building a file with every recommendation of the revision (coordinators of the revision's region). */
  exportRecommendations: DataExport;
  /** Starts building a file with every submitted response of the survey as CSV or XLSX (coordinators of its region); poll dataExport for progress. */
  exportSurveyResponses: DataExport;
  /** Extends one municipality's deadline (coordinators). */
  extendReviewDeadline: ReviewBoardRow;
  /** Makes a version final (coordinators). Open review rounds need an override reason (ROUNDS_OPEN otherwise); the agreed recommendations are taken as they stand. */
  finaliseConceptVersion: ConceptPublication;
  /** Freezes the draft as it stands into the next numbered version (coordinators). */
  freezeConceptVersion: DraftVersion;
  /** The municipality's one formal statement in the round: approved, approved with remarks, or objection. */
  giveReviewStatement: ReviewStatement;
  inviteCoordinator: Invitation;
  inviteMember: Invitation;
  /** Invites people and organisations by personal links (e-mail). */
  inviteToSurvey: InvitationReportView;
  /** Joins a workshop board with its code, without an account. */
  joinWorkshop: WorkshopJoin;
  /** Cites a finding as evidence of a recommendation of the same revision (who may add evidence to it). */
  linkFinding: EvidenceLink;
  /** Links a need as evidence of a recommendation (who may add evidence to it). */
  linkNeedToRecommendation: EvidenceLink;
  /** Marks the given notifications (or all) as read; answers how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Merges several recommendations into a new one. */
  mergeRecommendations: Recommendation;
  /** Moves a section one place up (-1) or down (1) among its siblings. */
  moveConceptSection: Array<ConceptSection>;
  /** Moves a question within its section; answers the section’s questions. */
  moveSurveyQuestion: Array<SurveyQuestion>;
  /** Moves a section to a position (from 0); answers the sections in order. */
  moveSurveySection: Array<SurveySection>;
  /** A reviewer has opened the draft: the status board shows “reading”. */
  openReviewRound: ReviewRound;
  planPhase: Phase;
  /** Publishes the adopted concept and starts building its PDF, DOCX, JSON and CSV (coordinators). */
  publishConcept: ConceptPublication;
  /** Opens the survey for answers within its dates, and for invitations. */
  publishSurvey: Survey;
  /** Records the body's resolution on the final version (coordinators). */
  recordConceptAdoption: ConceptPublication;
  /** Registers for a conference without an account; the confirmation goes out by e-mail. */
  register: RegistrationResult;
  removeCoAuthor: Recommendation;
  removeEvidence: Scalars['Boolean']['output'];
  removeFindingSource: Scalars['Boolean']['output'];
  removeMember: Scalars['Boolean']['output'];
  removeMunicipality: Scalars['Boolean']['output'];
  /** CLOSED → ACTIVE, with a reason. */
  reopenPhase: Phase;
  /** Asks organisations whether recommendations are feasible for them; e-mails whoever answers for each. */
  requestFeasibility: FeasibilityRequestResult;
  /** Sends a reset link if the address has an account; always answers true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  resetPassword: Viewer;
  revokeInvitation: Invitation;
  saveFieldOfAction: FieldOfAction;
  /** Creates a finding (no id) or changes one (id and version). */
  saveFinding: Finding;
  saveGoal: Goal;
  saveGuideline: Guideline;
  /** Records an interview (no id) or changes one (id and version). */
  saveInterview: Interview;
  /** Creates (no id) or changes (id, version) a need (coordinators). */
  saveNeed: Need;
  /** Creates (no id) or changes (id, version) a network (coordinators). */
  saveNetwork: Network;
  /** Creates (no id) or changes (id, version) an offer: coordinators, or members of the providing organisation. */
  saveOffer: Offer;
  saveOrganisation: Organisation;
  /** Saves answers as the respondent goes; empty answers are removed. */
  saveSurveyAnswers: SurveySaveResult;
  saveSurveyQuestion: SurveyQuestion;
  saveSurveySection: SurveySection;
  saveTargetGroup: TargetGroup;
  /** A new version of the privacy notice (coordinators). */
  setConferencePrivacyText: ConferencePrivacyText;
  /** Switches the anonymous public link on or off. */
  setSurveyPublicLink: Survey;
  /** Fixes a place by hand; another place in the same slot goes. */
  setWorkshopPlace: WorkshopPlace;
  signIn: Viewer;
  signOut: Scalars['Boolean']['output'];
  /** Sends a version to municipalities with a deadline; their reviewers are notified (coordinators). */
  startReviewRound: ReviewRound;
  /** Starts an anonymous response by the public link; answers the token to resume it. */
  startSurveyResponse: Scalars['String']['output'];
  /** Submits the response: all required answers, or nothing changes. */
  submitSurveyResponse: SurveySaveResult;
  supportRecommendation: Recommendation;
  /** Moves a recommendation in its lifecycle. */
  transitionRecommendation: Recommendation;
  /** Changes a section’s title and text (coordinators; optimistic locking). */
  updateConceptSection: ConceptSection;
  /** Changes it; more places move people up from the waiting list. */
  updateConference: Conference;
  /** Changes an indicator (coordinators; optimistic locking). */
  updateIndicator: Indicator;
  /** Saves an edit as a new version; RECOMMENDATION_CONFLICT if someone else changed it. */
  updateRecommendation: Recommendation;
  updateRegion: Region;
  updateRevision: ConceptRevision;
  updateSurvey: Survey;
  /** Changes a workshop (optimistic locking). */
  updateWorkshop: WorkshopSession;
  /** Changes it (optimistic locking). */
  updateWorkshopMeeting: WorkshopMeeting;
  /** Gives (or takes back) a dot; 3 per person and board. */
  voteContribution: BoardCard;
  withdrawSupport: Recommendation;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationActivatePhaseArgs = {
  phaseId: Scalars['ID']['input'];
};


export type MutationAddCoAuthorArgs = {
  accountId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAddConceptSectionArgs = {
  draftId: Scalars['ID']['input'];
  input: NewConceptSectionInput;
};


export type MutationAddEvidenceArgs = {
  id: Scalars['ID']['input'];
  input: EvidenceInput;
};


export type MutationAddFindingSourceArgs = {
  excerpt?: InputMaybe<Scalars['String']['input']>;
  findingId: Scalars['ID']['input'];
  interviewId?: InputMaybe<Scalars['ID']['input']>;
  questionId?: InputMaybe<Scalars['ID']['input']>;
  responseId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAddMunicipalityArgs = {
  input: MunicipalityInput;
  regionId: Scalars['ID']['input'];
};


export type MutationAddRecommendationCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAddReviewCommentArgs = {
  input: ReviewCommentInput;
};


export type MutationAddWorkshopArgs = {
  conferenceId: Scalars['ID']['input'];
  input: WorkshopSessionInput;
};


export type MutationAddWorkshopContributionArgs = {
  input: AddContributionInput;
};


export type MutationAnswerFeasibilityArgs = {
  input: AnswerFeasibilityInput;
};


export type MutationAnswerReviewCommentArgs = {
  disposition: DispositionKind;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationApplyReviewProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignWorkshopsArgs = {
  conferenceId: Scalars['ID']['input'];
};


export type MutationBuildConceptDocumentsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRegistrationArgs = {
  token: Scalars['String']['input'];
};


export type MutationCancelRegistrationByIdArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  present?: Scalars['Boolean']['input'];
  registrationId: Scalars['ID']['input'];
};


export type MutationClearWorkshopPlaceArgs = {
  registrationId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationClosePhaseArgs = {
  phaseId: Scalars['ID']['input'];
};


export type MutationCloseReviewRoundArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCodeSurveyAnswerArgs = {
  fieldOfActionIds: Array<Scalars['ID']['input']>;
  questionId: Scalars['ID']['input'];
  responseId: Scalars['ID']['input'];
  targetGroupIds: Array<Scalars['ID']['input']>;
};


export type MutationConfirmOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationContributionToRecommendationArgs = {
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCopySurveyArgs = {
  revisionId: Scalars['ID']['input'];
  sourceId: Scalars['ID']['input'];
};


export type MutationCorrectIndicatorValueArgs = {
  id: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCreateConceptDraftArgs = {
  revisionId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateConferenceArgs = {
  input: CreateConferenceInput;
};


export type MutationCreateIndicatorArgs = {
  input: IndicatorInput;
  revisionId: Scalars['ID']['input'];
};


export type MutationCreateRecommendationArgs = {
  input: CreateRecommendationInput;
};


export type MutationCreateRegionArgs = {
  input: CreateRegionInput;
};


export type MutationCreateRevisionArgs = {
  input: CreateRevisionInput;
};


export type MutationCreateSurveyArgs = {
  input: SurveyInput;
  revisionId: Scalars['ID']['input'];
};


export type MutationCreateWorkshopMeetingArgs = {
  input: WorkshopMeetingInput;
  revisionId: Scalars['ID']['input'];
};


export type MutationDeleteConceptSectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteConferencePhotoArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFieldOfActionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFindingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteGoalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteGuidelineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInterviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSurveyInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSurveyQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSurveySectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTargetGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWorkshopMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditContributionArgs = {
  input: EditContributionInput;
};


export type MutationExportConferenceDocumentationArgs = {
  conferenceId: Scalars['ID']['input'];
  format: ExportFormat;
};


export type MutationExportConsiderationTableArgs = {
  format: ExportFormat;
  roundId: Scalars['ID']['input'];
};


export type MutationExportRecommendationsArgs = {
  format: ExportFormat;
  revisionId: Scalars['ID']['input'];
};


export type MutationExportSurveyResponsesArgs = {
  format: ExportFormat;
  surveyId: Scalars['ID']['input'];
};


export type MutationExtendReviewDeadlineArgs = {
  deadline: Scalars['DateTime']['input'];
  municipalityId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
};


export type MutationFinaliseConceptVersionArgs = {
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  versionId: Scalars['ID']['input'];
};


export type MutationFreezeConceptVersionArgs = {
  draftId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationGiveReviewStatementArgs = {
  kind: StatementKind;
  roundId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInviteCoordinatorArgs = {
  email: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationInviteToSurveyArgs = {
  invitees: Array<SurveyInviteeInput>;
  surveyId: Scalars['ID']['input'];
};


export type MutationJoinWorkshopArgs = {
  code: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLinkFindingArgs = {
  findingId: Scalars['ID']['input'];
  recommendationId: Scalars['ID']['input'];
};


export type MutationLinkNeedToRecommendationArgs = {
  needId: Scalars['ID']['input'];
  recommendationId: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeRecommendationsArgs = {
  input: MergeRecommendationsInput;
};


export type MutationMoveConceptSectionArgs = {
  direction: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMoveSurveyQuestionArgs = {
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};


export type MutationMoveSurveySectionArgs = {
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};


export type MutationOpenReviewRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlanPhaseArgs = {
  input: PlanPhaseInput;
};


export type MutationPublishConceptArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationPublishSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordConceptAdoptionArgs = {
  id: Scalars['ID']['input'];
  input: AdoptionInput;
  version: Scalars['Int']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveCoAuthorArgs = {
  accountId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRemoveEvidenceArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationRemoveFindingSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMunicipalityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenPhaseArgs = {
  phaseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestFeasibilityArgs = {
  input: RequestFeasibilityInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveFieldOfActionArgs = {
  input: SaveFieldOfActionInput;
};


export type MutationSaveFindingArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: FindingInput;
  revisionId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveGoalArgs = {
  input: SaveGoalInput;
};


export type MutationSaveGuidelineArgs = {
  input: SaveGuidelineInput;
};


export type MutationSaveInterviewArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: InterviewInput;
  revisionId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveNeedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: NeedInput;
  revisionId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveNetworkArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: NetworkInput;
  revisionId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveOfferArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: OfferInput;
  revisionId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveOrganisationArgs = {
  input: SaveOrganisationInput;
};


export type MutationSaveSurveyAnswersArgs = {
  answers: Array<SurveyAnswerInput>;
  language: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSaveSurveyQuestionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SurveyQuestionInput;
  surveyId: Scalars['ID']['input'];
};


export type MutationSaveSurveySectionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SurveySectionInput;
  surveyId: Scalars['ID']['input'];
};


export type MutationSaveTargetGroupArgs = {
  input: SaveTargetGroupInput;
};


export type MutationSetConferencePrivacyTextArgs = {
  conferenceId: Scalars['ID']['input'];
  textDe: Scalars['String']['input'];
  textEn: Scalars['String']['input'];
};


export type MutationSetSurveyPublicLinkArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetWorkshopPlaceArgs = {
  registrationId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationStartReviewRoundArgs = {
  input: StartReviewRoundInput;
};


export type MutationStartSurveyResponseArgs = {
  language: Scalars['String']['input'];
  publicToken: Scalars['String']['input'];
};


export type MutationSubmitSurveyResponseArgs = {
  answers?: Array<SurveyAnswerInput>;
  language: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSupportRecommendationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTransitionRecommendationArgs = {
  action: RecommendationAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateConceptSectionArgs = {
  id: Scalars['ID']['input'];
  input: ConceptSectionInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateConferenceArgs = {
  input: UpdateConferenceInput;
};


export type MutationUpdateIndicatorArgs = {
  id: Scalars['ID']['input'];
  input: IndicatorInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateRecommendationArgs = {
  input: UpdateRecommendationInput;
};


export type MutationUpdateRegionArgs = {
  input: UpdateRegionInput;
};


export type MutationUpdateRevisionArgs = {
  input: UpdateRevisionInput;
};


export type MutationUpdateSurveyArgs = {
  id: Scalars['ID']['input'];
  input: SurveyInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateWorkshopArgs = {
  id: Scalars['ID']['input'];
  input: WorkshopSessionInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateWorkshopMeetingArgs = {
  id: Scalars['ID']['input'];
  input: WorkshopMeetingInput;
  version: Scalars['Int']['input'];
};


export type MutationVoteContributionArgs = {
  id: Scalars['ID']['input'];
  on?: Scalars['Boolean']['input'];
};


export type MutationWithdrawSupportArgs = {
  id: Scalars['ID']['input'];
};

export type NamedItem = {
  __typename: 'NamedItem';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Need = {
  __typename: 'Need';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  fieldOfActionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Null when it concerns the whole region. */
  municipalityId: Maybe<Scalars['ID']['output']>;
  revisionId: Scalars['ID']['output'];
  /** Where it was found, e.g. the survey, a network meeting. */
  source: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type NeedInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  fieldOfActionId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type Network = {
  __typename: 'Network';
  confirmedAt: Scalars['DateTime']['output'];
  contactEmail: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  memberOrganisationIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  revisionId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type NetworkInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  memberOrganisationIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type NewConceptSectionInput = {
  /** Rich text as HTML; sanitized on the server. */
  body: Scalars['String']['input'];
  /** The chapter it belongs to; none for a chapter of its own. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type Notification = {
  __typename: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What happened, e.g. recommendation.status or feasibility.requested. */
  kind: Scalars['String']['output'];
  /** Path in the web app the notification leads to. */
  link: Maybe<Scalars['String']['output']>;
  /** JSON object with the facts the message is worded from. */
  params: Scalars['String']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
};

export type NotificationPage = {
  __typename: 'NotificationPage';
  items: Array<Notification>;
  unread: Scalars['Int']['output'];
};

export type NumberSummary = {
  __typename: 'NumberSummary';
  count: Scalars['Int']['output'];
  max: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  median: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
};

export type Offer = {
  __typename: 'Offer';
  /** Step-free access, sign language, childcare… */
  accessibility: Maybe<Scalars['String']['output']>;
  address: Maybe<Scalars['String']['output']>;
  confirmedAt: Scalars['DateTime']['output'];
  contactEmail: Maybe<Scalars['String']['output']>;
  contactPhone: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  fieldOfActionIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: OfferKind;
  /** ISO 639-1 codes (and ls for Leichte Sprache, dgs for sign language). */
  languages: Array<Scalars['String']['output']>;
  municipalityIds: Array<Scalars['ID']['output']>;
  organisationId: Scalars['ID']['output'];
  revisionId: Scalars['ID']['output'];
  targetGroupIds: Array<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
};

export type OfferInput = {
  accessibility?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  fieldOfActionIds: Array<Scalars['ID']['input']>;
  kind: OfferKind;
  /** ISO 639-1 codes; ls for Leichte Sprache, dgs for sign language. */
  languages: Array<Scalars['String']['input']>;
  /** Where it is offered; none for the whole region. */
  municipalityIds: Array<Scalars['ID']['input']>;
  /** The providing organisation. */
  organisationId: Scalars['ID']['input'];
  targetGroupIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OfferKind =
  | 'COUNSELLING'
  | 'COURSE'
  | 'MEETING_PLACE'
  | 'NETWORK'
  | 'OTHER';

export type OptionCount = {
  __typename: 'OptionCount';
  count: Scalars['Int']['output'];
  /** The option’s key; “other” for “other”; the municipality’s id for a municipality question. */
  key: Scalars['String']['output'];
  label: Array<LocalizedText>;
};

export type OptionRank = {
  __typename: 'OptionRank';
  /** 1 is first. */
  averageRank: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  label: Array<LocalizedText>;
};

/** An actor: administration, welfare association, school, Jobcenter, migrant organisation… */
export type Organisation = {
  __typename: 'Organisation';
  contactEmail: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  type: OrganisationType;
  version: Scalars['Int']['output'];
};

export type OrganisationType =
  | 'ADMINISTRATION'
  | 'ASSOCIATION'
  | 'EDUCATION_PROVIDER'
  | 'JOBCENTER'
  | 'MIGRANT_ORGANISATION'
  | 'NETWORK'
  | 'OTHER'
  | 'WELFARE_ASSOCIATION';

export type OutboxMessage = {
  __typename: 'OutboxMessage';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What caused the message, e.g. invitation or password-reset. */
  kind: Scalars['String']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  recipient: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: OutboxStatus;
  subject: Scalars['String']['output'];
  textBody: Scalars['String']['output'];
};

export type OutboxPage = {
  __typename: 'OutboxPage';
  messages: Array<OutboxMessage>;
  total: Scalars['Int']['output'];
};

export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type OverCapacityWorkshop = {
  __typename: 'OverCapacityWorkshop';
  assigned: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
};

export type ParticipantRole =
  | 'CITIZEN'
  | 'MIGRATION_HISTORY'
  | 'PROFESSIONAL'
  | 'VOLUNTEER';

/** Where a comment’s passage stands in a version; found is false once it was changed. */
export type PassagePosition = {
  __typename: 'PassagePosition';
  end: Maybe<Scalars['Int']['output']>;
  found: Scalars['Boolean']['output'];
  start: Maybe<Scalars['Int']['output']>;
};

/** A person as others see them: the name, no contact data. */
export type Person = {
  __typename: 'Person';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type Phase = {
  __typename: 'Phase';
  activatedAt: Maybe<Scalars['DateTime']['output']>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: PhaseKind;
  /** Planned end, an ISO date (YYYY-MM-DD). */
  plannedEnd: Maybe<Scalars['String']['output']>;
  /** Planned start, an ISO date (YYYY-MM-DD). */
  plannedStart: Maybe<Scalars['String']['output']>;
  /** 1 to 5, in the order the phases follow each other. */
  position: Scalars['Int']['output'];
  revisionId: Scalars['ID']['output'];
  state: PhaseState;
  version: Scalars['Int']['output'];
};

export type PhaseKind =
  | 'CONFERENCE'
  | 'FINALISATION'
  | 'INVENTORY'
  | 'SURVEY'
  | 'WORKSHOPS';

export type PhaseState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PLANNED';

export type PlanPhaseInput = {
  phaseId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  plannedEnd?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  plannedStart?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type PublicConference = {
  __typename: 'PublicConference';
  address: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  municipalities: Array<Municipality>;
  /** Free places; 0 means new registrations go to the waiting list. */
  placesLeft: Scalars['Int']['output'];
  privacyText: ConferencePrivacyText;
  registrationClosesAt: Scalars['DateTime']['output'];
  /** Whether the registration window is open now. */
  registrationOpen: Scalars['Boolean']['output'];
  registrationOpensAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  venue: Scalars['String']['output'];
  workshops: Array<PublicWorkshop>;
};

export type PublicDocument = {
  __typename: 'PublicDocument';
  byteSize: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  format: ExportFormat;
  url: Scalars['String']['output'];
};

export type PublicFieldOfAction = {
  __typename: 'PublicFieldOfAction';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** An offer as the public Wegweiser shows it. */
export type PublicOfferView = {
  __typename: 'PublicOfferView';
  accessibility: Maybe<Scalars['String']['output']>;
  address: Maybe<Scalars['String']['output']>;
  confirmedAt: Scalars['DateTime']['output'];
  contactEmail: Maybe<Scalars['String']['output']>;
  contactPhone: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  fieldsOfAction: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OfferKind;
  languages: Array<Scalars['String']['output']>;
  municipalities: Array<Scalars['String']['output']>;
  provider: Scalars['String']['output'];
  targetGroups: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  website: Maybe<Scalars['String']['output']>;
};

/** A recommendation of the published concept, as it was made final. */
export type PublicRecommendation = {
  __typename: 'PublicRecommendation';
  fieldOfAction: PublicFieldOfAction;
  indicators: Maybe<Scalars['String']['output']>;
  /** Null when it concerns every municipality. */
  municipalities: Maybe<Array<Scalars['String']['output']>>;
  /** Sanitized HTML. */
  rationale: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  resources: Maybe<Scalars['String']['output']>;
  targetGroups: Array<PublicTargetGroup>;
  timeHorizon: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type PublicTargetGroup = {
  __typename: 'PublicTargetGroup';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PublicWorkshop = {
  __typename: 'PublicWorkshop';
  fieldOfAction: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  room: Scalars['String']['output'];
  slotEndsAt: Scalars['DateTime']['output'];
  slotStartsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

/** The adopted and published concept, readable without signing in. */
export type PublishedConcept = {
  __typename: 'PublishedConcept';
  adoptionBody: Maybe<Scalars['String']['output']>;
  adoptionDate: Maybe<Scalars['String']['output']>;
  adoptionReference: Maybe<Scalars['String']['output']>;
  adoptionResult: Maybe<AdoptionResult>;
  /** Its documents that are ready, one per format. */
  documents: Array<PublicDocument>;
  fieldsOfAction: Array<PublicFieldOfAction>;
  publishedAt: Scalars['DateTime']['output'];
  /** Its recommendations, filtered by field, target group and words. */
  recommendations: Array<PublicRecommendation>;
  regionName: Scalars['String']['output'];
  revisionId: Scalars['ID']['output'];
  sections: Array<VersionSectionView>;
  targetGroups: Array<PublicTargetGroup>;
  title: Scalars['String']['output'];
  versionNumber: Scalars['Int']['output'];
};


/** The adopted and published concept, readable without signing in. */
export type PublishedConceptRecommendationsArgs = {
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  targetGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type PublishedConceptSummary = {
  __typename: 'PublishedConceptSummary';
  publishedAt: Scalars['DateTime']['output'];
  regionName: Scalars['String']['output'];
  revisionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type Query = {
  __typename: 'Query';
  /** How the wishes came out, as the places stand now (coordinators). */
  assignmentReport: AssignmentReport;
  /** The audit log of a region or a revision (coordinators and admins). */
  auditLog: AuditPage;
  /** Participants of the revision who can be named co-authors. */
  coAuthorCandidates: Array<Person>;
  /** Two versions of a draft as a redline, from `fromId` to `toId`. */
  compareDraftVersions: DraftComparison;
  /** The concept draft of a revision (everyone of it); null before one is created. */
  conceptDraft: Maybe<ConceptDraft>;
  /** The final version, resolution and publication of a revision (everyone of it); null before one is made final. */
  conceptPublication: Maybe<ConceptPublication>;
  conference: Conference;
  /** The latest 20 documentation exports of a conference (coordinators). */
  conferenceDocumentationExports: Array<DataExport>;
  /** The flip-chart photos for the documentation: all for coordinators, their workshops' for moderators. Uploaded with POST /api/conferences/:id/fotos, shown from /api/conferences/fotos/:photoId. */
  conferencePhotos: Array<ConferencePhoto>;
  /** Conferences of a revision (everyone who may see the revision). */
  conferences: Array<Conference>;
  /** Surveys of the region’s other revisions, to copy (coordinators). */
  copyableSurveys: Array<Survey>;
  /** An export with its progress (the requester or a coordinator of the region). */
  dataExport: DataExport;
  /** The latest 20 exports of a revision's recommendations (coordinators). */
  dataExports: Array<DataExport>;
  /** A frozen version (everyone of the revision). */
  draftVersion: DraftVersion;
  /** Recommendations × organisations with the latest answers (coordinators). */
  feasibilityMatrix: FeasibilityMatrix;
  /** The revision’s findings, optionally of one field of action (everyone of it). */
  findings: Array<Finding>;
  indicator: Indicator;
  /** The indicators of a revision (everyone of it). Import values with POST /api/indikatoren/:id/import. */
  indicators: Array<Indicator>;
  /** The revision’s interviews (coordinators). */
  interviews: Array<Interview>;
  invitation: InvitationPreview;
  /** Open invitations of a revision (coordinators). */
  invitations: Array<Invitation>;
  /** The signed-in person, or null. */
  me: Maybe<Viewer>;
  /** Members of a revision with their roles (coordinators). */
  members: Array<Member>;
  /** The checks of the caller's organisations (coordinators: all of the revision), open ones first. */
  myFeasibilityChecks: Array<FeasibilityCheck>;
  needs: Array<Need>;
  networks: Array<Network>;
  notifications: NotificationPage;
  /** Offers per field of action × municipality (every pair, empty ones too), optionally for one target group. */
  offerGaps: Array<GapCellView>;
  /** The revision's offers (everyone of it). */
  offers: Array<Offer>;
  outbox: OutboxPage;
  /** The public registration page of a conference; no sign-in needed. */
  publicConference: PublicConference;
  /** A published concept (public); NOT_FOUND for anything not published. */
  publishedConcept: PublishedConcept;
  /** Every published concept (public). */
  publishedConcepts: Array<PublishedConceptSummary>;
  recommendation: Recommendation;
  /** Fields of action × target groups: counts of recommendations. */
  recommendationCoverage: Array<CoverageCell>;
  /** Two versions of a recommendation compared word by word. */
  recommendationDiff: Array<FieldChangeView>;
  /** Recommendations of a revision, filtered, in pages. */
  recommendations: RecommendationPage;
  region: Region;
  /** Regions the signed-in person works in (all of them for platform admins). */
  regions: Array<Region>;
  /** Registrations with contact data (coordinators of the region). */
  registrations: Array<Registration>;
  /** The survey behind an invitation, a public response or the public link. */
  respondentSurvey: RespondentSurvey;
  /** A round, for its coordinators and the reviewers of its municipalities. */
  reviewRound: ReviewRound;
  /** The review rounds of a revision the viewer may see: all for coordinators, their municipality's for reviewers, none for others. */
  reviewRounds: Array<ReviewRound>;
  revision: ConceptRevision;
  /** Existing recommendations similar to a text being written. */
  similarRecommendations: Array<SimilarRecommendation>;
  survey: Survey;
  /** A closed question’s answers by municipality or respondent type; no group under five respondents. */
  surveyBreakdown: SurveyBreakdownResult;
  /** Free texts and “other” texts of submitted responses (coordinators). */
  surveyFreeTexts: Array<FreeTextAnswer>;
  /** Who was invited and who submitted (coordinators). */
  surveyInvitations: Array<SurveyInvitation>;
  /** The latest 20 exports of a survey's responses (coordinators). */
  surveyResponseExports: Array<DataExport>;
  /** Counts and chart numbers of the submitted responses (coordinators). */
  surveyResults: SurveyResults;
  /** The surveys of a revision (coordinators). */
  surveys: Array<Survey>;
  /** The public Wegweiser Integration of a revision (no sign-in): offers filtered by place, field, target group, language, words. */
  wegweiser: Array<PublicOfferView>;
  /** The board of a workshop: members of the revision and guests who joined. */
  workshopBoard: WorkshopBoard;
  /** Meetings of the workshop phase (everyone of the revision). */
  workshopMeetings: Array<WorkshopMeeting>;
  /** The participant lists of all workshops (coordinators). */
  workshopPlaces: Array<WorkshopPlace>;
};


export type QueryAssignmentReportArgs = {
  conferenceId: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
  revisionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCoAuthorCandidatesArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryCompareDraftVersionsArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type QueryConceptDraftArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryConceptPublicationArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryConferenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConferenceDocumentationExportsArgs = {
  conferenceId: Scalars['ID']['input'];
};


export type QueryConferencePhotosArgs = {
  conferenceId: Scalars['ID']['input'];
};


export type QueryConferencesArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryCopyableSurveysArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryDataExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDataExportsArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryDraftVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeasibilityMatrixArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryFindingsArgs = {
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  revisionId: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryInterviewsArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryMyFeasibilityChecksArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryNeedsArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryNetworksArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryOfferGapsArgs = {
  revisionId: Scalars['ID']['input'];
  targetGroupId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOffersArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryOutboxArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPublicConferenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedConceptArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecommendationCoverageArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryRecommendationDiffArgs = {
  from: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  to: Scalars['Int']['input'];
};


export type QueryRecommendationsArgs = {
  filter?: InputMaybe<RecommendationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  revisionId: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegistrationsArgs = {
  conferenceId: Scalars['ID']['input'];
  status?: InputMaybe<RegistrationStatus>;
};


export type QueryRespondentSurveyArgs = {
  token: Scalars['String']['input'];
};


export type QueryReviewRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewRoundsArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryRevisionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySimilarRecommendationsArgs = {
  excludeId?: InputMaybe<Scalars['ID']['input']>;
  rationale?: Scalars['String']['input'];
  revisionId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyBreakdownArgs = {
  by: SurveyBreakdown;
  questionId: Scalars['ID']['input'];
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyFreeTextsArgs = {
  questionId?: InputMaybe<Scalars['ID']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyInvitationsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyResponseExportsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveysArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryWegweiserArgs = {
  filter?: InputMaybe<WegweiserFilterInput>;
  revisionId: Scalars['ID']['input'];
};


export type QueryWorkshopBoardArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryWorkshopMeetingsArgs = {
  revisionId: Scalars['ID']['input'];
};


export type QueryWorkshopPlacesArgs = {
  conferenceId: Scalars['ID']['input'];
};

/** A chart’s numbers for one question; the parts that fit its kind are filled. */
export type QuestionResult = {
  __typename: 'QuestionResult';
  /** Submitted responses that answered it. */
  answered: Scalars['Int']['output'];
  fieldRatings: Array<FieldRatingResult>;
  kind: SurveyQuestionKind;
  numberSummary: Maybe<NumberSummary>;
  /** Choice, Likert, organisation-type and municipality questions. */
  options: Array<OptionCount>;
  questionId: Scalars['ID']['output'];
  /** Ranking questions: the options by their average place. */
  ranks: Array<OptionRank>;
  text: Array<LocalizedText>;
};

export type Recommendation = {
  __typename: 'Recommendation';
  /** True: concerns every municipality of the region; false: the chosen ones. */
  allMunicipalities: Scalars['Boolean']['output'];
  /** The creator and the co-authors. */
  authors: Array<Person>;
  /** Lifecycle steps the caller may take now. */
  availableActions: Array<RecommendationAction>;
  commentCount: Scalars['Int']['output'];
  /** Comments with their replies, oldest first. */
  comments: Array<CommentThread>;
  createdAt: Scalars['DateTime']['output'];
  /** The evidence trail: where the recommendation came from. */
  evidence: Array<EvidenceLink>;
  fieldOfAction: FieldOfAction;
  fieldOfActionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Indicators of success. */
  indicators: Maybe<Scalars['String']['output']>;
  /** The recommendations merged into this one. */
  mergedFrom: Array<Recommendation>;
  mergedInto: Maybe<Recommendation>;
  mergedIntoId: Maybe<Scalars['ID']['output']>;
  /** Empty when the recommendation concerns all municipalities. */
  municipalities: Array<Municipality>;
  /** Running number within the field of action. */
  number: Scalars['Int']['output'];
  /** Implementing organisations. */
  organisations: Array<Organisation>;
  /** Sanitized HTML. */
  rationale: Scalars['String']['output'];
  /** Readable reference, e.g. SB-07; never changes. */
  reference: Scalars['String']['output'];
  resources: Maybe<Scalars['String']['output']>;
  revisionId: Scalars['ID']['output'];
  status: RecommendationStatus;
  statusChangedAt: Scalars['DateTime']['output'];
  /** Why it was not adopted, returned or reopened. */
  statusReason: Maybe<Scalars['String']['output']>;
  supportCount: Scalars['Int']['output'];
  supportedByMe: Scalars['Boolean']['output'];
  targetGroups: Array<TargetGroup>;
  timeHorizon: Maybe<TimeHorizon>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Every version, newest first. */
  versions: Array<RecommendationVersionInfo>;
  /** Whether the caller may edit it now. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the caller is an author. */
  viewerIsAuthor: Scalars['Boolean']['output'];
};

export type RecommendationAction =
  | 'AGREE'
  | 'REJECT'
  | 'REOPEN'
  | 'RETURN_TO_DRAFT'
  | 'START_FEASIBILITY_CHECK'
  | 'START_REVIEW'
  | 'SUBMIT'
  | 'WITHDRAW';

export type RecommendationComment = {
  __typename: 'RecommendationComment';
  authorName: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  /** Reference of the recommendation the comment was first written on, when carried over by a merge. */
  carriedFrom: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The comment this one replies to (one level only). */
  parentId: Maybe<Scalars['ID']['output']>;
  recommendationId: Scalars['ID']['output'];
};

export type RecommendationFilter = {
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those the caller wrote or co-wrote. */
  mine?: Scalars['Boolean']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** German full-text search in reference, title and rationale. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<RecommendationStatus>>;
  targetGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecommendationPage = {
  __typename: 'RecommendationPage';
  items: Array<Recommendation>;
  total: Scalars['Int']['output'];
};

export type RecommendationStatus =
  | 'AGREED'
  | 'DRAFT'
  | 'FEASIBILITY_CHECK'
  | 'IN_REVIEW'
  | 'MERGED'
  | 'NOT_ADOPTED'
  | 'SUBMITTED';

export type RecommendationVersionInfo = {
  __typename: 'RecommendationVersionInfo';
  authorName: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  number: Scalars['Int']['output'];
};

export type RedlineBlockView = {
  __typename: 'RedlineBlockView';
  segments: Array<RedlineSegmentView>;
  /** same, added, removed or changed */
  status: Scalars['String']['output'];
  /** The block’s tag: p, li, h3, td… */
  tag: Scalars['String']['output'];
};

export type RedlineSectionView = {
  __typename: 'RedlineSectionView';
  blocks: Array<RedlineBlockView>;
  id: Scalars['ID']['output'];
  level: Scalars['Int']['output'];
  /** same, added, removed or changed */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  titleSegments: Array<RedlineSegmentView>;
};

export type RedlineSegmentView = {
  __typename: 'RedlineSegmentView';
  /** same, added or removed */
  kind: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** A Kreis or kreisfreie Stadt whose Kommunales Integrationszentrum uses the platform. */
export type Region = {
  __typename: 'Region';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: RegionKind;
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  organisations: Array<Organisation>;
  /** Revisions of the region the signed-in person may see, newest first. */
  revisions: Array<ConceptRevision>;
  version: Scalars['Int']['output'];
};

export type RegionKind =
  | 'KREIS'
  | 'KREISFREIE_STADT';

export type RegisterInput = {
  accessibilityNeeds?: InputMaybe<Scalars['String']['input']>;
  conferenceId: Scalars['ID']['input'];
  /** Agreement to the privacy notice; required. */
  consent: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Workshop wishes, first choice first (at most three). */
  preferences: Array<Scalars['ID']['input']>;
  /** The version of the privacy notice the person read and agreed to. */
  privacyTextVersion: Scalars['Int']['input'];
  role: ParticipantRole;
};

export type Registration = {
  __typename: 'Registration';
  /** Needs for taking part: step-free access, sign language, childcare… */
  accessibilityNeeds: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  checkedInAt: Maybe<Scalars['DateTime']['output']>;
  conferenceId: Scalars['ID']['output'];
  consentedAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  municipalityId: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  organisation: Maybe<Scalars['String']['output']>;
  /** Workshop wishes, first choice first. */
  preferences: Array<Scalars['ID']['output']>;
  privacyTextId: Scalars['ID']['output'];
  /** When the person moved up from the waiting list. */
  promotedAt: Maybe<Scalars['DateTime']['output']>;
  role: ParticipantRole;
  status: RegistrationStatus;
  version: Scalars['Int']['output'];
};

export type RegistrationCounts = {
  __typename: 'RegistrationCounts';
  cancelled: Scalars['Int']['output'];
  confirmed: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

export type RegistrationResult = {
  __typename: 'RegistrationResult';
  conferenceTitle: Scalars['String']['output'];
  status: RegistrationStatus;
  /** Place on the waiting list, when waitlisted. */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

export type RequestFeasibilityInput = {
  /** Must lie in the future. */
  deadline: Scalars['DateTime']['input'];
  /** Sent with the request. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Organisations of the region asked for a statement. */
  organisationIds: Array<Scalars['ID']['input']>;
  /** Recommendations IN_REVIEW or FEASIBILITY_CHECK; IN_REVIEW ones move on. */
  recommendationIds: Array<Scalars['ID']['input']>;
  /** Days before the deadline on which open checks are reminded: 1 to 60, each once. Default [7, 1]. */
  reminderDaysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
  revisionId: Scalars['ID']['input'];
};

export type RespondentSurvey = {
  __typename: 'RespondentSurvey';
  answers: Array<SurveyAnswerView>;
  audience: SurveyAudience;
  availability: SurveyAvailability;
  closesAt: Maybe<Scalars['DateTime']['output']>;
  fieldsOfAction: Array<NamedItem>;
  intro: Array<LocalizedText>;
  /** The token is the public link: start a response before answering. */
  isPublicLink: Scalars['Boolean']['output'];
  /** The language last used, or the invitation’s. */
  language: Scalars['String']['output'];
  languages: Array<Scalars['String']['output']>;
  municipalities: Array<NamedItem>;
  opensAt: Maybe<Scalars['DateTime']['output']>;
  sections: Array<SurveySection>;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  surveyId: Scalars['ID']['output'];
  title: Array<LocalizedText>;
};

/** Where a municipality stands in a review round. */
export type ReviewBoardRow = {
  __typename: 'ReviewBoardRow';
  comments: Scalars['Int']['output'];
  deadline: Scalars['DateTime']['output'];
  municipalityId: Scalars['ID']['output'];
  municipalityName: Scalars['String']['output'];
  openedAt: Maybe<Scalars['DateTime']['output']>;
  progress: ReviewProgress;
  statement: Maybe<StatementKind>;
};

export type ReviewComment = {
  __typename: 'ReviewComment';
  createdAt: Scalars['DateTime']['output'];
  disposedAt: Maybe<Scalars['DateTime']['output']>;
  disposition: Maybe<DispositionKind>;
  dispositionReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  municipalityId: Scalars['ID']['output'];
  municipalityName: Scalars['String']['output'];
  /** Where the passage stands in a version's section text (default: the round's version); found is false once the passage was changed. */
  passage: PassagePosition;
  /** When the proposed text was taken into the draft. */
  proposalAppliedAt: Maybe<Scalars['DateTime']['output']>;
  /** Replacement text the reviewer proposes for the passage. */
  proposedText: Maybe<Scalars['String']['output']>;
  /** The passage commented on, as it stood; null for the whole section. */
  quote: Maybe<Scalars['String']['output']>;
  roundId: Scalars['ID']['output'];
  /** The section commented on (ids stay the same across versions). */
  sectionId: Scalars['ID']['output'];
  /** The section title as it stood in the round’s version. */
  sectionTitle: Scalars['String']['output'];
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


export type ReviewCommentPassageArgs = {
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReviewCommentInput = {
  end?: InputMaybe<Scalars['Int']['input']>;
  proposedText?: InputMaybe<Scalars['String']['input']>;
  roundId: Scalars['ID']['input'];
  sectionId: Scalars['ID']['input'];
  /** Start of the passage in the section’s plain text. */
  start?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** The viewer’s own municipality in a round. */
export type ReviewPart = {
  __typename: 'ReviewPart';
  deadline: Scalars['DateTime']['output'];
  municipalityId: Scalars['ID']['output'];
};

export type ReviewProgress =
  | 'COMMENTED'
  | 'NOT_OPENED'
  | 'READING'
  | 'STATEMENT_GIVEN';

export type ReviewRound = {
  __typename: 'ReviewRound';
  /** Where each municipality stands (coordinators only). */
  board: Array<ReviewBoardRow>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The comments the viewer may see. */
  comments: Array<ReviewComment>;
  /** The latest exports of the Abwägungstabelle (coordinators only). */
  considerationExports: Array<DataExport>;
  /** The Abwägungstabelle (coordinators only). */
  considerationTable: Array<ConsiderationRow>;
  createdAt: Scalars['DateTime']['output'];
  /** The deadline set for the round; municipalities may have it extended. */
  deadline: Scalars['DateTime']['output'];
  draftId: Scalars['ID']['output'];
  /** The version under review. */
  draftVersion: DraftVersion;
  id: Scalars['ID']['output'];
  /** The viewer's own municipality and its deadline (reviewers). */
  myPart: Maybe<ReviewPart>;
  number: Scalars['Int']['output'];
  /** Whether reviewers see other municipalities' comments and statements. */
  othersVisible: Scalars['Boolean']['output'];
  /** Days before a deadline on which reviewers without a statement are reminded. */
  reminderDaysBefore: Array<Scalars['Int']['output']>;
  revisionId: Scalars['ID']['output'];
  /** The statements the viewer may see. */
  statements: Array<ReviewStatement>;
  status: ReviewRoundStatus;
  version: Scalars['Int']['output'];
  versionId: Scalars['ID']['output'];
};

export type ReviewRoundStatus =
  | 'CLOSED'
  | 'OPEN';

export type ReviewStatement = {
  __typename: 'ReviewStatement';
  givenAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: StatementKind;
  municipalityId: Scalars['ID']['output'];
  municipalityName: Scalars['String']['output'];
  roundId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type RevisionGrant = {
  __typename: 'RevisionGrant';
  municipalityId: Maybe<Scalars['ID']['output']>;
  organisationId: Maybe<Scalars['ID']['output']>;
  regionId: Scalars['ID']['output'];
  revisionId: Scalars['ID']['output'];
  role: RevisionRole;
};

export type RevisionRole =
  | 'IMPLEMENTING_ACTOR'
  | 'MUNICIPAL_REVIEWER'
  | 'OBSERVER'
  | 'PARTICIPANT';

export type SaveFieldOfActionInput = {
  /** Two to four capital letters, e.g. SB. */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  revisionId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveGoalInput = {
  /** Absent for a guiding goal of the whole concept. */
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  revisionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveGuidelineInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  revisionId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveOrganisationInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Absent to create a new organisation. */
  id?: InputMaybe<Scalars['ID']['input']>;
  municipalityIds?: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
  type: OrganisationType;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveTargetGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  revisionId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SimilarRecommendation = {
  __typename: 'SimilarRecommendation';
  recommendation: Recommendation;
  /** Similarity from 0 to 1. */
  score: Scalars['Float']['output'];
};

export type StartReviewRoundInput = {
  deadline: Scalars['DateTime']['input'];
  municipalityIds: Array<Scalars['ID']['input']>;
  othersVisible?: Scalars['Boolean']['input'];
  /** Reminder days before the deadline; 7 and 2 if not given. */
  reminderDaysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
  versionId: Scalars['ID']['input'];
};

export type StatementKind =
  | 'APPROVED'
  | 'APPROVED_WITH_REMARKS'
  | 'OBJECTION';

export type Subscription = {
  __typename: 'Subscription';
  /** Changes on a workshop board as they happen, from every API instance. */
  workshopBoardEvents: BoardEventView;
};


export type SubscriptionWorkshopBoardEventsArgs = {
  sessionId: Scalars['ID']['input'];
};

export type Survey = {
  __typename: 'Survey';
  closesAt: Maybe<Scalars['DateTime']['output']>;
  /** The survey of an earlier revision this one was copied from. */
  copiedFromId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  intro: Array<LocalizedText>;
  /** The languages respondents can choose; de always among them. */
  languages: Array<Scalars['String']['output']>;
  /** Per language of the survey, how many texts lack a translation. */
  missingTranslations: Array<TranslationGap>;
  opensAt: Maybe<Scalars['DateTime']['output']>;
  publicToken: Maybe<Scalars['String']['output']>;
  /** Days before the close at which invitees who have not submitted are reminded. */
  reminderDaysBefore: Array<Scalars['Int']['output']>;
  revisionId: Scalars['ID']['output'];
  /** Sections with their questions, in order. */
  sections: Array<SurveySection>;
  status: SurveyStatus;
  title: Array<LocalizedText>;
  version: Scalars['Int']['output'];
};

export type SurveyAnswerInput = {
  /** Single choice, Likert, organisation type: an option key or “other”. */
  choice?: InputMaybe<Scalars['String']['input']>;
  /** Multiple choice: option keys, “other” among them. */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** YYYY-MM-DD */
  date?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['Float']['input']>;
  /** Ranking: every option key, first the most important. */
  order?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The text of “other”. */
  other?: InputMaybe<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
  ratings?: InputMaybe<Array<FieldRatingInput>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyAnswerView = {
  __typename: 'SurveyAnswerView';
  choice: Maybe<Scalars['String']['output']>;
  choices: Maybe<Array<Scalars['String']['output']>>;
  date: Maybe<Scalars['String']['output']>;
  municipalityId: Maybe<Scalars['ID']['output']>;
  number: Maybe<Scalars['Float']['output']>;
  order: Maybe<Array<Scalars['String']['output']>>;
  other: Maybe<Scalars['String']['output']>;
  questionId: Scalars['ID']['output'];
  ratings: Maybe<Array<FieldRating>>;
  text: Maybe<Scalars['String']['output']>;
};

export type SurveyAudience =
  | 'MUNICIPALITY'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PUBLIC';

export type SurveyAvailability =
  | 'CLOSED'
  | 'NOT_OPEN'
  | 'OPEN';

export type SurveyBreakdown =
  | 'MUNICIPALITY'
  | 'RESPONDENT_TYPE';

export type SurveyBreakdownResult = {
  __typename: 'SurveyBreakdownResult';
  by: SurveyBreakdown;
  groups: Array<BreakdownGroup>;
  questionId: Scalars['ID']['output'];
  /** Respondents not shown in a group of their own (merged or not shown at all). */
  suppressed: Scalars['Int']['output'];
};

export type SurveyConditionInput = {
  /** The question is shown when one of these options was chosen. */
  optionKeys: Array<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
};

export type SurveyConditionView = {
  __typename: 'SurveyConditionView';
  optionKeys: Array<Scalars['String']['output']>;
  questionId: Scalars['ID']['output'];
};

export type SurveyInput = {
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  intro?: InputMaybe<Array<LocalizedTextInput>>;
  /** Languages respondents can choose; de is always one of them. */
  languages: Array<Scalars['String']['input']>;
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Days before the close to remind invitees; [7, 2] when left out. */
  reminderDaysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
  title: Array<LocalizedTextInput>;
};

export type SurveyInvitation = {
  __typename: 'SurveyInvitation';
  audience: SurveyAudience;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The language the invitation and its reminders are written in. */
  language: Scalars['String']['output'];
  municipalityId: Maybe<Scalars['ID']['output']>;
  name: Maybe<Scalars['String']['output']>;
  organisationId: Maybe<Scalars['ID']['output']>;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  surveyId: Scalars['ID']['output'];
};

export type SurveyInviteeInput = {
  audience: SurveyAudience;
  email: Scalars['String']['input'];
  /** The language of the mail’s own line and the page’s start. */
  language?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type SurveyOptionInput = {
  /** Stable key; numbered when left out. */
  key?: InputMaybe<Scalars['String']['input']>;
  label: Array<LocalizedTextInput>;
};

export type SurveyOptionView = {
  __typename: 'SurveyOptionView';
  key: Scalars['String']['output'];
  label: Array<LocalizedText>;
};

export type SurveyQuestion = {
  __typename: 'SurveyQuestion';
  /** Whether a choice question offers “other” with a text of one’s own. */
  allowOther: Scalars['Boolean']['output'];
  condition: Maybe<SurveyConditionView>;
  help: Array<LocalizedText>;
  id: Scalars['ID']['output'];
  kind: SurveyQuestionKind;
  options: Array<SurveyOptionView>;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  sectionId: Scalars['ID']['output'];
  surveyId: Scalars['ID']['output'];
  text: Array<LocalizedText>;
};

export type SurveyQuestionInput = {
  allowOther?: InputMaybe<Scalars['Boolean']['input']>;
  condition?: InputMaybe<SurveyConditionInput>;
  help?: InputMaybe<Array<LocalizedTextInput>>;
  kind: SurveyQuestionKind;
  /** Options of choice, Likert, ranking and organisation-type questions; defaults for Likert and organisation type. */
  options?: InputMaybe<Array<SurveyOptionInput>>;
  required: Scalars['Boolean']['input'];
  sectionId: Scalars['ID']['input'];
  text: Array<LocalizedTextInput>;
};

export type SurveyQuestionKind =
  | 'DATE'
  | 'FIELD_RATING'
  | 'FREE_TEXT'
  | 'LIKERT'
  | 'MULTIPLE_CHOICE'
  | 'MUNICIPALITY'
  | 'NUMBER'
  | 'ORGANISATION_TYPE'
  | 'RANKING'
  | 'SINGLE_CHOICE';

export type SurveyResults = {
  __typename: 'SurveyResults';
  audiences: Array<AudienceCount>;
  questions: Array<QuestionResult>;
  submitted: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
};

export type SurveySaveResult = {
  __typename: 'SurveySaveResult';
  savedAt: Scalars['DateTime']['output'];
  submittedAt: Maybe<Scalars['DateTime']['output']>;
};

export type SurveySection = {
  __typename: 'SurveySection';
  description: Array<LocalizedText>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  questions: Array<SurveyQuestion>;
  surveyId: Scalars['ID']['output'];
  title: Array<LocalizedText>;
};

export type SurveySectionInput = {
  description?: InputMaybe<Array<LocalizedTextInput>>;
  title: Array<LocalizedTextInput>;
};

export type SurveyStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** Zielgruppe: a group of people the concept addresses. */
export type TargetGroup = {
  __typename: 'TargetGroup';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  revisionId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type TimeHorizon =
  | 'LONG'
  | 'MEDIUM'
  | 'SHORT';

export type TranslationGap = {
  __typename: 'TranslationGap';
  language: Scalars['String']['output'];
  /** Texts with a German version and none in this language. */
  missing: Scalars['Int']['output'];
};

export type UpdateConferenceInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
  /** The version the change is based on (optimistic locking). */
  version: Scalars['Int']['input'];
};

export type UpdateRecommendationInput = {
  allMunicipalities?: Scalars['Boolean']['input'];
  fieldOfActionId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  indicators?: InputMaybe<Scalars['String']['input']>;
  /** The municipalities concerned when not all are. */
  municipalityIds?: Array<Scalars['ID']['input']>;
  /** Implementing organisations. */
  organisationIds?: Array<Scalars['ID']['input']>;
  /** Rich text (HTML); sanitized on the server. */
  rationale: Scalars['String']['input'];
  resources?: InputMaybe<Scalars['String']['input']>;
  targetGroupIds?: Array<Scalars['ID']['input']>;
  timeHorizon?: InputMaybe<TimeHorizon>;
  title: Scalars['String']['input'];
  /** The version the edit is based on. */
  version: Scalars['Int']['input'];
};

export type UpdateRegionInput = {
  id: Scalars['ID']['input'];
  kind: RegionKind;
  name: Scalars['String']['input'];
  /** The version the change is based on (optimistic locking). */
  version: Scalars['Int']['input'];
};

export type UpdateRevisionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A section as a version froze it: its level, title and HTML (live parts included). */
export type VersionSectionView = {
  __typename: 'VersionSectionView';
  /** Sanitized HTML. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 1 for chapters, 2 for their sub-chapters, … */
  level: Scalars['Int']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

/** The signed-in person and what they may do. */
export type Viewer = {
  __typename: 'Viewer';
  account: Account;
  coordinatorRegionIds: Array<Scalars['ID']['output']>;
  memberships: Array<RevisionGrant>;
};

export type WegweiserFilterInput = {
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  /** An ISO 639-1 code (ls, dgs). */
  language?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  targetGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type WorkshopBoard = {
  __typename: 'WorkshopBoard';
  cards: Array<BoardCard>;
  joinCode: Scalars['String']['output'];
  /** The address a QR code on the flip chart leads to. */
  joinUrl: Scalars['String']['output'];
  room: Scalars['String']['output'];
  sessionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  viewer: BoardViewerView;
};

export type WorkshopJoin = {
  __typename: 'WorkshopJoin';
  sessionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type WorkshopMeeting = {
  __typename: 'WorkshopMeeting';
  /** How many took part. */
  attendance: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fieldOfActionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  /** The minutes, as sanitized HTML. */
  minutes: Scalars['String']['output'];
  /** Recommendations worked on, by reference. */
  recommendations: Array<Recommendation>;
  revisionId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WorkshopMeetingInput = {
  attendance?: InputMaybe<Scalars['Int']['input']>;
  fieldOfActionId: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  /** The minutes as HTML; sanitized on the server. */
  minutes?: Scalars['String']['input'];
  /** Recommendations of the revision worked on in the meeting. */
  recommendationIds?: Array<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type WorkshopPlace = {
  __typename: 'WorkshopPlace';
  checkedInAt: Maybe<Scalars['DateTime']['output']>;
  manual: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  organisation: Maybe<Scalars['String']['output']>;
  /** Rank among the wishes in the slot; null when it was none of them. */
  rank: Maybe<Scalars['Int']['output']>;
  registrationId: Scalars['ID']['output'];
  role: ParticipantRole;
  sessionId: Scalars['ID']['output'];
};

export type WorkshopSession = {
  __typename: 'WorkshopSession';
  capacity: Scalars['Int']['output'];
  conferenceId: Scalars['ID']['output'];
  fieldOfActionId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Short code people type (or scan as QR code) to join the workshop's board on their phone. */
  joinCode: Scalars['String']['output'];
  moderators: Array<Person>;
  room: Scalars['String']['output'];
  slotEndsAt: Scalars['DateTime']['output'];
  /** Sessions that start at the same time share a slot. */
  slotStartsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WorkshopSessionInput = {
  capacity: Scalars['Int']['input'];
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  /** Accounts of the revision who moderate. */
  moderatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  room: Scalars['String']['input'];
  slotEndsAt: Scalars['DateTime']['input'];
  slotStartsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type AuditLogQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type AuditLogQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string }, auditLog: { __typename: 'AuditPage', total: number, entries: Array<{ __typename: 'AuditEntryView', id: string, createdAt: string, actorName: string | null, action: string, entityType: string, before: string | null, after: string | null, reason: string | null }> } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { signIn: { __typename: 'Viewer', account: { __typename: 'Account', id: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { resetPassword: { __typename: 'Viewer', account: { __typename: 'Account', id: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'Viewer', account: { __typename: 'Account', id: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Viewer', coordinatorRegionIds: Array<string>, account: { __typename: 'Account', id: string, displayName: string, email: string, isPlatformAdmin: boolean }, memberships: Array<{ __typename: 'RevisionGrant', revisionId: string, regionId: string, role: RevisionRole }> } | null };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitation: { __typename: 'InvitationPreview', email: string, role: InvitationRole, regionName: string, revisionTitle: string | null, municipalityName: string | null, organisationName: string | null, expiresAt: string, accountExists: boolean } };

export type ConceptDraftPageQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type ConceptDraftPageQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string }, conceptDraft: { __typename: 'ConceptDraft', id: string, title: string, version: number, sections: Array<{ __typename: 'ConceptSection', id: string, parentId: string | null, position: number, kind: ConceptSectionKind, fieldOfActionId: string | null, title: string, body: string, liveHtml: string, version: number, updatedAt: string }>, versions: Array<{ __typename: 'DraftVersion', id: string, number: number, note: string | null, frozenAt: string }> } | null };

export type CreateConceptDraftMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateConceptDraftMutation = { createConceptDraft: { __typename: 'ConceptDraft', id: string } };

export type AddConceptSectionMutationVariables = Exact<{
  draftId: Scalars['ID']['input'];
  input: NewConceptSectionInput;
}>;


export type AddConceptSectionMutation = { addConceptSection: { __typename: 'ConceptSection', id: string, title: string } };

export type UpdateConceptSectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ConceptSectionInput;
}>;


export type UpdateConceptSectionMutation = { updateConceptSection: { __typename: 'ConceptSection', id: string, title: string, body: string, liveHtml: string, version: number, updatedAt: string } };

export type DeleteConceptSectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteConceptSectionMutation = { deleteConceptSection: boolean };

export type MoveConceptSectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  direction: Scalars['Int']['input'];
}>;


export type MoveConceptSectionMutation = { moveConceptSection: Array<{ __typename: 'ConceptSection', id: string, position: number, version: number }> };

export type FreezeConceptVersionMutationVariables = Exact<{
  draftId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type FreezeConceptVersionMutation = { freezeConceptVersion: { __typename: 'DraftVersion', id: string, number: number, note: string | null, frozenAt: string } };

export type CompareDraftVersionsQueryVariables = Exact<{
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
}>;


export type CompareDraftVersionsQuery = { compareDraftVersions: { __typename: 'DraftComparison', added: number, removed: number, changed: number, html: string, docxUrl: string, from: { __typename: 'DraftVersion', id: string, number: number }, to: { __typename: 'DraftVersion', id: string, number: number } } };

export type ConferenceRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConferenceRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, code: string, title: string }> } };

export type ConferencesQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type ConferencesQuery = { conferences: Array<{ __typename: 'Conference', id: string, revisionId: string, title: string, description: string | null, startsAt: string, endsAt: string, venue: string, address: string | null, capacity: number, registrationOpensAt: string, registrationClosesAt: string, version: number, privacyText: { __typename: 'ConferencePrivacyText', id: string, version: number, textDe: string, textEn: string, createdAt: string }, registrationCounts: { __typename: 'RegistrationCounts', confirmed: number, waitlisted: number, cancelled: number }, workshops: Array<{ __typename: 'WorkshopSession', id: string, title: string, fieldOfActionId: string | null, room: string, slotStartsAt: string, slotEndsAt: string, capacity: number, version: number, joinCode: string, moderators: Array<{ __typename: 'Person', id: string, displayName: string }> }> }> };

export type RegistrationsQueryVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
  status?: InputMaybe<RegistrationStatus>;
}>;


export type RegistrationsQuery = { registrations: Array<{ __typename: 'Registration', id: string, name: string, email: string, organisation: string | null, role: ParticipantRole, status: RegistrationStatus, preferences: Array<string>, accessibilityNeeds: string | null, createdAt: string }> };

export type PublicConferenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicConferenceQuery = { publicConference: { __typename: 'PublicConference', id: string, title: string, description: string | null, startsAt: string, endsAt: string, venue: string, address: string | null, registrationOpen: boolean, registrationOpensAt: string, registrationClosesAt: string, placesLeft: number, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, privacyText: { __typename: 'ConferencePrivacyText', id: string, version: number, textDe: string, textEn: string }, workshops: Array<{ __typename: 'PublicWorkshop', id: string, title: string, fieldOfAction: string | null, room: string, slotStartsAt: string, slotEndsAt: string }> } };

export type CreateConferenceMutationVariables = Exact<{
  input: CreateConferenceInput;
}>;


export type CreateConferenceMutation = { createConference: { __typename: 'Conference', id: string } };

export type UpdateConferenceMutationVariables = Exact<{
  input: UpdateConferenceInput;
}>;


export type UpdateConferenceMutation = { updateConference: { __typename: 'Conference', id: string, title: string, description: string | null, startsAt: string, endsAt: string, venue: string, address: string | null, capacity: number, registrationOpensAt: string, registrationClosesAt: string, version: number } };

export type SetConferencePrivacyTextMutationVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
  textDe: Scalars['String']['input'];
  textEn: Scalars['String']['input'];
}>;


export type SetConferencePrivacyTextMutation = { setConferencePrivacyText: { __typename: 'ConferencePrivacyText', id: string, version: number } };

export type AddWorkshopMutationVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
  input: WorkshopSessionInput;
}>;


export type AddWorkshopMutation = { addWorkshop: { __typename: 'WorkshopSession', id: string } };

export type UpdateWorkshopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: WorkshopSessionInput;
}>;


export type UpdateWorkshopMutation = { updateWorkshop: { __typename: 'WorkshopSession', id: string, title: string, fieldOfActionId: string | null, room: string, slotStartsAt: string, slotEndsAt: string, capacity: number, version: number } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { __typename: 'RegistrationResult', status: RegistrationStatus, waitlistPosition: number | null, conferenceTitle: string } };

export type CancelRegistrationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type CancelRegistrationMutation = { cancelRegistration: { __typename: 'CancellationResult', cancelledNow: boolean, conferenceTitle: string } };

export type CancelRegistrationByIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRegistrationByIdMutation = { cancelRegistrationById: { __typename: 'Registration', id: string, status: RegistrationStatus } };

export type AssignmentSlotFieldsFragment = { __typename: 'AssignmentSlotReport', slotStartsAt: string, registrants: number, unassigned: number, overrides: number, byRank: Array<{ __typename: 'AssignmentRankCount', rank: number, count: number, share: number }>, overCapacity: Array<{ __typename: 'OverCapacityWorkshop', sessionId: string, capacity: number, assigned: number }> };

export type AssignmentReportQueryVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
}>;


export type AssignmentReportQuery = { assignmentReport: { __typename: 'AssignmentReport', slots: Array<{ __typename: 'AssignmentSlotReport', slotStartsAt: string, registrants: number, unassigned: number, overrides: number, byRank: Array<{ __typename: 'AssignmentRankCount', rank: number, count: number, share: number }>, overCapacity: Array<{ __typename: 'OverCapacityWorkshop', sessionId: string, capacity: number, assigned: number }> }> } };

export type AssignWorkshopsMutationVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
}>;


export type AssignWorkshopsMutation = { assignWorkshops: { __typename: 'AssignmentReport', slots: Array<{ __typename: 'AssignmentSlotReport', slotStartsAt: string, registrants: number, unassigned: number, overrides: number, byRank: Array<{ __typename: 'AssignmentRankCount', rank: number, count: number, share: number }>, overCapacity: Array<{ __typename: 'OverCapacityWorkshop', sessionId: string, capacity: number, assigned: number }> }> } };

export type WorkshopPlacesQueryVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
}>;


export type WorkshopPlacesQuery = { workshopPlaces: Array<{ __typename: 'WorkshopPlace', registrationId: string, sessionId: string, name: string, organisation: string | null, role: ParticipantRole, rank: number | null, manual: boolean, checkedInAt: string | null }> };

export type ConfirmedWishesQueryVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
}>;


export type ConfirmedWishesQuery = { registrations: Array<{ __typename: 'Registration', id: string, name: string, organisation: string | null, preferences: Array<string> }> };

export type SetWorkshopPlaceMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
}>;


export type SetWorkshopPlaceMutation = { setWorkshopPlace: { __typename: 'WorkshopPlace', registrationId: string, sessionId: string } };

export type ClearWorkshopPlaceMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
}>;


export type ClearWorkshopPlaceMutation = { clearWorkshopPlace: boolean };

export type CheckInListQueryVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
}>;


export type CheckInListQuery = { registrations: Array<{ __typename: 'Registration', id: string, name: string, organisation: string | null, checkedInAt: string | null }> };

export type CheckInMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
}>;


export type CheckInMutation = { checkIn: { __typename: 'Registration', id: string, checkedInAt: string | null } };

export type ConferencePhotosQueryVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
}>;


export type ConferencePhotosQuery = { conferencePhotos: Array<{ __typename: 'ConferencePhoto', id: string, sessionId: string | null, caption: string, width: number, height: number, byteSize: number }> };

export type DeleteConferencePhotoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteConferencePhotoMutation = { deleteConferencePhoto: boolean };

export type DataExportFieldsFragment = { __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null };

export type RecommendationExportRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecommendationExportRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, regionId: string } };

export type DataExportProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataExportProgressQuery = { dataExport: { __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } };

export type RecommendationExportsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type RecommendationExportsQuery = { dataExports: Array<{ __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null }> };

export type StartRecommendationExportMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  format: ExportFormat;
}>;


export type StartRecommendationExportMutation = { exportRecommendations: { __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } };

export type ConferenceDocumentationExportsQueryVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
}>;


export type ConferenceDocumentationExportsQuery = { conferenceDocumentationExports: Array<{ __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null }> };

export type StartConferenceDocumentationMutationVariables = Exact<{
  conferenceId: Scalars['ID']['input'];
  format: ExportFormat;
}>;


export type StartConferenceDocumentationMutation = { exportConferenceDocumentation: { __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } };

export type RequestFeasibilityMutationVariables = Exact<{
  input: RequestFeasibilityInput;
}>;


export type RequestFeasibilityMutation = { requestFeasibility: { __typename: 'FeasibilityRequestResult', created: number, skipped: number, organisationsWithoutRecipient: Array<string>, request: { __typename: 'FeasibilityRequest', id: string, deadline: string } } };

export type AnswerFeasibilityMutationVariables = Exact<{
  input: AnswerFeasibilityInput;
}>;


export type AnswerFeasibilityMutation = { answerFeasibility: { __typename: 'FeasibilityCheck', id: string, answer: FeasibilityAnswer | null, comment: string | null, answeredAt: string | null, canAnswer: boolean, version: number } };

export type FeasibilityRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FeasibilityRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, region: { __typename: 'Region', id: string, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } } };

export type FeasibilityMatrixQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type FeasibilityMatrixQuery = { feasibilityMatrix: { __typename: 'FeasibilityMatrix', recommendations: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }>, cells: Array<{ __typename: 'FeasibilityCell', recommendationId: string, organisationId: string, checkId: string, answer: FeasibilityAnswer | null, comment: string | null, answeredAt: string | null, deadline: string }> } };

export type RequestableRecommendationsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type RequestableRecommendationsQuery = { recommendations: { __typename: 'RecommendationPage', total: number, items: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string, status: RecommendationStatus }> } };

export type MyFeasibilityChecksQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type MyFeasibilityChecksQuery = { myFeasibilityChecks: Array<{ __typename: 'FeasibilityCheck', id: string, answer: FeasibilityAnswer | null, comment: string | null, answeredAt: string | null, canAnswer: boolean, version: number, organisation: { __typename: 'Organisation', id: string, name: string }, recommendation: { __typename: 'Recommendation', id: string, reference: string, title: string, rationale: string }, request: { __typename: 'FeasibilityRequest', id: string, deadline: string, message: string | null } }> };

export type InventoryRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InventoryRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, region: { __typename: 'Region', id: string, name: string, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> } } };

export type IndicatorsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type IndicatorsQuery = { indicators: Array<{ __typename: 'Indicator', id: string, name: string, unit: string, source: string, description: string | null, inConcept: boolean, version: number, values: Array<{ __typename: 'IndicatorValue', id: string, municipalityId: string, municipalityName: string, year: number, value: number, version: number }> }> };

export type CreateIndicatorMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: IndicatorInput;
}>;


export type CreateIndicatorMutation = { createIndicator: { __typename: 'Indicator', id: string } };

export type UpdateIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: IndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { __typename: 'Indicator', id: string, name: string, unit: string, source: string, description: string | null, inConcept: boolean, version: number } };

export type DeleteIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteIndicatorMutation = { deleteIndicator: boolean };

export type CorrectIndicatorValueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  value: Scalars['Float']['input'];
}>;


export type CorrectIndicatorValueMutation = { correctIndicatorValue: { __typename: 'IndicatorValue', id: string, value: number, version: number } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { __typename: 'Invitation', id: string, email: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { revokeInvitation: { __typename: 'Invitation', id: string, revokedAt: string | null } };

export type RemoveMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type RevisionMembersQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type RevisionMembersQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, region: { __typename: 'Region', id: string, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } }, members: Array<{ __typename: 'Member', id: string, displayName: string, email: string, role: RevisionRole, municipalityName: string | null, organisationName: string | null, since: string }>, invitations: Array<{ __typename: 'Invitation', id: string, email: string, role: InvitationRole, municipalityId: string | null, organisationId: string | null, createdAt: string, expiresAt: string }> };

export type NotificationsQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;


export type NotificationsQuery = { notifications: { __typename: 'NotificationPage', unread: number, items: Array<{ __typename: 'Notification', id: string, kind: string, params: string, link: string | null, createdAt: string, readAt: string | null }> } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { notifications: { __typename: 'NotificationPage', unread: number } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type OffersRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OffersRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, phases: Array<{ __typename: 'Phase', id: string, kind: PhaseKind, state: PhaseState }>, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, title: string, code: string, position: number }>, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string, position: number }>, region: { __typename: 'Region', id: string, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } } };

export type OffersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OffersViewerQuery = { me: { __typename: 'Viewer', coordinatorRegionIds: Array<string>, account: { __typename: 'Account', id: string, displayName: string, email: string, isPlatformAdmin: boolean }, memberships: Array<{ __typename: 'RevisionGrant', revisionId: string, regionId: string, role: RevisionRole, organisationId: string | null }> } | null };

export type OfferFieldsFragment = { __typename: 'Offer', id: string, organisationId: string, kind: OfferKind, title: string, description: string, municipalityIds: Array<string>, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, languages: Array<string>, accessibility: string | null, contactEmail: string | null, contactPhone: string | null, address: string | null, website: string | null, confirmedAt: string, updatedAt: string, version: number };

export type OffersQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type OffersQuery = { offers: Array<{ __typename: 'Offer', id: string, organisationId: string, kind: OfferKind, title: string, description: string, municipalityIds: Array<string>, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, languages: Array<string>, accessibility: string | null, contactEmail: string | null, contactPhone: string | null, address: string | null, website: string | null, confirmedAt: string, updatedAt: string, version: number }>, networks: Array<{ __typename: 'Network', id: string, name: string, description: string, memberOrganisationIds: Array<string>, contactEmail: string | null, confirmedAt: string, version: number }>, needs: Array<{ __typename: 'Need', id: string, fieldOfActionId: string, municipalityId: string | null, title: string, description: string, source: string | null, createdAt: string, version: number }> };

export type OfferGapsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  targetGroupId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OfferGapsQuery = { offerGaps: Array<{ __typename: 'GapCellView', fieldOfActionId: string, municipalityId: string, offers: number }> };

export type SaveOfferMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: OfferInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SaveOfferMutation = { saveOffer: { __typename: 'Offer', id: string, organisationId: string, kind: OfferKind, title: string, description: string, municipalityIds: Array<string>, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, languages: Array<string>, accessibility: string | null, contactEmail: string | null, contactPhone: string | null, address: string | null, website: string | null, confirmedAt: string, updatedAt: string, version: number } };

export type ConfirmOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmOfferMutation = { confirmOffer: { __typename: 'Offer', id: string, organisationId: string, kind: OfferKind, title: string, description: string, municipalityIds: Array<string>, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, languages: Array<string>, accessibility: string | null, contactEmail: string | null, contactPhone: string | null, address: string | null, website: string | null, confirmedAt: string, updatedAt: string, version: number } };

export type DeleteOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOfferMutation = { deleteOffer: boolean };

export type SaveNetworkMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: NetworkInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SaveNetworkMutation = { saveNetwork: { __typename: 'Network', id: string, name: string, description: string, memberOrganisationIds: Array<string>, contactEmail: string | null, confirmedAt: string, version: number } };

export type SaveNeedMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: NeedInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SaveNeedMutation = { saveNeed: { __typename: 'Need', id: string, fieldOfActionId: string, municipalityId: string | null, title: string, description: string, source: string | null, createdAt: string, version: number } };

export type WegweiserQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  filter?: InputMaybe<WegweiserFilterInput>;
}>;


export type WegweiserQuery = { wegweiser: Array<{ __typename: 'PublicOfferView', id: string, kind: OfferKind, title: string, description: string, provider: string, municipalities: Array<string>, fieldsOfAction: Array<string>, targetGroups: Array<string>, languages: Array<string>, accessibility: string | null, contactEmail: string | null, contactPhone: string | null, address: string | null, website: string | null, confirmedAt: string }> };

export type NeedRecommendationsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  fieldOfActionId: Scalars['ID']['input'];
}>;


export type NeedRecommendationsQuery = { recommendations: { __typename: 'RecommendationPage', items: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string }> } };

export type LinkNeedToRecommendationMutationVariables = Exact<{
  needId: Scalars['ID']['input'];
  recommendationId: Scalars['ID']['input'];
}>;


export type LinkNeedToRecommendationMutation = { linkNeedToRecommendation: { __typename: 'EvidenceLink', id: string } };

export type OutboxQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type OutboxQuery = { outbox: { __typename: 'OutboxPage', total: number, messages: Array<{ __typename: 'OutboxMessage', id: string, kind: string, recipient: string, subject: string, textBody: string, status: OutboxStatus, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null }> } };

export type PublishedConceptsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedConceptsQuery = { publishedConcepts: Array<{ __typename: 'PublishedConceptSummary', revisionId: string, title: string, regionName: string, publishedAt: string }> };

export type PublishedConceptQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  fieldOfActionId?: InputMaybe<Scalars['ID']['input']>;
  targetGroupId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublishedConceptQuery = { publishedConcept: { __typename: 'PublishedConcept', revisionId: string, title: string, regionName: string, publishedAt: string, versionNumber: number, adoptionBody: string | null, adoptionDate: string | null, adoptionReference: string | null, adoptionResult: AdoptionResult | null, sections: Array<{ __typename: 'VersionSectionView', id: string, parentId: string | null, level: number, title: string, html: string }>, fieldsOfAction: Array<{ __typename: 'PublicFieldOfAction', id: string, code: string, title: string }>, targetGroups: Array<{ __typename: 'PublicTargetGroup', id: string, name: string }>, everyRecommendation: Array<{ __typename: 'PublicRecommendation', reference: string, fieldOfAction: { __typename: 'PublicFieldOfAction', id: string } }>, recommendations: Array<{ __typename: 'PublicRecommendation', reference: string, title: string, municipalities: Array<string> | null, rationale: string, timeHorizon: string | null, fieldOfAction: { __typename: 'PublicFieldOfAction', id: string, title: string }, targetGroups: Array<{ __typename: 'PublicTargetGroup', id: string, name: string }> }>, documents: Array<{ __typename: 'PublicDocument', format: ExportFormat, url: string, fileName: string, byteSize: number }> } };

export type ConceptPublicationQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type ConceptPublicationQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string }, conceptDraft: { __typename: 'ConceptDraft', id: string, versions: Array<{ __typename: 'DraftVersion', id: string, number: number, note: string | null, frozenAt: string }> } | null, conceptPublication: { __typename: 'ConceptPublication', id: string, version: number, versionId: string, finalisedAt: string, overrideReason: string | null, adoptionBody: string | null, adoptionDate: string | null, adoptionReference: string | null, adoptionResult: AdoptionResult | null, publishedAt: string | null, recommendationCount: number, draftVersion: { __typename: 'DraftVersion', id: string, number: number } } | null };

export type PublicationDocumentsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type PublicationDocumentsQuery = { conceptPublication: { __typename: 'ConceptPublication', id: string, documents: Array<{ __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null }> } | null };

export type FinaliseConceptVersionMutationVariables = Exact<{
  versionId: Scalars['ID']['input'];
  overrideReason?: InputMaybe<Scalars['String']['input']>;
}>;


export type FinaliseConceptVersionMutation = { finaliseConceptVersion: { __typename: 'ConceptPublication', id: string, version: number } };

export type RecordConceptAdoptionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: AdoptionInput;
}>;


export type RecordConceptAdoptionMutation = { recordConceptAdoption: { __typename: 'ConceptPublication', id: string, version: number } };

export type PublishConceptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type PublishConceptMutation = { publishConcept: { __typename: 'ConceptPublication', id: string, version: number, publishedAt: string | null } };

export type RecommendationViewsRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecommendationViewsRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, phases: Array<{ __typename: 'Phase', id: string, kind: PhaseKind, state: PhaseState }>, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, title: string, code: string, position: number }>, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string, position: number }>, region: { __typename: 'Region', id: string, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } } };

export type RecommendationListQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  filter?: InputMaybe<RecommendationFilter>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type RecommendationListQuery = { recommendations: { __typename: 'RecommendationPage', total: number, items: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string, status: RecommendationStatus, supportCount: number, commentCount: number, fieldOfAction: { __typename: 'FieldOfAction', id: string, title: string }, authors: Array<{ __typename: 'Person', id: string, displayName: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> }> } };

export type RecommendationBoardQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  fieldOfActionId: Scalars['ID']['input'];
}>;


export type RecommendationBoardQuery = { recommendations: { __typename: 'RecommendationPage', total: number, items: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string, status: RecommendationStatus, supportCount: number, commentCount: number }> } };

export type RecommendationCoverageQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type RecommendationCoverageQuery = { recommendationCoverage: Array<{ __typename: 'CoverageCell', fieldOfActionId: string, targetGroupId: string | null, count: number }> };

export type RecommendationContentFragment = { __typename: 'Recommendation', id: string, reference: string, title: string, rationale: string, status: RecommendationStatus, version: number, fieldOfActionId: string, allMunicipalities: boolean, timeHorizon: TimeHorizon | null, resources: string | null, indicators: string | null, fieldOfAction: { __typename: 'FieldOfAction', id: string, code: string, title: string }, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> };

export type WorkbenchRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkbenchRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, phases: Array<{ __typename: 'Phase', id: string, kind: PhaseKind, state: PhaseState }>, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, code: string, title: string }>, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string }>, region: { __typename: 'Region', id: string, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } } };

export type RecommendationForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecommendationForEditQuery = { recommendation: { __typename: 'Recommendation', revisionId: string, viewerCanEdit: boolean, id: string, reference: string, title: string, rationale: string, status: RecommendationStatus, version: number, fieldOfActionId: string, allMunicipalities: boolean, timeHorizon: TimeHorizon | null, resources: string | null, indicators: string | null, fieldOfAction: { __typename: 'FieldOfAction', id: string, code: string, title: string }, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } };

export type RecommendationDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  revisionId: Scalars['ID']['input'];
}>;


export type RecommendationDetailQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string }, recommendation: { __typename: 'Recommendation', revisionId: string, statusReason: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, availableActions: Array<RecommendationAction>, viewerCanEdit: boolean, viewerIsAuthor: boolean, supportCount: number, supportedByMe: boolean, id: string, reference: string, title: string, rationale: string, status: RecommendationStatus, version: number, fieldOfActionId: string, allMunicipalities: boolean, timeHorizon: TimeHorizon | null, resources: string | null, indicators: string | null, authors: Array<{ __typename: 'Person', id: string, displayName: string }>, evidence: Array<{ __typename: 'EvidenceLink', id: string, kind: EvidenceKind, label: string, targetId: string | null, url: string | null }>, mergedInto: { __typename: 'Recommendation', id: string, reference: string, title: string } | null, mergedFrom: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string }>, comments: Array<{ __typename: 'CommentThread', comment: { __typename: 'RecommendationComment', id: string, authorName: string | null, body: string, carriedFrom: string | null, createdAt: string }, replies: Array<{ __typename: 'RecommendationComment', id: string, authorName: string | null, body: string, carriedFrom: string | null, createdAt: string }> }>, versions: Array<{ __typename: 'RecommendationVersionInfo', number: number, authorName: string | null, createdAt: string }>, fieldOfAction: { __typename: 'FieldOfAction', id: string, code: string, title: string }, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } };

export type MergeSourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MergeSourceQuery = { recommendation: { __typename: 'Recommendation', revisionId: string, supportCount: number, id: string, reference: string, title: string, rationale: string, status: RecommendationStatus, version: number, fieldOfActionId: string, allMunicipalities: boolean, timeHorizon: TimeHorizon | null, resources: string | null, indicators: string | null, authors: Array<{ __typename: 'Person', id: string, displayName: string }>, evidence: Array<{ __typename: 'EvidenceLink', id: string }>, comments: Array<{ __typename: 'CommentThread', comment: { __typename: 'RecommendationComment', id: string }, replies: Array<{ __typename: 'RecommendationComment', id: string }> }>, fieldOfAction: { __typename: 'FieldOfAction', id: string, code: string, title: string }, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } };

export type SimilarRecommendationsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  rationale: Scalars['String']['input'];
  excludeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SimilarRecommendationsQuery = { similarRecommendations: Array<{ __typename: 'SimilarRecommendation', score: number, recommendation: { __typename: 'Recommendation', id: string, reference: string, title: string, status: RecommendationStatus } }> };

export type RecommendationDiffQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type RecommendationDiffQuery = { recommendationDiff: Array<{ __typename: 'FieldChangeView', field: string, before: string, after: string, segments: Array<{ __typename: 'DiffSegmentView', kind: string, text: string }> }> };

export type CoAuthorCandidatesQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type CoAuthorCandidatesQuery = { coAuthorCandidates: Array<{ __typename: 'Person', id: string, displayName: string }> };

export type CreateRecommendationMutationVariables = Exact<{
  input: CreateRecommendationInput;
}>;


export type CreateRecommendationMutation = { createRecommendation: { __typename: 'Recommendation', id: string, reference: string, title: string, rationale: string, status: RecommendationStatus, version: number, fieldOfActionId: string, allMunicipalities: boolean, timeHorizon: TimeHorizon | null, resources: string | null, indicators: string | null, fieldOfAction: { __typename: 'FieldOfAction', id: string, code: string, title: string }, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } };

export type UpdateRecommendationMutationVariables = Exact<{
  input: UpdateRecommendationInput;
}>;


export type UpdateRecommendationMutation = { updateRecommendation: { __typename: 'Recommendation', id: string, reference: string, title: string, rationale: string, status: RecommendationStatus, version: number, fieldOfActionId: string, allMunicipalities: boolean, timeHorizon: TimeHorizon | null, resources: string | null, indicators: string | null, fieldOfAction: { __typename: 'FieldOfAction', id: string, code: string, title: string }, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> } };

export type TransitionRecommendationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: RecommendationAction;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransitionRecommendationMutation = { transitionRecommendation: { __typename: 'Recommendation', id: string, status: RecommendationStatus, statusReason: string | null, statusChangedAt: string, availableActions: Array<RecommendationAction>, viewerCanEdit: boolean } };

export type SupportRecommendationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SupportRecommendationMutation = { supportRecommendation: { __typename: 'Recommendation', id: string, supportCount: number, supportedByMe: boolean } };

export type WithdrawSupportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawSupportMutation = { withdrawSupport: { __typename: 'Recommendation', id: string, supportCount: number, supportedByMe: boolean } };

export type AddRecommendationCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AddRecommendationCommentMutation = { addRecommendationComment: { __typename: 'RecommendationComment', id: string } };

export type AddCoAuthorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accountId: Scalars['ID']['input'];
}>;


export type AddCoAuthorMutation = { addCoAuthor: { __typename: 'Recommendation', id: string, authors: Array<{ __typename: 'Person', id: string, displayName: string }> } };

export type RemoveCoAuthorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accountId: Scalars['ID']['input'];
}>;


export type RemoveCoAuthorMutation = { removeCoAuthor: { __typename: 'Recommendation', id: string, authors: Array<{ __typename: 'Person', id: string, displayName: string }> } };

export type MergeRecommendationsMutationVariables = Exact<{
  input: MergeRecommendationsInput;
}>;


export type MergeRecommendationsMutation = { mergeRecommendations: { __typename: 'Recommendation', id: string, reference: string } };

export type CreateRegionMutationVariables = Exact<{
  input: CreateRegionInput;
}>;


export type CreateRegionMutation = { createRegion: { __typename: 'Region', id: string, name: string } };

export type InviteCoordinatorMutationVariables = Exact<{
  regionId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type InviteCoordinatorMutation = { inviteCoordinator: { __typename: 'Invitation', id: string, email: string } };

export type SaveOrganisationMutationVariables = Exact<{
  input: SaveOrganisationInput;
}>;


export type SaveOrganisationMutation = { saveOrganisation: { __typename: 'Organisation', id: string, name: string, type: OrganisationType, contactEmail: string | null, version: number, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> } };

export type DeleteOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOrganisationMutation = { deleteOrganisation: boolean };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ __typename: 'Region', id: string, name: string, kind: RegionKind, municipalities: Array<{ __typename: 'Municipality', id: string, name: string, kind: MunicipalityKind }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string, type: OrganisationType, contactEmail: string | null, version: number, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> }>, revisions: Array<{ __typename: 'ConceptRevision', id: string, title: string, createdAt: string, phases: Array<{ __typename: 'Phase', id: string, kind: PhaseKind, state: PhaseState }> }> }> };

export type ReviewRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, region: { __typename: 'Region', id: string, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> } } };

export type ReviewDraftVersionsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type ReviewDraftVersionsQuery = { conceptDraft: { __typename: 'ConceptDraft', id: string, versions: Array<{ __typename: 'DraftVersion', id: string, number: number, note: string | null, frozenAt: string }> } | null };

export type ReviewRoundFieldsFragment = { __typename: 'ReviewRound', id: string, revisionId: string, number: number, status: ReviewRoundStatus, deadline: string, reminderDaysBefore: Array<number>, othersVisible: boolean, version: number, createdAt: string, closedAt: string | null, draftVersion: { __typename: 'DraftVersion', id: string, number: number }, myPart: { __typename: 'ReviewPart', municipalityId: string, deadline: string } | null };

export type ReviewBoardFieldsFragment = { __typename: 'ReviewBoardRow', municipalityId: string, municipalityName: string, deadline: string, progress: ReviewProgress, openedAt: string | null, comments: number, statement: StatementKind | null };

export type ReviewRoundsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type ReviewRoundsQuery = { reviewRounds: Array<{ __typename: 'ReviewRound', id: string, revisionId: string, number: number, status: ReviewRoundStatus, deadline: string, reminderDaysBefore: Array<number>, othersVisible: boolean, version: number, createdAt: string, closedAt: string | null, draftVersion: { __typename: 'DraftVersion', id: string, number: number }, myPart: { __typename: 'ReviewPart', municipalityId: string, deadline: string } | null }> };

export type ReviewRoundsBoardsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type ReviewRoundsBoardsQuery = { reviewRounds: Array<{ __typename: 'ReviewRound', id: string, board: Array<{ __typename: 'ReviewBoardRow', municipalityId: string, municipalityName: string, deadline: string, progress: ReviewProgress, openedAt: string | null, comments: number, statement: StatementKind | null }> }> };

export type ReviewCommentFieldsFragment = { __typename: 'ReviewComment', id: string, municipalityId: string, municipalityName: string, sectionId: string, sectionTitle: string, quote: string | null, text: string, proposedText: string | null, disposition: DispositionKind | null, dispositionReason: string | null, disposedAt: string | null, proposalAppliedAt: string | null, createdAt: string, version: number, passage: { __typename: 'PassagePosition', found: boolean, start: number | null, end: number | null } };

export type ReviewRoundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewRoundQuery = { reviewRound: { __typename: 'ReviewRound', id: string, revisionId: string, number: number, status: ReviewRoundStatus, deadline: string, reminderDaysBefore: Array<number>, othersVisible: boolean, version: number, createdAt: string, closedAt: string | null, draftVersion: { __typename: 'DraftVersion', id: string, number: number, sections: Array<{ __typename: 'VersionSectionView', id: string, parentId: string | null, level: number, title: string, html: string }> }, comments: Array<{ __typename: 'ReviewComment', id: string, municipalityId: string, municipalityName: string, sectionId: string, sectionTitle: string, quote: string | null, text: string, proposedText: string | null, disposition: DispositionKind | null, dispositionReason: string | null, disposedAt: string | null, proposalAppliedAt: string | null, createdAt: string, version: number, passage: { __typename: 'PassagePosition', found: boolean, start: number | null, end: number | null } }>, statements: Array<{ __typename: 'ReviewStatement', id: string, municipalityId: string, municipalityName: string, kind: StatementKind, text: string, givenAt: string }>, myPart: { __typename: 'ReviewPart', municipalityId: string, deadline: string } | null } };

export type ReviewRoundCoordinationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewRoundCoordinationQuery = { reviewRound: { __typename: 'ReviewRound', id: string, board: Array<{ __typename: 'ReviewBoardRow', municipalityId: string, municipalityName: string, deadline: string, progress: ReviewProgress, openedAt: string | null, comments: number, statement: StatementKind | null }>, considerationTable: Array<{ __typename: 'ConsiderationRow', commentId: string, municipality: string, section: string, passage: string | null, comment: string, proposedText: string | null, answer: string | null, reason: string | null }>, considerationExports: Array<{ __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null }> } };

export type StartReviewRoundMutationVariables = Exact<{
  input: StartReviewRoundInput;
}>;


export type StartReviewRoundMutation = { startReviewRound: { __typename: 'ReviewRound', id: string, revisionId: string, number: number, status: ReviewRoundStatus, deadline: string, reminderDaysBefore: Array<number>, othersVisible: boolean, version: number, createdAt: string, closedAt: string | null, draftVersion: { __typename: 'DraftVersion', id: string, number: number }, myPart: { __typename: 'ReviewPart', municipalityId: string, deadline: string } | null } };

export type OpenReviewRoundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenReviewRoundMutation = { openReviewRound: { __typename: 'ReviewRound', id: string } };

export type AddReviewCommentMutationVariables = Exact<{
  input: ReviewCommentInput;
}>;


export type AddReviewCommentMutation = { addReviewComment: { __typename: 'ReviewComment', id: string, municipalityId: string, municipalityName: string, sectionId: string, sectionTitle: string, quote: string | null, text: string, proposedText: string | null, disposition: DispositionKind | null, dispositionReason: string | null, disposedAt: string | null, proposalAppliedAt: string | null, createdAt: string, version: number, passage: { __typename: 'PassagePosition', found: boolean, start: number | null, end: number | null } } };

export type GiveReviewStatementMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  kind: StatementKind;
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type GiveReviewStatementMutation = { giveReviewStatement: { __typename: 'ReviewStatement', id: string, kind: StatementKind, text: string, givenAt: string } };

export type ExtendReviewDeadlineMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  municipalityId: Scalars['ID']['input'];
  deadline: Scalars['DateTime']['input'];
}>;


export type ExtendReviewDeadlineMutation = { extendReviewDeadline: { __typename: 'ReviewBoardRow', municipalityId: string, municipalityName: string, deadline: string, progress: ReviewProgress, openedAt: string | null, comments: number, statement: StatementKind | null } };

export type CloseReviewRoundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CloseReviewRoundMutation = { closeReviewRound: { __typename: 'ReviewRound', id: string, revisionId: string, number: number, status: ReviewRoundStatus, deadline: string, reminderDaysBefore: Array<number>, othersVisible: boolean, version: number, createdAt: string, closedAt: string | null, draftVersion: { __typename: 'DraftVersion', id: string, number: number }, myPart: { __typename: 'ReviewPart', municipalityId: string, deadline: string } | null } };

export type AnswerReviewCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  disposition: DispositionKind;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnswerReviewCommentMutation = { answerReviewComment: { __typename: 'ReviewComment', id: string, municipalityId: string, municipalityName: string, sectionId: string, sectionTitle: string, quote: string | null, text: string, proposedText: string | null, disposition: DispositionKind | null, dispositionReason: string | null, disposedAt: string | null, proposalAppliedAt: string | null, createdAt: string, version: number, passage: { __typename: 'PassagePosition', found: boolean, start: number | null, end: number | null } } };

export type ApplyReviewProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplyReviewProposalMutation = { applyReviewProposal: { __typename: 'ReviewComment', id: string, municipalityId: string, municipalityName: string, sectionId: string, sectionTitle: string, quote: string | null, text: string, proposedText: string | null, disposition: DispositionKind | null, dispositionReason: string | null, disposedAt: string | null, proposalAppliedAt: string | null, createdAt: string, version: number, passage: { __typename: 'PassagePosition', found: boolean, start: number | null, end: number | null } } };

export type ExportConsiderationTableMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  format: ExportFormat;
}>;


export type ExportConsiderationTableMutation = { exportConsiderationTable: { __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } };

export type CreateRevisionMutationVariables = Exact<{
  input: CreateRevisionInput;
}>;


export type CreateRevisionMutation = { createRevision: { __typename: 'ConceptRevision', id: string, title: string } };

export type UpdateRevisionMutationVariables = Exact<{
  input: UpdateRevisionInput;
}>;


export type UpdateRevisionMutation = { updateRevision: { __typename: 'ConceptRevision', id: string, title: string, description: string | null, version: number } };

export type PlanPhaseMutationVariables = Exact<{
  input: PlanPhaseInput;
}>;


export type PlanPhaseMutation = { planPhase: { __typename: 'Phase', id: string, kind: PhaseKind, position: number, state: PhaseState, plannedStart: string | null, plannedEnd: string | null, activatedAt: string | null, closedAt: string | null, version: number } };

export type ActivatePhaseMutationVariables = Exact<{
  phaseId: Scalars['ID']['input'];
}>;


export type ActivatePhaseMutation = { activatePhase: { __typename: 'Phase', id: string, kind: PhaseKind, position: number, state: PhaseState, plannedStart: string | null, plannedEnd: string | null, activatedAt: string | null, closedAt: string | null, version: number } };

export type ClosePhaseMutationVariables = Exact<{
  phaseId: Scalars['ID']['input'];
}>;


export type ClosePhaseMutation = { closePhase: { __typename: 'Phase', id: string, kind: PhaseKind, position: number, state: PhaseState, plannedStart: string | null, plannedEnd: string | null, activatedAt: string | null, closedAt: string | null, version: number } };

export type ReopenPhaseMutationVariables = Exact<{
  phaseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenPhaseMutation = { reopenPhase: { __typename: 'Phase', id: string, kind: PhaseKind, position: number, state: PhaseState, plannedStart: string | null, plannedEnd: string | null, activatedAt: string | null, closedAt: string | null, version: number } };

export type SaveFieldOfActionMutationVariables = Exact<{
  input: SaveFieldOfActionInput;
}>;


export type SaveFieldOfActionMutation = { saveFieldOfAction: { __typename: 'FieldOfAction', id: string, code: string, title: string, description: string | null, position: number, version: number } };

export type DeleteFieldOfActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFieldOfActionMutation = { deleteFieldOfAction: boolean };

export type SaveGoalMutationVariables = Exact<{
  input: SaveGoalInput;
}>;


export type SaveGoalMutation = { saveGoal: { __typename: 'Goal', id: string, text: string, position: number, version: number } };

export type DeleteGoalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteGoalMutation = { deleteGoal: boolean };

export type SaveGuidelineMutationVariables = Exact<{
  input: SaveGuidelineInput;
}>;


export type SaveGuidelineMutation = { saveGuideline: { __typename: 'Guideline', id: string, title: string, text: string | null, position: number, version: number } };

export type DeleteGuidelineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteGuidelineMutation = { deleteGuideline: boolean };

export type SaveTargetGroupMutationVariables = Exact<{
  input: SaveTargetGroupInput;
}>;


export type SaveTargetGroupMutation = { saveTargetGroup: { __typename: 'TargetGroup', id: string, name: string, description: string | null, position: number, version: number } };

export type DeleteTargetGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTargetGroupMutation = { deleteTargetGroup: boolean };

export type PhaseFieldsFragment = { __typename: 'Phase', id: string, kind: PhaseKind, position: number, state: PhaseState, plannedStart: string | null, plannedEnd: string | null, activatedAt: string | null, closedAt: string | null, version: number };

export type RevisionDashboardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevisionDashboardQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, description: string | null, regionId: string, region: { __typename: 'Region', id: string, name: string }, predecessor: { __typename: 'ConceptRevision', id: string, title: string } | null, phases: Array<{ __typename: 'Phase', id: string, kind: PhaseKind, position: number, state: PhaseState, plannedStart: string | null, plannedEnd: string | null, activatedAt: string | null, closedAt: string | null, version: number }>, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string }>, targetGroups: Array<{ __typename: 'TargetGroup', id: string }>, guidingGoals: Array<{ __typename: 'Goal', id: string }>, guidelines: Array<{ __typename: 'Guideline', id: string }> } };

export type RevisionPhasesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevisionPhasesQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, phases: Array<{ __typename: 'Phase', id: string, kind: PhaseKind, position: number, state: PhaseState, plannedStart: string | null, plannedEnd: string | null, activatedAt: string | null, closedAt: string | null, version: number }> } };

export type RevisionContentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevisionContentsQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, description: string | null, version: number, regionId: string, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, code: string, title: string, description: string | null, position: number, version: number, goals: Array<{ __typename: 'Goal', id: string, text: string, position: number, version: number }> }>, guidingGoals: Array<{ __typename: 'Goal', id: string, text: string, position: number, version: number }>, guidelines: Array<{ __typename: 'Guideline', id: string, title: string, text: string | null, position: number, version: number }>, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string, description: string | null, position: number, version: number }> } };

export type RespondSectionFragment = { __typename: 'SurveySection', id: string, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, description: Array<{ __typename: 'LocalizedText', language: string, text: string }>, questions: Array<{ __typename: 'SurveyQuestion', id: string, kind: SurveyQuestionKind, required: boolean, allowOther: boolean, text: Array<{ __typename: 'LocalizedText', language: string, text: string }>, help: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'SurveyOptionView', key: string, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, condition: { __typename: 'SurveyConditionView', questionId: string, optionKeys: Array<string> } | null }> };

export type RespondentSurveyQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type RespondentSurveyQuery = { respondentSurvey: { __typename: 'RespondentSurvey', surveyId: string, languages: Array<string>, availability: SurveyAvailability, opensAt: string | null, closesAt: string | null, audience: SurveyAudience, isPublicLink: boolean, language: string, submittedAt: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, intro: Array<{ __typename: 'LocalizedText', language: string, text: string }>, sections: Array<{ __typename: 'SurveySection', id: string, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, description: Array<{ __typename: 'LocalizedText', language: string, text: string }>, questions: Array<{ __typename: 'SurveyQuestion', id: string, kind: SurveyQuestionKind, required: boolean, allowOther: boolean, text: Array<{ __typename: 'LocalizedText', language: string, text: string }>, help: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'SurveyOptionView', key: string, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, condition: { __typename: 'SurveyConditionView', questionId: string, optionKeys: Array<string> } | null }> }>, answers: Array<{ __typename: 'SurveyAnswerView', questionId: string, choice: string | null, choices: Array<string> | null, other: string | null, order: Array<string> | null, text: string | null, number: number | null, date: string | null, municipalityId: string | null, ratings: Array<{ __typename: 'FieldRating', fieldOfActionId: string, rating: number }> | null }>, fieldsOfAction: Array<{ __typename: 'NamedItem', id: string, name: string }>, municipalities: Array<{ __typename: 'NamedItem', id: string, name: string }> } };

export type StartSurveyResponseMutationVariables = Exact<{
  publicToken: Scalars['String']['input'];
  language: Scalars['String']['input'];
}>;


export type StartSurveyResponseMutation = { startSurveyResponse: string };

export type SaveSurveyAnswersMutationVariables = Exact<{
  token: Scalars['String']['input'];
  language: Scalars['String']['input'];
  answers: Array<SurveyAnswerInput> | SurveyAnswerInput;
}>;


export type SaveSurveyAnswersMutation = { saveSurveyAnswers: { __typename: 'SurveySaveResult', savedAt: string, submittedAt: string | null } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  token: Scalars['String']['input'];
  language: Scalars['String']['input'];
  answers: Array<SurveyAnswerInput> | SurveyAnswerInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { __typename: 'SurveySaveResult', savedAt: string, submittedAt: string | null } };

export type SurveyPreviewQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  revisionId: Scalars['ID']['input'];
}>;


export type SurveyPreviewQuery = { survey: { __typename: 'Survey', id: string, revisionId: string, languages: Array<string>, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, intro: Array<{ __typename: 'LocalizedText', language: string, text: string }>, sections: Array<{ __typename: 'SurveySection', id: string, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, description: Array<{ __typename: 'LocalizedText', language: string, text: string }>, questions: Array<{ __typename: 'SurveyQuestion', id: string, kind: SurveyQuestionKind, required: boolean, allowOther: boolean, text: Array<{ __typename: 'LocalizedText', language: string, text: string }>, help: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'SurveyOptionView', key: string, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, condition: { __typename: 'SurveyConditionView', questionId: string, optionKeys: Array<string> } | null }> }> }, revision: { __typename: 'ConceptRevision', id: string, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, title: string }>, region: { __typename: 'Region', id: string, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> } } };

export type FindingsRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FindingsRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, title: string, position: number }>, targetGroups: Array<{ __typename: 'TargetGroup', id: string, name: string, position: number }> } };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyResultsQuery = { survey: { __typename: 'Survey', id: string, revisionId: string, status: SurveyStatus, title: Array<{ __typename: 'LocalizedText', language: string, text: string }> }, surveyResults: { __typename: 'SurveyResults', surveyId: string, submitted: number, audiences: Array<{ __typename: 'AudienceCount', audience: SurveyAudience, invited: number, started: number, submitted: number, responseRate: number | null }>, questions: Array<{ __typename: 'QuestionResult', questionId: string, kind: SurveyQuestionKind, answered: number, text: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'OptionCount', key: string, count: number, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, fieldRatings: Array<{ __typename: 'FieldRatingResult', fieldOfActionId: string, name: string, count: number, average: number | null, distribution: Array<number> }>, ranks: Array<{ __typename: 'OptionRank', key: string, averageRank: number, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, numberSummary: { __typename: 'NumberSummary', count: number, min: number, max: number, mean: number, median: number } | null }> } };

export type SurveyBreakdownQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
  by: SurveyBreakdown;
}>;


export type SurveyBreakdownQuery = { surveyBreakdown: { __typename: 'SurveyBreakdownResult', questionId: string, by: SurveyBreakdown, suppressed: number, groups: Array<{ __typename: 'BreakdownGroup', key: string, label: string, respondents: number, merged: boolean, options: Array<{ __typename: 'OptionCount', key: string, count: number, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }> }> } };

export type AnswerCodingFieldsFragment = { __typename: 'AnswerCoding', responseId: string, questionId: string, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, updatedAt: string };

export type SurveyFreeTextsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  questionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SurveyFreeTextsQuery = { surveyFreeTexts: Array<{ __typename: 'FreeTextAnswer', responseId: string, questionId: string, text: string, isOther: boolean, language: string, submittedAt: string, findingIds: Array<string>, questionText: Array<{ __typename: 'LocalizedText', language: string, text: string }>, coding: { __typename: 'AnswerCoding', responseId: string, questionId: string, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, updatedAt: string } | null }> };

export type CodeSurveyAnswerMutationVariables = Exact<{
  responseId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
  fieldOfActionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  targetGroupIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CodeSurveyAnswerMutation = { codeSurveyAnswer: { __typename: 'AnswerCoding', responseId: string, questionId: string, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, updatedAt: string } };

export type FindingFieldsFragment = { __typename: 'Finding', id: string, revisionId: string, fieldOfActionId: string, title: string, summary: string, targetGroupIds: Array<string>, createdAt: string, version: number, sources: Array<{ __typename: 'FindingSource', id: string, findingId: string, kind: FindingSourceKind, responseId: string | null, questionId: string | null, interviewId: string | null, excerpt: string, createdAt: string }> };

export type FindingsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type FindingsQuery = { findings: Array<{ __typename: 'Finding', id: string, revisionId: string, fieldOfActionId: string, title: string, summary: string, targetGroupIds: Array<string>, createdAt: string, version: number, sources: Array<{ __typename: 'FindingSource', id: string, findingId: string, kind: FindingSourceKind, responseId: string | null, questionId: string | null, interviewId: string | null, excerpt: string, createdAt: string }> }> };

export type SaveFindingMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: FindingInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SaveFindingMutation = { saveFinding: { __typename: 'Finding', id: string, revisionId: string, fieldOfActionId: string, title: string, summary: string, targetGroupIds: Array<string>, createdAt: string, version: number, sources: Array<{ __typename: 'FindingSource', id: string, findingId: string, kind: FindingSourceKind, responseId: string | null, questionId: string | null, interviewId: string | null, excerpt: string, createdAt: string }> } };

export type DeleteFindingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFindingMutation = { deleteFinding: boolean };

export type AddFindingSourceMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  responseId?: InputMaybe<Scalars['ID']['input']>;
  questionId?: InputMaybe<Scalars['ID']['input']>;
  interviewId?: InputMaybe<Scalars['ID']['input']>;
  excerpt?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddFindingSourceMutation = { addFindingSource: { __typename: 'FindingSource', id: string, findingId: string } };

export type RemoveFindingSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveFindingSourceMutation = { removeFindingSource: boolean };

export type FindingRecommendationsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  fieldOfActionId: Scalars['ID']['input'];
}>;


export type FindingRecommendationsQuery = { recommendations: { __typename: 'RecommendationPage', items: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string }> } };

export type LinkFindingMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  recommendationId: Scalars['ID']['input'];
}>;


export type LinkFindingMutation = { linkFinding: { __typename: 'EvidenceLink', id: string } };

export type InterviewFieldsFragment = { __typename: 'Interview', id: string, revisionId: string, heldOn: string, category: IntervieweeCategory, pseudonym: string, consentGiven: boolean, consentTextVersion: string, notes: string, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, createdAt: string, version: number };

export type InterviewsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type InterviewsQuery = { interviews: Array<{ __typename: 'Interview', id: string, revisionId: string, heldOn: string, category: IntervieweeCategory, pseudonym: string, consentGiven: boolean, consentTextVersion: string, notes: string, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, createdAt: string, version: number }> };

export type SaveInterviewMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: InterviewInput;
  id?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SaveInterviewMutation = { saveInterview: { __typename: 'Interview', id: string, revisionId: string, heldOn: string, category: IntervieweeCategory, pseudonym: string, consentGiven: boolean, consentTextVersion: string, notes: string, fieldOfActionIds: Array<string>, targetGroupIds: Array<string>, createdAt: string, version: number } };

export type DeleteInterviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteInterviewMutation = { deleteInterview: boolean };

export type SurveyResponseExportsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyResponseExportsQuery = { surveyResponseExports: Array<{ __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null }> };

export type StartSurveyResponseExportMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  format: ExportFormat;
}>;


export type StartSurveyResponseExportMutation = { exportSurveyResponses: { __typename: 'DataExport', id: string, format: ExportFormat, status: ExportStatus, processed: number, total: number | null, fileName: string | null, byteSize: number | null, error: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } };

export type SurveysRevisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveysRevisionQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, region: { __typename: 'Region', id: string, revisions: Array<{ __typename: 'ConceptRevision', id: string, title: string }> } } };

export type SurveySummaryFragment = { __typename: 'Survey', id: string, revisionId: string, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }> };

export type SurveysQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type SurveysQuery = { surveys: Array<{ __typename: 'Survey', id: string, revisionId: string, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }> }> };

export type CopyableSurveysQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type CopyableSurveysQuery = { copyableSurveys: Array<{ __typename: 'Survey', id: string, revisionId: string, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }> }> };

export type CreateSurveyMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: SurveyInput;
}>;


export type CreateSurveyMutation = { createSurvey: { __typename: 'Survey', id: string, revisionId: string, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }> } };

export type CopySurveyMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  sourceId: Scalars['ID']['input'];
}>;


export type CopySurveyMutation = { copySurvey: { __typename: 'Survey', id: string, revisionId: string, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }> } };

export type SurveyQuestionFieldsFragment = { __typename: 'SurveyQuestion', id: string, sectionId: string, position: number, kind: SurveyQuestionKind, required: boolean, allowOther: boolean, text: Array<{ __typename: 'LocalizedText', language: string, text: string }>, help: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'SurveyOptionView', key: string, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, condition: { __typename: 'SurveyConditionView', questionId: string, optionKeys: Array<string> } | null };

export type SurveySettingsFragment = { __typename: 'Survey', id: string, revisionId: string, version: number, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, languages: Array<string>, reminderDaysBefore: Array<number>, copiedFromId: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, intro: Array<{ __typename: 'LocalizedText', language: string, text: string }>, missingTranslations: Array<{ __typename: 'TranslationGap', language: string, missing: number }> };

export type SurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyQuery = { survey: { __typename: 'Survey', id: string, revisionId: string, version: number, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, languages: Array<string>, reminderDaysBefore: Array<number>, copiedFromId: string | null, sections: Array<{ __typename: 'SurveySection', id: string, position: number, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, description: Array<{ __typename: 'LocalizedText', language: string, text: string }>, questions: Array<{ __typename: 'SurveyQuestion', id: string, sectionId: string, position: number, kind: SurveyQuestionKind, required: boolean, allowOther: boolean, text: Array<{ __typename: 'LocalizedText', language: string, text: string }>, help: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'SurveyOptionView', key: string, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, condition: { __typename: 'SurveyConditionView', questionId: string, optionKeys: Array<string> } | null }> }>, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, intro: Array<{ __typename: 'LocalizedText', language: string, text: string }>, missingTranslations: Array<{ __typename: 'TranslationGap', language: string, missing: number }> } };

export type UpdateSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: SurveyInput;
}>;


export type UpdateSurveyMutation = { updateSurvey: { __typename: 'Survey', id: string, revisionId: string, version: number, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, languages: Array<string>, reminderDaysBefore: Array<number>, copiedFromId: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, intro: Array<{ __typename: 'LocalizedText', language: string, text: string }>, missingTranslations: Array<{ __typename: 'TranslationGap', language: string, missing: number }> } };

export type PublishSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishSurveyMutation = { publishSurvey: { __typename: 'Survey', id: string, revisionId: string, version: number, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, languages: Array<string>, reminderDaysBefore: Array<number>, copiedFromId: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, intro: Array<{ __typename: 'LocalizedText', language: string, text: string }>, missingTranslations: Array<{ __typename: 'TranslationGap', language: string, missing: number }> } };

export type SetSurveyPublicLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetSurveyPublicLinkMutation = { setSurveyPublicLink: { __typename: 'Survey', id: string, revisionId: string, version: number, status: SurveyStatus, opensAt: string | null, closesAt: string | null, createdAt: string, publicToken: string | null, languages: Array<string>, reminderDaysBefore: Array<number>, copiedFromId: string | null, title: Array<{ __typename: 'LocalizedText', language: string, text: string }>, intro: Array<{ __typename: 'LocalizedText', language: string, text: string }>, missingTranslations: Array<{ __typename: 'TranslationGap', language: string, missing: number }> } };

export type SaveSurveySectionMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SurveySectionInput;
}>;


export type SaveSurveySectionMutation = { saveSurveySection: { __typename: 'SurveySection', id: string } };

export type DeleteSurveySectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSurveySectionMutation = { deleteSurveySection: boolean };

export type MoveSurveySectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;


export type MoveSurveySectionMutation = { moveSurveySection: Array<{ __typename: 'SurveySection', id: string, position: number }> };

export type SaveSurveyQuestionMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SurveyQuestionInput;
}>;


export type SaveSurveyQuestionMutation = { saveSurveyQuestion: { __typename: 'SurveyQuestion', id: string, sectionId: string, position: number, kind: SurveyQuestionKind, required: boolean, allowOther: boolean, text: Array<{ __typename: 'LocalizedText', language: string, text: string }>, help: Array<{ __typename: 'LocalizedText', language: string, text: string }>, options: Array<{ __typename: 'SurveyOptionView', key: string, label: Array<{ __typename: 'LocalizedText', language: string, text: string }> }>, condition: { __typename: 'SurveyConditionView', questionId: string, optionKeys: Array<string> } | null } };

export type DeleteSurveyQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSurveyQuestionMutation = { deleteSurveyQuestion: boolean };

export type MoveSurveyQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;


export type MoveSurveyQuestionMutation = { moveSurveyQuestion: Array<{ __typename: 'SurveyQuestion', id: string, position: number }> };

export type SurveyInvitationsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyInvitationsQuery = { surveyInvitations: Array<{ __typename: 'SurveyInvitation', id: string, email: string, name: string | null, audience: SurveyAudience, language: string, createdAt: string, submittedAt: string | null }> };

export type InviteToSurveyMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  invitees: Array<SurveyInviteeInput> | SurveyInviteeInput;
}>;


export type InviteToSurveyMutation = { inviteToSurvey: { __typename: 'InvitationReportView', invited: number, alreadyInvited: number } };

export type DeleteSurveyInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSurveyInvitationMutation = { deleteSurveyInvitation: boolean };

export type JoinWorkshopMutationVariables = Exact<{
  code: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type JoinWorkshopMutation = { joinWorkshop: { __typename: 'WorkshopJoin', sessionId: string, title: string } };

export type BoardCardFieldsFragment = { __typename: 'BoardCard', id: string, kind: ContributionKind, text: string, cluster: string | null, hidden: boolean, authorName: string | null, mine: boolean, votes: number, votedByMe: boolean, recommendationId: string | null, createdAt: string, version: number };

export type WorkshopBoardQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type WorkshopBoardQuery = { workshopBoard: { __typename: 'WorkshopBoard', sessionId: string, title: string, room: string, joinCode: string, joinUrl: string, viewer: { __typename: 'BoardViewerView', name: string | null, guest: boolean, moderator: boolean, dotsLeft: number }, cards: Array<{ __typename: 'BoardCard', id: string, kind: ContributionKind, text: string, cluster: string | null, hidden: boolean, authorName: string | null, mine: boolean, votes: number, votedByMe: boolean, recommendationId: string | null, createdAt: string, version: number }> } };

export type AddWorkshopContributionMutationVariables = Exact<{
  input: AddContributionInput;
}>;


export type AddWorkshopContributionMutation = { addWorkshopContribution: { __typename: 'BoardCard', id: string, kind: ContributionKind, text: string, cluster: string | null, hidden: boolean, authorName: string | null, mine: boolean, votes: number, votedByMe: boolean, recommendationId: string | null, createdAt: string, version: number } };

export type VoteContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  on: Scalars['Boolean']['input'];
}>;


export type VoteContributionMutation = { voteContribution: { __typename: 'BoardCard', id: string, kind: ContributionKind, text: string, cluster: string | null, hidden: boolean, authorName: string | null, mine: boolean, votes: number, votedByMe: boolean, recommendationId: string | null, createdAt: string, version: number } };

export type EditContributionMutationVariables = Exact<{
  input: EditContributionInput;
}>;


export type EditContributionMutation = { editContribution: { __typename: 'BoardCard', id: string, kind: ContributionKind, text: string, cluster: string | null, hidden: boolean, authorName: string | null, mine: boolean, votes: number, votedByMe: boolean, recommendationId: string | null, createdAt: string, version: number } };

export type ContributionToRecommendationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContributionToRecommendationMutation = { contributionToRecommendation: { __typename: 'Recommendation', id: string, reference: string, revisionId: string } };

export type WorkshopBoardEventsSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type WorkshopBoardEventsSubscription = { workshopBoardEvents: { __typename: 'BoardEventView', type: string, contributionId: string, card: { __typename: 'BoardCard', id: string, kind: ContributionKind, text: string, cluster: string | null, hidden: boolean, authorName: string | null, mine: boolean, votes: number, votedByMe: boolean, recommendationId: string | null, createdAt: string, version: number } | null } };

export type WorkshopPhaseQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type WorkshopPhaseQuery = { revision: { __typename: 'ConceptRevision', id: string, title: string, regionId: string, fieldsOfAction: Array<{ __typename: 'FieldOfAction', id: string, code: string, title: string }> }, workshopMeetings: Array<{ __typename: 'WorkshopMeeting', id: string, title: string, startsAt: string, location: string | null, attendance: number | null, minutes: string, fieldOfActionId: string, version: number, recommendations: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string }> }> };

export type MeetingRecommendationsQueryVariables = Exact<{
  revisionId: Scalars['ID']['input'];
}>;


export type MeetingRecommendationsQuery = { recommendations: { __typename: 'RecommendationPage', items: Array<{ __typename: 'Recommendation', id: string, reference: string, title: string, fieldOfAction: { __typename: 'FieldOfAction', id: string } }> } };

export type CreateWorkshopMeetingMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  input: WorkshopMeetingInput;
}>;


export type CreateWorkshopMeetingMutation = { createWorkshopMeeting: { __typename: 'WorkshopMeeting', id: string } };

export const AssignmentSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSlotReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrants"}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]} as unknown as DocumentNode<AssignmentSlotFieldsFragment, unknown>;
export const DataExportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<DataExportFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityIds"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const RecommendationContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}}]}}]} as unknown as DocumentNode<RecommendationContentFragment, unknown>;
export const ReviewRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"othersVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<ReviewRoundFieldsFragment, unknown>;
export const ReviewBoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewBoardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]} as unknown as DocumentNode<ReviewBoardFieldsFragment, unknown>;
export const ReviewCommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionReason"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAppliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<ReviewCommentFieldsFragment, unknown>;
export const PhaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PhaseFieldsFragment, unknown>;
export const RespondSectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowOther"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"optionKeys"}}]}}]}}]}}]} as unknown as DocumentNode<RespondSectionFragment, unknown>;
export const AnswerCodingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerCodingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCoding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AnswerCodingFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"interviewId"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<FindingFieldsFragment, unknown>;
export const InterviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentTextVersion"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InterviewFieldsFragment, unknown>;
export const SurveySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}}]}}]} as unknown as DocumentNode<SurveySummaryFragment, unknown>;
export const SurveyQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowOther"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"optionKeys"}}]}}]}}]} as unknown as DocumentNode<SurveyQuestionFieldsFragment, unknown>;
export const SurveySettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<SurveySettingsFragment, unknown>;
export const BoardCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"votedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BoardCardFieldsFragment, unknown>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorRegionIds"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"revisionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const ConceptDraftPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConceptDraftPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conceptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"liveHtml"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConceptDraftPageQuery, ConceptDraftPageQueryVariables>;
export const CreateConceptDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConceptDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConceptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateConceptDraftMutation, CreateConceptDraftMutationVariables>;
export const AddConceptSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConceptSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewConceptSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConceptSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddConceptSectionMutation, AddConceptSectionMutationVariables>;
export const UpdateConceptSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConceptSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConceptSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConceptSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"liveHtml"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateConceptSectionMutation, UpdateConceptSectionMutationVariables>;
export const DeleteConceptSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConceptSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConceptSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteConceptSectionMutation, DeleteConceptSectionMutationVariables>;
export const MoveConceptSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveConceptSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveConceptSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveConceptSectionMutation, MoveConceptSectionMutationVariables>;
export const FreezeConceptVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreezeConceptVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freezeConceptVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}}]} as unknown as DocumentNode<FreezeConceptVersionMutation, FreezeConceptVersionMutationVariables>;
export const CompareDraftVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareDraftVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareDraftVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"docxUrl"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CompareDraftVersionsQuery, CompareDraftVersionsQueryVariables>;
export const ConferenceRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceRevisionQuery, ConferenceRevisionQueryVariables>;
export const ConferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"privacyText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"textDe"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"joinCode"}},{"kind":"Field","name":{"kind":"Name","value":"moderators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConferencesQuery, ConferencesQueryVariables>;
export const RegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Registrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RegistrationsQuery, RegistrationsQueryVariables>;
export const PublicConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privacyText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"textDe"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotEndsAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublicConferenceQuery, PublicConferenceQueryVariables>;
export const CreateConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateConferenceMutation, CreateConferenceMutationVariables>;
export const UpdateConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateConferenceMutation, UpdateConferenceMutationVariables>;
export const SetConferencePrivacyTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConferencePrivacyText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"textDe"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"textEn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConferencePrivacyText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"textDe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"textDe"}}},{"kind":"Argument","name":{"kind":"Name","value":"textEn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"textEn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetConferencePrivacyTextMutation, SetConferencePrivacyTextMutationVariables>;
export const AddWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddWorkshopMutation, AddWorkshopMutationVariables>;
export const UpdateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkshopMutation, UpdateWorkshopMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTitle"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const CancelRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledNow"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceTitle"}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const CancelRegistrationByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistrationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistrationById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationByIdMutation, CancelRegistrationByIdMutationVariables>;
export const AssignmentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSlotFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSlotReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrants"}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]} as unknown as DocumentNode<AssignmentReportQuery, AssignmentReportQueryVariables>;
export const AssignWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWorkshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSlotFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSlotReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrants"}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]} as unknown as DocumentNode<AssignWorkshopsMutation, AssignWorkshopsMutationVariables>;
export const WorkshopPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<WorkshopPlacesQuery, WorkshopPlacesQueryVariables>;
export const ConfirmedWishesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfirmedWishes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONFIRMED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}}]}}]}}]} as unknown as DocumentNode<ConfirmedWishesQuery, ConfirmedWishesQueryVariables>;
export const SetWorkshopPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkshopPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkshopPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<SetWorkshopPlaceMutation, SetWorkshopPlaceMutationVariables>;
export const ClearWorkshopPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearWorkshopPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearWorkshopPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}]}}]} as unknown as DocumentNode<ClearWorkshopPlaceMutation, ClearWorkshopPlaceMutationVariables>;
export const CheckInListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONFIRMED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<CheckInListQuery, CheckInListQueryVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"present"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"present"},"value":{"kind":"Variable","name":{"kind":"Name","value":"present"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const ConferencePhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferencePhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferencePhotos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}}]} as unknown as DocumentNode<ConferencePhotosQuery, ConferencePhotosQueryVariables>;
export const DeleteConferencePhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConferencePhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConferencePhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteConferencePhotoMutation, DeleteConferencePhotoMutationVariables>;
export const RecommendationExportRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationExportRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}}]}}]} as unknown as DocumentNode<RecommendationExportRevisionQuery, RecommendationExportRevisionQueryVariables>;
export const DataExportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataExportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<DataExportProgressQuery, DataExportProgressQueryVariables>;
export const RecommendationExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<RecommendationExportsQuery, RecommendationExportsQueryVariables>;
export const StartRecommendationExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRecommendationExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<StartRecommendationExportMutation, StartRecommendationExportMutationVariables>;
export const ConferenceDocumentationExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceDocumentationExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceDocumentationExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ConferenceDocumentationExportsQuery, ConferenceDocumentationExportsQueryVariables>;
export const StartConferenceDocumentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConferenceDocumentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportConferenceDocumentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<StartConferenceDocumentationMutation, StartConferenceDocumentationMutationVariables>;
export const RequestFeasibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestFeasibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFeasibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestFeasibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsWithoutRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]} as unknown as DocumentNode<RequestFeasibilityMutation, RequestFeasibilityMutationVariables>;
export const AnswerFeasibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFeasibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerFeasibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFeasibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AnswerFeasibilityMutation, AnswerFeasibilityMutationVariables>;
export const FeasibilityRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeasibilityRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeasibilityRevisionQuery, FeasibilityRevisionQueryVariables>;
export const FeasibilityMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeasibilityMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feasibilityMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]} as unknown as DocumentNode<FeasibilityMatrixQuery, FeasibilityMatrixQueryVariables>;
export const RequestableRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestableRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IN_REVIEW"},{"kind":"EnumValue","value":"FEASIBILITY_CHECK"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestableRecommendationsQuery, RequestableRecommendationsQueryVariables>;
export const MyFeasibilityChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFeasibilityChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFeasibilityChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyFeasibilityChecksQuery, MyFeasibilityChecksQueryVariables>;
export const InventoryRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryRevisionQuery, InventoryRevisionQueryVariables>;
export const IndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inConcept"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const CreateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inConcept"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const DeleteIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteIndicatorMutation, DeleteIndicatorMutationVariables>;
export const CorrectIndicatorValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectIndicatorValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctIndicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CorrectIndicatorValueMutation, CorrectIndicatorValueMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RevisionMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RevisionMembersQuery, RevisionMembersQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const OffersRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffersRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffersRevisionQuery, OffersRevisionQueryVariables>;
export const OffersViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffersViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorRegionIds"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]}}]} as unknown as DocumentNode<OffersViewerQuery, OffersViewerQueryVariables>;
export const OffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityIds"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OffersQuery, OffersQueryVariables>;
export const OfferGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}}]}}]}}]} as unknown as DocumentNode<OfferGapsQuery, OfferGapsQueryVariables>;
export const SaveOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityIds"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SaveOfferMutation, SaveOfferMutationVariables>;
export const ConfirmOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityIds"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConfirmOfferMutation, ConfirmOfferMutationVariables>;
export const DeleteOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOfferMutation, DeleteOfferMutationVariables>;
export const SaveNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveNetworkMutation, SaveNetworkMutationVariables>;
export const SaveNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveNeedMutation, SaveNeedMutationVariables>;
export const WegweiserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wegweiser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WegweiserFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wegweiser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]} as unknown as DocumentNode<WegweiserQuery, WegweiserQueryVariables>;
export const NeedRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fieldOfActionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NeedRecommendationsQuery, NeedRecommendationsQueryVariables>;
export const LinkNeedToRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkNeedToRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recommendationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkNeedToRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recommendationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recommendationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkNeedToRecommendationMutation, LinkNeedToRecommendationMutationVariables>;
export const OutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<OutboxQuery, OutboxQueryVariables>;
export const PublishedConceptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedConcepts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedConcepts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishedConceptsQuery, PublishedConceptsQueryVariables>;
export const PublishedConceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedConcept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedConcept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionBody"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionDate"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionReference"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionResult"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"everyRecommendation"},"name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fieldOfActionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"timeHorizon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedConceptQuery, PublishedConceptQueryVariables>;
export const ConceptPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConceptPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conceptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conceptPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionBody"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionDate"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionReference"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionResult"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationCount"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ConceptPublicationQuery, ConceptPublicationQueryVariables>;
export const PublicationDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conceptPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<PublicationDocumentsQuery, PublicationDocumentsQueryVariables>;
export const FinaliseConceptVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseConceptVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseConceptVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"overrideReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FinaliseConceptVersionMutation, FinaliseConceptVersionMutationVariables>;
export const RecordConceptAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConceptAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConceptAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordConceptAdoptionMutation, RecordConceptAdoptionMutationVariables>;
export const PublishConceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishConcept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishConcept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishConceptMutation, PublishConceptMutationVariables>;
export const RecommendationViewsRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationViewsRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationViewsRevisionQuery, RecommendationViewsRevisionQueryVariables>;
export const RecommendationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationListQuery, RecommendationListQueryVariables>;
export const RecommendationBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fieldOfActionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationBoardQuery, RecommendationBoardQueryVariables>;
export const RecommendationCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecommendationCoverageQuery, RecommendationCoverageQueryVariables>;
export const WorkbenchRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchRevisionQuery, WorkbenchRevisionQueryVariables>;
export const RecommendationForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationContent"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}}]}}]} as unknown as DocumentNode<RecommendationForEditQuery, RecommendationForEditQueryVariables>;
export const RecommendationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationContent"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}}]}}]} as unknown as DocumentNode<RecommendationDetailQuery, RecommendationDetailQueryVariables>;
export const MergeSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergeSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationContent"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}}]}}]} as unknown as DocumentNode<MergeSourceQuery, MergeSourceQueryVariables>;
export const SimilarRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SimilarRecommendationsQuery, SimilarRecommendationsQueryVariables>;
export const RecommendationDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationDiffQuery, RecommendationDiffQueryVariables>;
export const CoAuthorCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoAuthorCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coAuthorCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CoAuthorCandidatesQuery, CoAuthorCandidatesQueryVariables>;
export const CreateRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}}]}}]} as unknown as DocumentNode<CreateRecommendationMutation, CreateRecommendationMutationVariables>;
export const UpdateRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}}]}}]} as unknown as DocumentNode<UpdateRecommendationMutation, UpdateRecommendationMutationVariables>;
export const TransitionRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<TransitionRecommendationMutation, TransitionRecommendationMutationVariables>;
export const SupportRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}}]}}]}}]} as unknown as DocumentNode<SupportRecommendationMutation, SupportRecommendationMutationVariables>;
export const WithdrawSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}}]}}]}}]} as unknown as DocumentNode<WithdrawSupportMutation, WithdrawSupportMutationVariables>;
export const AddRecommendationCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRecommendationComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRecommendationComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRecommendationCommentMutation, AddRecommendationCommentMutationVariables>;
export const AddCoAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCoAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCoAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AddCoAuthorMutation, AddCoAuthorMutationVariables>;
export const RemoveCoAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCoAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCoAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCoAuthorMutation, RemoveCoAuthorMutationVariables>;
export const MergeRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeRecommendationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<MergeRecommendationsMutation, MergeRecommendationsMutationVariables>;
export const CreateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRegionMutation, CreateRegionMutationVariables>;
export const InviteCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InviteCoordinatorMutation, InviteCoordinatorMutationVariables>;
export const SaveOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SaveOrganisationMutation, SaveOrganisationMutationVariables>;
export const DeleteOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOrganisationMutation, DeleteOrganisationMutationVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const ReviewRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewRevisionQuery, ReviewRevisionQueryVariables>;
export const ReviewDraftVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDraftVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conceptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDraftVersionsQuery, ReviewDraftVersionsQueryVariables>;
export const ReviewRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"othersVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<ReviewRoundsQuery, ReviewRoundsQueryVariables>;
export const ReviewRoundsBoardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewRoundsBoards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewBoardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewBoardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]} as unknown as DocumentNode<ReviewRoundsBoardsQuery, ReviewRoundsBoardsQueryVariables>;
export const ReviewRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"othersVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionReason"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAppliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<ReviewRoundQuery, ReviewRoundQueryVariables>;
export const ReviewRoundCoordinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewRoundCoordination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewBoardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"considerationTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"passage"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"considerationExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewBoardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ReviewRoundCoordinationQuery, ReviewRoundCoordinationQueryVariables>;
export const StartReviewRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReviewRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartReviewRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReviewRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"othersVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<StartReviewRoundMutation, StartReviewRoundMutationVariables>;
export const OpenReviewRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReviewRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReviewRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenReviewRoundMutation, OpenReviewRoundMutationVariables>;
export const AddReviewCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReviewComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReviewComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionReason"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAppliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<AddReviewCommentMutation, AddReviewCommentMutationVariables>;
export const GiveReviewStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveReviewStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveReviewStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}}]}}]}}]} as unknown as DocumentNode<GiveReviewStatementMutation, GiveReviewStatementMutationVariables>;
export const ExtendReviewDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendReviewDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendReviewDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewBoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewBoardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]} as unknown as DocumentNode<ExtendReviewDeadlineMutation, ExtendReviewDeadlineMutationVariables>;
export const CloseReviewRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseReviewRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeReviewRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"othersVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<CloseReviewRoundMutation, CloseReviewRoundMutationVariables>;
export const AnswerReviewCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerReviewComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disposition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerReviewComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"disposition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disposition"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionReason"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAppliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<AnswerReviewCommentMutation, AnswerReviewCommentMutationVariables>;
export const ApplyReviewProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyReviewProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyReviewProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionReason"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalAppliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<ApplyReviewProposalMutation, ApplyReviewProposalMutationVariables>;
export const ExportConsiderationTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportConsiderationTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportConsiderationTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ExportConsiderationTableMutation, ExportConsiderationTableMutationVariables>;
export const CreateRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateRevisionMutation, CreateRevisionMutationVariables>;
export const UpdateRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateRevisionMutation, UpdateRevisionMutationVariables>;
export const PlanPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PlanPhaseMutation, PlanPhaseMutationVariables>;
export const ActivatePhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivatePhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activatePhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ActivatePhaseMutation, ActivatePhaseMutationVariables>;
export const ClosePhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ClosePhaseMutation, ClosePhaseMutationVariables>;
export const ReopenPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReopenPhaseMutation, ReopenPhaseMutationVariables>;
export const SaveFieldOfActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFieldOfAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFieldOfActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFieldOfAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveFieldOfActionMutation, SaveFieldOfActionMutationVariables>;
export const DeleteFieldOfActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFieldOfAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFieldOfAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFieldOfActionMutation, DeleteFieldOfActionMutationVariables>;
export const SaveGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveGoalMutation, SaveGoalMutationVariables>;
export const DeleteGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteGoalMutation, DeleteGoalMutationVariables>;
export const SaveGuidelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveGuideline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveGuidelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveGuideline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveGuidelineMutation, SaveGuidelineMutationVariables>;
export const DeleteGuidelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGuideline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGuideline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteGuidelineMutation, DeleteGuidelineMutationVariables>;
export const SaveTargetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTargetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTargetGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTargetGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveTargetGroupMutation, SaveTargetGroupMutationVariables>;
export const DeleteTargetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTargetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTargetGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTargetGroupMutation, DeleteTargetGroupMutationVariables>;
export const RevisionDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidingGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RevisionDashboardQuery, RevisionDashboardQueryVariables>;
export const RevisionPhasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionPhases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RevisionPhasesQuery, RevisionPhasesQueryVariables>;
export const RevisionContentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionContents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidingGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RevisionContentsQuery, RevisionContentsQueryVariables>;
export const RespondentSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RespondentSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondentSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"isPublicLink"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondSection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowOther"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"optionKeys"}}]}}]}}]}}]} as unknown as DocumentNode<RespondentSurveyQuery, RespondentSurveyQueryVariables>;
export const StartSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"publicToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<StartSurveyResponseMutation, StartSurveyResponseMutationVariables>;
export const SaveSurveyAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSurveyAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSurveyAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SaveSurveyAnswersMutation, SaveSurveyAnswersMutationVariables>;
export const SubmitSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const SurveyPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondSection"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowOther"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"optionKeys"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyPreviewQuery, SurveyPreviewQueryVariables>;
export const FindingsRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingsRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<FindingsRevisionQuery, FindingsRevisionQueryVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageRank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const SurveyBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyBreakdown"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyBreakdownQuery, SurveyBreakdownQueryVariables>;
export const SurveyFreeTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyFreeTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyFreeTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"questionText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isOther"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"coding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerCodingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerCodingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCoding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SurveyFreeTextsQuery, SurveyFreeTextsQueryVariables>;
export const CodeSurveyAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CodeSurveyAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroupIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeSurveyAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"responseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fieldOfActionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroupIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroupIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerCodingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerCodingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCoding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CodeSurveyAnswerMutation, CodeSurveyAnswerMutationVariables>;
export const FindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Findings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"interviewId"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<FindingsQuery, FindingsQueryVariables>;
export const SaveFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"interviewId"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SaveFindingMutation, SaveFindingMutationVariables>;
export const DeleteFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFindingMutation, DeleteFindingMutationVariables>;
export const AddFindingSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFindingSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interviewId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excerpt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFindingSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"responseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"interviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"excerpt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excerpt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}}]}}]}}]} as unknown as DocumentNode<AddFindingSourceMutation, AddFindingSourceMutationVariables>;
export const RemoveFindingSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFindingSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFindingSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveFindingSourceMutation, RemoveFindingSourceMutationVariables>;
export const FindingRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fieldOfActionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldOfActionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FindingRecommendationsQuery, FindingRecommendationsQueryVariables>;
export const LinkFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recommendationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recommendationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recommendationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkFindingMutation, LinkFindingMutationVariables>;
export const InterviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Interviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentTextVersion"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InterviewsQuery, InterviewsQueryVariables>;
export const SaveInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentTextVersion"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SaveInterviewMutation, SaveInterviewMutationVariables>;
export const DeleteInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteInterviewMutation, DeleteInterviewMutationVariables>;
export const SurveyResponseExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResponseExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResponseExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<SurveyResponseExportsQuery, SurveyResponseExportsQueryVariables>;
export const StartSurveyResponseExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSurveyResponseExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportSurveyResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<StartSurveyResponseExportMutation, StartSurveyResponseExportMutationVariables>;
export const SurveysRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveysRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveysRevisionQuery, SurveysRevisionQueryVariables>;
export const SurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}}]}}]} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const CopyableSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CopyableSurveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyableSurveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}}]}}]} as unknown as DocumentNode<CopyableSurveysQuery, CopyableSurveysQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const CopySurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopySurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copySurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}}]}}]} as unknown as DocumentNode<CopySurveyMutation, CopySurveyMutationVariables>;
export const SurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySettings"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowOther"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"optionKeys"}}]}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const UpdateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const PublishSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<PublishSurveyMutation, PublishSurveyMutationVariables>;
export const SetSurveyPublicLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSurveyPublicLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSurveyPublicLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveySettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"copiedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<SetSurveyPublicLinkMutation, SetSurveyPublicLinkMutationVariables>;
export const SaveSurveySectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSurveySection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveySectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSurveySection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveSurveySectionMutation, SaveSurveySectionMutationVariables>;
export const DeleteSurveySectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSurveySection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSurveySection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSurveySectionMutation, DeleteSurveySectionMutationVariables>;
export const MoveSurveySectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSurveySection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSurveySection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<MoveSurveySectionMutation, MoveSurveySectionMutationVariables>;
export const SaveSurveyQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSurveyQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSurveyQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowOther"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"optionKeys"}}]}}]}}]} as unknown as DocumentNode<SaveSurveyQuestionMutation, SaveSurveyQuestionMutationVariables>;
export const DeleteSurveyQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSurveyQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSurveyQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSurveyQuestionMutation, DeleteSurveyQuestionMutationVariables>;
export const MoveSurveyQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSurveyQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSurveyQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<MoveSurveyQuestionMutation, MoveSurveyQuestionMutationVariables>;
export const SurveyInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SurveyInvitationsQuery, SurveyInvitationsQueryVariables>;
export const InviteToSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitees"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInviteeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"invitees"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyInvited"}}]}}]}}]} as unknown as DocumentNode<InviteToSurveyMutation, InviteToSurveyMutationVariables>;
export const DeleteSurveyInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSurveyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSurveyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSurveyInvitationMutation, DeleteSurveyInvitationMutationVariables>;
export const JoinWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<JoinWorkshopMutation, JoinWorkshopMutationVariables>;
export const WorkshopBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"joinCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"guest"}},{"kind":"Field","name":{"kind":"Name","value":"moderator"}},{"kind":"Field","name":{"kind":"Name","value":"dotsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"votedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WorkshopBoardQuery, WorkshopBoardQueryVariables>;
export const AddWorkshopContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkshopContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkshopContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"votedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddWorkshopContributionMutation, AddWorkshopContributionMutationVariables>;
export const VoteContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"votedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VoteContributionMutation, VoteContributionMutationVariables>;
export const EditContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"votedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EditContributionMutation, EditContributionMutationVariables>;
export const ContributionToRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContributionToRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributionToRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"revisionId"}}]}}]}}]} as unknown as DocumentNode<ContributionToRecommendationMutation, ContributionToRecommendationMutationVariables>;
export const WorkshopBoardEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkshopBoardEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopBoardEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contributionId"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"votedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WorkshopBoardEventsSubscription, WorkshopBoardEventsSubscriptionVariables>;
export const WorkshopPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshopMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopPhaseQuery, WorkshopPhaseQueryVariables>;
export const MeetingRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"IN_REVIEW"},{"kind":"EnumValue","value":"FEASIBILITY_CHECK"},{"kind":"EnumValue","value":"AGREED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingRecommendationsQuery, MeetingRecommendationsQueryVariables>;
export const CreateWorkshopMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkshopMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshopMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateWorkshopMeetingMutation, CreateWorkshopMeetingMutationVariables>;