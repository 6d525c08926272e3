import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { normalizeSearchText, rulesProblem, searchWords } from '@wholesail/shared';
import { BatchResult, RowErrors } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { Dec, parseDecimal } from '../../common/money/decimal';
import { SYNC_PRODUCT_SUMMARY } from '../inventory/availability.sql';
import { AnalogInput, PackagingInput, ProductAttributeInput, ProductInput } from './catalog.inputs';
import { ProductUpsertItemType } from './catalog.types';

export interface ProductWriteRow extends ProductInput {
  /** Set by admin `updateProduct`: the product to change (its SKU may change too). */
  id?: string;
}

interface ExistingProduct {
  id: string;
  sku: string;
  external_id: string | null;
  name: string;
  summary: string;
  category_id: string | null;
  brand_id: string | null;
  unit_code: string;
  vat_rate: string | null;
  order_step: string;
  min_order_quantity: string;
  active: boolean;
  barcodes: string[];
}

interface AttributeDef {
  id: string;
  code: string;
  type: 'TEXT' | 'NUMBER' | 'BOOLEAN' | 'ENUM';
  unit: string | null;
  options: { id: string; code: string | null; label: string }[];
}

interface Planned {
  row: number;
  id: string;
  created: boolean;
  sku: string;
  externalId: string | null;
  name: string;
  summary: string;
  categoryId: string | null;
  brandName: string | null;
  brandId: string | null;
  unitCode: string;
  vatRate: string | null;
  orderStep: string;
  minOrderQuantity: string;
  active: boolean;
  barcodes: string[] | null;
  searchText: string;
  nameChanged: boolean;
  attributes: { attributeId: string; valueId: string | null; text: string | null; pending?: PendingValue }[] | null;
  packagings: PackagingInput[] | null;
  analogs: (AnalogInput & { analogId?: string })[] | null;
}

interface PendingValue {
  attributeId: string;
  num: string | null;
  bool: boolean | null;
  label: string;
}

const lower = (s: string) => s.toLowerCase();

/** Runs the thunks one at a time (a transaction has one connection), keeping each result's type. */
async function sequential<T extends readonly (() => Promise<unknown>)[]>(
  thunks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const thunk of thunks) out.push(await thunk());
  return out as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
const isBlank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

function formatNumberLabel(value: Dec, unit: string | null): string {
  const text = value.toFixed().replace('.', ',');
  return unit ? `${text} ${unit}` : text;
}

/**
 * Writes products — one from the admin editor or 10 000 from an integrator — with a fixed number
 * of set-based statements (unnest arrays), whatever the batch size. Validation first, per row;
 * all-or-nothing batches with errors change nothing; re-sending a batch leaves the same state.
 */
@Injectable()
export class ProductWriter {
  constructor(private readonly db: Db) {}

  async write(
    ctx: RequestContext,
    rows: ProductWriteRow[],
    allOrNothing: boolean,
  ): Promise<BatchResult<ProductUpsertItemType>> {
    return this.db.transaction(ctx, async (tctx) => {
      const errors = new RowErrors();
      const planned = await this.plan(tctx, rows, errors);
      if (allOrNothing && errors.size > 0) return { items: [], rowErrors: errors.list, applied: 0 };
      const valid = planned.filter((p) => !errors.has(p.row));
      if (valid.length) await this.apply(tctx, valid);
      return {
        items: valid.map((p) => ({ row: p.row, id: p.id, sku: p.sku, created: p.created })),
        rowErrors: errors.list,
        applied: valid.length,
      };
    });
  }

  private async plan(ctx: RequestContext, rows: ProductWriteRow[], errors: RowErrors): Promise<Planned[]> {
    const skus = rows.map((r) => lower(r.sku));
    const externalIds = rows.map((r) => r.externalId).filter((v): v is string => !isBlank(v));
    const ids = rows.map((r) => r.id).filter((v): v is string => !!v);
    const analogSkus = rows.flatMap((r) => (r.analogs ?? []).map((a) => lower(a.sku)));
    const barcodes = rows.flatMap((r) => r.barcodes ?? []);
    const attrCodes = [...new Set(rows.flatMap((r) => (r.attributes ?? []).map((a) => a.code)))];
    const categoryIds = rows.map((r) => r.categoryId).filter((v): v is string => !!v);
    const categoryExt = rows.map((r) => r.categoryExternalId).filter((v): v is string => !isBlank(v));

    // One connection inside the transaction: the lookups run one after another (7 statements per batch).
    const [existing, categories, units, attributes, analogTargets, takenBarcodes, brands] = await sequential([
      () =>
        this.db.query<ExistingProduct>(
          ctx,
          `SELECT p.id, p.sku, p.external_id, p.name, p.summary, p.category_id, p.brand_id, p.unit_code,
                p.vat_rate::text, p.order_step::text, p.min_order_quantity::text, p.active,
                coalesce((SELECT array_agg(b.barcode ORDER BY b.barcode) FROM product_barcode b WHERE b.product_id = p.id), '{}') AS barcodes
           FROM product p
          WHERE lower(p.sku) COLLATE "C" = ANY($1::text[]) OR p.external_id = ANY($2::text[]) OR p.id = ANY($3::uuid[])`,
          [skus, externalIds, ids],
        ),
      () =>
        this.db.query<{ id: string; external_id: string | null }>(
          ctx,
          `SELECT id, external_id FROM category WHERE id = ANY($1::uuid[]) OR external_id = ANY($2::text[])`,
          [categoryIds, categoryExt],
        ),
      () => this.db.query<{ code: string; scale: number }>(ctx, `SELECT code, scale FROM unit`),
      () =>
        this.db.query<AttributeDef>(
          ctx,
          `SELECT d.id, d.code, d.type, d.unit,
                coalesce((SELECT json_agg(json_build_object('id', v.id, 'code', v.code, 'label', v.label))
                            FROM attribute_value v WHERE v.attribute_id = d.id AND d.type = 'ENUM'), '[]') AS options
           FROM attribute_definition d WHERE d.code = ANY($1::text[])`,
          [attrCodes],
        ),
      () =>
        this.db.query<{ id: string; key: string }>(
          ctx,
          `SELECT id, lower(sku) AS key FROM product WHERE lower(sku) COLLATE "C" = ANY($1::text[])`,
          [analogSkus],
        ),
      () =>
        this.db.query<{ barcode: string; product_id: string }>(
          ctx,
          `SELECT barcode, product_id FROM product_barcode WHERE barcode = ANY($1::text[])`,
          [barcodes],
        ),
      () =>
        this.db.query<{ id: string; key: string }>(
          ctx,
          `SELECT id, lower(name) AS key FROM brand WHERE lower(name) = ANY($1::text[])`,
          [
            rows
              .map((r) => r.brand)
              .filter((b): b is string => !isBlank(b))
              .map((b) => lower(b.trim())),
          ],
        ),
    ] as const);

    const byId = new Map(existing.map((e) => [e.id, e]));
    const bySku = new Map(existing.map((e) => [lower(e.sku), e]));
    const byExt = new Map(existing.filter((e) => e.external_id).map((e) => [e.external_id as string, e]));
    const categoryById = new Set(categories.map((c) => c.id));
    const categoryByExt = new Map(categories.filter((c) => c.external_id).map((c) => [c.external_id as string, c.id]));
    const unitScale = new Map(units.map((u) => [u.code, u.scale]));
    const attrByCode = new Map(attributes.map((a) => [a.code, a]));
    const brandByKey = new Map(brands.map((b) => [b.key, b.id]));
    const barcodeOwner = new Map(takenBarcodes.map((b) => [b.barcode, b.product_id]));
    const productBySku = new Map(analogTargets.map((t) => [t.key, t.id]));

    const seenSku = new Map<string, number>();
    const seenExt = new Map<string, number>();
    const seenBarcode = new Map<string, number>();
    const planned: Planned[] = [];

    rows.forEach((input, index) => {
      const row = index + 1;
      const key = input.sku;
      const fail = (field: string | null, code: string, message: string) => errors.add(row, field, code, message, key);
      const skuKey = lower(input.sku);
      if (seenSku.has(skuKey)) fail('sku', 'DUPLICATE_KEY', `SKU ${input.sku} is also in row ${seenSku.get(skuKey)}`);
      seenSku.set(skuKey, row);
      if (!isBlank(input.externalId)) {
        const ext = input.externalId as string;
        if (seenExt.has(ext))
          fail('externalId', 'DUPLICATE_KEY', `externalId ${ext} is also in row ${seenExt.get(ext)}`);
        seenExt.set(ext, row);
      }

      let current: ExistingProduct | undefined;
      if (input.id) {
        current = byId.get(input.id);
        if (!current) return fail('id', 'NOT_FOUND', 'The product was not found');
      } else {
        current = (!isBlank(input.externalId) ? byExt.get(input.externalId as string) : undefined) ?? bySku.get(skuKey);
      }
      const skuOwner = bySku.get(skuKey);
      if (skuOwner && current && skuOwner.id !== current.id) {
        fail('sku', 'SKU_TAKEN', `SKU ${input.sku} belongs to another product`);
      }
      if (current && input.id && !isBlank(input.externalId)) {
        const extOwner = byExt.get(input.externalId as string);
        if (extOwner && extOwner.id !== current.id)
          fail('externalId', 'DUPLICATE_KEY', 'externalId belongs to another product');
      }
      const id = current?.id ?? randomUUID();
      const name = input.name?.trim() ?? current?.name;
      if (!name) return fail('name', 'REQUIRED', 'A new product needs a name');

      let categoryId = current?.category_id ?? null;
      if (input.categoryId !== undefined && input.categoryId !== null) {
        if (!categoryById.has(input.categoryId)) fail('categoryId', 'UNKNOWN_CATEGORY', 'The category was not found');
        categoryId = input.categoryId;
      } else if (!isBlank(input.categoryExternalId)) {
        const found = categoryByExt.get(input.categoryExternalId as string);
        if (!found)
          fail('categoryExternalId', 'UNKNOWN_CATEGORY', `No category with externalId ${input.categoryExternalId}`);
        categoryId = found ?? null;
      }

      const unitCode = input.unitCode ?? current?.unit_code ?? 'pcs';
      const scale = unitScale.get(unitCode);
      if (scale === undefined) fail('unitCode', 'UNKNOWN_UNIT', `Unknown unit ${unitCode}`);

      let vatRate = current?.vat_rate ?? '22';
      if (input.vatRate) {
        if (input.vatRate.eq(-1)) vatRate = null as unknown as string;
        else if (input.vatRate.lt(0) || input.vatRate.gt(100))
          fail('vatRate', 'INVALID_VALUE', 'VAT must be 0–100 or -1');
        else vatRate = input.vatRate.toFixed();
      }
      const orderStep = input.orderStep?.toFixed() ?? current?.order_step ?? '1';
      const minOrderQuantity =
        input.minOrderQuantity?.toFixed() ?? (input.orderStep ? orderStep : (current?.min_order_quantity ?? orderStep));
      if (scale !== undefined) {
        const problem = rulesProblem({ unitScale: scale, step: orderStep, minQuantity: minOrderQuantity });
        if (problem) fail(input.orderStep ? 'orderStep' : 'minOrderQuantity', 'INVALID_QUANTITY_RULES', problem);
      }

      let barcodesOut: string[] | null = null;
      if (input.barcodes) {
        barcodesOut = [...new Set(input.barcodes)];
        barcodesOut.forEach((code, i) => {
          const owner = barcodeOwner.get(code);
          if (owner && owner !== id)
            fail(`barcodes.${i}`, 'BARCODE_TAKEN', `Barcode ${code} belongs to another product`);
          const other = seenBarcode.get(code);
          if (other !== undefined && other !== row)
            fail(`barcodes.${i}`, 'DUPLICATE_KEY', `Barcode ${code} is also in row ${other}`);
          seenBarcode.set(code, row);
        });
      }

      const attributesOut = input.attributes ? this.planAttributes(input.attributes, attrByCode, fail) : null;

      let packagings: PackagingInput[] | null = null;
      if (input.packagings) {
        packagings = input.packagings;
        const codes = new Set<string>();
        input.packagings.forEach((p, i) => {
          if (codes.has(lower(p.code))) fail(`packagings.${i}.code`, 'DUPLICATE_KEY', `Packaging ${p.code} twice`);
          codes.add(lower(p.code));
          if (!p.factor || p.factor.lte(0)) fail(`packagings.${i}.factor`, 'INVALID_VALUE', 'factor must be > 0');
        });
      }

      let analogs: Planned['analogs'] = null;
      if (input.analogs) {
        analogs = input.analogs.map((a, i) => {
          const key = lower(a.sku);
          const analogId = productBySku.get(key) ?? (seenSku.has(key) ? undefined : undefined);
          if (key === skuKey) fail(`analogs.${i}.sku`, 'INVALID_VALUE', 'A product cannot be its own analog');
          else if (!analogId && !rows.some((r) => lower(r.sku) === key)) {
            fail(`analogs.${i}.sku`, 'UNKNOWN_SKU', `No product with SKU ${a.sku}`);
          }
          return { ...a, analogId };
        });
      }

      const brandName = input.brand === undefined ? null : isBlank(input.brand) ? '' : (input.brand as string).trim();
      const brandId =
        brandName === null
          ? (current?.brand_id ?? null)
          : brandName === ''
            ? null
            : (brandByKey.get(lower(brandName)) ?? null);
      const barcodesForSearch = barcodesOut ?? current?.barcodes ?? [];
      planned.push({
        row,
        id,
        created: !current,
        sku: input.sku,
        externalId:
          input.externalId === undefined
            ? (current?.external_id ?? null)
            : isBlank(input.externalId)
              ? null
              : input.externalId,
        name,
        summary: input.summary ?? current?.summary ?? '',
        categoryId,
        brandName: brandName || null,
        brandId,
        unitCode,
        vatRate,
        orderStep,
        minOrderQuantity,
        active: input.active ?? current?.active ?? true,
        barcodes: barcodesOut,
        searchText: normalizeSearchText([input.sku, name, ...barcodesForSearch].join(' ')),
        nameChanged: !current || current.name !== name,
        attributes: attributesOut,
        packagings,
        analogs,
      });
    });
    return planned;
  }

  private planAttributes(
    inputs: ProductAttributeInput[],
    attrByCode: Map<string, AttributeDef>,
    fail: (field: string, code: string, message: string) => void,
  ): Planned['attributes'] {
    const out: NonNullable<Planned['attributes']> = [];
    const seen = new Set<string>();
    inputs.forEach((a, i) => {
      const def = attrByCode.get(a.code);
      if (!def) return fail(`attributes.${i}.code`, 'UNKNOWN_ATTRIBUTE', `No attribute with code ${a.code}`);
      if (seen.has(def.id)) return fail(`attributes.${i}.code`, 'DUPLICATE_KEY', `Attribute ${a.code} twice`);
      seen.add(def.id);
      if (isBlank(a.value)) return; // removes the value
      const value = (a.value as string).trim();
      const field = `attributes.${i}.value`;
      switch (def.type) {
        case 'TEXT':
          out.push({ attributeId: def.id, valueId: null, text: value });
          return;
        case 'ENUM': {
          const option =
            def.options.find((o) => o.code === value) ?? def.options.find((o) => lower(o.label) === lower(value));
          if (!option) return fail(field, 'UNKNOWN_OPTION', `${a.code} has no option "${value}"`);
          out.push({ attributeId: def.id, valueId: option.id, text: null });
          return;
        }
        case 'BOOLEAN': {
          const bool = ['true', '1', 'yes', 'да'].includes(lower(value))
            ? true
            : ['false', '0', 'no', 'нет'].includes(lower(value))
              ? false
              : null;
          if (bool === null) return fail(field, 'INVALID_VALUE', `${a.code} must be true or false`);
          out.push({
            attributeId: def.id,
            valueId: null,
            text: null,
            pending: { attributeId: def.id, num: null, bool, label: bool ? 'Да' : 'Нет' },
          });
          return;
        }
        case 'NUMBER': {
          const num = parseDecimal(value.replace(',', '.'));
          if (!num) return fail(field, 'INVALID_VALUE', `${a.code} must be a number, e.g. "4.2"`);
          const normalized = num.toDecimalPlaces(6);
          out.push({
            attributeId: def.id,
            valueId: null,
            text: null,
            pending: {
              attributeId: def.id,
              num: normalized.toFixed(),
              bool: null,
              label: formatNumberLabel(normalized, def.unit),
            },
          });
          return;
        }
      }
    });
    return out;
  }

  private async apply(ctx: RequestContext, rows: Planned[]): Promise<void> {
    await this.resolveBrands(ctx, rows);
    await this.resolvePendingValues(ctx, rows);
    const col = <K extends keyof Planned>(k: K) => rows.map((r) => r[k]);

    // Products: insert new, update changed ones (IS DISTINCT FROM: an identical re-run writes nothing).
    await this.db.query(
      ctx,
      `INSERT INTO product AS p (id, sku, external_id, name, summary, category_id, brand_id, unit_code, vat_rate,
                                 order_step, min_order_quantity, active, search_text)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[],
                            $9::numeric[], $10::numeric[], $11::numeric[], $12::bool[], $13::text[])
       ON CONFLICT (id) DO UPDATE SET
         sku = excluded.sku, external_id = excluded.external_id, name = excluded.name, summary = excluded.summary,
         category_id = excluded.category_id, brand_id = excluded.brand_id, unit_code = excluded.unit_code,
         vat_rate = excluded.vat_rate, order_step = excluded.order_step, min_order_quantity = excluded.min_order_quantity,
         active = excluded.active, search_text = excluded.search_text, updated_at = now()
       WHERE (p.sku, p.external_id, p.name, p.summary, p.category_id, p.brand_id, p.unit_code, p.vat_rate, p.order_step,
              p.min_order_quantity, p.active, p.search_text)
             IS DISTINCT FROM
             (excluded.sku, excluded.external_id, excluded.name, excluded.summary, excluded.category_id, excluded.brand_id,
              excluded.unit_code, excluded.vat_rate, excluded.order_step, excluded.min_order_quantity, excluded.active,
              excluded.search_text)`,
      [
        col('id'),
        col('sku'),
        col('externalId'),
        col('name'),
        col('summary'),
        col('categoryId'),
        col('brandId'),
        col('unitCode'),
        col('vatRate'),
        col('orderStep'),
        col('minOrderQuantity'),
        col('active'),
        col('searchText'),
      ],
    );

    const withAttrs = rows.filter((r) => r.attributes);
    if (withAttrs.length) {
      const ids = withAttrs.map((r) => r.id);
      const flat = withAttrs.flatMap((r) => (r.attributes ?? []).map((a) => ({ ...a, productId: r.id })));
      await this.db.query(ctx, `DELETE FROM product_attribute WHERE product_id = ANY($1::uuid[])`, [ids]);
      await this.db.query(
        ctx,
        `INSERT INTO product_attribute (product_id, attribute_id, value_id, value_text)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])`,
        [
          flat.map((f) => f.productId),
          flat.map((f) => f.attributeId),
          flat.map((f) => f.valueId),
          flat.map((f) => f.text),
        ],
      );
      await this.refreshFacetKeys(ctx, ids, false);
    }

    const withPackagings = rows.filter((r) => r.packagings);
    if (withPackagings.length) {
      const flat = withPackagings.flatMap((r) =>
        (r.packagings ?? []).map((p, i) => ({ ...p, productId: r.id, position: i })),
      );
      await this.db.query(ctx, `DELETE FROM product_packaging WHERE product_id = ANY($1::uuid[])`, [
        withPackagings.map((r) => r.id),
      ]);
      await this.db.query(
        ctx,
        `INSERT INTO product_packaging (product_id, code, name, factor, barcode, position)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::numeric[], $5::text[], $6::int[])`,
        [
          flat.map((f) => f.productId),
          flat.map((f) => f.code),
          flat.map((f) => f.name),
          flat.map((f) => f.factor.toFixed()),
          flat.map((f) => f.barcode ?? null),
          flat.map((f) => f.position),
        ],
      );
    }

    const withBarcodes = rows.filter((r) => r.barcodes);
    if (withBarcodes.length) {
      const flat = withBarcodes.flatMap((r) => (r.barcodes ?? []).map((b) => ({ barcode: b, productId: r.id })));
      await this.db.query(ctx, `DELETE FROM product_barcode WHERE product_id = ANY($1::uuid[])`, [
        withBarcodes.map((r) => r.id),
      ]);
      await this.db.query(
        ctx,
        `INSERT INTO product_barcode (barcode, product_id) SELECT * FROM unnest($1::text[], $2::uuid[])`,
        [flat.map((f) => f.barcode), flat.map((f) => f.productId)],
      );
    }

    // The summary row (category, brand, facet keys, active) that whole-category scans read.
    await this.db.query(ctx, SYNC_PRODUCT_SUMMARY, [rows.map((r) => r.id)]);

    const renamed = rows.filter((r) => r.nameChanged);
    if (renamed.length) await this.refreshWords(ctx, renamed);

    const withAnalogs = rows.filter((r) => r.analogs);
    if (withAnalogs.length) await this.writeAnalogs(ctx, withAnalogs, rows);
  }

  private async resolveBrands(ctx: RequestContext, rows: Planned[]): Promise<void> {
    const missing = [...new Set(rows.filter((r) => r.brandName && !r.brandId).map((r) => r.brandName as string))];
    if (!missing.length) return;
    await this.db.query(
      ctx,
      `INSERT INTO brand (name) SELECT DISTINCT ON (lower(n)) n FROM unnest($1::text[]) n ON CONFLICT DO NOTHING`,
      [missing],
    );
    const found = await this.db.query<{ id: string; key: string }>(
      ctx,
      `SELECT id, lower(name) AS key FROM brand WHERE lower(name) = ANY($1::text[])`,
      [missing.map(lower)],
    );
    const byKey = new Map(found.map((b) => [b.key, b.id]));
    for (const r of rows) if (r.brandName && !r.brandId) r.brandId = byKey.get(lower(r.brandName)) ?? null;
  }

  /** NUMBER and BOOLEAN values become attribute_value rows (facet keys) on first use. */
  private async resolvePendingValues(ctx: RequestContext, rows: Planned[]): Promise<void> {
    const pending = rows.flatMap((r) =>
      (r.attributes ?? []).filter((a) => a.pending).map((a) => a.pending as PendingValue),
    );
    if (!pending.length) return;
    const params = [
      pending.map((p) => p.attributeId),
      pending.map((p) => p.num),
      pending.map((p) => p.bool),
      pending.map((p) => p.label),
    ];
    await this.db.query(
      ctx,
      `INSERT INTO attribute_value (attribute_id, value_num, value_bool, label)
       SELECT DISTINCT ON (a, n, b) a, n, b, l FROM unnest($1::uuid[], $2::numeric[], $3::bool[], $4::text[]) AS v(a, n, b, l)
       ON CONFLICT DO NOTHING`,
      params,
    );
    const found = await this.db.query<{ id: string; attribute_id: string; num: string | null; bool: boolean | null }>(
      ctx,
      `SELECT v.id, v.attribute_id, v.value_num::text AS num, v.value_bool AS bool
         FROM attribute_value v JOIN unnest($1::uuid[], $2::numeric[], $3::bool[]) AS x(a, n, b)
           ON v.attribute_id = x.a AND (v.value_num = x.n OR v.value_bool = x.b)`,
      params.slice(0, 3),
    );
    const key = (a: string, n: string | null, b: boolean | null) =>
      `${a}|${n === null ? '' : new Dec(n).toFixed()}|${b ?? ''}`;
    const byKey = new Map(found.map((f) => [key(f.attribute_id, f.num, f.bool), f.id]));
    for (const r of rows) {
      for (const a of r.attributes ?? []) {
        if (a.pending) a.valueId = byKey.get(key(a.pending.attributeId, a.pending.num, a.pending.bool)) ?? null;
      }
    }
  }

  async refreshFacetKeys(ctx: RequestContext, productIds: string[], syncSummary = true): Promise<void> {
    await this.db.query(
      ctx,
      `UPDATE product p SET facet_keys = k.keys
         FROM (SELECT x.id, coalesce(array_agg(v.num ORDER BY v.num) FILTER (WHERE v.num IS NOT NULL), '{}') AS keys
                 FROM unnest($1::uuid[]) AS x(id)
                 LEFT JOIN product_attribute pa ON pa.product_id = x.id
                 LEFT JOIN attribute_definition d ON d.id = pa.attribute_id AND d.filterable
                 LEFT JOIN attribute_value v ON v.id = pa.value_id AND d.id IS NOT NULL
                GROUP BY x.id) k
        WHERE p.id = k.id AND p.facet_keys IS DISTINCT FROM k.keys`,
      [productIds],
    );
    if (syncSummary) await this.db.query(ctx, SYNC_PRODUCT_SUMMARY, [productIds]);
  }

  private async refreshWords(ctx: RequestContext, rows: Planned[]): Promise<void> {
    const words: string[] = [];
    const owners: string[] = [];
    const positions: number[] = [];
    for (const r of rows) {
      searchWords(r.name).forEach((w, i) => {
        words.push(w);
        owners.push(r.id);
        positions.push(Math.min(i, 32767));
      });
    }
    await this.db.query(ctx, `DELETE FROM product_word WHERE product_id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    await this.db.query(
      ctx,
      `INSERT INTO product_word (word, product_id, position) SELECT * FROM unnest($1::text[], $2::uuid[], $3::smallint[])
       ON CONFLICT DO NOTHING`,
      [words, owners, positions],
    );
    await this.db.query(
      ctx,
      `INSERT INTO search_word (word) SELECT DISTINCT unnest($1::text[]) ON CONFLICT DO NOTHING`,
      [words],
    );
  }

  private async writeAnalogs(ctx: RequestContext, rows: Planned[], batch: Planned[]): Promise<void> {
    const inBatch = new Map(batch.map((r) => [lower(r.sku), r.id]));
    const links = rows
      .flatMap((r) =>
        (r.analogs ?? []).map((a) => ({
          productId: r.id,
          analogId: a.analogId ?? inBatch.get(lower(a.sku)) ?? '',
          kind: a.kind ?? 'FULL',
          note: a.note ?? null,
          both: a.bidirectional ?? false,
        })),
      )
      .filter((l) => l.analogId && l.analogId !== l.productId);
    await this.db.query(ctx, `DELETE FROM product_analog WHERE product_id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    const all = [
      ...links,
      ...links.filter((l) => l.both).map((l) => ({ ...l, productId: l.analogId, analogId: l.productId })),
    ];
    if (!all.length) return;
    await this.db.query(
      ctx,
      `INSERT INTO product_analog (product_id, analog_id, kind, note)
       SELECT DISTINCT ON (p, a) p, a, k, n FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(p, a, k, n)
       ON CONFLICT (product_id, analog_id) DO UPDATE SET kind = excluded.kind, note = excluded.note`,
      [all.map((l) => l.productId), all.map((l) => l.analogId), all.map((l) => l.kind), all.map((l) => l.note)],
    );
  }
}
