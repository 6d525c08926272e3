import { Injectable } from '@nestjs/common';
import { RowErrors, type BatchResult } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Dec } from '../../common/money/decimal';
import type { Page } from '../../common/pagination/pagination.types';
import { likeEscape } from '../catalog/catalog-query.repository';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { checkEntryRow, type EntryRowDraft } from './price-entry-rows';
import type { StoredPriceTier } from './price-entry.entity';
import { PriceEntryFilterInput } from './pricing.admin.inputs';
import { PriceEntryType, PriceEntryUpsertItemType } from './pricing.admin.types';

interface EntryListRow {
  product_id: string;
  sku: string;
  name: string;
  external_id: string | null;
  price_type_id: string;
  price_type_code: string;
  packaging_code: string;
  price: string;
  tiers: StoredPriceTier[];
  updated_at: Date;
  total: string;
}

/** A resolved, valid row ready to write. */
interface ResolvedRow {
  row: number;
  productId: string;
  sku: string;
  priceTypeId: string;
  priceTypeCode: string;
  packagingCode: string;
  price: Dec | null;
  tiers: StoredPriceTier[];
  delete: boolean;
}

/**
 * Price entries for staff (the editable grid) and integrators (bulk upsert by SKU / external id and
 * price type code). A batch is checked row by row, then written in two set-based statements; repeats of
 * the same data change nothing and record nothing (idempotent). Each changed entry is audited with its
 * before and after. For very large loads see PriceImportService (COPY → staging → merge).
 */
@Injectable()
export class PriceEntryAdminService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    filter: PriceEntryFilterInput | null | undefined,
    skip: number,
    take: number,
  ): Promise<Page<PriceEntryType>> {
    const params: unknown[] = [];
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = ['TRUE'];
    if (filter?.priceTypeId) where.push(`e.price_type_id = ${add(filter.priceTypeId)}::uuid`);
    if (filter?.productIds?.length) where.push(`e.product_id = ANY(${add(filter.productIds)}::uuid[])`);
    if (filter?.categoryId) {
      where.push(
        `p.category_id = ANY(ARRAY(SELECT c.id FROM category c WHERE c.path @> ARRAY[${add(filter.categoryId)}]::uuid[]))`,
      );
    }
    const search = filter?.search?.trim();
    if (search) {
      const s = add(search.toLowerCase());
      where.push(
        `(lower(p.sku) COLLATE "C" LIKE ${add(`${likeEscape(search.toLowerCase())}%`)} OR p.search_text LIKE '%' || ${s} || '%')`,
      );
    }
    const rows = await this.db.query<EntryListRow>(
      ctx,
      `SELECT e.product_id, p.sku, p.name, p.external_id, e.price_type_id, t.code AS price_type_code, e.packaging_code,
              e.price::text AS price, e.tiers, e.updated_at, count(*) OVER () AS total
         FROM price_entry e JOIN product p ON p.id = e.product_id JOIN price_type t ON t.id = e.price_type_id
        WHERE ${where.join(' AND ')}
        ORDER BY p.sku, t.position, t.code, e.packaging_code
        LIMIT ${add(take)} OFFSET ${add(skip)}`,
      params,
    );
    return {
      totalCount: rows.length ? Number(rows[0].total) : 0,
      items: rows.map((r) => ({
        product: { id: r.product_id, sku: r.sku, name: r.name, externalId: r.external_id },
        priceTypeId: r.price_type_id,
        priceTypeCode: r.price_type_code,
        packagingCode: r.packaging_code,
        price: new Dec(r.price),
        tiers: r.tiers.map((t) => ({ from: new Dec(t.from), price: new Dec(t.price) })),
        updatedAt: r.updated_at,
      })),
    };
  }

  /**
   * Upserts (or deletes, `delete: true`) entries. With allOrNothing (the default for prices) one bad row
   * refuses the whole batch; otherwise the valid rows are written and the bad ones reported.
   */
  async upsert(
    ctx: RequestContext,
    drafts: EntryRowDraft[],
    allOrNothing = true,
  ): Promise<BatchResult<PriceEntryUpsertItemType>> {
    const errors = new RowErrors();
    const tiers = drafts.map((d, i) => checkEntryRow(d, i + 1, errors));
    return this.db.transaction(ctx, async (tctx) => {
      const resolved = await this.resolve(tctx, drafts, tiers, errors);
      if (errors.size && allOrNothing) return { items: [], rowErrors: errors.list, applied: 0 };
      const items = await this.write(tctx, resolved);
      return { items, rowErrors: errors.list, applied: items.filter((i) => i.changed).length };
    });
  }

  private async resolve(
    ctx: RequestContext,
    drafts: EntryRowDraft[],
    tiers: (StoredPriceTier[] | null)[],
    errors: RowErrors,
  ): Promise<ResolvedRow[]> {
    const skus = [...new Set(drafts.flatMap((d) => (d.sku ? [d.sku.trim().toLowerCase()] : [])))];
    const externals = [...new Set(drafts.flatMap((d) => (d.productExternalId ? [d.productExternalId.trim()] : [])))];
    const codes = [...new Set(drafts.map((d) => d.priceTypeCode.trim()))];
    const [products, types] = await this.db.all(ctx, [
      () =>
        this.db.query<{ id: string; sku: string; external_id: string | null; packagings: string[] }>(
          ctx,
          `SELECT p.id, p.sku, p.external_id,
                  ARRAY(SELECT k.code FROM product_packaging k WHERE k.product_id = p.id)::text[] AS packagings
             FROM product p
            WHERE lower(p.sku) COLLATE "C" = ANY($1::text[]) OR p.external_id = ANY($2::text[])`,
          [skus, externals],
        ),
      () =>
        this.db.query<{ id: string; code: string }>(ctx, `SELECT id, code FROM price_type WHERE code = ANY($1)`, [
          codes,
        ]),
    ] as const);
    const bySku = new Map(products.map((p) => [p.sku.toLowerCase(), p]));
    const byExternal = new Map(products.filter((p) => p.external_id).map((p) => [p.external_id as string, p]));
    const typeByCode = new Map(types.map((t) => [t.code, t]));
    const seen = new Map<string, number>();
    const resolved: ResolvedRow[] = [];
    drafts.forEach((d, i) => {
      const n = i + 1;
      const key = d.sku ?? d.productExternalId;
      if (tiers[i] === null) return;
      const product = d.sku
        ? bySku.get(d.sku.trim().toLowerCase())
        : byExternal.get((d.productExternalId ?? '').trim());
      const type = typeByCode.get(d.priceTypeCode.trim());
      if (!product) {
        errors.add(n, d.sku ? 'sku' : 'productExternalId', 'UNKNOWN_PRODUCT', `no product ${key}`, key);
        return;
      }
      if (!type) {
        errors.add(n, 'priceTypeCode', 'UNKNOWN_PRICE_TYPE', `no price type ${d.priceTypeCode}`, key);
        return;
      }
      const packaging = d.packagingCode.trim();
      if (packaging && !product.packagings.includes(packaging)) {
        errors.add(n, 'packagingCode', 'UNKNOWN_PACKAGING', `${product.sku} has no packaging ${packaging}`, key);
        return;
      }
      const k = `${product.id}|${type.id}|${packaging}`;
      if (seen.has(k)) {
        errors.add(n, 'sku', 'DUPLICATE_KEY', `the same entry as row ${seen.get(k)}`, key);
        return;
      }
      seen.set(k, n);
      resolved.push({
        row: n,
        productId: product.id,
        sku: product.sku,
        priceTypeId: type.id,
        priceTypeCode: type.code,
        packagingCode: packaging,
        price: d.price,
        tiers: tiers[i],
        delete: d.delete,
      });
    });
    return resolved;
  }

  private async write(ctx: RequestContext, rows: ResolvedRow[]): Promise<PriceEntryUpsertItemType[]> {
    const upserts = rows.filter((r) => !r.delete);
    const deletes = rows.filter((r) => r.delete);
    const changed = new Set<string>();
    const audit: AuditEntry[] = [];
    const key = (p: string, t: string, k: string) => `${p}|${t}|${k}`;
    const describe = (r: ResolvedRow) => ({
      sku: r.sku,
      priceTypeCode: r.priceTypeCode,
      packagingCode: r.packagingCode,
    });
    const byKey = new Map(rows.map((r) => [key(r.productId, r.priceTypeId, r.packagingCode), r]));
    if (upserts.length) {
      const written = await this.db.query<{
        product_id: string;
        price_type_id: string;
        packaging_code: string;
        old_price: string | null;
        old_tiers: StoredPriceTier[] | null;
        price: string;
        tiers: StoredPriceTier[];
      }>(
        ctx,
        `WITH input AS (
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::numeric[], $5::jsonb[])
                    AS i(product_id, price_type_id, packaging_code, price, tiers)),
         -- The statement's snapshot: the values before this upsert (FOR UPDATE would skip rows it updates).
         old AS MATERIALIZED (
           SELECT e.product_id, e.price_type_id, e.packaging_code, e.price, e.tiers
             FROM price_entry e JOIN input i USING (product_id, price_type_id, packaging_code)),
         up AS (
           INSERT INTO price_entry (product_id, price_type_id, packaging_code, price, tiers)
           SELECT product_id, price_type_id, packaging_code, price, tiers FROM input
           ON CONFLICT (product_id, price_type_id, packaging_code) DO UPDATE
              SET price = EXCLUDED.price, tiers = EXCLUDED.tiers, updated_at = now()
            WHERE (price_entry.price, price_entry.tiers) IS DISTINCT FROM (EXCLUDED.price, EXCLUDED.tiers)
           RETURNING product_id, price_type_id, packaging_code, price::text AS price, tiers)
         SELECT up.*, old.price::text AS old_price, old.tiers AS old_tiers
           FROM up LEFT JOIN old USING (product_id, price_type_id, packaging_code)`,
        [
          upserts.map((r) => r.productId),
          upserts.map((r) => r.priceTypeId),
          upserts.map((r) => r.packagingCode),
          upserts.map((r) => (r.price as Dec).toFixed()),
          upserts.map((r) => JSON.stringify(r.tiers)),
        ],
      );
      for (const w of written) {
        const k = key(w.product_id, w.price_type_id, w.packaging_code);
        changed.add(k);
        const r = byKey.get(k) as ResolvedRow;
        audit.push({
          action: w.old_price === null ? 'priceEntry.create' : 'priceEntry.update',
          entityType: 'PriceEntry',
          entityId: w.product_id,
          before: w.old_price === null ? null : { ...describe(r), price: w.old_price, tiers: w.old_tiers },
          after: { ...describe(r), price: w.price, tiers: w.tiers },
        });
      }
    }
    if (deletes.length) {
      const removed = await this.db.query<{
        product_id: string;
        price_type_id: string;
        packaging_code: string;
        price: string;
        tiers: StoredPriceTier[];
      }>(
        ctx,
        `DELETE FROM price_entry e USING unnest($1::uuid[], $2::uuid[], $3::text[]) AS d(product_id, price_type_id, packaging_code)
          WHERE e.product_id = d.product_id AND e.price_type_id = d.price_type_id AND e.packaging_code = d.packaging_code
          RETURNING e.product_id, e.price_type_id, e.packaging_code, e.price::text AS price, e.tiers`,
        [deletes.map((r) => r.productId), deletes.map((r) => r.priceTypeId), deletes.map((r) => r.packagingCode)],
      );
      for (const w of removed) {
        const k = key(w.product_id, w.price_type_id, w.packaging_code);
        changed.add(k);
        const r = byKey.get(k) as ResolvedRow;
        audit.push({
          action: 'priceEntry.delete',
          entityType: 'PriceEntry',
          entityId: w.product_id,
          before: { ...describe(r), price: w.price, tiers: w.tiers },
        });
      }
    }
    await this.audit.recordMany(ctx, audit);
    return rows.map((r) => ({
      row: r.row,
      productId: r.productId,
      sku: r.sku,
      priceTypeCode: r.priceTypeCode,
      packagingCode: r.packagingCode,
      changed: changed.has(key(r.productId, r.priceTypeId, r.packagingCode)),
    }));
  }
}
