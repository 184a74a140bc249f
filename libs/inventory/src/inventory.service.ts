import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  type Actor,
  audit,
  DomainError,
  invalid,
  isUuid,
  notFound,
  optionalText,
  readTableFile,
  refuseDuplicate,
  requiredText,
} from '@konzeptwerk/platform';
import { revisionAccess } from '@konzeptwerk/recommendations';
import { checkImport, type ImportProblem } from './indicator-import';
import { Indicator, IndicatorValue } from './inventory.entity';

export interface IndicatorFields {
  name: string;
  unit: string;
  source: string;
  description?: string | null;
  /** Whether its latest figures stand in the concept's chapter "Daten und Fakten". */
  inConcept?: boolean | null;
}

export interface ImportOutcome {
  /** Values new to the indicator. */
  added: number;
  /** Values that replaced one of the same municipality and year. */
  replaced: number;
  /** Whether anything was stored (false for a check only). */
  stored: boolean;
}

/** Largest file an indicator import takes: a table of municipalities and years is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * Daten und Fakten: indicators of a revision with their values per
 * municipality and year. Everyone of the revision reads them; coordinators
 * define them, import values from CSV or XLSX (checked whole before anything
 * is stored: all rows or none) and correct single values by hand, audited.
 */
@Injectable()
export class InventoryService {
  constructor(private readonly db: DataSource) {}

  async indicators(actor: Actor, revisionId: string): Promise<Indicator[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.getRepository(Indicator).find({ where: { revisionId: access.revision.id }, order: { name: 'ASC' } });
  }

  async indicator(actor: Actor, id: string): Promise<Indicator> {
    const indicator = isUuid(id) ? await this.db.getRepository(Indicator).findOneBy({ id }) : null;
    if (!indicator) throw notFound();
    await revisionAccess(this.db.manager, actor, indicator.revisionId);
    return indicator;
  }

  /** Values of several indicators at once, by year (for the resolvers' loader). */
  async valuesOf(indicatorIds: readonly string[]): Promise<IndicatorValue[][]> {
    const rows = await this.db.getRepository(IndicatorValue).find({
      where: { indicatorId: In([...indicatorIds]) },
      order: { year: 'ASC', municipalityId: 'ASC' },
    });
    return indicatorIds.map((id) => rows.filter((r) => r.indicatorId === id));
  }

  /** Names of municipalities by id (for the resolvers' loader). */
  async municipalityNames(ids: readonly string[]): Promise<string[]> {
    const rows = (await this.db.query(`SELECT id, name FROM municipality WHERE id = ANY($1::uuid[])`, [[...ids]])) as {
      id: string;
      name: string;
    }[];
    return ids.map((id) => rows.find((r) => r.id === id)?.name ?? '');
  }

  async createIndicator(actor: Actor, revisionId: string, input: IndicatorFields): Promise<Indicator> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      const indicator = await refuseDuplicate(input.name, () =>
        tx.save(tx.create(Indicator, { revisionId: access.revision.id, ...fields(input) })),
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'indicator.created',
        entityType: 'Indicator',
        entityId: indicator.id,
        after: fields(input),
      });
      return indicator;
    });
  }

  async updateIndicator(actor: Actor, id: string, version: number, input: IndicatorFields): Promise<Indicator> {
    return this.db.transaction(async (tx) => {
      const { indicator, access } = await this.coordinate(tx, actor, id);
      if (indicator.version !== version) throw new DomainError('VERSION_CONFLICT');
      const before = {
        name: indicator.name,
        unit: indicator.unit,
        source: indicator.source,
        description: indicator.description,
      };
      Object.assign(indicator, fields(input));
      const saved = await refuseDuplicate(input.name, () => tx.save(indicator));
      await audit(tx, {
        regionId: access.regionId,
        revisionId: indicator.revisionId,
        actorId: access.userId,
        action: 'indicator.updated',
        entityType: 'Indicator',
        entityId: indicator.id,
        before,
        after: fields(input),
      });
      return saved;
    });
  }

  async deleteIndicator(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { indicator, access } = await this.coordinate(tx, actor, id);
      const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM indicator_value WHERE indicator_id = $1`, [
        indicator.id,
      ])) as {
        n: number;
      }[];
      await tx.delete(Indicator, { id: indicator.id });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: indicator.revisionId,
        actorId: access.userId,
        action: 'indicator.deleted',
        entityType: 'Indicator',
        entityId: indicator.id,
        before: { name: indicator.name, values: n },
      });
      return true;
    });
  }

  /**
   * Imports a CSV or XLSX file of values (columns Kommune, Jahr, Wert). Every row is checked first; with any
   * problem nothing is stored and IMPORT_INVALID carries every problem by row and column. Otherwise all rows
   * are stored in one transaction, replacing values of the same municipality and year. `checkOnly` reports
   * without storing.
   */
  async importValues(actor: Actor, indicatorId: string, bytes: Buffer, checkOnly = false): Promise<ImportOutcome> {
    return this.db.transaction(async (tx) => {
      const { indicator, access } = await this.coordinate(tx, actor, indicatorId, true);
      if (bytes.length > MAX_IMPORT_BYTES) throw invalid(`file: at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
      const table = await readTableFile(bytes);
      if (!table) throw invalid('file: a CSV or XLSX file');
      const municipalities = (await tx.query(`SELECT id, name FROM municipality WHERE region_id = $1`, [
        access.regionId,
      ])) as {
        id: string;
        name: string;
      }[];
      const { values, problems } = checkImport(table, municipalities);
      if (problems.length) throw importInvalid(problems);
      const existing = (await tx.query(`SELECT municipality_id, year FROM indicator_value WHERE indicator_id = $1`, [
        indicator.id,
      ])) as { municipality_id: string; year: number }[];
      const known = new Set(existing.map((e) => `${e.municipality_id}:${e.year}`));
      const replaced = values.filter((v) => known.has(`${v.municipalityId}:${v.year}`)).length;
      const outcome = { added: values.length - replaced, replaced, stored: !checkOnly };
      if (checkOnly) return outcome;
      await tx.query(
        `INSERT INTO indicator_value (indicator_id, municipality_id, year, value, version)
         SELECT $1, m, y, v, 1 FROM unnest($2::uuid[], $3::int[], $4::numeric[]) AS t(m, y, v)
         ON CONFLICT (indicator_id, municipality_id, year)
         DO UPDATE SET value = EXCLUDED.value, version = indicator_value.version + 1, updated_at = now()
         WHERE indicator_value.value IS DISTINCT FROM EXCLUDED.value`,
        [indicator.id, values.map((v) => v.municipalityId), values.map((v) => v.year), values.map((v) => v.value)],
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: indicator.revisionId,
        actorId: access.userId,
        action: 'indicator.imported',
        entityType: 'Indicator',
        entityId: indicator.id,
        after: { rows: values.length, added: outcome.added, replaced },
      });
      return outcome;
    });
  }

  /** Corrects one value by hand (optimistic locking), audited with before and after. */
  async correctValue(actor: Actor, valueId: string, version: number, value: number): Promise<IndicatorValue> {
    return this.db.transaction(async (tx) => {
      const row = isUuid(valueId)
        ? await tx.findOne(IndicatorValue, { where: { id: valueId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!row) throw notFound();
      const { indicator, access } = await this.coordinate(tx, actor, row.indicatorId);
      if (row.version !== version) throw new DomainError('VERSION_CONFLICT');
      if (!Number.isFinite(value)) throw invalid('value: a number');
      const before = row.value;
      row.value = value;
      const saved = await tx.save(row);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: indicator.revisionId,
        actorId: access.userId,
        action: 'indicator.value.corrected',
        entityType: 'IndicatorValue',
        entityId: row.id,
        before: { value: before, municipalityId: row.municipalityId, year: row.year },
        after: { value, municipalityId: row.municipalityId, year: row.year },
      });
      return saved;
    });
  }

  private async coordinate(manager: EntityManager, actor: Actor, id: string, lock = false) {
    const indicator = isUuid(id)
      ? await manager.findOne(Indicator, {
          where: { id },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!indicator) throw notFound();
    const access = await revisionAccess(manager, actor, indicator.revisionId);
    access.requireCoordinator();
    return { indicator, access };
  }
}

const fields = (input: IndicatorFields) => ({
  name: requiredText(input.name, 'name', 200),
  unit: requiredText(input.unit, 'unit', 50),
  source: requiredText(input.source, 'source', 300),
  description: optionalText(input.description, 'description', 2000),
  inConcept: input.inConcept ?? false,
});

/** IMPORT_INVALID with every problem as its details. */
export const importInvalid = (problems: ImportProblem[]) =>
  new DomainError('IMPORT_INVALID', { count: problems.length }, { problems });
