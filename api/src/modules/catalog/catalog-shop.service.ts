import { Injectable } from '@nestjs/common';
import { highlightPrefix, highlightWordPrefixes, highlightWords } from '@wholesail/shared';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { Dec, type DecimalText } from '../../common/money/decimal';
import { Exact } from '../../common/money/exact';
import { entryRowsFromList } from '../pricing/entry-list';
import { CatalogFilterInput, CatalogPageArgs } from './catalog.inputs';
import {
  AnalogKindEnum,
  AttributeFacetType,
  AttributeType,
  CatalogFacetsType,
  CatalogProductPageType,
  CatalogProductType,
  ProductAttributeValueType,
  ProductCardType,
  SearchMatch,
  SearchSuggestionType,
  WarehouseAvailabilityType,
  WarehouseRefType,
} from './catalog.types';
import { CatalogQueryRepository, ProductRowData, WarehouseRow } from './catalog-query.repository';
import { CategoryService } from './category.service';
import { ImageService } from './image.service';
import { CatalogPriceService, type RowPricing } from '../pricing/catalog-price.service';
import type { ProductPriceType } from '../pricing/pricing.shop.types';
import { SearchRepository } from './search.repository';

export interface AttributeValueRow {
  attribute_id: string;
  code: string;
  name: string;
  type: AttributeType;
  unit: string | null;
  filterable: boolean;
  position: number;
  value_id: string | null;
  label: string | null;
  value_text: string | null;
  value_num: string | null;
  value_bool: boolean | null;
}

export function toAttributeValue(r: AttributeValueRow): ProductAttributeValueType {
  return {
    attribute: {
      id: r.attribute_id,
      code: r.code,
      name: r.name,
      type: r.type,
      unit: r.unit,
      filterable: r.filterable,
      position: r.position,
    },
    display: r.value_text ?? r.label ?? '',
    valueId: r.value_id,
    text: r.value_text,
    number: r.value_num === null ? null : new Dec(r.value_num),
    boolean: r.value_bool,
  };
}

const ZERO_TEXT = '0' as DecimalText;

/** A statement's active warehouses in table order (position, then name), each with one reference for every row. */
interface WarehouseOrder {
  index: ReadonlyMap<string, number>;
  refs: readonly WarehouseRefType[];
}

function warehouseOrder(list: readonly WarehouseRow[]): WarehouseOrder {
  const sorted = [...list].sort((a, b) => a.p - b.p || a.name.localeCompare(b.name));
  return {
    index: new Map(sorted.map((w, i) => [w.id, i])),
    refs: sorted.map((w) => ({ id: w.id, code: w.code, name: w.name, city: w.city })),
  };
}

export const ATTRIBUTE_VALUES_SQL = `
  SELECT d.id AS attribute_id, d.code, d.name, d.type, d.unit, d.filterable, d.position,
         v.id AS value_id, v.label, pa.value_text, v.value_num::text AS value_num, v.value_bool
    FROM product_attribute pa
    JOIN attribute_definition d ON d.id = pa.attribute_id
    LEFT JOIN attribute_value v ON v.id = pa.value_id
   WHERE pa.product_id = $1
   ORDER BY d.position, d.name`;

/** What buyers read: the catalog table, facets, typeahead and the product card. */
@Injectable()
export class CatalogShopService {
  constructor(
    private readonly db: Db,
    private readonly queries: CatalogQueryRepository,
    private readonly search: SearchRepository,
    private readonly categories: CategoryService,
    private readonly images: ImageService,
    private readonly prices: CatalogPriceService,
  ) {}

  /** `warehouses`: the statement's active warehouses in table order (warehouseOrder). */
  private toRow(r: ProductRowData, warehouses: WarehouseOrder, price: ProductPriceType | null): CatalogProductType {
    // Stock is only shown: its text from PostgreSQL (trim_scale) goes out as it came, summed exactly.
    let total: Exact | null = null;
    let nextIncoming: string | null = null;
    // One slot per warehouse in table order: no sorting per row.
    const slots: WarehouseAvailabilityType[] = [];
    // A warehouse not among the statement's active ones (not expected): after them.
    const others: WarehouseAvailabilityType[] = [];
    const entry = (id: string): WarehouseAvailabilityType => {
      const i = warehouses.index.get(id);
      let found = i === undefined ? others.find((e) => e.warehouseId === id) : slots[i];
      if (!found) {
        found = {
          warehouseId: id,
          warehouse: i === undefined ? { id, code: '', name: '', city: '' } : warehouses.refs[i],
          available: ZERO_TEXT,
          nextIncoming: null,
        };
        if (i === undefined) others.push(found);
        else slots[i] = found;
      }
      return found;
    };
    for (const s of r.stock) {
      total = total === null ? Exact.fromText(s.a) : total.plus(Exact.fromText(s.a));
      entry(s.id).available = s.a as DecimalText;
    }
    for (const i of r.incoming) {
      if (!nextIncoming || i.d < nextIncoming) nextIncoming = i.d;
      entry(i.id).nextIncoming = { date: i.d, quantity: i.q as DecimalText };
    }
    const byWarehouse = slots.filter((e) => e !== undefined);
    if (others.length) byWarehouse.push(...others);
    return {
      id: r.id,
      sku: r.sku,
      name: r.name,
      summary: r.summary,
      thumbnailUrl: this.images.url(r.image_id, 'thumb'),
      brand: r.brand_id ? { id: r.brand_id, name: r.brand_name ?? '' } : null,
      categoryId: r.category_id,
      unit: {
        code: r.unit_code,
        name: r.unit_name,
        shortName: r.unit_short_name,
        scale: r.unit_scale,
        okei: r.unit_okei,
      },
      packagings: r.packagings.map((p) => ({
        code: p.code,
        name: p.name,
        factor: p.factor as DecimalText,
        barcode: p.barcode,
      })),
      quantityRules: {
        unitScale: r.unit_scale,
        step: r.order_step,
        minQuantity: r.min_order_quantity,
      },
      vatRate: r.vat_rate,
      availability: {
        total: total === null ? ZERO_TEXT : (total.toText() as DecimalText),
        byWarehouse,
        nextIncomingDate: nextIncoming,
      },
      hasAnalogs: r.has_analogs,
      price,
    };
  }

  /**
   * Rows as the buyer sees them, each with his price: the rows were read with their entry lists, the
   * entries of `pricing.typeIds` are cut out of them (null pricing: no valid contract, every price null).
   */
  private toPricedRows(rows: readonly ProductRowData[], pricing: RowPricing | null): CatalogProductType[] {
    const prices =
      pricing === null
        ? null
        : this.prices.rowPrices(
            pricing,
            rows.map((r) => ({
              productId: r.id,
              quantity: r.min_order_quantity,
              product: () => ({
                id: r.id,
                sku: r.sku,
                name: r.name,
                unit_code: r.unit_code,
                vat_rate: r.vat_rate,
                brand_id: r.brand_id,
                category_ids: r.category_ids ?? null,
                packagings: null,
                entries: entryRowsFromList(r.entry_list ?? null, pricing.listKeys),
              }),
            })),
          );
    const warehouses = warehouseOrder(rows.find((r) => r.warehouses)?.warehouses ?? []);
    return rows.map((r, i) => this.toRow(r, warehouses, prices?.[i] ?? null));
  }

  /** A page of the catalog table, priced for the buyer: the rows, their stock and price entries in one statement. */
  async page(ctx: RequestContext, args: CatalogPageArgs): Promise<CatalogProductPageType> {
    const pricing = await this.prices.prepare(ctx);
    const { rows, total } = await this.queries.page(
      ctx,
      args.filter ?? {},
      args.sort,
      args.skip ?? 0,
      args.take ?? 100,
      pricing?.typeIds ?? null,
    );
    return { items: this.toPricedRows(rows, pricing), totalCount: total };
  }

  async facets(ctx: RequestContext, filter: CatalogFilterInput): Promise<CatalogFacetsType> {
    // Warehouses (for their bits) and whether any hold is overdue (then availability needs the correction).
    const warehouses = await this.db.query<{
      id: string;
      bit: number;
      code: string;
      name: string;
      city: string;
      stale: boolean;
    }>(
      ctx,
      `SELECT id, bit, code, name, city,
              EXISTS (SELECT 1 FROM reservation WHERE status = 'ACTIVE' AND expires_at <= now()) AS stale
         FROM warehouse WHERE active ORDER BY position, name`,
    );
    const rows = await this.queries.facets(
      ctx,
      filter,
      warehouses,
      warehouses.some((w) => w.stale),
    );
    const selectedBrands = new Set(filter.brandIds ?? []);
    const selectedWarehouses = new Set(filter.warehouseIds ?? []);
    const selectedValues = new Set((filter.attributes ?? []).flatMap((a) => a.valueIds ?? []));
    const result: CatalogFacetsType = { totalCount: 0, inStockCount: 0, brands: [], warehouses: [], attributes: [] };
    const attributes = new Map<string, AttributeFacetType & { order: number }>();
    const sortKeys = new Map<string, number>();
    for (const r of rows) {
      const n = Number(r.n ?? 0);
      switch (r.kind) {
        case 'summary': {
          const counts = (JSON.parse(r.label ?? '[]') as (number | null)[]).map((x) => Number(x ?? 0));
          result.totalCount = counts[0];
          result.inStockCount = counts[1];
          warehouses.forEach((w, i) =>
            result.warehouses.push({
              warehouse: { id: w.id, name: w.name, code: w.code, city: w.city },
              count: counts[2 + i],
              selected: selectedWarehouses.has(w.id),
            }),
          );
          break;
        }
        case 'brand':
          result.brands.push({
            brand: { id: r.key!, name: r.label ?? '' },
            count: n,
            selected: selectedBrands.has(r.key!),
          });
          break;
        case 'value': {
          let facet = attributes.get(r.attr_id!);
          if (!facet) {
            facet = {
              attribute: {
                id: r.attr_id!,
                code: r.attr_code!,
                name: r.attr_name!,
                type: r.attr_type as AttributeType,
                unit: r.attr_unit,
                filterable: true,
                position: r.attr_position ?? 0,
              },
              values: [],
              min: null,
              max: null,
              order: r.attr_position ?? 0,
            };
            attributes.set(r.attr_id!, facet);
          }
          const num = r.num === null ? null : new Dec(r.num);
          facet.values.push({
            valueId: r.key!,
            label: r.label ?? '',
            valueNumber: num,
            count: n,
            selected: selectedValues.has(r.key!),
          });
          sortKeys.set(r.key!, Number(r.extra ?? 0));
          if (num && n > 0) {
            if (!facet.min || num.lt(facet.min)) facet.min = num;
            if (!facet.max || num.gt(facet.max)) facet.max = num;
          }
          break;
        }
      }
    }
    result.brands.sort((a, b) => b.count - a.count || a.brand.name.localeCompare(b.brand.name));
    result.attributes = [...attributes.values()]
      .sort((a, b) => a.order - b.order || a.attribute.name.localeCompare(b.attribute.name))
      .map(({ order: _order, ...facet }) => {
        facet.values.sort((a, b) =>
          a.valueNumber && b.valueNumber
            ? a.valueNumber.comparedTo(b.valueNumber)
            : (sortKeys.get(a.valueId) ?? 0) - (sortKeys.get(b.valueId) ?? 0) || a.label.localeCompare(b.label),
        );
        return facet;
      });
    return result;
  }

  async suggest(ctx: RequestContext, query: string, limit: number): Promise<SearchSuggestionType[]> {
    const text = query.trim();
    if (text.length < 2) return [];
    const plan = await this.search.plan(ctx, text);
    const rows = await this.search.suggest(ctx, text, plan, limit);
    const seen = new Set<string>();
    const prefixes = plan.filter((t) => !t.words).map((t) => t.token);
    const corrected = plan.flatMap((t) => t.words ?? []);
    const out: SearchSuggestionType[] = [];
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const match = r.match as SearchMatch;
      out.push({
        productId: r.id,
        sku: r.sku,
        name: r.name,
        summary: r.summary,
        thumbnailUrl: this.images.url(r.image_id, 'thumb'),
        matchedOn: match,
        exact:
          (match === SearchMatch.SKU && r.sku.toLowerCase() === text.toLowerCase()) ||
          (match === SearchMatch.BARCODE && r.barcode === text),
        barcode: r.barcode,
        skuHighlights: match === SearchMatch.SKU ? highlightPrefix(r.sku, text) : [],
        nameHighlights: [...highlightWordPrefixes(r.name, prefixes), ...highlightWords(r.name, corrected)].sort(
          (a, b) => a.start - b.start,
        ),
      });
      if (out.length >= limit) break;
    }
    return out;
  }

  async card(ctx: RequestContext, id: string): Promise<ProductCardType> {
    const pricing = await this.prices.prepare(ctx);
    const typeIds = pricing?.typeIds ?? null;
    const [row] = await this.queries.rowsById(ctx, [id], true, typeIds);
    if (!row) throw new EntityNotFoundError('Product', id);
    const [details] = await this.db.query<{
      attributes: AttributeValueRow[];
      barcodes: string[];
      analogs: { id: string; kind: AnalogKindEnum; note: string | null }[];
      incoming: { wid: string; code: string; name: string; city: string; q: string; d: string; status: string }[];
    }>(
      ctx,
      `SELECT (SELECT coalesce(json_agg(a), '[]') FROM (${ATTRIBUTE_VALUES_SQL}) a) AS attributes,
              (SELECT coalesce(array_agg(barcode ORDER BY barcode), '{}') FROM product_barcode WHERE product_id = $1) AS barcodes,
              (SELECT coalesce(json_agg(json_build_object('id', a.analog_id, 'kind', a.kind, 'note', a.note) ORDER BY a.kind, ap.name), '[]')
                 FROM product_analog a JOIN product ap ON ap.id = a.analog_id AND ap.active WHERE a.product_id = $1) AS analogs,
              (SELECT coalesce(json_agg(json_build_object('wid', w.id, 'code', w.code, 'name', w.name, 'city', w.city,
                                                          'q', i.quantity::text, 'd', i.expected_at, 'status', i.status)
                                        ORDER BY i.expected_at, w.position), '[]')
                 FROM incoming_supply i JOIN warehouse w ON w.id = i.warehouse_id AND w.active
                WHERE i.product_id = $1 AND i.status IN ('EXPECTED', 'IN_TRANSIT')) AS incoming`,
      [id],
    );
    const analogRows = await this.queries.rowsById(
      ctx,
      details.analogs.map((a) => a.id),
      true,
      typeIds,
    );
    const [card, ...analogs] = this.toPricedRows([row, ...analogRows], pricing);
    const analogById = new Map(analogs.map((r) => [r.id, r]));
    return {
      ...card,
      imageUrl: this.images.url(row.image_id, 'card'),
      barcodes: details.barcodes,
      breadcrumbs: await this.categories.breadcrumbs(ctx, row.category_id),
      attributes: details.attributes.map(toAttributeValue),
      analogs: details.analogs
        .filter((a) => analogById.has(a.id))
        .map((a) => ({ kind: a.kind, note: a.note, product: analogById.get(a.id)! })),
      incoming: details.incoming.map((i) => ({
        warehouse: { id: i.wid, code: i.code, name: i.name, city: i.city },
        quantity: new Dec(i.q),
        expectedDate: i.d,
        status: i.status,
      })),
    };
  }
}
