import { Injectable } from '@nestjs/common';
import { BatchResult } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { ConflictError, EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { Page } from '../../common/pagination/pagination.types';
import { queryTokens } from '@wholesail/shared';
import { AuditService } from '../audit/audit.service';
import { AdminProductFilterInput, ProductInput } from './catalog.inputs';
import { AdminProductType, AnalogKindEnum, ProductUpsertItemType } from './catalog.types';
import { ATTRIBUTE_VALUES_SQL, AttributeValueRow, toAttributeValue } from './catalog-shop.service';
import { likeEscape } from './catalog-query.repository';
import { ImageService } from './image.service';
import { ProductWriter } from './product-writer.service';

interface AdminProductRow {
  id: string;
  sku: string;
  external_id: string | null;
  name: string;
  summary: string;
  category_id: string | null;
  category_name: string | null;
  brand_id: string | null;
  brand_name: string | null;
  unit_code: string;
  unit_name: string;
  unit_short_name: string;
  unit_scale: number;
  unit_okei: string | null;
  vat_rate: string | null;
  order_step: string;
  min_order_quantity: string;
  active: boolean;
  image_id: string | null;
  updated_at: Date;
  total?: string;
}

const ADMIN_COLUMNS = `
  p.id, p.sku, p.external_id, p.name, p.summary, p.category_id, c.name AS category_name, b.id AS brand_id,
  b.name AS brand_name, u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short_name, u.scale AS unit_scale,
  u.okei AS unit_okei, p.vat_rate::text AS vat_rate, p.order_step::text AS order_step,
  p.min_order_quantity::text AS min_order_quantity, p.active, p.image_id, p.updated_at`;
const ADMIN_JOINS = `LEFT JOIN category c ON c.id = p.category_id LEFT JOIN brand b ON b.id = p.brand_id
  JOIN unit u ON u.code = p.unit_code`;

/** Staff's product list and editor, and integrators' bulk upsert; all writes go through ProductWriter. */
@Injectable()
export class ProductAdminService {
  constructor(
    private readonly db: Db,
    private readonly writer: ProductWriter,
    private readonly audit: AuditService,
    private readonly images: ImageService,
  ) {}

  private base(r: AdminProductRow): AdminProductType {
    return {
      id: r.id,
      sku: r.sku,
      externalId: r.external_id,
      name: r.name,
      summary: r.summary,
      categoryId: r.category_id,
      categoryName: r.category_name,
      brand: r.brand_id ? { id: r.brand_id, name: r.brand_name ?? '' } : null,
      unit: {
        code: r.unit_code,
        name: r.unit_name,
        shortName: r.unit_short_name,
        scale: r.unit_scale,
        okei: r.unit_okei,
      },
      vatRate: r.vat_rate === null ? null : new Dec(r.vat_rate),
      orderStep: new Dec(r.order_step),
      minOrderQuantity: new Dec(r.min_order_quantity),
      active: r.active,
      thumbnailUrl: this.images.url(r.image_id, 'thumb'),
      imageUrl: this.images.url(r.image_id, 'card'),
      barcodes: [],
      attributes: [],
      packagings: [],
      analogs: [],
      updatedAt: r.updated_at,
    };
  }

  async list(
    ctx: RequestContext,
    filter: AdminProductFilterInput,
    skip: number,
    take: number,
  ): Promise<Page<AdminProductType>> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = ['true'];
    if (filter.categoryId)
      where.push(`p.category_id IN (SELECT id FROM category WHERE path @> ARRAY[${p(filter.categoryId)}]::uuid[])`);
    if (filter.brandId) where.push(`p.brand_id = ${p(filter.brandId)}`);
    if (filter.active !== undefined && filter.active !== null) where.push(`p.active = ${p(filter.active)}`);
    for (const t of queryTokens(filter.search ?? '').slice(0, 8))
      where.push(`p.search_text LIKE ${p(`%${likeEscape(t)}%`)}`);
    const rows = await this.db.query<AdminProductRow>(
      ctx,
      `SELECT ${ADMIN_COLUMNS}, count(*) OVER () AS total FROM product p ${ADMIN_JOINS}
        WHERE ${where.join(' AND ')} ORDER BY p.name, p.sku LIMIT ${p(take)} OFFSET ${p(skip)}`,
      params,
    );
    const items = rows.map((r) => this.base(r));
    await this.withPackagingsAndBarcodes(ctx, items);
    return { items, totalCount: rows.length ? Number(rows[0].total) : 0 };
  }

  /** A page's packagings and barcodes in one statement (the list shows them; no query per row). */
  private async withPackagingsAndBarcodes(ctx: RequestContext, items: AdminProductType[]): Promise<void> {
    if (!items.length) return;
    const details = await this.db.query<{
      id: string;
      barcodes: string[];
      packagings: { code: string; name: string; factor: string; barcode: string | null }[];
    }>(
      ctx,
      `SELECT p.id,
              (SELECT coalesce(array_agg(b.barcode ORDER BY b.barcode), '{}') FROM product_barcode b
                WHERE b.product_id = p.id) AS barcodes,
              (SELECT coalesce(json_agg(json_build_object('code', k.code, 'name', k.name, 'factor', k.factor::text,
                                                          'barcode', k.barcode) ORDER BY k.position), '[]')
                 FROM product_packaging k WHERE k.product_id = p.id) AS packagings
         FROM unnest($1::uuid[]) AS p(id)`,
      [items.map((i) => i.id)],
    );
    const byId = new Map(details.map((d) => [d.id, d]));
    for (const item of items) {
      const d = byId.get(item.id);
      if (!d) continue;
      item.barcodes = d.barcodes;
      item.packagings = d.packagings.map((k) => ({ ...k, factor: new Dec(k.factor) }));
    }
  }

  async get(ctx: RequestContext, id: string): Promise<AdminProductType> {
    const [row] = await this.db.query<AdminProductRow>(
      ctx,
      `SELECT ${ADMIN_COLUMNS} FROM product p ${ADMIN_JOINS} WHERE p.id = $1`,
      [id],
    );
    if (!row) throw new EntityNotFoundError('Product', id);
    const [details] = await this.db.query<{
      attributes: AttributeValueRow[];
      barcodes: string[];
      packagings: { code: string; name: string; factor: string; barcode: string | null }[];
      analogs: { id: string; sku: string; name: string; kind: AnalogKindEnum; note: string | null }[];
    }>(
      ctx,
      `SELECT (SELECT coalesce(json_agg(a), '[]') FROM (${ATTRIBUTE_VALUES_SQL}) a) AS attributes,
              (SELECT coalesce(array_agg(barcode ORDER BY barcode), '{}') FROM product_barcode WHERE product_id = $1) AS barcodes,
              (SELECT coalesce(json_agg(json_build_object('code', k.code, 'name', k.name, 'factor', k.factor::text,
                                                          'barcode', k.barcode) ORDER BY k.position), '[]')
                 FROM product_packaging k WHERE k.product_id = $1) AS packagings,
              (SELECT coalesce(json_agg(json_build_object('id', ap.id, 'sku', ap.sku, 'name', ap.name, 'kind', a.kind,
                                                          'note', a.note) ORDER BY ap.name), '[]')
                 FROM product_analog a JOIN product ap ON ap.id = a.analog_id WHERE a.product_id = $1) AS analogs`,
      [id],
    );
    return {
      ...this.base(row),
      barcodes: details.barcodes,
      attributes: details.attributes.map(toAttributeValue),
      packagings: details.packagings.map((k) => ({ ...k, factor: new Dec(k.factor) })),
      analogs: details.analogs.map((a) => ({ productId: a.id, sku: a.sku, name: a.name, kind: a.kind, note: a.note })),
    };
  }

  async create(ctx: RequestContext, input: ProductInput): Promise<AdminProductType> {
    const id = await this.db.transaction(ctx, async (tctx) => {
      const [taken] = await this.db.query(tctx, `SELECT 1 FROM product WHERE lower(sku) COLLATE "C" = lower($1)`, [
        input.sku,
      ]);
      if (taken) throw new ConflictError(`A product with SKU ${input.sku} exists`);
      const id = await this.writeOne(tctx, { ...input });
      await this.audit.record(tctx, {
        action: 'product.created',
        entityType: 'product',
        entityId: id,
        after: { sku: input.sku },
      });
      return id;
    });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, input: ProductInput): Promise<AdminProductType> {
    await this.db.transaction(ctx, async (tctx) => {
      await this.writeOne(tctx, { ...input, id });
      await this.audit.record(tctx, {
        action: 'product.updated',
        entityType: 'product',
        entityId: id,
        after: { ...input },
      });
    });
    return this.get(ctx, id);
  }

  async upsert(
    ctx: RequestContext,
    rows: ProductInput[],
    allOrNothing: boolean,
  ): Promise<BatchResult<ProductUpsertItemType>> {
    return this.db.transaction(ctx, async (tctx) => {
      const result = await this.writer.write(tctx, rows, allOrNothing);
      if (result.applied) {
        await this.audit.record(tctx, {
          action: 'product.bulk_upserted',
          entityType: 'product',
          after: { rows: rows.length, applied: result.applied, created: result.items.filter((i) => i.created).length },
        });
      }
      return result;
    });
  }

  /** One product through the batch writer; its row error becomes a BAD_USER_INPUT naming `input.<field>`. */
  private async writeOne(ctx: RequestContext, row: ProductInput & { id?: string }): Promise<string> {
    const result = await this.writer.write(ctx, [row], true);
    const error = result.rowErrors[0];
    if (error) {
      if (error.errorCode === 'NOT_FOUND') throw new EntityNotFoundError('Product', row.id);
      if (error.errorCode === 'SKU_TAKEN') throw new ConflictError(error.message);
      const field = error.field ? `input.${error.field}` : 'input';
      throw new UserInputError(field, `${field}: ${error.message}`, { errorCode: error.errorCode });
    }
    return result.items[0].id;
  }
}
