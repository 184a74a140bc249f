import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  Actor,
  DomainError,
  audit,
  forbidden,
  invalid,
  isUuid,
  normaliseEmail,
  notFound,
  refuseDuplicate,
  refuseInUse,
  requiredText,
} from '@konzeptwerk/platform';
import { MunicipalityKind, OrganisationType, RegionKind } from '@konzeptwerk/contracts';
import { Municipality, Organisation, Region } from './region.entity';
import type { CreateRegionInput, MunicipalityInput, SaveOrganisationInput, UpdateRegionInput } from './region.inputs';

function checkEnum<T extends Record<string, string>>(e: T, value: string, field: string): T[keyof T] {
  if (!Object.values(e).includes(value)) throw invalid(`${field}: unknown value ${value}`);
  return value as T[keyof T];
}

@Injectable()
export class RegionService {
  constructor(private readonly db: DataSource) {}

  async listRegions(actor: Actor): Promise<Region[]> {
    actor.requireUser();
    const qb = this.db.getRepository(Region).createQueryBuilder('r').orderBy('r.name');
    if (!actor.isPlatformAdmin) {
      const ids = [...actor.coordinatorRegionIds, ...actor.memberships.map((m) => m.regionId)];
      if (ids.length === 0) return [];
      qb.where('r.id IN (:...ids)', { ids });
    }
    return qb.getMany();
  }

  /** A region the actor cannot see answers NOT_FOUND, exactly like one that does not exist. */
  async getRegion(actor: Actor, id: string): Promise<Region> {
    actor.requireUser();
    if (!isUuid(id) || !actor.canSeeRegion(id)) throw notFound();
    const region = await this.db.getRepository(Region).findOneBy({ id });
    if (!region) throw notFound();
    return region;
  }

  async createRegion(actor: Actor, input: CreateRegionInput): Promise<Region> {
    this.requireAdmin(actor);
    const name = requiredText(input.name, 'name', 200);
    const kind = checkEnum(RegionKind, input.kind, 'kind');
    const municipalities = input.municipalities.map((m, i) => this.checkMunicipality(m, `municipalities[${i}]`));
    return this.db.transaction(async (tx) => {
      const region = await refuseDuplicate(name, async () => {
        const created = await tx.save(tx.create(Region, { name, kind }));
        if (municipalities.length) {
          await tx.insert(
            Municipality,
            municipalities.map((m) => ({ ...m, regionId: created.id })),
          );
        }
        return created;
      });
      await audit(tx, {
        regionId: region.id,
        actorId: actor.userId,
        action: 'region.created',
        entityType: 'Region',
        entityId: region.id,
        after: { name, kind, municipalities: municipalities.map((m) => m.name) },
      });
      return region;
    });
  }

  async updateRegion(actor: Actor, input: UpdateRegionInput): Promise<Region> {
    this.requireAdmin(actor);
    const name = requiredText(input.name, 'name', 200);
    const kind = checkEnum(RegionKind, input.kind, 'kind');
    return this.db.transaction(async (tx) => {
      const region = await this.lockRegion(tx, input.id);
      if (region.version !== input.version) throw new DomainError('VERSION_CONFLICT');
      const before = { name: region.name, kind: region.kind };
      region.name = name;
      region.kind = kind;
      await refuseDuplicate(name, () => tx.save(region));
      await audit(tx, {
        regionId: region.id,
        actorId: actor.userId,
        action: 'region.updated',
        entityType: 'Region',
        entityId: region.id,
        before,
        after: { name, kind },
      });
      return region;
    });
  }

  async addMunicipality(actor: Actor, regionId: string, input: MunicipalityInput): Promise<Municipality> {
    this.requireAdmin(actor);
    const data = this.checkMunicipality(input, 'municipality');
    return this.db.transaction(async (tx) => {
      await this.lockRegion(tx, regionId);
      const municipality = await refuseDuplicate(data.name, () =>
        tx.save(tx.create(Municipality, { ...data, regionId })),
      );
      await audit(tx, {
        regionId,
        actorId: actor.userId,
        action: 'municipality.added',
        entityType: 'Municipality',
        entityId: municipality.id,
        after: data,
      });
      return municipality;
    });
  }

  async removeMunicipality(actor: Actor, id: string): Promise<boolean> {
    this.requireAdmin(actor);
    if (!isUuid(id)) throw notFound();
    return this.db.transaction(async (tx) => {
      const municipality = await tx.findOne(Municipality, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!municipality) throw notFound();
      await refuseInUse(municipality.name, () => tx.delete(Municipality, { id }));
      await audit(tx, {
        regionId: municipality.regionId,
        actorId: actor.userId,
        action: 'municipality.removed',
        entityType: 'Municipality',
        entityId: id,
        before: { name: municipality.name, kind: municipality.kind },
      });
      return true;
    });
  }

  async saveOrganisation(actor: Actor, input: SaveOrganisationInput): Promise<Organisation> {
    this.requireCoordinator(actor, input.regionId);
    const name = requiredText(input.name, 'name', 300);
    const type = checkEnum(OrganisationType, input.type, 'type');
    const contactEmail = input.contactEmail?.trim() ? normaliseEmail(input.contactEmail, 'contactEmail') : null;
    return this.db.transaction(async (tx) => {
      const municipalities = input.municipalityIds.length
        ? await tx.findBy(Municipality, { id: In(input.municipalityIds.filter(isUuid)), regionId: input.regionId })
        : [];
      if (municipalities.length !== new Set(input.municipalityIds).size) {
        throw invalid('municipalityIds: unknown municipality');
      }
      let organisation: Organisation;
      let before: object | null = null;
      if (input.id) {
        if (!isUuid(input.id)) throw notFound();
        const existing = await tx.findOne(Organisation, {
          where: { id: input.id, regionId: input.regionId },
          relations: { municipalities: true },
          lock: { mode: 'pessimistic_write', tables: ['organisation'] },
        });
        if (!existing) throw notFound();
        if (input.version == null || existing.version !== input.version) throw new DomainError('VERSION_CONFLICT');
        before = describeOrganisation(existing);
        organisation = existing;
      } else {
        organisation = tx.create(Organisation, { regionId: input.regionId });
      }
      Object.assign(organisation, { name, type, contactEmail, municipalities });
      organisation = await refuseDuplicate(name, () => tx.save(organisation));
      await audit(tx, {
        regionId: input.regionId,
        actorId: actor.userId,
        action: input.id ? 'organisation.updated' : 'organisation.created',
        entityType: 'Organisation',
        entityId: organisation.id,
        before,
        after: describeOrganisation(organisation),
      });
      return organisation;
    });
  }

  async deleteOrganisation(actor: Actor, id: string): Promise<boolean> {
    actor.requireUser();
    if (!isUuid(id)) throw notFound();
    return this.db.transaction(async (tx) => {
      const organisation = await tx.findOne(Organisation, { where: { id }, relations: { municipalities: true } });
      if (!organisation || !actor.canSeeRegion(organisation.regionId)) throw notFound();
      this.requireCoordinator(actor, organisation.regionId);
      await refuseInUse(organisation.name, () => tx.delete(Organisation, { id }));
      await audit(tx, {
        regionId: organisation.regionId,
        actorId: actor.userId,
        action: 'organisation.deleted',
        entityType: 'Organisation',
        entityId: id,
        before: describeOrganisation(organisation),
      });
      return true;
    });
  }

  // Loaders: one query per batch, whatever the number of regions in the response.
  async municipalitiesByRegion(regionIds: readonly string[]): Promise<Municipality[]> {
    return this.db
      .getRepository(Municipality)
      .find({ where: { regionId: In([...regionIds]) }, order: { name: 'ASC' } });
  }

  async organisationsByRegion(regionIds: readonly string[]): Promise<Organisation[]> {
    return this.db
      .getRepository(Organisation)
      .find({ where: { regionId: In([...regionIds]) }, order: { name: 'ASC' } });
  }

  async municipalitiesOfOrganisations(organisationIds: readonly string[]) {
    return this.db
      .createQueryBuilder()
      .select(['om.organisation_id AS "organisationId"', 'm.id AS id', 'm.name AS name', 'm.kind AS kind'])
      .from('organisation_municipality', 'om')
      .innerJoin(Municipality, 'm', 'm.id = om.municipality_id')
      .where('om.organisation_id IN (:...ids)', { ids: [...organisationIds] })
      .orderBy('m.name')
      .getRawMany<{ organisationId: string; id: string; name: string; kind: MunicipalityKind }>();
  }

  async regionsByIds(ids: readonly string[]): Promise<Region[]> {
    return this.db.getRepository(Region).findBy({ id: In([...ids]) });
  }

  private checkMunicipality(input: MunicipalityInput, field: string) {
    return {
      name: requiredText(input.name, `${field}.name`, 200),
      kind: checkEnum(MunicipalityKind, input.kind, `${field}.kind`),
    };
  }

  private async lockRegion(tx: EntityManager, id: string): Promise<Region> {
    if (!isUuid(id)) throw notFound();
    const region = await tx.findOne(Region, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!region) throw notFound();
    return region;
  }

  private requireAdmin(actor: Actor) {
    actor.requireUser();
    if (!actor.isPlatformAdmin) throw forbidden();
  }

  private requireCoordinator(actor: Actor, regionId: string) {
    actor.requireUser();
    if (!isUuid(regionId) || !actor.canSeeRegion(regionId)) throw notFound();
    if (!actor.isCoordinatorOf(regionId)) throw forbidden();
  }
}

function describeOrganisation(o: Organisation) {
  return {
    name: o.name,
    type: o.type,
    contactEmail: o.contactEmail,
    municipalities: (o.municipalities ?? []).map((m) => m.name).sort(),
  };
}
