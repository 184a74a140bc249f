import type {
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { OutboxMessage } from '../outbox-message.entity';

/**
 * Tells `onCommitted` which outbox messages became visible, once the
 * transaction that wrote them has committed: a worker handed an id earlier
 * would not find the row yet, and one from a rolled-back transaction must
 * never be sent. Register an instance in `DataSource.subscribers`.
 */
export class OutboxCommitSubscriber implements EntitySubscriberInterface<OutboxMessage> {
  private readonly uncommitted = new WeakMap<QueryRunner, string[]>();

  constructor(private readonly onCommitted: (outboxMessageIds: string[]) => void) {}

  listenTo() {
    return OutboxMessage;
  }

  afterInsert(event: InsertEvent<OutboxMessage>): void {
    const id = event.entity?.id;
    if (!id) return;
    if (!event.queryRunner.isTransactionActive) {
      this.onCommitted([id]);
      return;
    }
    const ids = this.uncommitted.get(event.queryRunner) ?? [];
    ids.push(id);
    this.uncommitted.set(event.queryRunner, ids);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Releasing a savepoint is no commit: wait for the outermost transaction.
    if (event.queryRunner.isTransactionActive) return;
    const ids = this.uncommitted.get(event.queryRunner);
    if (!ids) return;
    this.uncommitted.delete(event.queryRunner);
    this.onCommitted(ids);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // After a savepoint rollback the ids written inside it are kept: delivering
    // a message that does not exist is a no-op, losing one that does is not.
    if (event.queryRunner.isTransactionActive) return;
    this.uncommitted.delete(event.queryRunner);
  }
}
