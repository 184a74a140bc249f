import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { PHASE_ORDER, PhaseState } from '@konzeptwerk/contracts';
import {
  Actor,
  AuditEntry,
  DomainError,
  audit,
  forbidden,
  invalid,
  isUuid,
  notFound,
  optionalText,
  requiredText,
} from '@konzeptwerk/platform';
import { Region } from '@konzeptwerk/regions';
import { type PhaseAction, checkPhaseTransition, checkPlannedDates, phasePosition } from './phase-rules';
import { ConceptRevision, FieldOfAction, Goal, Guideline, Phase, TargetGroup } from './revision.entity';
import type {
  CreateRevisionInput,
  PlanPhaseInput,
  SaveFieldOfActionInput,
  SaveGoalInput,
  SaveGuidelineInput,
  SaveTargetGroupInput,
  UpdateRevisionInput,
} from './revision.inputs';

type CatalogEntity = FieldOfAction | Goal | Guideline | TargetGroup;

const CODE = /^[A-ZÄÖÜ]{2,4}$/;

@Injectable()
export class RevisionService {
  constructor(private readonly db: DataSource) {}

  /** Reads a revision if the actor may see it; otherwise NOT_FOUND, as if it did not exist. */
  async getRevision(actor: Actor, id: string): Promise<ConceptRevision> {
    actor.requireUser();
    const revision = isUuid(id) ? await this.db.getRepository(ConceptRevision).findOneBy({ id }) : null;
    if (!revision || !actor.canSeeRevision(revision.id, revision.regionId)) throw notFound();
    return revision;
  }

  /** Revisions of the given regions visible to the actor, newest first. One query for any number of regions. */
  async revisionsOfRegions(actor: Actor, regionIds: readonly string[]): Promise<ConceptRevision[]> {
    const all = await this.db
      .getRepository(ConceptRevision)
      .find({ where: { regionId: In([...regionIds]) }, order: { createdAt: 'DESC' } });
    return all.filter((r) => actor.canSeeRevision(r.id, r.regionId));
  }

  async createRevision(actor: Actor, input: CreateRevisionInput): Promise<ConceptRevision> {
    this.requireCoordinator(actor, input.regionId);
    const title = requiredText(input.title, 'title', 300);
    const description = optionalText(input.description, 'description');
    return this.db.transaction(async (tx) => {
      const region = await tx.findOne(Region, { where: { id: input.regionId }, lock: { mode: 'pessimistic_read' } });
      if (!region) throw notFound();
      let predecessor: ConceptRevision | null = null;
      if (input.predecessorId) {
        predecessor = isUuid(input.predecessorId)
          ? await tx.findOneBy(ConceptRevision, { id: input.predecessorId, regionId: region.id })
          : null;
        if (!predecessor) throw invalid('predecessorId: no revision of this region');
      }
      const revision = await tx.save(
        tx.create(ConceptRevision, { regionId: region.id, title, description, predecessorId: predecessor?.id ?? null }),
      );
      await tx.insert(
        Phase,
        PHASE_ORDER.map((kind) => ({
          revisionId: revision.id,
          kind,
          position: phasePosition(kind),
          state: PhaseState.PLANNED,
        })),
      );
      if (predecessor) await this.carryOver(tx, predecessor.id, revision.id);
      await audit(tx, {
        regionId: region.id,
        revisionId: revision.id,
        actorId: actor.userId,
        action: 'revision.created',
        entityType: 'ConceptRevision',
        entityId: revision.id,
        after: { title, description, predecessor: predecessor?.title ?? null },
      });
      return revision;
    });
  }

  /** Copies fields of action (with their goals), guiding goals, guidelines and target groups. */
  private async carryOver(tx: EntityManager, fromId: string, toId: string) {
    const fields = await tx.find(FieldOfAction, { where: { revisionId: fromId }, order: { position: 'ASC' } });
    const fieldIdMap = new Map<string, string>();
    for (const f of fields) {
      const copy = await tx.save(
        tx.create(FieldOfAction, {
          revisionId: toId,
          title: f.title,
          code: f.code,
          description: f.description,
          position: f.position,
        }),
      );
      fieldIdMap.set(f.id, copy.id);
    }
    const goals = await tx.find(Goal, { where: { revisionId: fromId }, order: { position: 'ASC' } });
    if (goals.length) {
      await tx.insert(
        Goal,
        goals.map((g) => ({
          revisionId: toId,
          fieldOfActionId: g.fieldOfActionId ? (fieldIdMap.get(g.fieldOfActionId) ?? null) : null,
          text: g.text,
          position: g.position,
        })),
      );
    }
    const guidelines = await tx.find(Guideline, { where: { revisionId: fromId } });
    if (guidelines.length) {
      await tx.insert(
        Guideline,
        guidelines.map((g) => ({ revisionId: toId, title: g.title, text: g.text, position: g.position })),
      );
    }
    const groups = await tx.find(TargetGroup, { where: { revisionId: fromId } });
    if (groups.length) {
      await tx.insert(
        TargetGroup,
        groups.map((g) => ({ revisionId: toId, name: g.name, description: g.description, position: g.position })),
      );
    }
  }

  async updateRevision(actor: Actor, input: UpdateRevisionInput): Promise<ConceptRevision> {
    const title = requiredText(input.title, 'title', 300);
    const description = optionalText(input.description, 'description');
    return this.db.transaction(async (tx) => {
      const revision = await this.lockRevisionForCoordinator(tx, actor, input.id);
      if (revision.version !== input.version) throw new DomainError('VERSION_CONFLICT');
      const before = { title: revision.title, description: revision.description };
      Object.assign(revision, { title, description });
      await tx.save(revision);
      await audit(tx, {
        regionId: revision.regionId,
        revisionId: revision.id,
        actorId: actor.userId,
        action: 'revision.updated',
        entityType: 'ConceptRevision',
        entityId: revision.id,
        before,
        after: { title, description },
      });
      return revision;
    });
  }

  async planPhase(actor: Actor, input: PlanPhaseInput): Promise<Phase> {
    const start = input.plannedStart || null;
    const end = input.plannedEnd || null;
    checkPlannedDates(start, end);
    return this.db.transaction(async (tx) => {
      const { phase, revision } = await this.lockPhase(tx, actor, input.phaseId);
      if (phase.version !== input.version) throw new DomainError('VERSION_CONFLICT');
      const before = { plannedStart: phase.plannedStart, plannedEnd: phase.plannedEnd };
      phase.plannedStart = start;
      phase.plannedEnd = end;
      await tx.save(phase);
      await audit(tx, {
        regionId: revision.regionId,
        revisionId: revision.id,
        actorId: actor.userId,
        action: 'phase.planned',
        entityType: 'Phase',
        entityId: phase.id,
        before: { kind: phase.kind, ...before },
        after: { kind: phase.kind, plannedStart: start, plannedEnd: end },
      });
      return phase;
    });
  }

  async transitionPhase(actor: Actor, phaseId: string, action: PhaseAction, reason?: string | null): Promise<Phase> {
    const cleanReason = optionalText(reason, 'reason', 2000);
    return this.db.transaction(async (tx) => {
      const { phase, revision } = await this.lockPhase(tx, actor, phaseId);
      const previousKind = PHASE_ORDER[phase.position - 2];
      const previous = previousKind ? await tx.findOneBy(Phase, { revisionId: revision.id, kind: previousKind }) : null;
      const to = checkPhaseTransition(phase, action, previous, cleanReason);
      const before = { kind: phase.kind, state: phase.state };
      phase.state = to;
      if (action === 'activate' || action === 'reopen') {
        phase.activatedAt = phase.activatedAt ?? new Date();
        phase.closedAt = null;
      }
      if (action === 'close') phase.closedAt = new Date();
      await tx.save(phase);
      await audit(tx, {
        regionId: revision.regionId,
        revisionId: revision.id,
        actorId: actor.userId,
        action: PHASE_ACTION_NAMES[action],
        entityType: 'Phase',
        entityId: phase.id,
        before,
        after: { kind: phase.kind, state: to },
        reason: cleanReason,
      });
      return phase;
    });
  }

  saveFieldOfAction(actor: Actor, input: SaveFieldOfActionInput): Promise<FieldOfAction> {
    const code = requiredText(input.code, 'code', 4).toUpperCase();
    if (!CODE.test(code)) throw invalid('code: two to four capital letters');
    return this.saveCatalogItem(actor, FieldOfAction, 'FieldOfAction', input, async (tx) => {
      const clash = await tx.findOneBy(FieldOfAction, { revisionId: input.revisionId, code });
      if (clash && clash.id !== input.id) throw new DomainError('DUPLICATE', { details: code });
      return {
        title: requiredText(input.title, 'title', 300),
        code,
        description: optionalText(input.description, 'description'),
      };
    });
  }

  saveGoal(actor: Actor, input: SaveGoalInput): Promise<Goal> {
    return this.saveCatalogItem(actor, Goal, 'Goal', input, async (tx) => {
      let fieldOfActionId: string | null = null;
      if (input.fieldOfActionId) {
        const field = isUuid(input.fieldOfActionId)
          ? await tx.findOneBy(FieldOfAction, { id: input.fieldOfActionId, revisionId: input.revisionId })
          : null;
        if (!field) throw invalid('fieldOfActionId: no field of action of this revision');
        fieldOfActionId = field.id;
      }
      return { text: requiredText(input.text, 'text', 2000), fieldOfActionId };
    });
  }

  saveGuideline(actor: Actor, input: SaveGuidelineInput): Promise<Guideline> {
    return this.saveCatalogItem(actor, Guideline, 'Guideline', input, async () => ({
      title: requiredText(input.title, 'title', 300),
      text: optionalText(input.text, 'text'),
    }));
  }

  saveTargetGroup(actor: Actor, input: SaveTargetGroupInput): Promise<TargetGroup> {
    return this.saveCatalogItem(actor, TargetGroup, 'TargetGroup', input, async () => ({
      name: requiredText(input.name, 'name', 300),
      description: optionalText(input.description, 'description'),
    }));
  }

  deleteFieldOfAction = (actor: Actor, id: string) => this.deleteCatalogItem(actor, FieldOfAction, 'FieldOfAction', id);
  deleteGoal = (actor: Actor, id: string) => this.deleteCatalogItem(actor, Goal, 'Goal', id);
  deleteGuideline = (actor: Actor, id: string) => this.deleteCatalogItem(actor, Guideline, 'Guideline', id);
  deleteTargetGroup = (actor: Actor, id: string) => this.deleteCatalogItem(actor, TargetGroup, 'TargetGroup', id);

  /**
   * Creates or updates one item of a revision's catalogue (fields of action,
   * goals, guidelines, target groups): coordinator only, optimistic locking on
   * update, audited with before and after.
   */
  private async saveCatalogItem<T extends CatalogEntity>(
    actor: Actor,
    target: EntityTarget<T>,
    entityType: string,
    input: { id?: string | null; revisionId: string; version?: number | null; position?: number | null },
    values: (tx: EntityManager) => Promise<Partial<T>>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      const revision = await this.lockRevisionForCoordinator(tx, actor, input.revisionId);
      const data = await values(tx);
      let item: T;
      let before: object | null = null;
      if (input.id) {
        const existing = isUuid(input.id)
          ? await tx.findOne(target, {
              where: { id: input.id, revisionId: revision.id } as never,
              lock: { mode: 'pessimistic_write' },
            })
          : null;
        if (!existing) throw notFound();
        if (input.version == null || existing.version !== input.version) throw new DomainError('VERSION_CONFLICT');
        before = strip(existing);
        item = existing;
      } else {
        const count = await tx.countBy(target, { revisionId: revision.id } as never);
        item = tx.create(target, { revisionId: revision.id, position: count + 1 } as never);
      }
      Object.assign(item, data);
      if (input.position != null) item.position = input.position;
      item = await tx.save(item);
      await audit(tx, {
        regionId: revision.regionId,
        revisionId: revision.id,
        actorId: actor.userId,
        action: `${kebab(entityType)}.${input.id ? 'updated' : 'created'}`,
        entityType,
        entityId: item.id,
        before,
        after: strip(item),
      });
      return item;
    });
  }

  private async deleteCatalogItem<T extends CatalogEntity & ObjectLiteral>(
    actor: Actor,
    target: EntityTarget<T>,
    entityType: string,
    id: string,
  ): Promise<boolean> {
    actor.requireUser();
    if (!isUuid(id)) throw notFound();
    return this.db.transaction(async (tx) => {
      const item = await tx.findOneBy(target, { id } as never);
      if (!item) throw notFound();
      const revision = await this.lockRevisionForCoordinator(tx, actor, item.revisionId);
      await tx.delete(target, { id } as never);
      await audit(tx, {
        regionId: revision.regionId,
        revisionId: revision.id,
        actorId: actor.userId,
        action: `${kebab(entityType)}.deleted`,
        entityType,
        entityId: id,
        before: strip(item),
      });
      return true;
    });
  }

  async auditLog(
    actor: Actor,
    scope: { regionId?: string | null; revisionId?: string | null },
    limit: number,
    offset: number,
  ) {
    actor.requireUser();
    let regionId = scope.regionId ?? null;
    if (scope.revisionId) {
      const revision = await this.getRevision(actor, scope.revisionId);
      regionId = revision.regionId;
    }
    if (!regionId || !isUuid(regionId) || !actor.canSeeRegion(regionId)) throw notFound();
    if (!actor.isCoordinatorOf(regionId) && !actor.isPlatformAdmin) throw forbidden();
    const take = Math.min(Math.max(limit, 1), 200);
    const where = scope.revisionId ? { revisionId: scope.revisionId } : { regionId };
    const [entries, total] = await this.db.getRepository(AuditEntry).findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      take,
      skip: Math.max(offset, 0),
    });
    return { entries, total };
  }

  // Loaders.
  phasesOf(revisionIds: readonly string[]) {
    return this.db
      .getRepository(Phase)
      .find({ where: { revisionId: In([...revisionIds]) }, order: { position: 'ASC' } });
  }

  fieldsOfActionOf(revisionIds: readonly string[]) {
    return this.db
      .getRepository(FieldOfAction)
      .find({ where: { revisionId: In([...revisionIds]) }, order: { position: 'ASC', title: 'ASC' } });
  }

  goalsOf(revisionIds: readonly string[]) {
    return this.db
      .getRepository(Goal)
      .find({ where: { revisionId: In([...revisionIds]) }, order: { position: 'ASC' } });
  }

  guidingGoalsOf(revisionIds: readonly string[]) {
    return this.db
      .getRepository(Goal)
      .find({ where: { revisionId: In([...revisionIds]), fieldOfActionId: IsNull() }, order: { position: 'ASC' } });
  }

  guidelinesOf(revisionIds: readonly string[]) {
    return this.db
      .getRepository(Guideline)
      .find({ where: { revisionId: In([...revisionIds]) }, order: { position: 'ASC' } });
  }

  targetGroupsOf(revisionIds: readonly string[]) {
    return this.db
      .getRepository(TargetGroup)
      .find({ where: { revisionId: In([...revisionIds]) }, order: { position: 'ASC' } });
  }

  revisionsByIds(ids: readonly string[]) {
    return this.db.getRepository(ConceptRevision).findBy({ id: In([...ids]) });
  }

  private requireCoordinator(actor: Actor, regionId: string) {
    actor.requireUser();
    if (!isUuid(regionId) || !actor.canSeeRegion(regionId)) throw notFound();
    if (!actor.isCoordinatorOf(regionId)) throw forbidden();
  }

  private async lockRevisionForCoordinator(tx: EntityManager, actor: Actor, id: string): Promise<ConceptRevision> {
    actor.requireUser();
    const revision = isUuid(id)
      ? await tx.findOne(ConceptRevision, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!revision || !actor.canSeeRevision(revision.id, revision.regionId)) throw notFound();
    if (!actor.isCoordinatorOf(revision.regionId)) throw forbidden();
    return revision;
  }

  private async lockPhase(tx: EntityManager, actor: Actor, phaseId: string) {
    actor.requireUser();
    const phase = isUuid(phaseId) ? await tx.findOneBy(Phase, { id: phaseId }) : null;
    if (!phase) throw notFound();
    const revision = await this.lockRevisionForCoordinator(tx, actor, phase.revisionId);
    const locked = await tx.findOneOrFail(Phase, { where: { id: phaseId }, lock: { mode: 'pessimistic_write' } });
    return { phase: locked, revision };
  }
}

const PHASE_ACTION_NAMES: Record<PhaseAction, string> = {
  activate: 'phase.activated',
  close: 'phase.closed',
  reopen: 'phase.reopened',
};

const kebab = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

function strip(entity: object): Record<string, unknown> {
  const {
    id: _id,
    revisionId: _r,
    version: _v,
    revision: _rev,
    fieldOfAction: _f,
    ...rest
  } = entity as Record<string, unknown>;
  return rest;
}
