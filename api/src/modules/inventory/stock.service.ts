import { Injectable } from '@nestjs/common';
import { BatchResult, RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { plainArray } from '../../common/database/plain-array';
import { ConflictError, EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { Dec } from '../../common/money/decimal';
import { Page } from '../../common/pagination/pagination.types';
import { AuditService } from '../audit/audit.service';
import { availableSql, REFRESH_PRODUCT_STOCK, STALE_CTE } from './availability.sql';
import {
  IncomingSupplyInput,
  IncomingSupplyUpsertInput,
  StockAdjustmentInput,
  StockFilterInput,
  StockLevelUpsertInput,
  SupplyFilterInput,
  UpdateIncomingSupplyInput,
  WarehouseInput,
} from './inventory.inputs';
import {
  IncomingSupplyType,
  IncomingSupplyUpsertItemType,
  StockLevelType,
  StockUpsertItemType,
  SupplyStatusEnum,
  WarehouseType,
} from './inventory.types';

const PRODUCT_REF = `json_build_object('id', p.id, 'sku', p.sku, 'name', p.name, 'unit',
  json_build_object('code', u.code, 'name', u.name, 'shortName', u.short_name, 'scale', u.scale, 'okei', u.okei))`;
const WAREHOUSE_REF = `json_build_object('id', w.id, 'code', w.code, 'name', w.name, 'city', w.city)`;

type Ref = StockLevelType['product'];
type WRef = StockLevelType['warehouse'];

/**
 * Stock writers take the product's product_stock row lock first (ordered by id, so batches never
 * deadlock), change stock_level, then recompute the summary: writers of one product take turns and
 * the summary never comes from a stale snapshot. Catalog reads take no locks and are never blocked.
 *
 * ON CONFLICT DO UPDATE locks every conflicting row before its WHERE is checked; with `WHERE false`
 * the rows are locked but not rewritten: no new row version, no facet-count work for rows that did
 * not change, and the summary UPDATE that follows is not taken for a change of the row's key (a row
 * version written by the same transaction would make PostgreSQL re-check its foreign key per row).
 * A missing summary row is inserted (and so held by this transaction) as before.
 */
export async function lockProducts(db: Db, ctx: RequestContext, productIds: string[]): Promise<void> {
  await db.query(
    ctx,
    `INSERT INTO product_stock AS ps (product_id)
     SELECT id FROM unnest($1::uuid[]) AS x(id) ORDER BY id
     ON CONFLICT (product_id) DO UPDATE SET product_id = excluded.product_id WHERE false`,
    [[...new Set(productIds)]],
  );
}

export async function refreshProductStock(db: Db, ctx: RequestContext, productIds: string[]): Promise<void> {
  await db.query(ctx, REFRESH_PRODUCT_STOCK, [[...new Set(productIds)]]);
}

const isBlank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

@Injectable()
export class StockService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  // ---------- warehouses ----------

  async warehouses(ctx: RequestContext, activeOnly: boolean): Promise<WarehouseType[]> {
    const rows = await this.db.query<WarehouseType & { pickup_point: boolean }>(
      ctx,
      `SELECT id, code, name, city, region, branch, pickup_point, active, position FROM warehouse ${activeOnly ? 'WHERE active' : ''} ORDER BY position, name`,
    );
    return rows.map((w) => ({
      id: w.id,
      code: w.code,
      name: w.name,
      city: w.city,
      region: w.region,
      branch: w.branch,
      pickupPoint: w.pickup_point,
      active: w.active,
      position: w.position,
    }));
  }

  async saveWarehouse(ctx: RequestContext, id: string | null, input: WarehouseInput): Promise<WarehouseType> {
    const savedId = await this.db.transaction(ctx, async (tctx) => {
      const params = [
        input.code,
        input.name.trim(),
        input.city.trim(),
        input.region ?? '',
        input.branch ?? '',
        input.pickupPoint ?? false,
        input.active ?? true,
        input.position ?? 0,
      ];
      const conflict = (e: unknown): never => {
        if ((e as { code?: string }).code === '23505')
          throw new ConflictError(`A warehouse with code ${input.code} exists`);
        throw e;
      };
      let before: { active: boolean } | undefined;
      let savedId: string;
      if (id) {
        [before] = await this.db.query<{ active: boolean }>(
          tctx,
          `SELECT active FROM warehouse WHERE id = $1 FOR UPDATE`,
          [id],
        );
        if (!before) throw new EntityNotFoundError('Warehouse', id);
        await this.db
          .query(
            tctx,
            `UPDATE warehouse SET code = $1, name = $2, city = $3, region = $4, branch = $5, pickup_point = $6, active = $7,
                    position = $8, updated_at = now() WHERE id = $9`,
            [...params, id],
          )
          .catch(conflict);
        savedId = id;
      } else {
        const [row] = await this.db
          .query<{ id: string }>(
            tctx,
            `INSERT INTO warehouse (code, name, city, region, branch, pickup_point, active, position, bit)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                     (SELECT min(b) FROM generate_series(0, 62) b WHERE NOT EXISTS (SELECT 1 FROM warehouse w WHERE w.bit = b)))
             RETURNING id`,
            params,
          )
          .catch((e: unknown) => {
            if ((e as { code?: string }).code === '23502')
              throw new ConflictError('At most 63 warehouses are supported');
            return conflict(e);
          });
        savedId = row.id;
      }
      if (before && before.active !== (input.active ?? true)) {
        // Summaries only count active warehouses: recompute those of every product stocked here.
        const products = await this.db.query<{ product_id: string }>(
          tctx,
          `SELECT product_id FROM stock_level WHERE warehouse_id = $1 ORDER BY product_id`,
          [savedId],
        );
        const ids = products.map((p) => p.product_id).sort();
        if (ids.length) {
          await lockProducts(this.db, tctx, ids);
          await refreshProductStock(this.db, tctx, ids);
        }
      }
      await this.audit.record(tctx, {
        action: id ? 'warehouse.updated' : 'warehouse.created',
        entityType: 'warehouse',
        entityId: savedId,
        after: { ...input },
      });
      return savedId;
    });
    const found = (await this.warehouses(ctx, false)).find((w) => w.id === savedId);
    return found as WarehouseType;
  }

  // ---------- stock levels ----------

  async levels(
    ctx: RequestContext,
    filter: StockFilterInput,
    skip: number,
    take: number,
  ): Promise<Page<StockLevelType>> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['true'];
    if (filter.productId) where.push(`s.product_id = ${p(filter.productId)}`);
    if (filter.warehouseId) where.push(`s.warehouse_id = ${p(filter.warehouseId)}`);
    if (filter.sku)
      where.push(
        `lower(p.sku) COLLATE "C" LIKE ${p(`${filter.sku.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`,
      );
    const rows = await this.db.query<{
      product: Ref;
      warehouse: WRef;
      on_hand: string;
      reserved: string;
      available: string;
      updated_at: Date;
      total: string;
    }>(
      ctx,
      `WITH ${STALE_CTE}
       SELECT ${PRODUCT_REF} AS product, ${WAREHOUSE_REF} AS warehouse, s.on_hand::text, s.reserved::text,
              ${availableSql()}::text AS available, s.updated_at, count(*) OVER () AS total
         FROM stock_level s JOIN product p ON p.id = s.product_id JOIN unit u ON u.code = p.unit_code
         JOIN warehouse w ON w.id = s.warehouse_id
         LEFT JOIN stale st ON st.product_id = s.product_id AND st.warehouse_id = s.warehouse_id
        WHERE ${where.join(' AND ')}
        ORDER BY p.sku, w.position, w.name LIMIT ${p(take)} OFFSET ${p(skip)}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        product: r.product,
        warehouse: r.warehouse,
        onHand: new Dec(r.on_hand),
        reserved: new Dec(r.reserved),
        available: new Dec(r.available),
        updatedAt: r.updated_at,
      })),
      totalCount: rows.length ? Number(rows[0].total) : 0,
    };
  }

  /** A manual correction by staff, with the reason in the audit log. */
  async adjust(ctx: RequestContext, input: StockAdjustmentInput): Promise<StockLevelType> {
    if ((input.onHand ? 1 : 0) + (input.delta ? 1 : 0) !== 1) {
      throw new UserInputError('input.onHand', 'input.onHand: give either onHand or delta');
    }
    if (input.onHand?.isNegative()) throw new UserInputError('input.onHand', 'input.onHand: must not be negative');
    await this.db.transaction(ctx, async (tctx) => {
      const [exists] = await this.db.query(
        tctx,
        `SELECT (SELECT count(*) FROM product WHERE id = $1) AS p, (SELECT count(*) FROM warehouse WHERE id = $2) AS w`,
        [input.productId, input.warehouseId],
      );
      if (!Number(exists.p)) throw new EntityNotFoundError('Product', input.productId);
      if (!Number(exists.w)) throw new EntityNotFoundError('Warehouse', input.warehouseId);
      await lockProducts(this.db, tctx, [input.productId]);
      const [before] = await this.db.query<{ on_hand: string }>(
        tctx,
        `SELECT on_hand::text FROM stock_level WHERE product_id = $1 AND warehouse_id = $2`,
        [input.productId, input.warehouseId],
      );
      const old = new Dec(before?.on_hand ?? 0);
      const next = input.onHand ?? old.plus(input.delta as Dec);
      if (next.isNegative())
        throw new UserInputError('input.delta', `input.delta: on hand would become ${next.toFixed()}`);
      await this.db.query(
        tctx,
        `INSERT INTO stock_level (product_id, warehouse_id, on_hand) VALUES ($1, $2, $3)
         ON CONFLICT (product_id, warehouse_id) DO UPDATE SET on_hand = excluded.on_hand, updated_at = now()`,
        [input.productId, input.warehouseId, next.toFixed()],
      );
      await refreshProductStock(this.db, tctx, [input.productId]);
      await this.audit.record(tctx, {
        action: 'stock.adjusted',
        entityType: 'stock_level',
        entityId: `${input.productId}:${input.warehouseId}`,
        before: { onHand: old.toFixed() },
        after: { onHand: next.toFixed() },
        reason: input.reason,
      });
    });
    const page = await this.levels(ctx, { productId: input.productId, warehouseId: input.warehouseId }, 0, 1);
    return page.items[0];
  }

  /**
   * Integrators: absolute on-hand quantities per product × warehouse, up to 10 000 rows, in a fixed
   * number of statements and one short transaction.
   */
  async upsertLevels(
    ctx: RequestContext,
    rows: StockLevelUpsertInput[],
    allOrNothing: boolean,
  ): Promise<BatchResult<StockUpsertItemType>> {
    return this.db.transaction(ctx, async (tctx) => {
      const errors = new RowErrors();
      const resolved = await this.resolveRefs(tctx, rows, errors);
      // Rows seen per product and warehouse (a product's few warehouses in a small map of its own).
      const seen = new Map<string, Map<string, number>>();
      const valid: (StockUpsertItemType & { onHand: string })[] = [];
      rows.forEach((r, i) => {
        const row = i + 1;
        const ref = resolved[i];
        if (!ref) return;
        if (!r.onHand) return errors.add(row, 'onHand', 'REQUIRED', 'onHand is required', ref.key);
        if (r.onHand.isNegative())
          return errors.add(row, 'onHand', 'INVALID_VALUE', 'onHand must not be negative', ref.key);
        if (r.onHand.decimalPlaces() > 6)
          return errors.add(row, 'onHand', 'INVALID_VALUE', 'at most 6 decimals', ref.key);
        let ofProduct = seen.get(ref.productId);
        if (!ofProduct) seen.set(ref.productId, (ofProduct = new Map<string, number>()));
        const earlier = ofProduct.get(ref.warehouseId);
        if (earlier !== undefined)
          return errors.add(row, null, 'DUPLICATE_KEY', `Same product and warehouse as row ${earlier}`, ref.key);
        ofProduct.set(ref.warehouseId, row);
        valid.push({ row, productId: ref.productId, warehouseId: ref.warehouseId, onHand: r.onHand.toFixed() });
      });
      if ((allOrNothing && errors.size) || !valid.length) {
        return { items: allOrNothing && errors.size ? [] : valid, rowErrors: errors.list, applied: 0 };
      }
      const productIds = [...seen.keys()];
      await lockProducts(this.db, tctx, productIds);
      // Ids and plain decimals need no quoting: the arrays go as literals (no escaping per element).
      await this.db.query(
        tctx,
        `INSERT INTO stock_level AS s (product_id, warehouse_id, on_hand)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[])
         ON CONFLICT (product_id, warehouse_id) DO UPDATE SET on_hand = excluded.on_hand, updated_at = now()
         WHERE s.on_hand IS DISTINCT FROM excluded.on_hand`,
        [
          plainArray(valid.map((v) => v.productId)),
          plainArray(valid.map((v) => v.warehouseId)),
          plainArray(valid.map((v) => v.onHand)),
        ],
      );
      await refreshProductStock(this.db, tctx, productIds);
      await this.audit.record(tctx, {
        action: 'stock.bulk_upserted',
        entityType: 'stock_level',
        after: { rows: rows.length, applied: valid.length },
      });
      // The written rows themselves (their onHand text is not part of the item type).
      return { items: valid, rowErrors: errors.list, applied: valid.length };
    });
  }

  /** Products by SKU or external id and warehouses by code, in two statements for the whole batch. */
  private async resolveRefs(
    ctx: RequestContext,
    rows: { sku?: string | null; productExternalId?: string | null; warehouseCode: string }[],
    errors: RowErrors,
  ): Promise<({ productId: string; warehouseId: string; key: string } | null)[]> {
    const products = await this.db.query<{ id: string; sku_key: string; external_id: string | null }>(
      ctx,
      `SELECT id, lower(sku) AS sku_key, external_id FROM product
          WHERE lower(sku) COLLATE "C" = ANY($1::text[]) OR external_id = ANY($2::text[])`,
      // Each product once (a stock batch names a product once per warehouse).
      [
        [...new Set(rows.filter((r) => !isBlank(r.sku)).map((r) => r.sku as string))].map((sku) => sku.toLowerCase()),
        [...new Set(rows.filter((r) => !isBlank(r.productExternalId)).map((r) => r.productExternalId))],
      ],
    );
    const warehouses = await this.db.query<{ id: string; code: string }>(ctx, `SELECT id, code FROM warehouse`);
    const bySku = new Map(products.map((p) => [p.sku_key, p.id]));
    const byExt = new Map(products.filter((p) => p.external_id).map((p) => [p.external_id as string, p.id]));
    const byCode = new Map(warehouses.map((w) => [w.code.toLowerCase(), w.id]));
    return rows.map((r, i) => {
      const row = i + 1;
      const key = r.sku ?? r.productExternalId ?? null;
      if ((r.sku?.length ?? 0) > 64 || (r.productExternalId?.length ?? 0) > 100 || r.warehouseCode.length > 40) {
        errors.add(
          row,
          null,
          'INVALID_VALUE',
          'sku (64), productExternalId (100) or warehouseCode (40) is too long',
          key,
        );
        return null;
      }
      let productId: string | undefined;
      if (!isBlank(r.productExternalId)) {
        productId = byExt.get(r.productExternalId as string);
        if (!productId)
          errors.add(
            row,
            'productExternalId',
            'UNKNOWN_PRODUCT',
            `No product with externalId ${r.productExternalId}`,
            key,
          );
      } else if (!isBlank(r.sku)) {
        productId = bySku.get((r.sku as string).toLowerCase());
        if (!productId) errors.add(row, 'sku', 'UNKNOWN_SKU', `No product with SKU ${r.sku}`, key);
      } else {
        errors.add(row, 'sku', 'REQUIRED', 'Give sku or productExternalId', key);
      }
      const warehouseId = byCode.get(r.warehouseCode.toLowerCase());
      if (!warehouseId)
        errors.add(row, 'warehouseCode', 'UNKNOWN_WAREHOUSE', `No warehouse with code ${r.warehouseCode}`, key);
      return productId && warehouseId ? { productId, warehouseId, key: key ?? '' } : null;
    });
  }

  // ---------- incoming supplies ----------

  async supplies(
    ctx: RequestContext,
    filter: SupplyFilterInput,
    skip: number,
    take: number,
  ): Promise<Page<IncomingSupplyType>> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['true'];
    if (filter.productId) where.push(`i.product_id = ${p(filter.productId)}`);
    if (filter.warehouseId) where.push(`i.warehouse_id = ${p(filter.warehouseId)}`);
    if (filter.statuses?.length) where.push(`i.status = ANY(${p(filter.statuses)}::text[])`);
    if (filter.sku)
      where.push(
        `lower(p.sku) COLLATE "C" LIKE ${p(`${filter.sku.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`,
      );
    const rows = await this.db.query<{
      id: string;
      external_id: string | null;
      product: Ref;
      warehouse: WRef;
      quantity: string;
      expected_at: string;
      status: SupplyStatusEnum;
      note: string | null;
      total: string;
    }>(
      ctx,
      `SELECT i.id, i.external_id, ${PRODUCT_REF} AS product, ${WAREHOUSE_REF} AS warehouse, i.quantity::text,
              to_char(i.expected_at, 'YYYY-MM-DD') AS expected_at, i.status, i.note, count(*) OVER () AS total
         FROM incoming_supply i JOIN product p ON p.id = i.product_id JOIN unit u ON u.code = p.unit_code
         JOIN warehouse w ON w.id = i.warehouse_id
        WHERE ${where.join(' AND ')}
        ORDER BY i.expected_at, p.sku LIMIT ${p(take)} OFFSET ${p(skip)}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        externalId: r.external_id,
        product: r.product,
        warehouse: r.warehouse,
        quantity: new Dec(r.quantity),
        expectedDate: r.expected_at,
        status: r.status,
        note: r.note,
      })),
      totalCount: rows.length ? Number(rows[0].total) : 0,
    };
  }

  private async supply(ctx: RequestContext, id: string): Promise<IncomingSupplyType> {
    const [row] = await this.db.query<{ product_id: string }>(
      ctx,
      `SELECT product_id FROM incoming_supply WHERE id = $1`,
      [id],
    );
    if (!row) throw new EntityNotFoundError('Incoming supply', id);
    return (await this.supplies(ctx, { productId: row.product_id }, 0, 500)).items.find(
      (s) => s.id === id,
    ) as IncomingSupplyType;
  }

  async createSupply(ctx: RequestContext, input: IncomingSupplyInput): Promise<IncomingSupplyType> {
    if (!input.quantity.isPositive() || input.quantity.isZero())
      throw new UserInputError('input.quantity', 'input.quantity: must be positive');
    const [row] = await this.db
      .query<{ id: string }>(
        ctx,
        `INSERT INTO incoming_supply (product_id, warehouse_id, quantity, expected_at, status, external_id, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          input.productId,
          input.warehouseId,
          input.quantity.toFixed(),
          input.expectedDate,
          input.status ?? 'EXPECTED',
          input.externalId ?? null,
          input.note ?? null,
        ],
      )
      .catch((e: unknown) => {
        const code = (e as { code?: string }).code;
        if (code === '23503')
          throw new UserInputError('input.productId', 'input.productId: product or warehouse not found');
        if (code === '23505') throw new ConflictError('Another supply has this externalId');
        if (code === '22008' || code === '22007')
          throw new UserInputError('input.expectedDate', 'input.expectedDate: not a valid date');
        throw e;
      });
    await this.audit.record(ctx, {
      action: 'supply.created',
      entityType: 'incoming_supply',
      entityId: row.id,
      after: { ...input, quantity: input.quantity.toFixed() },
    });
    return this.supply(ctx, row.id);
  }

  async updateSupply(ctx: RequestContext, id: string, input: UpdateIncomingSupplyInput): Promise<IncomingSupplyType> {
    if (input.quantity && (input.quantity.isNegative() || input.quantity.isZero())) {
      throw new UserInputError('input.quantity', 'input.quantity: must be positive');
    }
    const { affected } = await this.db.run(
      ctx,
      `UPDATE incoming_supply SET quantity = coalesce($2, quantity), expected_at = coalesce($3::date, expected_at),
              status = coalesce($4, status), note = CASE WHEN $5::boolean THEN $6 ELSE note END, updated_at = now()
        WHERE id = $1`,
      [
        id,
        input.quantity?.toFixed() ?? null,
        input.expectedDate ?? null,
        input.status ?? null,
        input.note !== undefined,
        input.note ?? null,
      ],
    );
    if (!affected) throw new EntityNotFoundError('Incoming supply', id);
    await this.audit.record(ctx, {
      action: 'supply.updated',
      entityType: 'incoming_supply',
      entityId: id,
      after: { ...input, quantity: input.quantity?.toFixed() },
    });
    return this.supply(ctx, id);
  }

  async upsertSupplies(
    ctx: RequestContext,
    rows: IncomingSupplyUpsertInput[],
    allOrNothing: boolean,
  ): Promise<BatchResult<IncomingSupplyUpsertItemType>> {
    return this.db.transaction(ctx, async (tctx) => {
      const errors = new RowErrors();
      const resolved = await this.resolveRefs(tctx, rows, errors);
      const existing = await this.db.query<{ id: string; external_id: string }>(
        tctx,
        `SELECT id, external_id FROM incoming_supply WHERE external_id = ANY($1::text[])`,
        [rows.map((r) => r.externalId)],
      );
      const idByExt = new Map(existing.map((e) => [e.external_id, e.id]));
      const seen = new Map<string, number>();
      const valid: {
        row: number;
        externalId: string;
        productId: string;
        warehouseId: string;
        input: IncomingSupplyUpsertInput;
      }[] = [];
      rows.forEach((r, i) => {
        const row = i + 1;
        if (seen.has(r.externalId)) {
          errors.add(
            row,
            'externalId',
            'DUPLICATE_KEY',
            `externalId is also in row ${seen.get(r.externalId)}`,
            r.externalId,
          );
          return;
        }
        seen.set(r.externalId, row);
        if (!r.externalId.trim() || r.externalId.length > 100) {
          errors.add(row, 'externalId', 'INVALID_VALUE', 'externalId must be 1–100 characters', r.externalId);
        }
        if ((r.note?.length ?? 0) > 500)
          errors.add(row, 'note', 'INVALID_VALUE', 'note: at most 500 characters', r.externalId);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(r.expectedDate))
          errors.add(row, 'expectedDate', 'INVALID_VALUE', 'must be YYYY-MM-DD', r.externalId);
        if (r.quantity.isNegative() || r.quantity.isZero())
          errors.add(row, 'quantity', 'INVALID_VALUE', 'quantity must be positive', r.externalId);
        if (Number.isNaN(Date.parse(r.expectedDate)))
          errors.add(row, 'expectedDate', 'INVALID_VALUE', 'not a valid date', r.externalId);
        const ref = resolved[i];
        if (ref && !errors.has(row))
          valid.push({
            row,
            externalId: r.externalId,
            productId: ref.productId,
            warehouseId: ref.warehouseId,
            input: r,
          });
      });
      if (allOrNothing && errors.size) return { items: [], rowErrors: errors.list, applied: 0 };
      if (valid.length) {
        await this.db.query(
          tctx,
          `INSERT INTO incoming_supply AS i (external_id, product_id, warehouse_id, quantity, expected_at, status, note)
           SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::numeric[], $5::date[], $6::text[], $7::text[])
           ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
             product_id = excluded.product_id, warehouse_id = excluded.warehouse_id, quantity = excluded.quantity,
             expected_at = excluded.expected_at, status = excluded.status, note = excluded.note, updated_at = now()
           WHERE (i.product_id, i.warehouse_id, i.quantity, i.expected_at, i.status, i.note) IS DISTINCT FROM
                 (excluded.product_id, excluded.warehouse_id, excluded.quantity, excluded.expected_at, excluded.status, excluded.note)`,
          [
            valid.map((v) => v.externalId),
            valid.map((v) => v.productId),
            valid.map((v) => v.warehouseId),
            valid.map((v) => v.input.quantity.toFixed()),
            valid.map((v) => v.input.expectedDate),
            valid.map((v) => v.input.status ?? 'EXPECTED'),
            valid.map((v) => v.input.note ?? null),
          ],
        );
        await this.audit.record(tctx, {
          action: 'supply.bulk_upserted',
          entityType: 'incoming_supply',
          after: { rows: rows.length, applied: valid.length },
        });
      }
      const after = await this.db.query<{ id: string; external_id: string }>(
        tctx,
        `SELECT id, external_id FROM incoming_supply WHERE external_id = ANY($1::text[])`,
        [valid.map((v) => v.externalId)],
      );
      const finalIds = new Map(after.map((a) => [a.external_id, a.id]));
      return {
        items: valid.map((v) => ({
          row: v.row,
          id: finalIds.get(v.externalId) ?? '',
          externalId: v.externalId,
          created: !idByExt.has(v.externalId),
        })),
        rowErrors: errors.list,
        applied: valid.length,
      };
    });
  }
}
