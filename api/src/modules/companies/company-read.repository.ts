import { Injectable } from '@nestjs/common';
import { BuyerRole, StaffRole } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Dec } from '../../common/money/decimal';
import { escapeLike } from '../identity/staff-users.service';
import {
  ClientCompanyType,
  ClientContractType,
  ClientLegalEntityType,
  CompanyStatusType,
  CompanyUserType,
  ContractorGroupType,
  DeliveryAddressType,
} from './companies.types';
import { CompaniesFilterInput } from './companies.inputs';
import { companyScopeSql } from './access-policy';
import type { ContractStatusType, PaymentTermsType } from './company.types';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return -- rows of hand-written SQL, mapped field by field into typed GraphQL objects here */
type Row = Record<string, any>;

export const CONTRACT_COLUMNS = `k.id, k.legal_entity_id, k.number, to_char(k.date, 'YYYY-MM-DD') AS date, k.currency,
  k.payment_terms, k.deferral_days, k.credit_limit, to_char(k.valid_from, 'YYYY-MM-DD') AS valid_from,
  to_char(k.valid_to, 'YYYY-MM-DD') AS valid_to, k.status, k.is_default, k.base_price_type_id, k.external_id, k.created_at, k.updated_at`;

export function toContract(r: Row): ClientContractType {
  return {
    id: r.id,
    legalEntityId: r.legal_entity_id,
    number: r.number,
    date: r.date,
    currency: r.currency,
    paymentTerms: r.payment_terms as PaymentTermsType,
    deferralDays: r.deferral_days,
    creditLimit: new Dec(r.credit_limit),
    validFrom: r.valid_from,
    validTo: r.valid_to,
    status: r.status as ContractStatusType,
    isDefault: r.is_default,
    basePriceTypeId: r.base_price_type_id ?? null,
    externalId: r.external_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toLegalEntity(r: Row, contracts: ClientContractType[]): ClientLegalEntityType {
  return {
    id: r.id,
    companyId: r.company_id,
    name: r.name,
    fullName: r.full_name,
    inn: r.inn,
    kpp: r.kpp || null,
    ogrn: r.ogrn,
    legalAddress: r.legal_address,
    postalAddress: r.postal_address,
    bankName: r.bank_name,
    bik: r.bik,
    correspondentAccount: r.correspondent_account,
    settlementAccount: r.settlement_account,
    externalId: r.external_id,
    basePriceTypeId: r.base_price_type_id ?? null,
    contracts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toCompanyUser(r: Row): CompanyUserType {
  return {
    id: r.buyer_user_id,
    email: r.email,
    fullName: r.full_name,
    phone: r.phone,
    role: r.role as BuyerRole,
    active: r.active && r.user_active,
    orderLimit: r.order_limit === null ? null : new Dec(r.order_limit),
    monthlyLimit: r.monthly_limit === null ? null : new Dec(r.monthly_limit),
    invitationPending: !r.has_password,
    lastLoginAt: r.last_login_at,
  };
}

export function toAddress(r: Row): DeliveryAddressType {
  return {
    id: r.id,
    label: r.label,
    address: r.address,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    comment: r.comment,
  };
}

function groupBy<T>(rows: Row[], key: string, map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = r[key] as string;
    const list = out.get(k) ?? [];
    list.push(map(r));
    out.set(k, list);
  }
  return out;
}

/**
 * Reads client companies for staff with everything the card shows: one query per relation for
 * any number of companies (no N+1), and the manager scope applied inside the SQL.
 */
@Injectable()
export class CompanyReadRepository {
  constructor(private readonly db: Db) {}

  /** Company ids of one page of the staff list, in order, and the total — only companies the actor may see. */
  async search(
    ctx: RequestContext,
    filter: CompaniesFilterInput | null | undefined,
    skip: number,
    take: number,
  ): Promise<{ ids: string[]; total: number }> {
    const params: unknown[] = [];
    const where = [companyScopeSql(ctx, 'c', params)];
    const search = filter?.search?.trim();
    if (search) {
      params.push(`%${escapeLike(search)}%`, `${escapeLike(search)}%`);
      where.push(`(c.name ILIKE $${params.length - 1} OR EXISTS (
        SELECT 1 FROM legal_entity le WHERE le.company_id = c.id
           AND (le.name ILIKE $${params.length - 1} OR le.inn LIKE $${params.length})))`);
    }
    if (filter?.status) where.push(`c.status = $${params.push(filter.status)}`);
    if (filter?.managerId) where.push(`c.manager_id = $${params.push(filter.managerId)}`);
    if (filter?.unassigned) where.push('c.manager_id IS NULL');
    if (filter?.groupId) {
      where.push(
        `EXISTS (SELECT 1 FROM company_contractor_group g WHERE g.company_id = c.id AND g.contractor_group_id = $${params.push(filter.groupId)})`,
      );
    }
    const rows = await this.db.query<{ id: string; total: string }>(
      ctx,
      `SELECT c.id, count(*) OVER () AS total FROM company c
        WHERE ${where.join(' AND ')}
        ORDER BY c.name, c.id OFFSET $${params.push(skip)} LIMIT $${params.push(take)}`,
      params,
    );
    return { ids: rows.map((r) => r.id), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** The company's manager id, or null when it does not exist; `lock` takes a row lock for a change. */
  async facts(
    ctx: RequestContext,
    companyId: string,
    lock = false,
  ): Promise<{ id: string; managerId: string | null; status: CompanyStatusType; name: string } | null> {
    const [row] = await this.db.query<Row>(
      ctx,
      `SELECT id, manager_id, status, name FROM company WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [companyId],
    );
    return row ? { id: row.id, managerId: row.manager_id, status: row.status, name: row.name } : null;
  }

  /** Full company cards for these ids, in the same order (ids that do not exist are skipped). */
  async cards(ctx: RequestContext, ids: string[]): Promise<ClientCompanyType[]> {
    if (ids.length === 0) return [];
    const [companies, legalEntities, contracts, members, addresses, groups] = await this.db.all(ctx, [
      () =>
        this.db.query<Row>(
          ctx,
          `SELECT c.*, s.id AS m_id, s.email AS m_email, s.full_name AS m_full_name, s.role AS m_role, s.phone AS m_phone,
                s.photo_url AS m_photo_url, s.active AS m_active, s.locale AS m_locale,
                s.password_hash IS NOT NULL AS m_has_password, s.last_login_at AS m_last_login_at
           FROM company c LEFT JOIN staff_user s ON s.id = c.manager_id WHERE c.id = ANY($1)`,
          [ids],
        ),
      () =>
        this.db.query<Row>(ctx, `SELECT * FROM legal_entity WHERE company_id = ANY($1) ORDER BY kpp = '', name, id`, [
          ids,
        ]),
      () =>
        this.db.query<Row>(
          ctx,
          `SELECT ${CONTRACT_COLUMNS} FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id
          WHERE le.company_id = ANY($1) ORDER BY k.is_default DESC, k.date DESC, k.id`,
          [ids],
        ),
      () =>
        this.db.query<Row>(
          ctx,
          `SELECT m.company_id, m.buyer_user_id, m.role, m.active, m.order_limit, m.monthly_limit,
                u.email, u.full_name, u.phone, u.active AS user_active, u.password_hash IS NOT NULL AS has_password,
                u.last_login_at
           FROM company_member m JOIN buyer_user u ON u.id = m.buyer_user_id
          WHERE m.company_id = ANY($1) ORDER BY m.role = 'DIRECTOR' DESC, u.full_name, u.id`,
          [ids],
        ),
      () =>
        this.db.query<Row>(ctx, `SELECT * FROM delivery_address WHERE company_id = ANY($1) ORDER BY label, id`, [ids]),
      () =>
        this.db.query<Row>(
          ctx,
          `SELECT cg.company_id, g.id, g.code, g.name,
                (SELECT count(*)::int FROM company_contractor_group x WHERE x.contractor_group_id = g.id) AS company_count
           FROM company_contractor_group cg JOIN contractor_group g ON g.id = cg.contractor_group_id
          WHERE cg.company_id = ANY($1) ORDER BY g.name`,
          [ids],
        ),
    ]);
    const contractsByLe = groupBy(contracts, 'legal_entity_id', toContract);
    const lesByCompany = groupBy(legalEntities, 'company_id', (r) => toLegalEntity(r, contractsByLe.get(r.id) ?? []));
    const usersByCompany = groupBy(members, 'company_id', toCompanyUser);
    const addressesByCompany = groupBy(addresses, 'company_id', toAddress);
    const groupsByCompany = groupBy(groups, 'company_id', (r): ContractorGroupType => ({
      id: r.id,
      code: r.code,
      name: r.name,
      companyCount: r.company_count,
    }));
    const byId = new Map(
      companies.map((c): [string, ClientCompanyType] => [
        c.id,
        {
          id: c.id,
          name: c.name,
          status: c.status,
          blockedReason: c.blocked_reason,
          manager: c.m_id
            ? {
                id: c.m_id,
                email: c.m_email,
                fullName: c.m_full_name,
                role: c.m_role as StaffRole,
                phone: c.m_phone,
                photoUrl: c.m_photo_url,
                active: c.m_active,
                locale: c.m_locale,
                hasPassword: c.m_has_password,
                lastLoginAt: c.m_last_login_at,
              }
            : null,
          notes: c.notes,
          externalId: c.external_id,
          basePriceTypeId: c.base_price_type_id ?? null,
          groups: groupsByCompany.get(c.id) ?? [],
          legalEntities: lesByCompany.get(c.id) ?? [],
          deliveryAddresses: addressesByCompany.get(c.id) ?? [],
          users: usersByCompany.get(c.id) ?? [],
          createdAt: c.created_at,
          updatedAt: c.updated_at,
        },
      ]),
    );
    return ids.map((id) => byId.get(id)).filter((c): c is ClientCompanyType => Boolean(c));
  }
}
