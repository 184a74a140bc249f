import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OutboxStatus } from '@konzeptwerk/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

/** A text file sent along with a mail, e.g. the calendar entry of a conference registration. */
export interface MailAttachment {
  filename: string;
  /** A MIME type with its parameters, e.g. `text/calendar; method=PUBLISH; charset=UTF-8`. */
  contentType: string;
  /** UTF-8 text. */
  content: string;
}

/**
 * An e-mail waiting to be sent or already sent. Written in the same
 * transaction as the change that causes it, delivered by the worker.
 */
@ObjectType()
@Entity()
@Index(['status', 'createdAt'])
@Index(['regionId', 'createdAt'])
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Field({ description: 'What caused the message, e.g. invitation or password-reset.' })
  @Column({ type: 'text' })
  kind: string;

  @Field()
  @Column({ type: 'text' })
  recipient: string;

  @Field()
  @Column({ type: 'text' })
  subject: string;

  @Field()
  @Column({ type: 'text' })
  textBody: string;

  /**
   * Not loaded unless asked for (up to 256 kB per message): listing the
   * outbox must not drag every file along; delivery selects it explicitly.
   */
  @Column({ type: 'jsonb', nullable: true, select: false })
  attachments: MailAttachment[] | null;

  @Field(() => OutboxStatus)
  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status', default: OutboxStatus.PENDING })
  status: OutboxStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
