import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { OptionalUuidPipe, UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { PriceEntryAdminService } from './price-entry-admin.service';
import { PriceRuleAdminService } from './price-rule-admin.service';
import { PriceSimulatorService } from './price-simulator.service';
import { PriceTypeAdminService } from './price-type-admin.service';
import {
  PriceEntryFilterInput,
  PriceRuleFilterInput,
  PriceRuleInput,
  PriceTypeInput,
  SetBasePriceTypeInput,
  SimulatePricesInput,
  UpsertPriceEntriesInput,
  UpsertPriceRulesInput,
} from './pricing.admin.inputs';
import {
  PriceEntryBatchResult,
  PriceEntryPage,
  PriceRuleBatchResult,
  PriceRulePage,
  PriceRuleSavedType,
  PriceRuleType,
  PriceRuleWarningType,
  PriceSimulationType,
  PriceTypeType,
} from './pricing.admin.types';

/** Staff and integrators: price types, entries, rules and the simulator (docs/pricing.md). */
@Resolver()
export class PricingAdminResolver {
  constructor(
    private readonly types: PriceTypeAdminService,
    private readonly entries: PriceEntryAdminService,
    private readonly rules: PriceRuleAdminService,
    private readonly simulator: PriceSimulatorService,
  ) {}

  @Allow(Permission.READ_PRICES)
  @Query(() => [PriceTypeType], { description: 'All price types, Purchase included, in display order.' })
  priceTypes(@Ctx() ctx: RequestContext) {
    return this.types.list(ctx);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => PriceTypeType)
  createPriceType(@Ctx() ctx: RequestContext, @Args('input') input: PriceTypeInput) {
    return this.types.create(ctx, input);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => PriceTypeType)
  updatePriceType(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: PriceTypeInput,
  ) {
    return this.types.update(ctx, id, input);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => Boolean, {
    description: 'Only an unused type (no entries, rules or base-type settings) may be deleted.',
  })
  deletePriceType(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.types.delete(ctx, id);
  }

  @Allow(Permission.MANAGE_COMPANIES)
  @Mutation(() => Boolean, {
    description: 'The base price type of a contract, legal entity or company (null: inherit); managers: own clients.',
  })
  setBasePriceType(@Ctx() ctx: RequestContext, @Args('input') input: SetBasePriceTypeInput) {
    return this.types.setBasePriceType(ctx, input);
  }

  @Allow(Permission.READ_PRICES)
  @Query(() => PriceEntryPage, { description: 'Price entries (the editable grid), by SKU.' })
  priceEntries(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PriceEntryFilterInput, nullable: true }) filter: PriceEntryFilterInput | null,
  ) {
    return this.entries.list(ctx, filter, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => PriceEntryBatchResult, {
    description:
      'Staff grid and integrators: up to 10 000 entries by SKU (or product external id) + price type code; ' +
      'all-or-nothing by default, idempotent (unchanged rows report changed: false). Larger loads: POST /api/admin/price-entries/import.',
  })
  upsertPriceEntries(@Ctx() ctx: RequestContext, @Args('input') input: UpsertPriceEntriesInput) {
    return this.entries.upsert(
      ctx,
      input.rows.map((r) => ({
        sku: r.sku ?? null,
        productExternalId: r.productExternalId ?? null,
        priceTypeCode: r.priceTypeCode,
        packagingCode: r.packagingCode ?? '',
        price: r.price ?? null,
        tiers: r.tiers ?? [],
        delete: r.delete ?? false,
      })),
      input.options?.allOrNothing ?? true,
    );
  }

  @Allow(Permission.READ_PRICES)
  @Query(() => PriceRulePage, { description: 'Price rules with filters, highest priority first.' })
  priceRules(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PriceRuleFilterInput, nullable: true }) filter: PriceRuleFilterInput | null,
  ) {
    return this.rules.list(ctx, filter, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.READ_PRICES)
  @Query(() => PriceRuleType)
  priceRule(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.rules.get(ctx, id);
  }

  @Allow(Permission.READ_PRICES)
  @Query(() => [PriceRuleWarningType], {
    description: 'The editor, before saving: overlaps and shadowing of this draft (id: the rule being edited).',
  })
  priceRuleWarnings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PriceRuleInput,
    @Args('id', { type: () => ID, nullable: true }, OptionalUuidPipe) id: string | null,
  ) {
    return this.rules.warningsFor(ctx, id ?? null, input);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => PriceRuleSavedType, {
    description: 'Validated (BAD_USER_INPUT names the field); warnings do not block.',
  })
  createPriceRule(@Ctx() ctx: RequestContext, @Args('input') input: PriceRuleInput) {
    return this.rules.create(ctx, input);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => PriceRuleSavedType)
  updatePriceRule(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: PriceRuleInput,
  ) {
    return this.rules.update(ctx, id, input);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => Boolean)
  deletePriceRule(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.rules.delete(ctx, id);
  }

  @Allow(Permission.MANAGE_PRICES)
  @Mutation(() => PriceRuleBatchResult, {
    description:
      'Integrators: rules by externalId (scope by external id, product by SKU, price type by code); all or nothing.',
  })
  upsertPriceRules(@Ctx() ctx: RequestContext, @Args('input') input: UpsertPriceRulesInput) {
    return this.rules.upsert(ctx, input.rows);
  }

  @Allow(Permission.READ_PRICES)
  @Query(() => PriceSimulationType, {
    description: 'The price simulator: the catalog’s prices for a client with full traces (managers: own clients).',
  })
  simulatePrices(@Ctx() ctx: RequestContext, @Args('input') input: SimulatePricesInput) {
    return this.simulator.simulate(ctx, input);
  }
}
