import { Controller, Get, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { CatalogFilterInput } from '../catalog/catalog.inputs';
import { QuantityRounding } from './cart.types';
import { ExcelImportService } from './excel-import.service';
import { EntryApplyMode } from './order-entry.types';
import { PriceListExportService } from './price-list-export.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidList(value: string | string[] | undefined, field: string): string[] | null {
  if (value === undefined) return null;
  const list = (Array.isArray(value) ? value : value.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const v of list)
    if (!UUID.test(v)) throw new UserInputError(field, `${field}: must be IDs returned by this API`);
  return list;
}

function enumOf<T extends string>(value: string | undefined, values: Record<string, T>, field: string, fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!Object.values(values).includes(value as T)) {
    throw new UserInputError(field, `${field}: one of ${Object.values(values).join(', ')}`);
  }
  return value as T;
}

/**
 * Plain-HTTP parts of the cart: the .xlsx price list download and the sheet upload. Authorised by
 * the buyer's bearer token like /shop-api (the storefront fetches with it and saves the blob).
 */
@Controller('api/shop')
export class CartController {
  constructor(
    private readonly exporter: PriceListExportService,
    private readonly importer: ExcelImportService,
  ) {}

  /**
   * `GET /api/shop/price-list.xlsx?categoryId=&search=&brandIds=a,b&inStock=true&warehouseIds=&locale=ru|en`
   * Streams the personal price list (the whole catalog without filters).
   */
  @Allow(BuyerPermission.VIEW_CATALOG)
  @Get('price-list.xlsx')
  async priceList(
    @Ctx() ctx: RequestContext,
    @Query() query: Record<string, string | string[] | undefined>,
    @Res() res: Response,
  ): Promise<void> {
    const one = (k: string) => (Array.isArray(query[k]) ? query[k][0] : query[k]);
    const categoryId = uuidList(one('categoryId'), 'categoryId')?.[0] ?? null;
    const search = one('search');
    if (search && search.length > 200) throw new UserInputError('search', 'search: at most 200 characters');
    const filter: CatalogFilterInput = {
      categoryId,
      search: search ?? null,
      brandIds: uuidList(query.brandIds, 'brandIds'),
      warehouseIds: uuidList(query.warehouseIds, 'warehouseIds'),
      inStock: one('inStock') === 'true',
      attributes: null,
    };
    const locale = enumOf(one('locale'), { ru: 'ru', en: 'en' } as const, 'locale', 'ru');
    const head = await this.exporter.prepare(ctx, filter, locale);
    res.status(200);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${head.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Row-Count', String(head.ids.length));
    res.flushHeaders();
    await this.exporter.write(ctx, head, locale, res);
  }

  /**
   * `POST /api/shop/cart/excel?apply=VALID_ROWS|ALL_OR_NOTHING&rounding=ROUND_UP|REJECT&dryRun=true`, multipart
   * field `file`: the filled-in price list (or any sheet with SKU and quantity columns) → the cart, with
   * the row-by-row report (JSON, the OrderEntryReport shape). File problems: 400 with `reason`.
   */
  @Allow(BuyerPermission.PLACE_ORDERS)
  @Post('cart/excel')
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Ctx() ctx: RequestContext,
    @Query() query: Record<string, string | undefined>,
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
  ) {
    if (!file) throw new UserInputError('file', 'file: send the workbook as multipart/form-data field "file"');
    return this.importer.import(ctx, file.buffer, {
      apply: enumOf(query.apply, EntryApplyMode, 'apply', EntryApplyMode.VALID_ROWS),
      rounding: enumOf(query.rounding, QuantityRounding, 'rounding', QuantityRounding.ROUND_UP),
      dryRun: query.dryRun === 'true',
    });
  }
}
