import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EvidenceKind, OFFER_LANGUAGES, OfferKind } from '@konzeptwerk/contracts';
import {
  type Actor,
  audit,
  DomainError,
  forbidden,
  invalid,
  isUuid,
  normaliseEmail,
  notFound,
  optionalText,
  refuseDuplicate,
  requiredText,
} from '@konzeptwerk/platform';
import { RecommendationService, revisionAccess, type RevisionAccess } from '@konzeptwerk/recommendations';
import { Need, Network, Offer } from './inventory.entity';

export interface OfferFields {
  organisationId: string;
  kind: OfferKind;
  title: string;
  description?: string | null;
  municipalityIds: string[];
  fieldOfActionIds: string[];
  targetGroupIds: string[];
  languages: string[];
  accessibility?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  website?: string | null;
}

export interface NetworkFields {
  name: string;
  description?: string | null;
  memberOrganisationIds: string[];
  contactEmail?: string | null;
}

export interface NeedFields {
  fieldOfActionId: string;
  municipalityId?: string | null;
  title: string;
  description?: string | null;
  source?: string | null;
}

export interface WegweiserFilter {
  municipalityId?: string | null;
  fieldOfActionId?: string | null;
  targetGroupId?: string | null;
  language?: string | null;
  search?: string | null;
}

/** An offer as the public Wegweiser shows it: with the names of its provider, places, fields and groups. */
export interface PublicOffer {
  id: string;
  kind: OfferKind;
  title: string;
  description: string;
  provider: string;
  municipalities: string[];
  fieldsOfAction: string[];
  targetGroups: string[];
  languages: string[];
  accessibility: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  address: string | null;
  website: string | null;
  confirmedAt: Date;
}

export interface GapCell {
  fieldOfActionId: string;
  municipalityId: string;
  offers: number;
}

const SAFE_URL = /^https?:\/\/\S+$/i;

/**
 * Offers, networks and needs of a revision's inventory. Everyone of the revision reads them; coordinators keep
 * them, and so do an organisation's own members for its offers. The offers are public as the Wegweiser
 * Integration.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  // ------------------------------------------------------------------ offers

  async offers(actor: Actor, revisionId: string): Promise<Offer[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.getRepository(Offer).find({ where: { revisionId: access.revision.id }, order: { title: 'ASC' } });
  }

  /** Creates an offer (no id) or changes one (id and version): coordinators, or members of the providing organisation. */
  async saveOffer(
    actor: Actor,
    revisionId: string,
    input: OfferFields,
    id?: string | null,
    version?: number | null,
  ): Promise<Offer> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      const existing = id ? await this.offerIn(tx, access, id) : null;
      if (existing && existing.version !== version) throw new DomainError('VERSION_CONFLICT');
      const values = await this.offerFields(tx, access, input);
      // Who keeps the old provider's entry, and who the new provider's.
      if (existing) this.requireKeeper(access, existing.organisationId);
      this.requireKeeper(access, values.organisationId);
      const before = existing ? { ...existing } : null;
      const offer = existing
        ? await tx.save(Object.assign(existing, values, { confirmedAt: new Date() }))
        : await tx.save(tx.create(Offer, { revisionId: access.revision.id, ...values, confirmedAt: new Date() }));
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: existing ? 'offer.updated' : 'offer.created',
        entityType: 'Offer',
        entityId: offer.id,
        before,
        after: values,
      });
      return offer;
    });
  }

  /** The provider or the coordination says the entry is still right. */
  async confirmOffer(actor: Actor, id: string): Promise<Offer> {
    return this.db.transaction(async (tx) => {
      const offer = isUuid(id) ? await tx.findOneBy(Offer, { id }) : null;
      if (!offer) throw notFound();
      const access = await revisionAccess(tx, actor, offer.revisionId);
      this.requireKeeper(access, offer.organisationId);
      const before = offer.confirmedAt;
      offer.confirmedAt = new Date();
      const saved = await tx.save(offer);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: offer.revisionId,
        actorId: access.userId,
        action: 'offer.confirmed',
        entityType: 'Offer',
        entityId: offer.id,
        before: { confirmedAt: before.toISOString() },
        after: { confirmedAt: saved.confirmedAt.toISOString() },
      });
      return saved;
    });
  }

  async deleteOffer(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const offer = isUuid(id) ? await tx.findOneBy(Offer, { id }) : null;
      if (!offer) throw notFound();
      const access = await revisionAccess(tx, actor, offer.revisionId);
      this.requireKeeper(access, offer.organisationId);
      await tx.delete(Offer, { id: offer.id });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: offer.revisionId,
        actorId: access.userId,
        action: 'offer.deleted',
        entityType: 'Offer',
        entityId: offer.id,
        before: { title: offer.title, organisationId: offer.organisationId },
      });
      return true;
    });
  }

  // ------------------------------------------------------------------ networks

  async networks(actor: Actor, revisionId: string): Promise<Network[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.getRepository(Network).find({ where: { revisionId: access.revision.id }, order: { name: 'ASC' } });
  }

  async saveNetwork(
    actor: Actor,
    revisionId: string,
    input: NetworkFields,
    id?: string | null,
    version?: number | null,
  ): Promise<Network> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      const existing = id && isUuid(id) ? await tx.findOneBy(Network, { id, revisionId: access.revision.id }) : null;
      if (id && !existing) throw notFound();
      if (existing && existing.version !== version) throw new DomainError('VERSION_CONFLICT');
      const members = [...new Set(input.memberOrganisationIds)];
      await this.requireOrganisations(tx, access, members);
      const values = {
        name: requiredText(input.name, 'name', 200),
        description: optionalText(input.description, 'description', 5000) ?? '',
        memberOrganisationIds: members,
        contactEmail: input.contactEmail ? normaliseEmail(input.contactEmail, 'contactEmail') : null,
      };
      const network = await refuseDuplicate(values.name, () =>
        existing
          ? tx.save(Object.assign(existing, values, { confirmedAt: new Date() }))
          : tx.save(tx.create(Network, { revisionId: access.revision.id, ...values })),
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: existing ? 'network.updated' : 'network.created',
        entityType: 'Network',
        entityId: network.id,
        after: values,
      });
      return network;
    });
  }

  async deleteNetwork(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const network = isUuid(id) ? await tx.findOneBy(Network, { id }) : null;
      if (!network) throw notFound();
      const access = await revisionAccess(tx, actor, network.revisionId);
      access.requireCoordinator();
      await tx.delete(Network, { id: network.id });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: network.revisionId,
        actorId: access.userId,
        action: 'network.deleted',
        entityType: 'Network',
        entityId: network.id,
        before: { name: network.name, members: network.memberOrganisationIds },
      });
      return true;
    });
  }

  // ------------------------------------------------------------------ needs

  async needs(actor: Actor, revisionId: string): Promise<Need[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.getRepository(Need).find({ where: { revisionId: access.revision.id }, order: { createdAt: 'ASC' } });
  }

  async saveNeed(
    actor: Actor,
    revisionId: string,
    input: NeedFields,
    id?: string | null,
    version?: number | null,
  ): Promise<Need> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      const existing = id && isUuid(id) ? await tx.findOneBy(Need, { id, revisionId: access.revision.id }) : null;
      if (id && !existing) throw notFound();
      if (existing && existing.version !== version) throw new DomainError('VERSION_CONFLICT');
      await this.requireIds(
        tx,
        'field_of_action',
        'revision_id',
        access.revision.id,
        [input.fieldOfActionId],
        'fieldOfActionId',
      );
      if (input.municipalityId)
        await this.requireIds(
          tx,
          'municipality',
          'region_id',
          access.regionId,
          [input.municipalityId],
          'municipalityId',
        );
      const values = {
        fieldOfActionId: input.fieldOfActionId,
        municipalityId: input.municipalityId || null,
        title: requiredText(input.title, 'title', 300),
        description: optionalText(input.description, 'description', 5000) ?? '',
        source: optionalText(input.source, 'source', 300),
      };
      const need = existing
        ? await tx.save(Object.assign(existing, values))
        : await tx.save(tx.create(Need, { revisionId: access.revision.id, ...values }));
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: existing ? 'need.updated' : 'need.created',
        entityType: 'Need',
        entityId: need.id,
        after: values,
      });
      return need;
    });
  }

  /** Removes a need; links to it in recommendations' evidence keep their label. */
  async deleteNeed(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const need = isUuid(id) ? await tx.findOneBy(Need, { id }) : null;
      if (!need) throw notFound();
      const access = await revisionAccess(tx, actor, need.revisionId);
      access.requireCoordinator();
      await tx.delete(Need, { id: need.id });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: need.revisionId,
        actorId: access.userId,
        action: 'need.deleted',
        entityType: 'Need',
        entityId: need.id,
        before: { title: need.title, fieldOfActionId: need.fieldOfActionId, municipalityId: need.municipalityId },
      });
      return true;
    });
  }

  /** Links a need as evidence of a recommendation, by the workbench's own rules for who may add evidence. */
  async linkNeed(actor: Actor, needId: string, recommendationId: string) {
    const need = isUuid(needId) ? await this.db.getRepository(Need).findOneBy({ id: needId }) : null;
    if (!need) throw notFound();
    await revisionAccess(this.db.manager, actor, need.revisionId);
    const [rec] = (await this.db.query(`SELECT revision_id FROM recommendation WHERE id = $1`, [
      isUuid(recommendationId) ? recommendationId : null,
    ])) as { revision_id: string }[];
    if (!rec) throw notFound();
    if (rec.revision_id !== need.revisionId) throw invalid('recommendationId: not of the need’s revision');
    return this.recommendations.addEvidence(actor, recommendationId, {
      kind: EvidenceKind.NEED,
      targetId: need.id,
      label: need.title,
    });
  }

  // ------------------------------------------------------------------ gap view

  /**
   * Offers per field of action and municipality (an offer without municipalities serves them all), optionally
   * only those for a target group. Every pair is a cell, so empty ones stand out.
   */
  async gaps(actor: Actor, revisionId: string, targetGroupId?: string | null): Promise<GapCell[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    return (await this.db.query(
      `SELECT f.id AS "fieldOfActionId", m.id AS "municipalityId",
              (SELECT count(*)::int FROM offer o
                WHERE o.revision_id = $1 AND f.id = ANY(o.field_of_action_ids)
                  AND (cardinality(o.municipality_ids) = 0 OR m.id = ANY(o.municipality_ids))
                  AND ($3::uuid IS NULL OR $3::uuid = ANY(o.target_group_ids))) AS offers
         FROM field_of_action f CROSS JOIN municipality m
        WHERE f.revision_id = $1 AND m.region_id = $2
        ORDER BY f.position, m.name`,
      [access.revision.id, access.regionId, targetGroupId && isUuid(targetGroupId) ? targetGroupId : null],
    )) as GapCell[];
  }

  // ------------------------------------------------------------------ public Wegweiser

  /** The Wegweiser of a revision, for everyone: offers filtered by place, field, target group, language and words. */
  async wegweiser(revisionId: string, filter: WegweiserFilter = {}): Promise<PublicOffer[]> {
    if (
      !isUuid(revisionId) ||
      !(await this.db.query(`SELECT 1 FROM concept_revision WHERE id = $1`, [revisionId])).length
    )
      throw notFound();
    const id = (v: string | null | undefined) => (v && isUuid(v) ? v : null);
    const search = (filter.search ?? '').trim().slice(0, 200) || null;
    return (await this.db.query(
      `SELECT o.id, o.kind, o.title, o.description, org.name AS provider, o.languages, o.accessibility,
              o.contact_email AS "contactEmail", o.contact_phone AS "contactPhone", o.address, o.website,
              o.confirmed_at AS "confirmedAt",
              CASE WHEN cardinality(o.municipality_ids) = 0 THEN ARRAY['alle Kommunen']
                   ELSE ARRAY(SELECT m.name FROM municipality m WHERE m.id = ANY(o.municipality_ids) ORDER BY m.name) END AS municipalities,
              ARRAY(SELECT f.title FROM field_of_action f WHERE f.id = ANY(o.field_of_action_ids) ORDER BY f.position) AS "fieldsOfAction",
              ARRAY(SELECT t.name FROM target_group t WHERE t.id = ANY(o.target_group_ids) ORDER BY t.position) AS "targetGroups"
         FROM offer o JOIN organisation org ON org.id = o.organisation_id
        WHERE o.revision_id = $1
          AND ($2::uuid IS NULL OR cardinality(o.municipality_ids) = 0 OR $2::uuid = ANY(o.municipality_ids))
          AND ($3::uuid IS NULL OR $3::uuid = ANY(o.field_of_action_ids))
          AND ($4::uuid IS NULL OR $4::uuid = ANY(o.target_group_ids))
          AND ($5::text IS NULL OR $5::text = ANY(o.languages))
          AND ($6::text IS NULL
               OR to_tsvector('german', o.title || ' ' || o.description || ' ' || coalesce(o.accessibility, '') || ' ' || org.name)
                  @@ websearch_to_tsquery('german', $6::text)
               OR o.title ILIKE '%' || $6::text || '%' OR org.name ILIKE '%' || $6::text || '%')
        ORDER BY o.title, o.id`,
      [
        revisionId,
        id(filter.municipalityId),
        id(filter.fieldOfActionId),
        id(filter.targetGroupId),
        filter.language && OFFER_LANGUAGES[filter.language] ? filter.language : null,
        search,
      ],
    )) as PublicOffer[];
  }

  // ------------------------------------------------------------------ internals

  private requireKeeper(access: RevisionAccess, organisationId: string) {
    if (access.isCoordinator) return;
    const member = access.actor.membershipsIn(access.revision.id).some((m) => m.organisationId === organisationId);
    if (!member) throw forbidden();
  }

  private async offerIn(tx: EntityManager, access: RevisionAccess, id: string) {
    const offer = isUuid(id)
      ? await tx.findOne(Offer, { where: { id, revisionId: access.revision.id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!offer) throw notFound();
    return offer;
  }

  private async offerFields(tx: EntityManager, access: RevisionAccess, input: OfferFields) {
    if (!Object.values(OfferKind).includes(input.kind)) throw invalid('kind');
    const unique = (ids: string[]) => [...new Set(ids)];
    const values = {
      organisationId: input.organisationId,
      kind: input.kind,
      title: requiredText(input.title, 'title', 200),
      description: optionalText(input.description, 'description', 5000) ?? '',
      municipalityIds: unique(input.municipalityIds),
      fieldOfActionIds: unique(input.fieldOfActionIds),
      targetGroupIds: unique(input.targetGroupIds),
      languages: unique(input.languages),
      accessibility: optionalText(input.accessibility, 'accessibility', 500),
      contactEmail: input.contactEmail ? normaliseEmail(input.contactEmail, 'contactEmail') : null,
      contactPhone: optionalText(input.contactPhone, 'contactPhone', 50),
      address: optionalText(input.address, 'address', 300),
      website: optionalText(input.website, 'website', 500),
    };
    if (values.website && !SAFE_URL.test(values.website)) throw invalid('website: must start with http:// or https://');
    const unknown = values.languages.filter((l) => !OFFER_LANGUAGES[l]);
    if (unknown.length) throw invalid(`languages: unknown ${unknown.join(', ')}`);
    if (!values.fieldOfActionIds.length) throw invalid('fieldOfActionIds: at least one field of action');
    await this.requireOrganisations(tx, access, [values.organisationId]);
    await this.requireIds(tx, 'municipality', 'region_id', access.regionId, values.municipalityIds, 'municipalityIds');
    await this.requireIds(
      tx,
      'field_of_action',
      'revision_id',
      access.revision.id,
      values.fieldOfActionIds,
      'fieldOfActionIds',
    );
    await this.requireIds(
      tx,
      'target_group',
      'revision_id',
      access.revision.id,
      values.targetGroupIds,
      'targetGroupIds',
    );
    return values;
  }

  private requireOrganisations(tx: EntityManager, access: RevisionAccess, ids: string[]) {
    return this.requireIds(tx, 'organisation', 'region_id', access.regionId, ids, 'organisationId');
  }

  /** Every id names a row of `table` that belongs to the same region or revision; VALIDATION_FAILED otherwise. */
  private async requireIds(
    tx: EntityManager,
    table: string,
    scope: string,
    scopeId: string,
    ids: string[],
    field: string,
  ) {
    if (!ids.length) return;
    if (ids.some((i) => !isUuid(i))) throw invalid(`${field}: unknown id`);
    const [{ n }] = (await tx.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${scope} = $1 AND id = ANY($2::uuid[])`,
      [scopeId, ids],
    )) as { n: number }[];
    if (n !== ids.length) throw invalid(`${field}: not all belong to this region or revision`);
  }
}
