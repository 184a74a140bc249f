import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ConceptSectionKind, RecommendationStatus } from '@konzeptwerk/contracts';
import {
  type Actor,
  audit,
  DomainError,
  invalid,
  isUuid,
  notFound,
  optionalText,
  requiredText,
  sanitizeRichText,
} from '@konzeptwerk/platform';
import { revisionAccess } from '@konzeptwerk/recommendations';
import { ConceptDraft, ConceptSection, DraftVersion } from './concept.entity';
import { freezeSections, TEMPLATE, type LiveContent } from './concept-render';
import { redline, type RedlineSection } from './text';

type Figure = NonNullable<LiveContent['indicators']>[number];

/**
 * The inventory's indicators chosen for the concept, each with the values of its latest year, per revision:
 * what the chapter "Daten und Fakten" shows.
 */
export async function conceptFigures(manager: EntityManager, revisionIds: string[]): Promise<Map<string, Figure[]>> {
  const rows = (await manager.query(
    `SELECT i.revision_id, i.id, i.name, i.unit, i.source, v.year, m.name AS municipality, v.value::float8 AS value
       FROM indicator i
       JOIN indicator_value v ON v.indicator_id = i.id
        AND v.year = (SELECT max(year) FROM indicator_value x WHERE x.indicator_id = i.id)
       JOIN municipality m ON m.id = v.municipality_id
      WHERE i.revision_id = ANY($1) AND i.in_concept
      ORDER BY i.name, m.name`,
    [revisionIds],
  )) as {
    revision_id: string;
    id: string;
    name: string;
    unit: string;
    source: string;
    year: number;
    municipality: string;
    value: number;
  }[];
  const byIndicator = new Map<string, Figure & { revisionId: string }>();
  for (const r of rows) {
    const entry = byIndicator.get(r.id) ?? {
      revisionId: r.revision_id,
      name: r.name,
      unit: r.unit,
      source: r.source,
      year: r.year,
      values: [],
    };
    entry.values.push({ municipality: r.municipality, value: r.value });
    byIndicator.set(r.id, entry);
  }
  const result = new Map<string, Figure[]>();
  for (const { revisionId, ...figure } of byIndicator.values())
    result.set(revisionId, [...(result.get(revisionId) ?? []), figure]);
  return result;
}

export interface SectionInput {
  title: string;
  body: string;
}

/**
 * The concept draft of a revision: created from the template, written in
 * sections by the coordinators, frozen into numbered, immutable versions that
 * compare as a redline. Everyone of the revision reads it.
 */
@Injectable()
export class ConceptService {
  constructor(private readonly db: DataSource) {}

  async draftOf(actor: Actor, revisionId: string): Promise<ConceptDraft | null> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.getRepository(ConceptDraft).findOneBy({ revisionId: access.revision.id });
  }

  /** Creates the draft with the template's chapters and one sub-chapter per field of action (coordinators). */
  async createDraft(actor: Actor, revisionId: string, title?: string | null): Promise<ConceptDraft> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId, true);
      access.requireCoordinator();
      if (await tx.existsBy(ConceptDraft, { revisionId: access.revision.id })) throw new DomainError('DRAFT_EXISTS');
      const draft = await tx.save(
        tx.create(ConceptDraft, {
          revisionId: access.revision.id,
          title: optionalText(title, 'title', 300) ?? `Integrationskonzept – ${access.revision.title}`,
        }),
      );
      const fields = (await tx.query(
        `SELECT id, title FROM field_of_action WHERE revision_id = $1 ORDER BY position, title`,
        [access.revision.id],
      )) as { id: string; title: string }[];
      for (const [position, chapter] of TEMPLATE.entries()) {
        const saved = await tx.save(
          tx.create(ConceptSection, { draftId: draft.id, parentId: null, position, ...chapter }),
        );
        if (chapter.kind !== ConceptSectionKind.FIELDS_OF_ACTION) continue;
        await tx.insert(
          ConceptSection,
          fields.map((f, i) => ({
            draftId: draft.id,
            parentId: saved.id,
            position: i,
            kind: ConceptSectionKind.FIELD_OF_ACTION,
            fieldOfActionId: f.id,
            title: f.title,
            body: '',
          })),
        );
      }
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'concept.draft.created',
        entityType: 'ConceptDraft',
        entityId: draft.id,
        after: { title: draft.title, sections: TEMPLATE.length + fields.length },
      });
      return draft;
    });
  }

  async sections(actor: Actor, draftId: string): Promise<ConceptSection[]> {
    const { draft } = await this.readDraft(this.db.manager, actor, draftId);
    return this.db.getRepository(ConceptSection).find({
      where: { draftId: draft.id },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  /** Goals and agreed recommendations of the draft's revision: what its sections show live, for several drafts at once. */
  async liveContent(draftIds: readonly string[]): Promise<LiveContent[]> {
    const drafts = await this.db.getRepository(ConceptDraft).findBy({ id: In([...draftIds]) });
    const revisionIds = drafts.map((d) => d.revisionId);
    const goals = (await this.db.query(
      `SELECT revision_id, field_of_action_id AS "fieldOfActionId", text FROM goal WHERE revision_id = ANY($1) ORDER BY position, id`,
      [revisionIds],
    )) as ({ revision_id: string } & LiveContent['goals'][number])[];
    const recommendations = (await this.db.query(
      `SELECT revision_id, field_of_action_id AS "fieldOfActionId", reference, title, rationale FROM recommendation
        WHERE revision_id = ANY($1) AND status = $2 ORDER BY number`,
      [revisionIds, RecommendationStatus.AGREED],
    )) as ({ revision_id: string } & LiveContent['recommendations'][number])[];
    const figures = await conceptFigures(this.db.manager, revisionIds);
    return draftIds.map((id) => {
      const revisionId = drafts.find((d) => d.id === id)?.revisionId;
      return {
        goals: goals.filter((g) => g.revision_id === revisionId),
        recommendations: recommendations.filter((r) => r.revision_id === revisionId),
        indicators: (revisionId && figures.get(revisionId)) || [],
      };
    });
  }

  async updateSection(actor: Actor, sectionId: string, version: number, input: SectionInput): Promise<ConceptSection> {
    return this.db.transaction(async (tx) => {
      const { section, access } = await this.writeSection(tx, actor, sectionId);
      if (section.version !== version) throw new DomainError('VERSION_CONFLICT');
      const before = { title: section.title, body: section.body };
      section.title = requiredText(input.title, 'title', 300);
      section.body = sanitizeRichText(input.body);
      const saved = await tx.save(section);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'concept.section.updated',
        entityType: 'ConceptSection',
        entityId: section.id,
        before,
        after: { title: saved.title, body: saved.body },
      });
      return saved;
    });
  }

  /** A chapter of its own (or a sub-chapter of `parentId`), placed last among its siblings. */
  async addSection(
    actor: Actor,
    draftId: string,
    input: SectionInput & { parentId?: string | null },
  ): Promise<ConceptSection> {
    return this.db.transaction(async (tx) => {
      const { draft, access } = await this.readDraft(tx, actor, draftId, true);
      access.requireCoordinator();
      const parentId = input.parentId || null;
      if (
        parentId &&
        !(await tx.existsBy(ConceptSection, { id: isUuid(parentId) ? parentId : undefined, draftId: draft.id }))
      )
        throw invalid('parentId: not a section of this draft');
      const [{ next }] = (await tx.query(
        `SELECT coalesce(max(position) + 1, 0)::int AS next FROM concept_section
          WHERE draft_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
        [draft.id, parentId],
      )) as { next: number }[];
      const section = await tx.save(
        tx.create(ConceptSection, {
          draftId: draft.id,
          parentId,
          position: next,
          kind: ConceptSectionKind.CUSTOM,
          fieldOfActionId: null,
          title: requiredText(input.title, 'title', 300),
          body: sanitizeRichText(input.body),
        }),
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'concept.section.added',
        entityType: 'ConceptSection',
        entityId: section.id,
        after: { title: section.title, parentId },
      });
      return section;
    });
  }

  /** Removes a chapter added by hand, with its sub-chapters; the template's chapters stay. */
  async deleteSection(actor: Actor, sectionId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { section, access } = await this.writeSection(tx, actor, sectionId);
      if (section.kind !== ConceptSectionKind.CUSTOM)
        throw invalid('section: only chapters added by hand can be removed');
      await tx.delete(ConceptSection, { id: section.id });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'concept.section.deleted',
        entityType: 'ConceptSection',
        entityId: section.id,
        before: { title: section.title, body: section.body },
      });
      return true;
    });
  }

  /** Moves a section one place up or down among its siblings. */
  async moveSection(actor: Actor, sectionId: string, direction: -1 | 1): Promise<ConceptSection[]> {
    return this.db.transaction(async (tx) => {
      const { section, access } = await this.writeSection(tx, actor, sectionId);
      const same = (await tx.query(
        `SELECT id FROM concept_section WHERE draft_id = $1 AND parent_id IS NOT DISTINCT FROM $2 ORDER BY position, id`,
        [section.draftId, section.parentId],
      )) as { id: string }[];
      const i = same.findIndex((s) => s.id === section.id);
      const j = i + direction;
      if (j >= 0 && j < same.length) {
        [same[i], same[j]] = [same[j], same[i]];
        for (const [position, s] of same.entries())
          await tx.query(
            `UPDATE concept_section SET position = $2, version = version + 1, updated_at = now() WHERE id = $1 AND position <> $2`,
            [s.id, position],
          );
        await audit(tx, {
          regionId: access.regionId,
          revisionId: access.revision.id,
          actorId: access.userId,
          action: 'concept.section.moved',
          entityType: 'ConceptSection',
          entityId: section.id,
          before: { position: i },
          after: { position: j },
        });
      }
      return tx.find(ConceptSection, { where: { draftId: section.draftId }, order: { position: 'ASC', id: 'ASC' } });
    });
  }

  /** Freezes the draft as it stands, with what its sections show live, into the next numbered version. */
  async freezeVersion(actor: Actor, draftId: string, note?: string | null): Promise<DraftVersion> {
    return this.db.transaction(async (tx) => {
      const { draft, access } = await this.readDraft(tx, actor, draftId, true);
      access.requireCoordinator();
      const sections = await tx.find(ConceptSection, { where: { draftId: draft.id } });
      const [live] = await this.liveContent([draft.id]);
      const [{ next }] = (await tx.query(
        `SELECT coalesce(max(number) + 1, 1)::int AS next FROM draft_version WHERE draft_id = $1`,
        [draft.id],
      )) as { next: number }[];
      const version = await tx.save(
        tx.create(DraftVersion, {
          draftId: draft.id,
          number: next,
          note: optionalText(note, 'note', 1000),
          sections: freezeSections(sections, live),
          frozenById: access.userId,
        }),
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'concept.version.frozen',
        entityType: 'DraftVersion',
        entityId: version.id,
        after: { number: version.number, sections: version.sections.length },
      });
      return version;
    });
  }

  async versions(actor: Actor, draftId: string): Promise<DraftVersion[]> {
    const { draft } = await this.readDraft(this.db.manager, actor, draftId);
    return this.db.getRepository(DraftVersion).find({ where: { draftId: draft.id }, order: { number: 'DESC' } });
  }

  async version(actor: Actor, versionId: string): Promise<DraftVersion> {
    const version = isUuid(versionId) ? await this.db.getRepository(DraftVersion).findOneBy({ id: versionId }) : null;
    if (!version) throw notFound();
    await this.readDraft(this.db.manager, actor, version.draftId);
    return version;
  }

  /** Two versions of the same draft as a redline, from the older to the newer as given. */
  async compare(
    actor: Actor,
    fromId: string,
    toId: string,
  ): Promise<{ from: DraftVersion; to: DraftVersion; sections: RedlineSection[] }> {
    const from = await this.version(actor, fromId);
    const to = await this.version(actor, toId);
    if (from.draftId !== to.draftId) throw invalid('versions: not of the same draft');
    return { from, to, sections: redline(from.sections, to.sections) };
  }

  private async readDraft(manager: EntityManager, actor: Actor, draftId: string, lock = false) {
    const draft = isUuid(draftId)
      ? await manager.findOne(ConceptDraft, {
          where: { id: draftId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!draft) throw notFound();
    const access = await revisionAccess(manager, actor, draft.revisionId);
    return { draft, access };
  }

  private async writeSection(tx: EntityManager, actor: Actor, sectionId: string) {
    const section = isUuid(sectionId) ? await tx.findOneBy(ConceptSection, { id: sectionId }) : null;
    if (!section) throw notFound();
    const { access } = await this.readDraft(tx, actor, section.draftId);
    access.requireCoordinator();
    return { section, access };
  }
}
