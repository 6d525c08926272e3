import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

const unique = () => randomBytes(4).toString('hex');

export async function createPriceType(
  ds: DataSource,
  options: {
    code?: string;
    name?: string;
    currency?: string;
    vatIncluded?: boolean;
    staffOnly?: boolean;
    isDefault?: boolean;
  } = {},
): Promise<{ id: string; code: string }> {
  const code = options.code ?? `PT-${unique()}`;
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO price_type (code, name, currency, vat_included, staff_only, is_default)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      code,
      options.name ?? `Type ${code}`,
      options.currency ?? 'RUB',
      options.vatIncluded ?? true,
      options.staffOnly ?? false,
      options.isDefault ?? false,
    ],
  );
  return { id: row.id, code };
}

/** Upserts a price entry: basic price and tiers `[[from, price], …]`, per packaging code ('' = base unit). */
export async function setPrice(
  ds: DataSource,
  productId: string,
  priceTypeId: string,
  price: string,
  tiers: [string, string][] = [],
  packagingCode = '',
): Promise<void> {
  await ds.query(
    `INSERT INTO price_entry (product_id, price_type_id, packaging_code, price, tiers) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (product_id, price_type_id, packaging_code) DO UPDATE SET price = EXCLUDED.price, tiers = EXCLUDED.tiers`,
    [productId, priceTypeId, packagingCode, price, JSON.stringify(tiers.map(([from, p]) => ({ from, price: p })))],
  );
}

export interface RuleFixture {
  name?: string;
  publicLabel?: string | null;
  priority?: number;
  policy?: 'STACKING' | 'EXCLUSIVE' | 'BEST_PRICE';
  scope?: [kind: 'EVERYONE' | 'GROUP' | 'COMPANY' | 'LEGAL_ENTITY' | 'CONTRACT', id: string | null];
  target?: [kind: 'ALL' | 'CATEGORY' | 'BRAND' | 'PRODUCT', id: string | null];
  action: 'PERCENT_DISCOUNT' | 'PERCENT_MARKUP' | 'FIXED_PRICE' | 'PRICE_TYPE_RELATIVE' | 'SWITCH_PRICE_TYPE';
  value?: string | null;
  priceTypeId?: string | null;
  tiers?: { basis: 'QUANTITY' | 'LINE_AMOUNT'; steps: [string, string][] } | null;
  validFrom?: Date | null;
  validTo?: Date | null;
  warehouseIds?: string[] | null;
  minOrderAmount?: string | null;
  active?: boolean;
}

export async function createRule(ds: DataSource, r: RuleFixture): Promise<{ id: string }> {
  const [scopeKind, scopeId] = r.scope ?? ['EVERYONE', null];
  const [targetKind, targetId] = r.target ?? ['ALL', null];
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO price_rule (name, public_label, priority, policy, scope_kind, scope_id, target_kind, target_id,
       action_kind, value, price_type_id, tier_basis, tiers, valid_from, valid_to, warehouse_ids, min_order_amount, active)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
    [
      r.name ?? `Rule ${unique()}`,
      r.publicLabel ?? null,
      r.priority ?? 0,
      r.policy ?? 'STACKING',
      scopeKind,
      scopeId,
      targetKind,
      targetId,
      r.action,
      r.value ?? null,
      r.priceTypeId ?? null,
      r.tiers?.basis ?? null,
      r.tiers ? JSON.stringify(r.tiers.steps.map(([from, value]) => ({ from, value }))) : null,
      r.validFrom ?? null,
      r.validTo ?? null,
      r.warehouseIds ?? null,
      r.minOrderAmount ?? null,
      r.active ?? true,
    ],
  );
  return { id: row.id };
}
