import { Injectable } from '@nestjs/common';
import { BatchOptionsInput, BatchResult, MAX_BATCH_ROWS, RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { AuditService } from '../audit/audit.service';
import { assertStaffMay } from './access-policy';
import { CompanyBulkRepository, LegalEntityRow, ContractRow, CompanyRow } from './company-bulk.repository';
import {
  CompanyUpsertInput,
  ContractUpsertInput,
  LegalEntityUpsertInput,
  UpsertedRecordType,
  UpsertOutcome,
} from './company-bulk.types';
import { PaymentTermsType } from './company.types';
import { bankProblems, contractProblems, taxIdProblems } from './legal-entity-rules';

const blank = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);

function checkSize(rows: unknown[]): void {
  if (rows.length > MAX_BATCH_ROWS) {
    throw new UserInputError('rows', `rows: at most ${MAX_BATCH_ROWS} rows per call, got ${rows.length}`);
  }
}

function requireText(
  errors: RowErrors,
  row: number,
  field: string,
  value: string | null | undefined,
  max: number,
  key: string | null,
): string | null {
  const text = value?.trim() ?? '';
  if (!text) {
    errors.add(row, field, 'REQUIRED', `${field} must not be empty`, key);
    return null;
  }
  if (text.length > max) {
    errors.add(row, field, 'TOO_LONG', `${field} must be at most ${max} characters`, key);
    return null;
  }
  return text;
}

/** Row errors in row order (a row's own errors keep the order they were found in). */
function byRow(errors: RowErrors) {
  return [...errors.list].sort((a, b) => a.row - b.row);
}

/** Marks later rows that repeat an earlier row's key. */
function duplicateKeys(errors: RowErrors, keys: (string | null)[], field: string): void {
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined) errors.add(i + 1, field, 'DUPLICATE_KEY', `${field} repeats row ${first}`, key);
    else seen.set(key, i + 1);
  });
}

/**
 * Integrators' bulk upserts of companies, legal entities and contracts by external id. Rows are
 * validated first (per-row errors naming row and field); the valid ones are written with a fixed
 * number of set-based statements however many rows there are; a row whose data did not change is
 * not written, so re-running a batch changes nothing. allOrNothing: any bad row → nothing written.
 */
@Injectable()
export class CompanyBulkService {
  constructor(
    private readonly db: Db,
    private readonly repo: CompanyBulkRepository,
    private readonly audit: AuditService,
  ) {}

  async upsertCompanies(
    ctx: RequestContext,
    rows: CompanyUpsertInput[],
    options: BatchOptionsInput | null,
  ): Promise<BatchResult<UpsertedRecordType>> {
    assertStaffMay(ctx, 'integration.bulk');
    checkSize(rows);
    const errors = new RowErrors();
    const keys = rows.map((r, i) => requireText(errors, i + 1, 'externalId', r.externalId, 100, null));
    duplicateKeys(errors, keys, 'externalId');
    const emails = [
      ...new Set(rows.map((r) => r.managerEmail?.trim().toLowerCase()).filter((e): e is string => Boolean(e))),
    ];
    const codes = [...new Set(rows.flatMap((r) => r.groupCodes ?? []))];
    const [managers, groups] = await this.db.all(ctx, [
      () =>
        this.db.query<{ id: string; email: string }>(
          ctx,
          `SELECT id, email FROM staff_user WHERE email = ANY($1) AND active`,
          [emails],
        ),
      () =>
        this.db.query<{ id: string; code: string }>(ctx, `SELECT id, code FROM contractor_group WHERE code = ANY($1)`, [
          codes,
        ]),
    ]);
    const managerByEmail = new Map(managers.map((m) => [m.email, m.id]));
    const groupByCode = new Map(groups.map((g) => [g.code, g.id]));
    const valid: CompanyRow[] = [];
    rows.forEach((r, i) => {
      const row = i + 1;
      const key = keys[i];
      const name = requireText(errors, row, 'name', r.name, 300, key);
      const email = r.managerEmail?.trim().toLowerCase() || null;
      if (email && !managerByEmail.has(email))
        errors.add(row, 'managerEmail', 'UNKNOWN_MANAGER', `No active staff user ${email}`, key);
      const unknown = (r.groupCodes ?? []).filter((c) => !groupByCode.has(c));
      if (unknown.length)
        errors.add(row, 'groupCodes', 'UNKNOWN_GROUP', `Unknown contractor group code(s): ${unknown.join(', ')}`, key);
      if (errors.has(row) || !key || !name) return;
      valid.push({
        row,
        external_id: key,
        name,
        status: r.status ?? null,
        manager_id: email ? managerByEmail.get(email)! : null,
        group_ids: r.groupCodes ? [...new Set(r.groupCodes.map((c) => groupByCode.get(c)!))].sort() : null,
      });
    });
    if (options?.allOrNothing && errors.size) return { items: [], rowErrors: byRow(errors), applied: 0 };
    const items = await this.db.transaction(ctx, async (tctx) => {
      const result = await this.repo.upsertCompanies(tctx, valid);
      await this.audit.recordMany(
        tctx,
        result.statusChanges.map((c) => ({
          action:
            c.after === 'blocked'
              ? 'company.blocked'
              : c.before === 'blocked'
                ? 'company.unblocked'
                : 'company.status_changed',
          entityType: 'Company',
          entityId: c.id,
          companyId: c.id,
          before: { status: c.before },
          after: { status: c.after },
          reason: 'bulk upsert',
        })),
      );
      return result.items;
    });
    return {
      items,
      rowErrors: byRow(errors),
      applied: items.filter((i) => i.outcome !== UpsertOutcome.UNCHANGED).length,
    };
  }

  async upsertLegalEntities(
    ctx: RequestContext,
    rows: LegalEntityUpsertInput[],
    options: BatchOptionsInput | null,
  ): Promise<BatchResult<UpsertedRecordType>> {
    assertStaffMay(ctx, 'integration.bulk');
    checkSize(rows);
    const errors = new RowErrors();
    const keys = rows.map((r, i) => requireText(errors, i + 1, 'externalId', r.externalId, 100, null));
    duplicateKeys(errors, keys, 'externalId');
    duplicateKeys(
      errors,
      rows.map((r) => `${r.inn?.trim()}/${r.kpp?.trim() ?? ''}`),
      'inn',
    );
    const companyKeys = [...new Set(rows.map((r) => r.companyExternalId?.trim()).filter(Boolean))];
    const [companies, existing] = await this.db.all(ctx, [
      () =>
        this.db.query<{ id: string; external_id: string }>(
          ctx,
          `SELECT id, external_id FROM company WHERE external_id = ANY($1)`,
          [companyKeys],
        ),
      () =>
        this.repo.existingLegalEntities(
          ctx,
          keys.filter((k): k is string => Boolean(k)),
          rows.map((r) => [r.inn?.trim() ?? '', r.kpp?.trim() ?? '']),
        ),
    ]);
    const companyByKey = new Map(companies.map((c) => [c.external_id, c.id]));
    const valid: LegalEntityRow[] = [];
    rows.forEach((r, i) => {
      const row = i + 1;
      const key = keys[i];
      const name = requireText(errors, row, 'name', r.name, 300, key);
      const companyId = companyByKey.get(r.companyExternalId?.trim());
      if (!companyId)
        errors.add(
          row,
          'companyExternalId',
          'UNKNOWN_COMPANY',
          `No company with externalId ${r.companyExternalId}`,
          key,
        );
      for (const p of [...taxIdProblems({ inn: r.inn ?? '', kpp: r.kpp, ogrn: r.ogrn }), ...bankProblems(r)]) {
        errors.add(row, p.field, p.code, p.message, key);
      }
      const inn = r.inn?.trim() ?? '';
      const kpp = blank(r.kpp) ?? '';
      const byKey = key ? existing.byExternalId.get(key) : undefined;
      const byTax = existing.byTaxId.get(`${inn}/${kpp}`);
      if (byTax && byTax.id !== byKey?.id && byTax.external_id !== null) {
        errors.add(
          row,
          'inn',
          'DUPLICATE_KEY',
          `INN ${inn} / KPP ${kpp || '—'} belongs to legal entity ${byTax.external_id}`,
          key,
        );
      }
      if (errors.has(row) || !key || !name || !companyId) return;
      valid.push({
        row,
        id: byKey?.id ?? byTax?.id ?? null,
        external_id: key,
        company_id: companyId,
        name,
        full_name: blank(r.fullName),
        inn,
        kpp,
        ogrn: blank(r.ogrn),
        legal_address: blank(r.legalAddress),
        postal_address: blank(r.postalAddress),
        bank_name: blank(r.bankName),
        bik: blank(r.bik),
        correspondent_account: blank(r.correspondentAccount),
        settlement_account: blank(r.settlementAccount),
      });
    });
    if (options?.allOrNothing && errors.size) return { items: [], rowErrors: byRow(errors), applied: 0 };
    const items = await this.db.transaction(ctx, (tctx) => this.repo.upsertLegalEntities(tctx, valid));
    return {
      items,
      rowErrors: byRow(errors),
      applied: items.filter((i) => i.outcome !== UpsertOutcome.UNCHANGED).length,
    };
  }

  async upsertContracts(
    ctx: RequestContext,
    rows: ContractUpsertInput[],
    options: BatchOptionsInput | null,
  ): Promise<BatchResult<UpsertedRecordType>> {
    assertStaffMay(ctx, 'integration.bulk');
    checkSize(rows);
    const errors = new RowErrors();
    const keys = rows.map((r, i) => requireText(errors, i + 1, 'externalId', r.externalId, 100, null));
    duplicateKeys(errors, keys, 'externalId');
    const leKeys = [...new Set(rows.map((r) => r.legalEntityExternalId?.trim()).filter(Boolean))];
    const legalEntities = await this.db.query<{ id: string; external_id: string }>(
      ctx,
      `SELECT id, external_id FROM legal_entity WHERE external_id = ANY($1)`,
      [leKeys],
    );
    const leByKey = new Map(legalEntities.map((l) => [l.external_id, l.id]));
    duplicateKeys(
      errors,
      rows.map((r) =>
        leByKey.get(r.legalEntityExternalId?.trim()) ? `${r.legalEntityExternalId.trim()}/${r.number?.trim()}` : null,
      ),
      'number',
    );
    duplicateKeys(
      errors,
      rows.map((r) => (r.isDefault ? r.legalEntityExternalId?.trim() : null)),
      'isDefault',
    );
    const existing = await this.repo.existingContracts(
      ctx,
      keys.filter((k): k is string => Boolean(k)),
      rows.map((r) => [leByKey.get(r.legalEntityExternalId?.trim()) ?? null, r.number?.trim() ?? '']),
    );
    const valid: ContractRow[] = [];
    rows.forEach((r, i) => {
      const row = i + 1;
      const key = keys[i];
      const number = requireText(errors, row, 'number', r.number, 100, key);
      const legalEntityId = leByKey.get(r.legalEntityExternalId?.trim());
      if (!legalEntityId) {
        errors.add(
          row,
          'legalEntityExternalId',
          'UNKNOWN_LEGAL_ENTITY',
          `No legal entity with externalId ${r.legalEntityExternalId}`,
          key,
        );
      }
      for (const p of contractProblems({ ...r, creditLimit: r.creditLimit ?? null }))
        errors.add(row, p.field, p.code, p.message, key);
      const byKey = key ? existing.byExternalId.get(key) : undefined;
      const byNumber = legalEntityId && number ? existing.byNumber.get(`${legalEntityId}/${number}`) : undefined;
      if (byNumber && byNumber.id !== byKey?.id && byNumber.external_id !== null) {
        errors.add(
          row,
          'number',
          'DUPLICATE_KEY',
          `Contract ${number} of this legal entity has externalId ${byNumber.external_id}`,
          key,
        );
      }
      if (errors.has(row) || !key || !number || !legalEntityId) return;
      valid.push({
        row,
        id: byKey?.id ?? byNumber?.id ?? null,
        external_id: key,
        legal_entity_id: legalEntityId,
        number,
        date: r.date,
        currency: r.currency,
        payment_terms: r.paymentTerms,
        deferral_days: r.paymentTerms === PaymentTermsType.DEFERRAL ? (r.deferralDays ?? null) : null,
        credit_limit: (r.creditLimit ?? new Dec(0)).toFixed(2),
        valid_from: r.validFrom ?? null,
        valid_to: r.validTo ?? null,
        status: r.status,
        is_default: r.isDefault,
      });
    });
    if (options?.allOrNothing && errors.size) return { items: [], rowErrors: byRow(errors), applied: 0 };
    const items = await this.db.transaction(ctx, (tctx) => this.repo.upsertContracts(tctx, valid));
    return {
      items,
      rowErrors: byRow(errors),
      applied: items.filter((i) => i.outcome !== UpsertOutcome.UNCHANGED).length,
    };
  }
}
