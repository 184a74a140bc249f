import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionKind, ParticipantRole, RegistrationStatus } from '@konzeptwerk/contracts';
import { Account } from '@konzeptwerk/identity';
import { Recommendation } from '@konzeptwerk/recommendations';
import { Municipality } from '@konzeptwerk/regions';
import { ConceptRevision, FieldOfAction } from '@konzeptwerk/revisions';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

registerEnumType(ParticipantRole, { name: 'ParticipantRole' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(ContributionKind, { name: 'ContributionKind' });

/** Integrationskonferenz: the day on which professionals, volunteers and citizens work in workshops. */
@ObjectType()
@Entity()
@Index(['revisionId', 'startsAt'])
export class Conference {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'Name of the place, e.g. Kreishaus Gütersloh.' })
  @Column({ type: 'text' })
  venue: string;

  @Field(() => String, { nullable: true, description: 'Street, postcode and town.' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => Int, { description: 'Places; registrations beyond go to the waiting list.' })
  @Column({ type: 'int' })
  capacity: number;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  registrationOpensAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  registrationClosesAt: Date;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** The privacy notice people agree to when they register; a change makes a new version, the old ones stay. */
@ObjectType()
@Entity()
@Index(['conferenceId', 'version'], { unique: true })
export class ConferencePrivacyText {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Conference;

  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  @Field()
  @Column({ type: 'text' })
  textDe: string;

  @Field()
  @Column({ type: 'text' })
  textEn: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A workshop of the conference, usually one per field of action, in a time slot and a room. */
@ObjectType()
@Entity()
@Index(['conferenceId', 'slotStartsAt'])
export class WorkshopSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Conference;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  fieldOfActionId: string | null;

  @ManyToOne(() => FieldOfAction, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'field_of_action_id' })
  fieldOfAction?: FieldOfAction;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => GraphQLISODateTime, { description: 'Sessions that start at the same time share a slot.' })
  @Column({ type: 'timestamptz' })
  slotStartsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  slotEndsAt: Date;

  @Field()
  @Column({ type: 'text' })
  room: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  capacity: number;

  @Field({ description: "Short code people type (or scan as QR code) to join the workshop's board on their phone." })
  @Column({ type: 'text', unique: true })
  joinCode: string;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A moderator of a workshop: edits and clusters its board. */
@Entity()
export class WorkshopModerator {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => WorkshopSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: WorkshopSession;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
}

/**
 * Anmeldung: no account needed. Personal data is what the registration asks
 * for and nothing more; the consent is stored with the version of the text
 * agreed to. Cancelled registrations keep no contact data beyond the e-mail
 * needed to confirm the cancellation.
 */
@ObjectType()
@Entity()
@Index(['conferenceId', 'status', 'queuedAt'])
// One active registration per address and conference; cancelled ones do not count.
@Index('UQ_registration_active_email', ['conferenceId', 'emailKey'], {
  unique: true,
  where: `status <> 'CANCELLED'`,
})
export class Registration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Conference;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text' })
  email: string;

  /** Lower-cased address, for the one-registration-per-address rule. */
  @Column({ type: 'text' })
  emailKey: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field(() => ParticipantRole)
  @Column({ type: 'enum', enum: ParticipantRole, enumName: 'participant_role' })
  role: ParticipantRole;

  @Field(() => String, {
    nullable: true,
    description: 'Needs for taking part: step-free access, sign language, childcare…',
  })
  @Column({ type: 'text', nullable: true })
  accessibilityNeeds: string | null;

  @Field(() => RegistrationStatus)
  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  status: RegistrationStatus;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  privacyTextId: string;

  @ManyToOne(() => ConferencePrivacyText, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'privacy_text_id' })
  privacyText?: ConferencePrivacyText;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  consentedAt: Date;

  /** Mails go out in the language the person registered in. */
  @Column({ type: 'text', default: 'de' })
  locale: string;

  /** SHA-256 of the token in the cancellation link; the token itself is only in the mail. */
  @Column({ type: 'text', unique: true })
  cancelTokenHash: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * Order of the waiting list. Taken when the row is written, under the
   * conference's lock (now() would be the start of the transaction, which
   * need not follow the order in which registrations got the lock).
   */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  queuedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the person moved up from the waiting list.' })
  @Column({ type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** Ranked workshop wishes of a registration (1 = first choice). */
@Entity()
@Index(['registrationId', 'rank'], { unique: true })
export class RegistrationPreference {
  @PrimaryColumn({ type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Registration;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  sessionId: string;

  @ManyToOne(() => WorkshopSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: WorkshopSession;

  @Column({ type: 'int' })
  rank: number;
}

/** Public registrations per client address, to limit abuse of the form; kept one day. */
@Entity()
@Index(['clientKey', 'createdAt'])
export class RegistrationAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** SHA-256 of the client address, never the address itself. */
  @Column({ type: 'text' })
  clientKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Where a confirmed registration goes in a slot: from the assignment run, or fixed by a coordinator. */
@Entity()
@Index(['sessionId'])
export class WorkshopAssignment {
  @PrimaryColumn({ type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Registration;

  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => WorkshopSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: WorkshopSession;

  /** Rank among the person's wishes in the slot; null when it was none of them. */
  @Column({ type: 'int', nullable: true })
  rank: number | null;

  /** True: fixed by a coordinator, kept when the assignment runs again. */
  @Column({ type: 'boolean', default: false })
  manual: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}

/** Someone who joined a workshop board with its code, without an account. */
@Entity()
export class WorkshopGuest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  sessionId: string;

  @ManyToOne(() => WorkshopSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: WorkshopSession;

  /** A first name or nothing: shown next to the person's cards. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  /** SHA-256 of the token in the guest's cookie. */
  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A card on a workshop board: a challenge or a solution approach. */
@ObjectType()
@Entity()
@Index(['sessionId', 'createdAt'])
// A phone that sends the same card twice (a retry after a lost answer) stores it once.
@Index(['sessionId', 'idempotencyKey'], { unique: true })
export class WorkshopContribution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => WorkshopSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: WorkshopSession;

  @Field(() => ContributionKind)
  @Column({ type: 'enum', enum: ContributionKind, enumName: 'contribution_kind' })
  kind: ContributionKind;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Cluster the moderators put the card in.' })
  @Column({ type: 'text', nullable: true })
  cluster: string | null;

  @Field({ description: 'Hidden by a moderator (e.g. off-topic); kept for the record.' })
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Who wrote it, as they gave their name.' })
  @Column({ type: 'text', nullable: true })
  authorName: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_account_id' })
  authorAccount?: Account;

  @Column({ type: 'uuid', nullable: true })
  guestId: string | null;

  @ManyToOne(() => WorkshopGuest, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'guest_id' })
  guest?: WorkshopGuest;

  /** Chosen by the client per card; a retry carries the same key. */
  @Column({ type: 'text' })
  idempotencyKey: string;

  @Field(() => ID, { nullable: true, description: 'The recommendation draft made from this approach.' })
  @Column({ type: 'uuid', nullable: true })
  recommendationId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A dot on a card: one per person and card, DOTS_PER_PERSON per person and board. */
@Entity()
export class ContributionVote {
  @PrimaryColumn({ type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => WorkshopContribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: WorkshopContribution;

  /** account:<id> or guest:<id>. */
  @PrimaryColumn({ type: 'text' })
  voterKey: string;

  @Column({ type: 'uuid' })
  @Index()
  sessionId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A meeting of the workshop phase: after the conference, each field of action
 * works on its recommendations in workshops of its own. What the minutes say
 * and which recommendations were worked on stays with the revision.
 */
@ObjectType()
@Entity()
@Index(['revisionId', 'startsAt'])
export class WorkshopMeeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  fieldOfActionId: string;

  @ManyToOne(() => FieldOfAction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'field_of_action_id' })
  fieldOfAction?: FieldOfAction;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Field(() => Int, { nullable: true, description: 'How many took part.' })
  @Column({ type: 'int', nullable: true })
  attendance: number | null;

  @Field({ description: 'The minutes, as sanitized HTML.' })
  @Column({ type: 'text', default: '' })
  minutes: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A recommendation worked on in a meeting of the workshop phase. */
@Entity()
export class WorkshopMeetingRecommendation {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => WorkshopMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: WorkshopMeeting;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;
}

/**
 * A photo of a flip chart (or a wall of cards) from a workshop, for the
 * documentation. JPEG or PNG, checked on upload; its caption is what a
 * person who cannot see the picture reads instead. Photos show the results,
 * not the people: the upload form says so.
 */
@ObjectType()
@Entity()
@Index(['conferenceId', 'createdAt'])
export class ConferencePhoto {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Conference;

  @Field(() => ID, { nullable: true, description: 'The workshop it was taken in; null for the whole conference.' })
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => WorkshopSession, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'session_id' })
  session?: WorkshopSession;

  @Field({ description: 'What the photo shows, in words (its text alternative).' })
  @Column({ type: 'text' })
  caption: string;

  @Field()
  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Field(() => Int)
  @Column({ type: 'int' })
  byteSize: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  width: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  height: number;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: Account;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
