import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PhaseKind, PhaseState } from '@konzeptwerk/contracts';
import { Region } from '@konzeptwerk/regions';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

registerEnumType(PhaseKind, { name: 'PhaseKind' });
registerEnumType(PhaseState, { name: 'PhaseState' });

@ObjectType({
  description: 'Fortschreibung des Integrationskonzepts: one edition of the concept and the process producing it.',
})
@Entity()
@Index(['regionId', 'createdAt'])
export class ConceptRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true, description: 'The revision this one continues.' })
  @Column({ type: 'uuid', nullable: true })
  predecessorId: string | null;

  @ManyToOne(() => ConceptRevision, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: ConceptRevision;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

@ObjectType()
@Entity()
@Index(['revisionId', 'kind'], { unique: true })
export class Phase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field(() => PhaseKind)
  @Column({ type: 'enum', enum: PhaseKind, enumName: 'phase_kind' })
  kind: PhaseKind;

  @Field(() => Int, { description: '1 to 5, in the order the phases follow each other.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => PhaseState)
  @Column({ type: 'enum', enum: PhaseState, enumName: 'phase_state', default: PhaseState.PLANNED })
  state: PhaseState;

  @Field(() => String, { nullable: true, description: 'Planned start, an ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  plannedStart: string | null;

  @Field(() => String, { nullable: true, description: 'Planned end, an ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  plannedEnd: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

@ObjectType({ description: 'Handlungsfeld: a field of action of the concept.' })
@Entity()
@Index(['revisionId', 'position'])
export class FieldOfAction {
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

  @Field({ description: 'Short code used in recommendation references, e.g. SB.' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

@ObjectType({
  description: 'Ziel: a guiding goal of the concept (no field of action) or a goal of one field of action.',
})
@Entity()
@Index(['revisionId', 'position'])
export class Goal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  fieldOfActionId: string | null;

  @ManyToOne(() => FieldOfAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'field_of_action_id' })
  fieldOfAction?: FieldOfAction;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

@ObjectType({ description: 'Leitlinie: a principle of integration work.' })
@Entity()
@Index(['revisionId', 'position'])
export class Guideline {
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
  text: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

@ObjectType({ description: 'Zielgruppe: a group of people the concept addresses.' })
@Entity()
@Index(['revisionId', 'position'])
export class TargetGroup {
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
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
