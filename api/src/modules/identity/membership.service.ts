import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';
import { RequestContext } from '../../common/context/request-context';
import { BuyerRole } from '../../common/auth/permissions';
import type { CompanyStatus } from '../companies/company.entity';
import type { CompanyAccessType } from '../companies/company.types';
import { validContractSql } from '../companies/contract-rules';

interface AccessRow {
  company_id: string;
  company_name: string;
  role: BuyerRole;
  legal_entity_id: string;
  legal_entity_name: string;
  inn: string;
  kpp: string;
}

export interface LegalEntityAccess {
  companyId: string;
  legalEntityId: string;
  role: BuyerRole;
}

/** Which companies and legal entities a buyer may act through (active memberships of active companies). */
@Injectable()
export class MembershipService {
  constructor(private readonly db: Db) {}

  async accessibleCompanies(ctx: RequestContext, buyerUserId: string): Promise<CompanyAccessType[]> {
    const rows = await this.db.query<AccessRow>(
      ctx,
      `SELECT c.id AS company_id, c.name AS company_name, m.role,
              le.id AS legal_entity_id, le.name AS legal_entity_name, le.inn, le.kpp
         FROM company_member m
         JOIN company c ON c.id = m.company_id AND c.status = 'active'
         JOIN legal_entity le ON le.company_id = c.id
        WHERE m.buyer_user_id = $1 AND m.active
        ORDER BY c.name, c.id, le.kpp = '', le.name, le.id`,
      [buyerUserId],
    );
    const byCompany = new Map<string, CompanyAccessType>();
    for (const row of rows) {
      let access = byCompany.get(row.company_id);
      if (!access) {
        access = { company: { id: row.company_id, name: row.company_name }, role: row.role, legalEntities: [] };
        byCompany.set(row.company_id, access);
      }
      access.legalEntities.push({
        id: row.legal_entity_id,
        name: row.legal_entity_name,
        inn: row.inn,
        kpp: row.kpp || null,
      });
    }
    return [...byCompany.values()];
  }

  /** The membership that lets the user act through this legal entity, or null. */
  async legalEntityAccess(
    ctx: RequestContext,
    buyerUserId: string,
    legalEntityId: string,
  ): Promise<LegalEntityAccess | null> {
    const [row] = await this.db.query<{ company_id: string; role: BuyerRole }>(
      ctx,
      `SELECT m.company_id, m.role
         FROM legal_entity le
         JOIN company c ON c.id = le.company_id AND c.status = 'active'
         JOIN company_member m ON m.company_id = c.id AND m.buyer_user_id = $1 AND m.active
        WHERE le.id = $2`,
      [buyerUserId, legalEntityId],
    );
    return row ? { companyId: row.company_id, legalEntityId, role: row.role } : null;
  }

  /** Statuses of the companies where the user has an active membership (to explain a refused login). */
  async membershipCompanyStatuses(ctx: RequestContext, buyerUserId: string): Promise<CompanyStatus[]> {
    const rows = await this.db.query<{ status: CompanyStatus }>(
      ctx,
      `SELECT DISTINCT c.status FROM company_member m JOIN company c ON c.id = m.company_id
        WHERE m.buyer_user_id = $1 AND m.active`,
      [buyerUserId],
    );
    return rows.map((r) => r.status);
  }

  /** The contract a session on this legal entity starts with: its valid default, else the newest valid one. */
  async defaultContractId(ctx: RequestContext, legalEntityId: string): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `SELECT k.id FROM contract k
        WHERE k.legal_entity_id = $1 AND ${validContractSql('k')}
        ORDER BY k.is_default DESC, k.date DESC, k.id LIMIT 1`,
      [legalEntityId],
    );
    return row?.id ?? null;
  }

  /** True when the contract is a valid one of this legal entity. */
  async isValidContractOf(ctx: RequestContext, legalEntityId: string, contractId: string): Promise<boolean> {
    const rows = await this.db.query(
      ctx,
      `SELECT 1 FROM contract k WHERE k.id = $1 AND k.legal_entity_id = $2 AND ${validContractSql('k')}`,
      [contractId, legalEntityId],
    );
    return rows.length > 0;
  }
}
