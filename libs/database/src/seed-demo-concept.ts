import type { EntityManager } from 'typeorm';
import { ConceptSectionKind } from '@konzeptwerk/contracts';
import { conceptFigures, freezeSections, TEMPLATE, type LiveContent, type SectionRow } from '@konzeptwerk/concept';

/** What the demo draft says in its chapters, by kind; fields of action get a sentence of their own. */
const BODIES: Partial<Record<ConceptSectionKind, string>> = {
  INTRODUCTION:
    '<p>Der Kreis Gütersloh schreibt sein Integrationskonzept fort. Grundlage sind eine Befragung, die Integrationskonferenz und die Workshops in den Handlungsfeldern.</p><p>Alle Kommunen des Kreises haben an der Fortschreibung mitgewirkt.</p>',
  GUIDING_PRINCIPLES:
    '<p>Integration ist eine Aufgabe aller Ämter und Einrichtungen. Sie gelingt, wenn Menschen mit und ohne Migrationsgeschichte gleiche Chancen haben.</p>',
  DATA_AND_FACTS:
    '<p>Rund ein Drittel der Menschen im Kreis hat eine eigene oder familiäre Migrationsgeschichte; in den Städten ist der Anteil höher als in den Gemeinden.</p>',
  STRUCTURES:
    '<p>Das Kommunale Integrationszentrum arbeitet mit den Integrationsbeauftragten der Kommunen, den Wohlfahrtsverbänden und den Migrantenorganisationen zusammen.</p>',
  IMPLEMENTATION:
    '<p>Die Koordination berichtet dem Kreistag jährlich über den Stand der Umsetzung. Die umsetzenden Akteure melden ihren Stand auf der Plattform.</p>',
};

/**
 * The demo revision's concept draft: the template's chapters with a first
 * text, a chapter per field of action, version 1 frozen and sent to
 * Rheda-Wiedenbrück and Gütersloh for review, three weeks to go.
 */
export async function seedDemoConcept(
  tx: EntityManager,
  ids: {
    revision: string;
    coordinator: string;
    fields: Map<string, { id: string; title: string }>;
    municipalities: string[];
  },
): Promise<void> {
  const one = async (sql: string, params: unknown[]) => ((await tx.query(sql, params)) as { id: string }[])[0].id;
  const draft = await one(
    `INSERT INTO concept_draft (revision_id, title, version) VALUES ($1, 'Integrationskonzept des Kreises Gütersloh 2026–2028', 1) RETURNING id`,
    [ids.revision],
  );
  const sections: SectionRow[] = [];
  const add = async (row: Omit<SectionRow, 'id'>) => {
    const id = await one(
      `INSERT INTO concept_section (draft_id, parent_id, position, kind, field_of_action_id, title, body, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id`,
      [draft, row.parentId, row.position, row.kind, row.fieldOfActionId, row.title, row.body],
    );
    sections.push({ ...row, id });
    return id;
  };
  for (const [position, chapter] of TEMPLATE.entries()) {
    const id = await add({
      parentId: null,
      position,
      kind: chapter.kind,
      fieldOfActionId: null,
      title: chapter.title,
      body: BODIES[chapter.kind] ?? chapter.body,
    });
    if (chapter.kind !== ConceptSectionKind.FIELDS_OF_ACTION) continue;
    for (const [i, field] of [...ids.fields.values()].entries())
      await add({
        parentId: id,
        position: i,
        kind: ConceptSectionKind.FIELD_OF_ACTION,
        fieldOfActionId: field.id,
        title: field.title,
        body: `<p>Im Handlungsfeld „${field.title}“ haben die Beteiligten Herausforderungen benannt und Empfehlungen erarbeitet.</p>`,
      });
  }
  const live: LiveContent = {
    goals: (await tx.query(
      `SELECT field_of_action_id AS "fieldOfActionId", text FROM goal WHERE revision_id = $1 ORDER BY position, id`,
      [ids.revision],
    )) as LiveContent['goals'],
    recommendations: (await tx.query(
      `SELECT field_of_action_id AS "fieldOfActionId", reference, title, rationale FROM recommendation
        WHERE revision_id = $1 AND status = 'AGREED' ORDER BY number`,
      [ids.revision],
    )) as LiveContent['recommendations'],
    indicators: (await conceptFigures(tx, [ids.revision])).get(ids.revision) ?? [],
  };
  const version = await one(
    `INSERT INTO draft_version (draft_id, number, note, sections, frozen_by_id) VALUES ($1, 1, 'Erster Entwurf für die Abstimmung', $2, $3) RETURNING id`,
    [draft, JSON.stringify(freezeSections(sections, live)), ids.coordinator],
  );
  const round = await one(
    `INSERT INTO review_round (draft_id, revision_id, version_id, number, deadline, reminder_days_before, others_visible, created_by_id, version)
     VALUES ($1, $2, $3, 1, date_trunc('day', now()) + interval '21 days 16 hours', '{7,2}', false, $4, 1) RETURNING id`,
    [draft, ids.revision, version, ids.coordinator],
  );
  for (const municipality of ids.municipalities)
    await tx.query(
      `INSERT INTO review_municipality (round_id, municipality_id, deadline) SELECT $1, $2, deadline FROM review_round WHERE id = $1`,
      [round, municipality],
    );
}
