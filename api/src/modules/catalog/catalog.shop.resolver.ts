import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ID } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { CatalogFilterInput, CatalogPageArgs } from './catalog.inputs';
import {
  CatalogFacetsType,
  CatalogProductPageType,
  CategoryType,
  ProductCardType,
  SearchSuggestionType,
} from './catalog.types';
import { CatalogShopService } from './catalog-shop.service';
import { CategoryService } from './category.service';

@Allow(BuyerPermission.VIEW_CATALOG)
@Resolver()
export class CatalogShopResolver {
  constructor(
    private readonly catalog: CatalogShopService,
    private readonly categoryService: CategoryService,
  ) {}

  @Query(() => [CategoryType], { description: 'The catalog tree (active categories), depth-first in display order.' })
  async categories(@Ctx() ctx: RequestContext): Promise<CategoryType[]> {
    return (await this.categoryService.tree(ctx, { activeOnly: true })).map(
      ({ externalId: _e, active: _a, ...category }) => category,
    );
  }

  @Query(() => CatalogProductPageType, {
    description:
      'A page of the catalog table: filter, sort, skip/take and the total count (AG-Grid infinite row model). ' +
      'Rows carry availability per warehouse and the next incoming dates.',
  })
  catalogProducts(@Ctx() ctx: RequestContext, @Args() args: CatalogPageArgs) {
    return this.catalog.page(ctx, args);
  }

  @Query(() => CatalogFacetsType, {
    description: 'Facet counts for the filter (each facet counted without its own filter).',
  })
  catalogFacets(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => CatalogFilterInput, nullable: true }) filter: CatalogFilterInput | null,
  ) {
    return this.catalog.facets(ctx, filter ?? {});
  }

  @Query(() => [SearchSuggestionType], {
    description:
      'Suggestions as the buyer types: exact SKU first, then SKU and barcode prefixes, then name words (typo-tolerant).',
  })
  searchSuggestions(
    @Ctx() ctx: RequestContext,
    @Args('query') query: string,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
  ) {
    if (query.length > 200) throw new UserInputError('query', 'query: at most 200 characters');
    if (limit < 1 || limit > 30) throw new UserInputError('limit', 'limit: between 1 and 30');
    return this.catalog.suggest(ctx, query, limit);
  }

  @Query(() => ProductCardType, {
    description: 'The product card: attributes, packaging, analogs, stock and incoming.',
  })
  catalogProduct(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.catalog.card(ctx, id);
  }
}
