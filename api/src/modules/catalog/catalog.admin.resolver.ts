import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { BatchOptionsInput, MAX_BATCH_ROWS } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import {
  AdminProductFilterInput,
  AttributeDefinitionInput,
  BrandInput,
  CategoryInput,
  CategoryUpsertInput,
  ProductInput,
  UpdateAttributeDefinitionInput,
  UpdateCategoryInput,
} from './catalog.inputs';
import {
  AdminAttributeDefinitionType,
  AdminBrandType,
  AdminCategoryType,
  AdminProductPage,
  AdminProductType,
  CategoryBatchResult,
  ProductBatchResult,
  UnitType,
} from './catalog.types';
import { CategoryService } from './category.service';
import { ProductAdminService } from './product-admin.service';
import { ReferenceService } from './reference.service';

@ArgsType()
class UpsertProductsArgs {
  @Field(() => [ProductInput])
  @ArrayMaxSize(MAX_BATCH_ROWS, { message: `at most ${MAX_BATCH_ROWS} rows per call` })
  @ValidateNested({ each: true })
  @Type(() => ProductInput)
  rows: ProductInput[];

  @Field(() => BatchOptionsInput, { nullable: true })
  options?: BatchOptionsInput | null;
}

@ArgsType()
class UpsertCategoriesArgs {
  @Field(() => [CategoryUpsertInput])
  @ArrayMaxSize(MAX_BATCH_ROWS, { message: `at most ${MAX_BATCH_ROWS} rows per call` })
  @ValidateNested({ each: true })
  @Type(() => CategoryUpsertInput)
  rows: CategoryUpsertInput[];

  @Field(() => BatchOptionsInput, { nullable: true })
  options?: BatchOptionsInput | null;
}

@Resolver()
export class CatalogAdminResolver {
  constructor(
    private readonly categoriesService: CategoryService,
    private readonly reference: ReferenceService,
    private readonly productsService: ProductAdminService,
  ) {}

  // ----- reads (READ_CATALOG) -----

  @Allow(Permission.READ_CATALOG)
  @Query(() => [UnitType])
  units(@Ctx() ctx: RequestContext) {
    return this.reference.units(ctx);
  }

  @Allow(Permission.READ_CATALOG)
  @Query(() => [AdminCategoryType], { description: 'The whole tree (inactive too), depth-first in display order.' })
  categories(@Ctx() ctx: RequestContext) {
    return this.categoriesService.tree(ctx, { activeOnly: false });
  }

  @Allow(Permission.READ_CATALOG)
  @Query(() => [AdminBrandType])
  brands(@Ctx() ctx: RequestContext) {
    return this.reference.brands(ctx);
  }

  @Allow(Permission.READ_CATALOG)
  @Query(() => [AdminAttributeDefinitionType])
  attributeDefinitions(@Ctx() ctx: RequestContext) {
    return this.reference.attributes(ctx);
  }

  @Allow(Permission.READ_CATALOG)
  @Query(() => AdminProductPage)
  products(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AdminProductFilterInput, nullable: true }) filter: AdminProductFilterInput | null,
  ) {
    return this.productsService.list(ctx, filter ?? {}, page.skip ?? 0, page.take ?? 50);
  }

  @Allow(Permission.READ_CATALOG)
  @Query(() => AdminProductType)
  product(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.productsService.get(ctx, id);
  }

  // ----- category tree (MANAGE_CATALOG) -----

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminCategoryType)
  createCategory(@Ctx() ctx: RequestContext, @Args('input') input: CategoryInput) {
    return this.categoriesService.create(ctx, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminCategoryType)
  updateCategory(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCategoryInput,
  ) {
    return this.categoriesService.update(ctx, id, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => [AdminCategoryType], {
    description:
      'Moves a category with its subtree under another parent (null: to the root) at a position; returns the tree.',
  })
  moveCategory(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @Args('position', { type: () => Int }) position: number,
  ) {
    if (parentId !== null && !/^[0-9a-f-]{36}$/i.test(parentId)) {
      throw new UserInputError('parentId', 'parentId must be an ID returned by this API');
    }
    if (position < 0) throw new UserInputError('position', 'position must not be negative');
    return this.categoriesService.move(ctx, id, parentId?.toLowerCase() ?? null, position);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => Boolean, { description: 'Deletes an empty category (no subcategories, no products).' })
  deleteCategory(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.categoriesService.delete(ctx, id);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => CategoryBatchResult, { description: 'Integrators: categories by externalId, parents by externalId.' })
  upsertCategories(@Ctx() ctx: RequestContext, @Args() args: UpsertCategoriesArgs) {
    return this.categoriesService.upsert(ctx, args.rows, args.options?.allOrNothing ?? false);
  }

  // ----- brands and attributes (MANAGE_CATALOG) -----

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminBrandType)
  createBrand(@Ctx() ctx: RequestContext, @Args('input') input: BrandInput) {
    return this.reference.createBrand(ctx, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminBrandType)
  updateBrand(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: BrandInput,
  ) {
    return this.reference.updateBrand(ctx, id, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => Boolean, { description: 'Deletes a brand; its products stay, without a brand.' })
  deleteBrand(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.reference.deleteBrand(ctx, id);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminAttributeDefinitionType)
  createAttributeDefinition(@Ctx() ctx: RequestContext, @Args('input') input: AttributeDefinitionInput) {
    return this.reference.createAttribute(ctx, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminAttributeDefinitionType)
  updateAttributeDefinition(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateAttributeDefinitionInput,
  ) {
    return this.reference.updateAttribute(ctx, id, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => Boolean, { description: 'Deletes an attribute and its values on every product.' })
  deleteAttributeDefinition(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.reference.deleteAttribute(ctx, id);
  }

  // ----- products (MANAGE_CATALOG) -----

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminProductType)
  createProduct(@Ctx() ctx: RequestContext, @Args('input') input: ProductInput) {
    return this.productsService.create(ctx, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => AdminProductType, {
    description: 'Changes a product; omitted fields keep their value, given lists replace.',
  })
  updateProduct(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: ProductInput,
  ) {
    return this.productsService.update(ctx, id, input);
  }

  @Allow(Permission.MANAGE_CATALOG)
  @Mutation(() => ProductBatchResult, {
    description: 'Integrators: up to 10 000 products by SKU or externalId, with attributes, packagings and analogs.',
  })
  upsertProducts(@Ctx() ctx: RequestContext, @Args() args: UpsertProductsArgs) {
    return this.productsService.upsert(ctx, args.rows, args.options?.allOrNothing ?? false);
  }
}
