import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { assertBuyerMay, buyerMay } from './access-policy';
import { CONTRACT_COLUMNS, toAddress } from './company-read.repository';
import { ShopCompanyProfileType } from './company-profile.types';
import { ShopContractType, ShopLegalEntityType } from './company.types';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument -- rows of hand-written SQL, mapped field by field into typed GraphQL objects here */
type Row = Record<string, any>;

/** The buyer's company page. The company is always the session's: nothing here takes an id from the client. */
@Injectable()
export class CompanyProfileService {
  constructor(private readonly db: Db) {}

  async myCompany(ctx: RequestContext): Promise<ShopCompanyProfileType> {
    assertBuyerMay(ctx, 'company.view');
    const { companyId } = ctx.buyer;
    const showFinance = buyerMay(ctx.buyer, 'finance.view').allowed;
    const [[company], legalEntities, contracts, addresses] = await this.db.all(ctx, [
      () =>
        this.db.query<Row>(
          ctx,
          `SELECT c.id, c.name, s.full_name AS m_name, s.email AS m_email, s.phone AS m_phone, s.photo_url AS m_photo
           FROM company c LEFT JOIN staff_user s ON s.id = c.manager_id AND s.active WHERE c.id = $1`,
          [companyId],
        ),
      () =>
        this.db.query<Row>(ctx, `SELECT * FROM legal_entity WHERE company_id = $1 ORDER BY kpp = '', name, id`, [
          companyId,
        ]),
      () =>
        this.db.query<Row>(
          ctx,
          `SELECT ${CONTRACT_COLUMNS} FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id
          WHERE le.company_id = $1 ORDER BY k.is_default DESC, k.date DESC, k.id`,
          [companyId],
        ),
      () =>
        this.db.query<Row>(ctx, `SELECT * FROM delivery_address WHERE company_id = $1 ORDER BY label, id`, [companyId]),
    ]);
    if (!company) throw new EntityNotFoundError('Company');
    const toContract = (k: Row): ShopContractType => ({
      id: k.id,
      legalEntityId: k.legal_entity_id,
      number: k.number,
      date: k.date,
      currency: k.currency,
      paymentTerms: k.payment_terms,
      deferralDays: k.deferral_days,
      creditLimit: showFinance ? new Dec(k.credit_limit) : null,
      validFrom: k.valid_from,
      validTo: k.valid_to,
      status: k.status,
      isDefault: k.is_default,
    });
    return {
      id: company.id,
      name: company.name,
      legalEntities: legalEntities.map((le): ShopLegalEntityType => ({
        id: le.id,
        name: le.name,
        fullName: le.full_name,
        inn: le.inn,
        kpp: le.kpp || null,
        ogrn: le.ogrn,
        legalAddress: le.legal_address,
        postalAddress: le.postal_address,
        bankName: le.bank_name,
        bik: le.bik,
        correspondentAccount: le.correspondent_account,
        settlementAccount: le.settlement_account,
        contracts: contracts.filter((k) => k.legal_entity_id === le.id).map(toContract),
      })),
      deliveryAddresses: addresses.map(toAddress),
      manager: company.m_name
        ? { fullName: company.m_name, email: company.m_email, phone: company.m_phone, photoUrl: company.m_photo }
        : null,
    };
  }
}
