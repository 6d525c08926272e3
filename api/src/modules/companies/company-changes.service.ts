import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import {
  ChangesArgs,
  changesPage,
  ChangesPage,
  changesWindow,
  decodeCursor,
} from '../../common/pagination/changes-cursor';
import { assertStaffMay, companyScopeSql } from './access-policy';
import { ClientCompanyType, ClientContractType, ClientLegalEntityType } from './companies.types';
import { CONTRACT_COLUMNS, CompanyReadRepository, toContract, toLegalEntity } from './company-read.repository';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- rows of hand-written SQL, mapped field by field into typed GraphQL objects here */
type Row = Record<string, any>;

/** "What changed since my last pull" for integrators, keyset-paged over (updated_at, id). */
@Injectable()
export class CompanyChangesService {
  constructor(
    private readonly db: Db,
    private readonly read: CompanyReadRepository,
  ) {}

  async companies(ctx: RequestContext, args: ChangesArgs): Promise<ChangesPage<ClientCompanyType>> {
    assertStaffMay(ctx, 'company.view');
    const params: unknown[] = [];
    const scope = companyScopeSql(ctx, 'c', params);
    const w = changesWindow('c', decodeCursor(args.since), params.length + 1);
    params.push(...w.params);
    const rows = await this.db.query<{ id: string; updated_at: Date }>(
      ctx,
      `SELECT c.id, c.updated_at FROM company c WHERE ${scope} AND ${w.where} ORDER BY ${w.orderBy} LIMIT $${params.push(args.take + 1)}`,
      params,
    );
    const page = changesPage(rows, args.take, (r) => ({ updatedAt: r.updated_at, id: r.id }));
    return {
      ...page,
      items: await this.read.cards(
        ctx,
        page.items.map((r) => r.id),
      ),
    };
  }

  async legalEntities(ctx: RequestContext, args: ChangesArgs): Promise<ChangesPage<ClientLegalEntityType>> {
    assertStaffMay(ctx, 'company.view');
    const params: unknown[] = [];
    const scope = companyScopeSql(ctx, 'c', params);
    const w = changesWindow('le', decodeCursor(args.since), params.length + 1);
    params.push(...w.params);
    const rows = await this.db.query<Row>(
      ctx,
      `SELECT le.* FROM legal_entity le JOIN company c ON c.id = le.company_id
        WHERE ${scope} AND ${w.where} ORDER BY ${w.orderBy} LIMIT $${params.push(args.take + 1)}`,
      params,
    );
    const page = changesPage(rows, args.take, (r) => ({ updatedAt: r.updated_at as Date, id: r.id as string }));
    const contracts = await this.db.query<Row>(
      ctx,
      `SELECT ${CONTRACT_COLUMNS} FROM contract k WHERE k.legal_entity_id = ANY($1) ORDER BY k.is_default DESC, k.date DESC, k.id`,
      [page.items.map((r) => r.id)],
    );
    return {
      ...page,
      items: page.items.map((r) =>
        toLegalEntity(r, contracts.filter((k) => k.legal_entity_id === r.id).map(toContract)),
      ),
    };
  }

  async contracts(ctx: RequestContext, args: ChangesArgs): Promise<ChangesPage<ClientContractType>> {
    assertStaffMay(ctx, 'company.view');
    const params: unknown[] = [];
    const scope = companyScopeSql(ctx, 'c', params);
    const w = changesWindow('k', decodeCursor(args.since), params.length + 1);
    params.push(...w.params);
    const rows = await this.db.query<Row>(
      ctx,
      `SELECT ${CONTRACT_COLUMNS} FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id
         JOIN company c ON c.id = le.company_id
        WHERE ${scope} AND ${w.where} ORDER BY ${w.orderBy} LIMIT $${params.push(args.take + 1)}`,
      params,
    );
    const page = changesPage(rows, args.take, (r) => ({ updatedAt: r.updated_at as Date, id: r.id as string }));
    return { ...page, items: page.items.map(toContract) };
  }
}
