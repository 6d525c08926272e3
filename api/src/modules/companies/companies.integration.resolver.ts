import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { BatchOptionsInput } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { ChangesArgs } from '../../common/pagination/changes-cursor';
import { CompanyBulkService } from './company-bulk.service';
import {
  ClientCompanyChanges,
  ClientContractChanges,
  ClientLegalEntityChanges,
  CompanyUpsertInput,
  ContractUpsertInput,
  LegalEntityUpsertInput,
  UpsertBatchResult,
} from './company-bulk.types';
import { CompanyChangesService } from './company-changes.service';

const Options = () => Args('options', { type: () => BatchOptionsInput, nullable: true });

/** Integrators (API keys with MANAGE_COMPANIES + ALL_CLIENTS): bulk upserts by external id and change cursors. */
@Resolver()
export class CompaniesIntegrationResolver {
  constructor(
    private readonly bulk: CompanyBulkService,
    private readonly changes: CompanyChangesService,
  ) {}

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => UpsertBatchResult, { description: 'Up to 10,000 companies by externalId; idempotent.' })
  upsertCompanies(
    @Ctx() ctx: RequestContext,
    @Args('rows', { type: () => [CompanyUpsertInput] }) rows: CompanyUpsertInput[],
    @Options() options: BatchOptionsInput | null,
  ) {
    return this.bulk.upsertCompanies(ctx, rows, options);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => UpsertBatchResult, { description: 'Up to 10,000 legal entities by externalId; idempotent.' })
  upsertLegalEntities(
    @Ctx() ctx: RequestContext,
    @Args('rows', { type: () => [LegalEntityUpsertInput] }) rows: LegalEntityUpsertInput[],
    @Options() options: BatchOptionsInput | null,
  ) {
    return this.bulk.upsertLegalEntities(ctx, rows, options);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => UpsertBatchResult, { description: 'Up to 10,000 contracts by externalId; idempotent.' })
  upsertContracts(
    @Ctx() ctx: RequestContext,
    @Args('rows', { type: () => [ContractUpsertInput] }) rows: ContractUpsertInput[],
    @Options() options: BatchOptionsInput | null,
  ) {
    return this.bulk.upsertContracts(ctx, rows, options);
  }

  @Allow(Permission.READ_COMPANIES)
  @Query(() => ClientCompanyChanges, { description: 'Companies changed since the cursor, oldest change first.' })
  companyChanges(@Ctx() ctx: RequestContext, @Args() args: ChangesArgs) {
    return this.changes.companies(ctx, args);
  }

  @Allow(Permission.READ_COMPANIES)
  @Query(() => ClientLegalEntityChanges)
  legalEntityChanges(@Ctx() ctx: RequestContext, @Args() args: ChangesArgs) {
    return this.changes.legalEntities(ctx, args);
  }

  @Allow(Permission.READ_COMPANIES)
  @Query(() => ClientContractChanges)
  contractChanges(@Ctx() ctx: RequestContext, @Args() args: ChangesArgs) {
    return this.changes.contracts(ctx, args);
  }
}
