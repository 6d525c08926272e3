import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import type { ContractRow, PriceTypeRow, ProductRow, RuleRow } from './pricing-rows';

/** A price_rule row as JSON, numerics as text (a JSON number would pass through a float). */
export const RULE_JSON = `
  'id', r.id, 'name', r.name, 'public_label', r.public_label, 'priority', r.priority, 'policy', r.policy,
  'scope_kind', r.scope_kind, 'scope_id', r.scope_id, 'target_kind', r.target_kind, 'target_id', r.target_id,
  'action_kind', r.action_kind, 'value', r.value::text, 'price_type_id', r.price_type_id, 'currency', r.currency,
  'tier_basis', r.tier_basis, 'tiers', r.tiers, 'valid_from', r.valid_from, 'valid_to', r.valid_to,
  'warehouse_ids', r.warehouse_ids, 'payment_terms', r.payment_terms, 'max_deferral_days', r.max_deferral_days,
  'min_order_amount', r.min_order_amount::text, 'active', r.active`;

/** Everything about one contract the engine needs, as loaded in one statement. */
export interface ContractPricingRows {
  contract: ContractRow;
  priceTypes: PriceTypeRow[];
  rules: RuleRow[];
}

/**
 * The pricing loader: DB rows for the engine, in a constant number of statements whatever the number of
 * products — one for the contract (terms, groups, base type, every price type and every rule in its
 * scope), one for the products (category path, brand, VAT, packagings and the price entries of the
 * types that matter). Rules are read fresh on every call: a change is visible to the next request.
 */
/**
 * The price entries (EntryRow JSON) of product `alias` of the types in uuid[] parameter `typeIds`, as a
 * column of any statement that reads products: pricing reads them with the products it prices.
 * `baseUnitOnly` leaves out packaging entries (a price per base unit needs none).
 */
export function entriesColumn(alias: string, typeIds: string, baseUnitOnly = false): string {
  return `(SELECT json_agg(json_build_object('t', e.price_type_id, 'k', e.packaging_code, 'p', e.price::text, 'tiers', e.tiers))
             FROM price_entry e WHERE e.product_id = ${alias}.id AND e.price_type_id = ANY(${typeIds}::uuid[])${
               baseUnitOnly ? ` AND e.packaging_code = ''` : ''
             })`;
}

@Injectable()
export class PricingDataRepository {
  constructor(private readonly db: Db) {}

  /**
   * The contract with its effective base price type (contract → legal entity → company → the default
   * type), all price types and the active rules of its scope that have not ended before `notBefore`
   * (null: keep ended ones too — the simulator shows them as EXPIRED). null if the contract does not exist.
   */
  async contract(ctx: RequestContext, contractId: string, notBefore: Date | null): Promise<ContractPricingRows | null> {
    const rows = await this.db.query<{ contract: ContractRow; price_types: PriceTypeRow[]; rules: RuleRow[] }>(
      ctx,
      `WITH c AS (
         SELECT k.id, k.legal_entity_id, le.company_id, k.currency, k.payment_terms, k.deferral_days,
                coalesce(k.base_price_type_id, le.base_price_type_id, co.base_price_type_id,
                         (SELECT t.id FROM price_type t WHERE t.is_default)) AS base_price_type_id,
                ARRAY(SELECT g.contractor_group_id FROM company_contractor_group g WHERE g.company_id = le.company_id)
                  AS group_ids
           FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id JOIN company co ON co.id = le.company_id
          WHERE k.id = $1)
       SELECT row_to_json(c) AS contract,
              (SELECT coalesce(json_agg(t ORDER BY t.position, t.code), '[]') FROM price_type t) AS price_types,
              (SELECT coalesce(json_agg(json_build_object(${RULE_JSON})), '[]') FROM price_rule r
                WHERE r.active AND ($2::timestamptz IS NULL OR r.valid_to IS NULL OR r.valid_to > $2::timestamptz)
                  AND (r.scope_kind = 'EVERYONE'
                       OR (r.scope_kind = 'GROUP' AND r.scope_id = ANY(c.group_ids))
                       OR (r.scope_kind = 'COMPANY' AND r.scope_id = c.company_id)
                       OR (r.scope_kind = 'LEGAL_ENTITY' AND r.scope_id = c.legal_entity_id)
                       OR (r.scope_kind = 'CONTRACT' AND r.scope_id = c.id))) AS rules
         FROM c`,
      [contractId, notBefore],
    );
    if (rows.length === 0) return null;
    return { contract: rows[0].contract, priceTypes: rows[0].price_types, rules: rows[0].rules };
  }

  /**
   * Products by id with what pricing needs: the category and its ancestors, brand, VAT rate, packaging
   * factors and the price entries of `priceTypeIds` (all packagings). Missing ids are simply absent.
   */
  async products(
    ctx: RequestContext,
    productIds: readonly string[],
    priceTypeIds: readonly string[],
  ): Promise<ProductRow[]> {
    if (productIds.length === 0) return [];
    // The category path as JSON, like the packagings and entries: parsed natively, where a PostgreSQL
    // array is parsed character by character in JavaScript (it shows with thousands of products).
    return this.db.query<ProductRow>(
      ctx,
      `SELECT p.id, p.sku, p.name, p.unit_code, p.vat_rate::text AS vat_rate, p.brand_id, to_json(c.path) AS category_ids,
              (SELECT json_agg(json_build_object('code', k.code, 'factor', k.factor::text))
                 FROM product_packaging k WHERE k.product_id = p.id) AS packagings,
              ${entriesColumn('p', '$2')} AS entries
         FROM product p LEFT JOIN category c ON c.id = p.category_id
        WHERE p.id = ANY($1::uuid[])`,
      [productIds, priceTypeIds],
    );
  }
}
