import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { AuditService } from '../audit/audit.service';
import { AlreadyExistsError, InUseError } from './companies.errors';
import { ContractInput, DeliveryAddressInput, LegalEntityInput } from './companies.inputs';
import { ClientContractType, ClientLegalEntityType, DeliveryAddressType } from './companies.types';
import { CompanyAdminService } from './company-admin.service';
import { CONTRACT_COLUMNS, toAddress, toContract, toLegalEntity } from './company-read.repository';
import { PaymentTermsType } from './company.types';
import { bankProblems, contractProblems, FieldProblem, taxIdProblems } from './legal-entity-rules';

function throwFirst(problems: FieldProblem[], prefix = 'input'): void {
  const [p] = problems;
  if (p) throw new UserInputError(`${prefix}.${p.field}`, `${prefix}.${p.field}: ${p.message}`, { errorCode: p.code });
}

const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/** Legal entities, contracts and delivery addresses of a client company (staff; scoped by manager). */
@Injectable()
export class CompanyDetailsService {
  constructor(
    private readonly db: Db,
    private readonly companies: CompanyAdminService,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------ legal entities

  async createLegalEntity(
    ctx: RequestContext,
    companyId: string,
    input: LegalEntityInput,
  ): Promise<ClientLegalEntityType | AlreadyExistsError> {
    this.validateLegalEntity(input);
    return this.db.transaction(ctx, async (tctx) => {
      await this.companies.require(tctx, companyId, 'company.edit', true);
      const clash = await this.legalEntityClash(tctx, input, null);
      if (clash) return clash;
      const [row] = await this.db.query(
        tctx,
        `INSERT INTO legal_entity (company_id, name, full_name, inn, kpp, ogrn, legal_address, postal_address,
                                   bank_name, bik, correspondent_account, settlement_account, external_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [companyId, ...this.legalEntityValues(input)],
      );
      await this.audit.record(tctx, {
        action: 'legal_entity.created',
        entityType: 'LegalEntity',
        entityId: row.id as string,
        companyId,
        after: { inn: input.inn, kpp: input.kpp ?? null },
      });
      return toLegalEntity(row, []);
    });
  }

  async updateLegalEntity(
    ctx: RequestContext,
    id: string,
    input: LegalEntityInput,
  ): Promise<ClientLegalEntityType | AlreadyExistsError> {
    this.validateLegalEntity(input);
    return this.db.transaction(ctx, async (tctx) => {
      const companyId = await this.legalEntityCompany(tctx, id);
      await this.companies.require(tctx, companyId, 'company.edit', true);
      const clash = await this.legalEntityClash(tctx, input, id);
      if (clash) return clash;
      const [row] = await this.db.query(
        tctx,
        `UPDATE legal_entity SET name = $2, full_name = $3, inn = $4, kpp = $5, ogrn = $6, legal_address = $7,
                postal_address = $8, bank_name = $9, bik = $10, correspondent_account = $11, settlement_account = $12,
                external_id = $13, updated_at = now()
          WHERE id = $1 RETURNING *`,
        [id, ...this.legalEntityValues(input)],
      );
      const contracts = await this.db.query(
        tctx,
        `SELECT ${CONTRACT_COLUMNS} FROM contract k WHERE k.legal_entity_id = $1 ORDER BY k.is_default DESC, k.date DESC`,
        [id],
      );
      await this.audit.record(tctx, {
        action: 'legal_entity.updated',
        entityType: 'LegalEntity',
        entityId: id,
        companyId,
        after: { inn: input.inn, kpp: input.kpp ?? null },
      });
      return toLegalEntity(row, contracts.map(toContract));
    });
  }

  /** Only a legal entity without contracts can be removed; sessions acting through it end. */
  async deleteLegalEntity(ctx: RequestContext, id: string): Promise<{ id: string } | InUseError> {
    return this.db.transaction(ctx, async (tctx) => {
      const companyId = await this.legalEntityCompany(tctx, id);
      await this.companies.require(tctx, companyId, 'company.edit', true);
      const [used] = await this.db.query(tctx, `SELECT 1 FROM contract WHERE legal_entity_id = $1 LIMIT 1`, [id]);
      if (used) return new InUseError('The legal entity has contracts: remove or move them first');
      await this.db.query(tctx, `DELETE FROM legal_entity WHERE id = $1`, [id]);
      await this.db.query(
        tctx,
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'legal_entity_removed'
          WHERE legal_entity_id = $1 AND revoked_at IS NULL`,
        [id],
      );
      await this.audit.record(tctx, {
        action: 'legal_entity.deleted',
        entityType: 'LegalEntity',
        entityId: id,
        companyId,
      });
      return { id };
    });
  }

  // ------------------------------------------------------------ contracts

  async createContract(
    ctx: RequestContext,
    legalEntityId: string,
    input: ContractInput,
  ): Promise<ClientContractType | AlreadyExistsError> {
    this.validateContract(input);
    return this.db.transaction(ctx, async (tctx) => {
      const companyId = await this.legalEntityCompany(tctx, legalEntityId);
      await this.companies.require(tctx, companyId, 'company.edit', true);
      const clash = await this.contractClash(tctx, legalEntityId, input, null);
      if (clash) return clash;
      if (input.isDefault) await this.clearDefault(tctx, legalEntityId, null);
      const [row] = await this.db.query(
        tctx,
        `INSERT INTO contract (legal_entity_id, number, date, currency, payment_terms, deferral_days, credit_limit,
                               valid_from, valid_to, status, is_default, external_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [legalEntityId, ...this.contractValues(input)],
      );
      await this.audit.record(tctx, {
        action: 'contract.created',
        entityType: 'Contract',
        entityId: row.id as string,
        companyId,
        after: this.contractAudit(input),
      });
      return this.contract(tctx, row.id as string);
    });
  }

  async updateContract(
    ctx: RequestContext,
    id: string,
    input: ContractInput,
  ): Promise<ClientContractType | AlreadyExistsError> {
    this.validateContract(input);
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.contract(tctx, id);
      const companyId = await this.legalEntityCompany(tctx, before.legalEntityId);
      await this.companies.require(tctx, companyId, 'company.edit', true);
      const clash = await this.contractClash(tctx, before.legalEntityId, input, id);
      if (clash) return clash;
      if (input.isDefault) await this.clearDefault(tctx, before.legalEntityId, id);
      await this.db.query(
        tctx,
        `UPDATE contract SET number = $2, date = $3, currency = $4, payment_terms = $5, deferral_days = $6,
                credit_limit = $7, valid_from = $8, valid_to = $9, status = $10, is_default = $11, external_id = $12,
                updated_at = now()
          WHERE id = $1`,
        [id, ...this.contractValues(input)],
      );
      await this.audit.record(tctx, {
        action: 'contract.updated',
        entityType: 'Contract',
        entityId: id,
        companyId,
        before: {
          paymentTerms: before.paymentTerms,
          deferralDays: before.deferralDays,
          creditLimit: before.creditLimit.toFixed(),
          status: before.status,
        },
        after: this.contractAudit(input),
      });
      return this.contract(tctx, id);
    });
  }

  /** Sessions buying under the contract fall back to no contract (they pick another). */
  async deleteContract(ctx: RequestContext, id: string): Promise<{ id: string }> {
    return this.db.transaction(ctx, async (tctx) => {
      const before = await this.contract(tctx, id);
      const companyId = await this.legalEntityCompany(tctx, before.legalEntityId);
      await this.companies.require(tctx, companyId, 'company.edit', true);
      await this.db.query(tctx, `UPDATE auth_session SET contract_id = NULL WHERE contract_id = $1`, [id]);
      await this.db.query(tctx, `DELETE FROM contract WHERE id = $1`, [id]);
      await this.audit.record(tctx, {
        action: 'contract.deleted',
        entityType: 'Contract',
        entityId: id,
        companyId,
        before: { number: before.number },
      });
      return { id };
    });
  }

  // ------------------------------------------------------------ delivery addresses

  async createAddress(
    ctx: RequestContext,
    companyId: string,
    input: DeliveryAddressInput,
  ): Promise<DeliveryAddressType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.companies.require(tctx, companyId, 'company.edit');
      const [row] = await this.db.query(
        tctx,
        `INSERT INTO delivery_address (company_id, label, address, contact_name, contact_phone, comment)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [
          companyId,
          input.label.trim(),
          input.address.trim(),
          blank(input.contactName),
          blank(input.contactPhone),
          blank(input.comment),
        ],
      );
      return toAddress(row);
    });
  }

  async updateAddress(ctx: RequestContext, id: string, input: DeliveryAddressInput): Promise<DeliveryAddressType> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.companies.require(tctx, await this.addressCompany(tctx, id), 'company.edit');
      const [row] = await this.db.query(
        tctx,
        `UPDATE delivery_address SET label = $2, address = $3, contact_name = $4, contact_phone = $5, comment = $6,
                updated_at = now() WHERE id = $1 RETURNING *`,
        [
          id,
          input.label.trim(),
          input.address.trim(),
          blank(input.contactName),
          blank(input.contactPhone),
          blank(input.comment),
        ],
      );
      return toAddress(row);
    });
  }

  async deleteAddress(ctx: RequestContext, id: string): Promise<{ id: string }> {
    return this.db.transaction(ctx, async (tctx) => {
      await this.companies.require(tctx, await this.addressCompany(tctx, id), 'company.edit');
      await this.db.query(tctx, `DELETE FROM delivery_address WHERE id = $1`, [id]);
      return { id };
    });
  }

  // ------------------------------------------------------------ helpers

  private validateLegalEntity(input: LegalEntityInput): void {
    throwFirst([...taxIdProblems(input), ...bankProblems(input)]);
  }

  private validateContract(input: ContractInput): void {
    throwFirst(contractProblems({ ...input, creditLimit: input.creditLimit ?? null }));
  }

  private legalEntityValues(input: LegalEntityInput): unknown[] {
    return [
      input.name.trim(),
      blank(input.fullName),
      input.inn.trim(),
      blank(input.kpp) ?? '',
      blank(input.ogrn),
      blank(input.legalAddress),
      blank(input.postalAddress),
      blank(input.bankName),
      blank(input.bik),
      blank(input.correspondentAccount),
      blank(input.settlementAccount),
      blank(input.externalId),
    ];
  }

  private contractValues(input: ContractInput): unknown[] {
    return [
      input.number.trim(),
      input.date,
      input.currency,
      input.paymentTerms,
      input.paymentTerms === PaymentTermsType.DEFERRAL ? input.deferralDays : null,
      (input.creditLimit ?? new Dec(0)).toFixed(),
      input.validFrom ?? null,
      input.validTo ?? null,
      input.status,
      input.isDefault,
      blank(input.externalId),
    ];
  }

  private contractAudit(input: ContractInput): Record<string, unknown> {
    return {
      number: input.number,
      paymentTerms: input.paymentTerms,
      deferralDays: input.deferralDays ?? null,
      creditLimit: (input.creditLimit ?? new Dec(0)).toFixed(),
      status: input.status,
      isDefault: input.isDefault,
    };
  }

  private async legalEntityClash(
    ctx: RequestContext,
    input: LegalEntityInput,
    selfId: string | null,
  ): Promise<AlreadyExistsError | null> {
    const [dup] = await this.db.query<{ same_tax: boolean }>(
      ctx,
      `SELECT (inn = $1 AND kpp = $2) AS same_tax FROM legal_entity
        WHERE ((inn = $1 AND kpp = $2) OR ($3::varchar IS NOT NULL AND external_id = $3)) AND id IS DISTINCT FROM $4
        ORDER BY 1 DESC LIMIT 1`,
      [input.inn.trim(), blank(input.kpp) ?? '', blank(input.externalId), selfId],
    );
    if (!dup) return null;
    return dup.same_tax
      ? new AlreadyExistsError('input.inn', 'A legal entity with this INN and KPP already exists')
      : new AlreadyExistsError('input.externalId', 'Another legal entity has this external id');
  }

  private async contractClash(
    ctx: RequestContext,
    legalEntityId: string,
    input: ContractInput,
    selfId: string | null,
  ): Promise<AlreadyExistsError | null> {
    const [dup] = await this.db.query<{ same_number: boolean }>(
      ctx,
      `SELECT (legal_entity_id = $1 AND number = $2) AS same_number FROM contract
        WHERE ((legal_entity_id = $1 AND number = $2) OR ($3::varchar IS NOT NULL AND external_id = $3)) AND id IS DISTINCT FROM $4
        ORDER BY 1 DESC LIMIT 1`,
      [legalEntityId, input.number.trim(), blank(input.externalId), selfId],
    );
    if (!dup) return null;
    return dup.same_number
      ? new AlreadyExistsError('input.number', 'This legal entity already has a contract with this number')
      : new AlreadyExistsError('input.externalId', 'Another contract has this external id');
  }

  private async clearDefault(ctx: RequestContext, legalEntityId: string, exceptId: string | null): Promise<void> {
    await this.db.query(
      ctx,
      `UPDATE contract SET is_default = false, updated_at = now()
        WHERE legal_entity_id = $1 AND is_default AND id IS DISTINCT FROM $2`,
      [legalEntityId, exceptId],
    );
  }

  private async legalEntityCompany(ctx: RequestContext, legalEntityId: string): Promise<string> {
    const [row] = await this.db.query<{ company_id: string }>(
      ctx,
      `SELECT company_id FROM legal_entity WHERE id = $1`,
      [legalEntityId],
    );
    if (!row) throw new EntityNotFoundError('Legal entity', legalEntityId);
    return row.company_id;
  }

  private async addressCompany(ctx: RequestContext, addressId: string): Promise<string> {
    const [row] = await this.db.query<{ company_id: string }>(
      ctx,
      `SELECT company_id FROM delivery_address WHERE id = $1`,
      [addressId],
    );
    if (!row) throw new EntityNotFoundError('Delivery address', addressId);
    return row.company_id;
  }

  private async contract(ctx: RequestContext, id: string): Promise<ClientContractType> {
    const [row] = await this.db.query(ctx, `SELECT ${CONTRACT_COLUMNS} FROM contract k WHERE k.id = $1`, [id]);
    if (!row) throw new EntityNotFoundError('Contract', id);
    return toContract(row);
  }
}
