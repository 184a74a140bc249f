import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message in a person's in-app inbox. Stored as a kind with parameters, so
 * the interface words it in the reader's language.
 */
@ObjectType()
@Entity()
@Index(['accountId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Field({ description: 'What happened, e.g. recommendation.status or feasibility.requested.' })
  @Column({ type: 'text' })
  kind: string;

  /** The facts the message is worded from; sent to clients as a JSON string. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  params: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Path in the web app the notification leads to.' })
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

/** One row per reminder sent: the key makes a reminder go out at most once, however often its job runs. */
@Entity()
export class ReminderLog {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
