import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UpsertedRecordType, UpsertOutcome } from './company-bulk.types';

export interface CompanyRow {
  row: number;
  external_id: string;
  name: string;
  status: string | null;
  manager_id: string | null;
  group_ids: string[] | null;
}

export interface LegalEntityRow {
  row: number;
  /** The existing legal entity this row updates (by external id, or adopted by INN/KPP); null = new. */
  id: string | null;
  external_id: string;
  company_id: string;
  name: string;
  full_name: string | null;
  inn: string;
  kpp: string;
  ogrn: string | null;
  legal_address: string | null;
  postal_address: string | null;
  bank_name: string | null;
  bik: string | null;
  correspondent_account: string | null;
  settlement_account: string | null;
}

export interface ContractRow {
  row: number;
  id: string | null;
  external_id: string;
  legal_entity_id: string;
  number: string;
  date: string;
  currency: string;
  payment_terms: string;
  deferral_days: number | null;
  credit_limit: string;
  valid_from: string | null;
  valid_to: string | null;
  status: string;
  is_default: boolean;
}

interface Existing {
  id: string;
  external_id: string | null;
}

const LE_COLUMNS = `"row" int, id uuid, external_id varchar, company_id uuid, name varchar, full_name varchar, inn varchar,
  kpp varchar, ogrn varchar, legal_address varchar, postal_address varchar, bank_name varchar, bik varchar,
  correspondent_account varchar, settlement_account varchar`;
const LE_FIELDS = [
  'external_id',
  'company_id',
  'name',
  'full_name',
  'inn',
  'kpp',
  'ogrn',
  'legal_address',
  'postal_address',
  'bank_name',
  'bik',
  'correspondent_account',
  'settlement_account',
];
const K_COLUMNS = `"row" int, id uuid, external_id varchar, legal_entity_id uuid, number varchar, date date, currency varchar,
  payment_terms varchar, deferral_days int, credit_limit numeric, valid_from date, valid_to date, status varchar, is_default boolean`;
const K_FIELDS = [
  'external_id',
  'legal_entity_id',
  'number',
  'date',
  'currency',
  'payment_terms',
  'deferral_days',
  'credit_limit',
  'valid_from',
  'valid_to',
  'status',
  'is_default',
];

const set = (alias: string, fields: string[]) => fields.map((f) => `${f} = ${alias}.${f}`).join(', ');
const changed = (target: string, source: string, fields: string[]) =>
  `(${fields.map((f) => `${target}.${f}`).join(', ')}) IS DISTINCT FROM (${fields.map((f) => `${source}.${f}`).join(', ')})`;

function outcomes<T extends { row: number; external_id: string }>(
  rows: T[],
  ids: { id: string; external_id: string }[],
  created: Set<string>,
  updated: Set<string>,
): UpsertedRecordType[] {
  const idByKey = new Map(ids.map((r) => [r.external_id, r.id]));
  return rows
    .filter((r) => idByKey.has(r.external_id))
    .map((r) => {
      const id = idByKey.get(r.external_id)!;
      const outcome = created.has(id)
        ? UpsertOutcome.CREATED
        : updated.has(id)
          ? UpsertOutcome.UPDATED
          : UpsertOutcome.UNCHANGED;
      return { row: r.row, externalId: r.external_id, id, outcome };
    });
}

/**
 * Set-based SQL for the integrators' upserts: the whole batch travels as one JSON parameter
 * (jsonb_to_recordset), and each step is one statement whatever the number of rows. Updates only
 * touch rows whose data differs, so an unchanged row keeps its updated_at (change cursors stay put).
 */
@Injectable()
export class CompanyBulkRepository {
  constructor(private readonly db: Db) {}

  async upsertCompanies(
    ctx: RequestContext,
    rows: CompanyRow[],
  ): Promise<{ items: UpsertedRecordType[]; statusChanges: { id: string; before: string; after: string }[] }> {
    if (rows.length === 0) return { items: [], statusChanges: [] };
    const input = JSON.stringify(rows);
    const source = `jsonb_to_recordset($1::jsonb) AS i("row" int, external_id varchar, name varchar, status varchar, manager_id uuid, group_ids uuid[])`;
    const updated = await this.db.query<{ id: string; before_status: string; after_status: string }>(
      ctx,
      `UPDATE company c
          SET name = i.name, status = coalesce(i.status, c.status), manager_id = coalesce(i.manager_id, c.manager_id),
              blocked_reason = CASE WHEN coalesce(i.status, c.status) <> 'blocked' THEN NULL
                                    WHEN c.status = 'blocked' THEN c.blocked_reason
                                    ELSE 'Blocked by the accounting system' END,
              updated_at = now()
         FROM ${source} JOIN company o ON o.external_id = i.external_id
        WHERE c.id = o.id
          AND (c.name, c.status, c.manager_id) IS DISTINCT FROM (i.name, coalesce(i.status, c.status), coalesce(i.manager_id, c.manager_id))
      RETURNING c.id, o.status AS before_status, c.status AS after_status`,
      [input],
    );
    const inserted = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO company (external_id, name, status, manager_id, blocked_reason)
       SELECT i.external_id, i.name, coalesce(i.status, 'active'), i.manager_id,
              CASE WHEN i.status = 'blocked' THEN 'Blocked by the accounting system' END
         FROM ${source}
        WHERE NOT EXISTS (SELECT 1 FROM company c WHERE c.external_id = i.external_id)
        ORDER BY i."row"
       ON CONFLICT (external_id) DO NOTHING
       RETURNING id`,
      [input],
    );
    const regrouped = await this.db.query<{ id: string }>(
      ctx,
      `WITH t AS (
         SELECT c.id AS company_id, i.group_ids FROM ${source} JOIN company c ON c.external_id = i.external_id
          WHERE i.group_ids IS NOT NULL
       ), removed AS (
         DELETE FROM company_contractor_group g USING t
          WHERE g.company_id = t.company_id AND NOT (g.contractor_group_id = ANY (t.group_ids))
         RETURNING g.company_id
       ), added AS (
         INSERT INTO company_contractor_group (company_id, contractor_group_id)
         SELECT t.company_id, gid FROM t CROSS JOIN LATERAL unnest(t.group_ids) AS gid
         ON CONFLICT DO NOTHING
         RETURNING company_id
       )
       UPDATE company SET updated_at = now()
        WHERE id IN (SELECT company_id FROM removed UNION SELECT company_id FROM added)
       RETURNING id`,
      [input],
    );
    const ids = await this.db.query<{ id: string; external_id: string }>(
      ctx,
      `SELECT id, external_id FROM company WHERE external_id = ANY($1)`,
      [rows.map((r) => r.external_id)],
    );
    const created = new Set(inserted.map((r) => r.id));
    const touched = new Set([...updated.map((r) => r.id), ...regrouped.map((r) => r.id)]);
    return {
      items: outcomes(rows, ids, created, touched),
      statusChanges: updated
        .filter((u) => u.before_status !== u.after_status)
        .map((u) => ({ id: u.id, before: u.before_status, after: u.after_status })),
    };
  }

  async existingLegalEntities(
    ctx: RequestContext,
    externalIds: string[],
    taxIds: [string, string][],
  ): Promise<{ byExternalId: Map<string, Existing>; byTaxId: Map<string, Existing> }> {
    const rows = await this.db.query<Existing & { inn: string; kpp: string }>(
      ctx,
      `SELECT id, external_id, inn, kpp FROM legal_entity
        WHERE external_id = ANY($1)
           OR (inn, kpp) IN (SELECT * FROM unnest($2::varchar[], $3::varchar[]))`,
      [externalIds, taxIds.map((t) => t[0]), taxIds.map((t) => t[1])],
    );
    return {
      byExternalId: new Map(rows.filter((r) => r.external_id).map((r) => [r.external_id!, r])),
      byTaxId: new Map(rows.map((r) => [`${r.inn}/${r.kpp}`, r])),
    };
  }

  async upsertLegalEntities(ctx: RequestContext, rows: LegalEntityRow[]): Promise<UpsertedRecordType[]> {
    if (rows.length === 0) return [];
    const input = JSON.stringify(rows);
    const source = `jsonb_to_recordset($1::jsonb) AS i(${LE_COLUMNS})`;
    const updated = await this.db.query<{ id: string }>(
      ctx,
      `UPDATE legal_entity l SET ${set('i', LE_FIELDS)}, updated_at = now()
         FROM ${source}
        WHERE l.id = i.id AND ${changed('l', 'i', LE_FIELDS)}
      RETURNING l.id`,
      [input],
    );
    const inserted = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO legal_entity (${LE_FIELDS.join(', ')})
       SELECT ${LE_FIELDS.map((f) => `i.${f}`).join(', ')} FROM ${source}
        WHERE i.id IS NULL ORDER BY i."row"
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [input],
    );
    const ids = await this.db.query<{ id: string; external_id: string }>(
      ctx,
      `SELECT id, external_id FROM legal_entity WHERE external_id = ANY($1)`,
      [rows.map((r) => r.external_id)],
    );
    return outcomes(rows, ids, new Set(inserted.map((r) => r.id)), new Set(updated.map((r) => r.id)));
  }

  async existingContracts(
    ctx: RequestContext,
    externalIds: string[],
    numbers: [string | null, string][],
  ): Promise<{ byExternalId: Map<string, Existing>; byNumber: Map<string, Existing> }> {
    const known = numbers.filter((n): n is [string, string] => n[0] !== null);
    const rows = await this.db.query<Existing & { legal_entity_id: string; number: string }>(
      ctx,
      `SELECT id, external_id, legal_entity_id, number FROM contract
        WHERE external_id = ANY($1)
           OR (legal_entity_id, number) IN (SELECT * FROM unnest($2::uuid[], $3::varchar[]))`,
      [externalIds, known.map((n) => n[0]), known.map((n) => n[1])],
    );
    return {
      byExternalId: new Map(rows.filter((r) => r.external_id).map((r) => [r.external_id!, r])),
      byNumber: new Map(rows.map((r) => [`${r.legal_entity_id}/${r.number}`, r])),
    };
  }

  async upsertContracts(ctx: RequestContext, rows: ContractRow[]): Promise<UpsertedRecordType[]> {
    if (rows.length === 0) return [];
    const input = JSON.stringify(rows);
    const source = `jsonb_to_recordset($1::jsonb) AS i(${K_COLUMNS})`;
    // One default per legal entity: a row that becomes the default retires the current one first.
    const undefaulted = await this.db.query<{ id: string }>(
      ctx,
      `UPDATE contract k SET is_default = false, updated_at = now()
         FROM (SELECT DISTINCT i.legal_entity_id FROM ${source} WHERE i.is_default) d
        WHERE k.legal_entity_id = d.legal_entity_id AND k.is_default
          AND NOT EXISTS (SELECT 1 FROM ${source.replace(' AS i(', ' AS j(')} WHERE j.is_default AND j.id = k.id)
      RETURNING k.id`,
      [input],
    );
    const updated = await this.db.query<{ id: string }>(
      ctx,
      `UPDATE contract k SET ${set('i', K_FIELDS)}, updated_at = now()
         FROM ${source}
        WHERE k.id = i.id AND ${changed('k', 'i', K_FIELDS)}
      RETURNING k.id`,
      [input],
    );
    const inserted = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO contract (${K_FIELDS.join(', ')})
       SELECT ${K_FIELDS.map((f) => `i.${f}`).join(', ')} FROM ${source}
        WHERE i.id IS NULL ORDER BY i."row"
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [input],
    );
    const ids = await this.db.query<{ id: string; external_id: string }>(
      ctx,
      `SELECT id, external_id FROM contract WHERE external_id = ANY($1)`,
      [rows.map((r) => r.external_id)],
    );
    return outcomes(
      rows,
      ids,
      new Set(inserted.map((r) => r.id)),
      new Set([...updated.map((r) => r.id), ...undefaulted.map((r) => r.id)]),
    );
  }
}
