import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvitationRole, RevisionRole } from '@konzeptwerk/contracts';
import { Municipality, Organisation, Region } from '@konzeptwerk/regions';
import { ConceptRevision } from '@konzeptwerk/revisions';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

registerEnumType(RevisionRole, { name: 'RevisionRole' });
registerEnumType(InvitationRole, { name: 'InvitationRole' });

@ObjectType({ description: 'A person with an account.' })
@Entity({ name: 'account' })
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  displayName: string;

  /** argon2id hash; never leaves the server. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Field()
  @Column({ type: 'boolean', default: false })
  isPlatformAdmin: boolean;

  @Field()
  @Column({ type: 'text', default: 'de' })
  locale: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity()
export class Session {
  @PrimaryColumn({ type: 'text' })
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}

@Entity()
export class RegionCoordinator {
  @PrimaryColumn({ type: 'uuid' })
  regionId: string;

  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'A role a person holds in one revision.' })
@Entity()
@Index(['revisionId', 'accountId', 'role'], { unique: true })
export class RevisionMembership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Index()
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Field(() => RevisionRole)
  @Column({ type: 'enum', enum: RevisionRole, enumName: 'revision_role' })
  role: RevisionRole;

  @Field(() => ID, { nullable: true, description: 'Set for municipal reviewers.' })
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field(() => ID, { nullable: true, description: 'Set for implementing actors.' })
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'An invitation by e-mail link: single use, expiring.' })
@Entity()
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field(() => InvitationRole)
  @Column({ type: 'enum', enum: InvitationRole, enumName: 'invitation_role' })
  role: InvitationRole;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  revisionId: string | null;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Account;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity()
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Failed sign-ins, counted per e-mail and per client address to slow down guessing. */
@Entity()
@Index(['emailKey', 'createdAt'])
@Index(['clientKey', 'createdAt'])
export class SignInFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  emailKey: string;

  @Column({ type: 'text' })
  clientKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
