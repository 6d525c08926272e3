import type { SeedContext } from './seed-context';

/** Price types: code, name, VAT mode, staff only, markup over the purchase price (null: no entries). */
const PRICE_TYPES = [
  { code: 'RRP', name: 'Розничная (РРЦ)', vat: true, staff: false, markup: 1.6 },
  { code: 'WHOLESALE', name: 'Оптовая', vat: true, staff: false, markup: 1.35, isDefault: true },
  { code: 'LARGE_WHOLESALE', name: 'Крупный опт', vat: true, staff: false, markup: 1.25 },
  { code: 'DEALER', name: 'Дилерская', vat: true, staff: false, markup: 1.2 },
  { code: 'PURCHASE', name: 'Закупочная', vat: false, staff: true, markup: 1 },
  // The large dataset's contracts spread over 8 types; these three have no entries of their own.
  { code: 'INSTALLERS', name: 'Монтажникам', vat: true, staff: false, markup: null, large: true },
  { code: 'PROJECT', name: 'Проектная', vat: true, staff: false, markup: null, large: true },
  { code: 'EXPORT', name: 'Экспортная', vat: false, staff: false, markup: null, large: true },
];

const DAY = "interval '1 day'";

/**
 * Prices: 5 price types with entries for every product (1 000 000 at the large scale: 200 000 × 5), with
 * quantity tiers on the wholesale columns; base types for contracts (demo: large wholesale, dealer, the
 * default); a believable set of rules — dealer switch and discounts, volume tiers, brand promotions with
 * dates (one running, one coming), a warehouse clearance, a fixed contract price or two, purchase + 15 %,
 * a big-order discount — and, at the large scale, 20 000 rules of all kinds. Set-based SQL throughout.
 */
export async function seedPricing(ctx: SeedContext): Promise<void> {
  const db = ctx.db;
  const large = ctx.scale === 'large';
  const progress = ctx.progress('prices', 4);
  const types = PRICE_TYPES.filter((t) => large || !t.large);
  const typeIds = await ctx.insert(
    'price_type',
    types.map((t, i) => ({
      code: t.code,
      name: t.name,
      currency: 'RUB',
      vat_included: t.vat,
      staff_only: t.staff,
      is_default: t.isDefault ?? false,
      position: i,
    })),
  );
  const typeId = (code: string) => typeIds[types.findIndex((t) => t.code === code)];

  // Entries: a purchase price from the product id (stable), the other columns as markups; tiers on the
  // wholesale columns from 10 and 50 units (5 % and 8 % off), the large wholesale from 100.
  const priced = types.filter((t) => t.markup !== null);
  await db.query(
    `WITH cost AS (
       SELECT p.id, (5 + (abs(hashtext(p.id::text)) % 200000) / 100.0)::numeric AS c, p.order_step AS s FROM product p)
     INSERT INTO price_entry (product_id, price_type_id, packaging_code, price, tiers)
     SELECT cost.id, t.id, '', round(cost.c * t.markup, 2),
            CASE t.code
              WHEN 'WHOLESALE' THEN jsonb_build_array(
                jsonb_build_object('from', (10 * cost.s)::text, 'price', round(cost.c * t.markup * 0.95, 2)::text),
                jsonb_build_object('from', (50 * cost.s)::text, 'price', round(cost.c * t.markup * 0.92, 2)::text))
              WHEN 'LARGE_WHOLESALE' THEN jsonb_build_array(
                jsonb_build_object('from', (100 * cost.s)::text, 'price', round(cost.c * t.markup * 0.96, 2)::text))
              ELSE '[]'::jsonb END
       FROM cost CROSS JOIN unnest($1::uuid[], $2::text[], $3::numeric[]) AS t(id, code, markup)`,
    [priced.map((t) => typeId(t.code)), priced.map((t) => t.code), priced.map((t) => String(t.markup))],
  );
  progress.tick(1);

  // Box prices (per packaging) on wholesale for products sold in boxes: 3 % below 200 single units.
  await db.query(
    `INSERT INTO price_entry (product_id, price_type_id, packaging_code, price, tiers)
     SELECT k.product_id, e.price_type_id, k.code, round(e.price * k.factor * 0.97, 2), '[]'
       FROM product_packaging k JOIN price_entry e ON e.product_id = k.product_id AND e.packaging_code = ''
      WHERE e.price_type_id = $1 AND k.position = 0`,
    [typeId('WHOLESALE')],
  );

  // Base price types: the demo companies' by hand; others spread over the types.
  const [bigCompany, dealerCompany] = ctx.ids.companies;
  await db.query(`UPDATE company SET base_price_type_id = $2 WHERE id = $1`, [bigCompany, typeId('LARGE_WHOLESALE')]);
  if (large) {
    const buyable = types.filter((t) => !t.staff).map((t) => typeId(t.code));
    await db.query(
      `WITH k AS (SELECT k.id, row_number() OVER (ORDER BY k.external_id) AS n FROM contract k
                   JOIN legal_entity le ON le.id = k.legal_entity_id WHERE le.company_id <> ALL($2::uuid[]))
       UPDATE contract c SET base_price_type_id = ($1::uuid[])[1 + k.n % array_length($1::uuid[], 1)] FROM k WHERE k.id = c.id`,
      [buyable, ctx.ids.companies.slice(0, 3)],
    );
  }
  progress.tick(2);

  // The demo's rules.
  const [{ dealers, big_wholesale: bigGroup }] = await db.query<{ dealers: string; big_wholesale: string }[]>(
    `SELECT (SELECT id FROM contractor_group WHERE code = 'DEALERS') AS dealers,
            (SELECT id FROM contractor_group WHERE code = 'BIG_WHOLESALE') AS big_wholesale`,
  );
  const [{ contract_big: contractBig, contract_dealer: contractDealer }] = await db.query<
    { contract_big: string; contract_dealer: string }[]
  >(
    `SELECT (SELECT k.id FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id
              WHERE le.company_id = $1 AND k.is_default ORDER BY le.kpp = '', le.name LIMIT 1) AS contract_big,
            (SELECT k.id FROM contract k JOIN legal_entity le ON le.id = k.legal_entity_id
              WHERE le.company_id = $2 AND k.is_default ORDER BY le.kpp = '', le.name LIMIT 1) AS contract_dealer`,
    [bigCompany, dealerCompany],
  );
  const [{ brands, categories, products, warehouse }] = await db.query<
    { brands: string[]; categories: string[]; products: string[]; warehouse: string }[]
  >(
    `SELECT ARRAY(SELECT b.id FROM brand b ORDER BY b.name LIMIT 6) AS brands,
            ARRAY(SELECT c.id FROM category c WHERE c.parent_id IS NULL ORDER BY c.position, c.name LIMIT 6) AS categories,
            ARRAY(SELECT p.id FROM product p WHERE p.active ORDER BY p.sku LIMIT 4) AS products,
            (SELECT w.id FROM warehouse w ORDER BY w.position DESC LIMIT 1) AS warehouse`,
  );
  const rules = [
    rule(
      'СтройМаркет: крупнооптовые цены',
      null,
      110,
      'STACKING',
      ['COMPANY', bigCompany],
      ['ALL', null],
      'SWITCH_PRICE_TYPE',
      null,
      typeId('LARGE_WHOLESALE'),
    ),
    rule(
      'Дилерам — дилерские цены',
      null,
      100,
      'STACKING',
      ['GROUP', dealers],
      ['ALL', null],
      'SWITCH_PRICE_TYPE',
      null,
      typeId('DEALER'),
    ),
    rule(
      'Крупный опт: −2 %',
      '−2% крупным оптовикам',
      60,
      'STACKING',
      ['GROUP', bigGroup],
      ['ALL', null],
      'PERCENT_DISCOUNT',
      '2',
    ),
    rule(
      'СтройМаркет: скидка по договору',
      '−3% по договору',
      50,
      'STACKING',
      ['CONTRACT', contractBig],
      ['ALL', null],
      'PERCENT_DISCOUNT',
      '3',
    ),
    {
      ...rule(
        'Объёмная скидка',
        'Скидка за объём',
        40,
        'STACKING',
        ['EVERYONE', null],
        ['ALL', null],
        'PERCENT_DISCOUNT',
        null,
      ),
      tier_basis: 'QUANTITY',
      tiers: JSON.stringify([
        { from: '100', value: '2' },
        { from: '500', value: '4' },
      ]),
    },
    {
      ...rule(
        `Осенняя акция бренда`,
        'Осенняя акция −7%',
        20,
        'BEST_PRICE',
        ['EVERYONE', null],
        ['BRAND', brands[0]],
        'PERCENT_DISCOUNT',
        '7',
      ),
      valid_from: sqlDate(-10),
      valid_to: sqlDate(20),
    },
    {
      ...rule(
        'Зимняя акция',
        'Зимняя акция −10%',
        20,
        'BEST_PRICE',
        ['EVERYONE', null],
        ['BRAND', brands[1]],
        'PERCENT_DISCOUNT',
        '10',
      ),
      valid_from: sqlDate(30),
      valid_to: sqlDate(60),
    },
    {
      ...rule(
        'Распродажа остатков со склада',
        'Распродажа −12%',
        30,
        'STACKING',
        ['EVERYONE', null],
        ['CATEGORY', categories[1]],
        'PERCENT_DISCOUNT',
        '12',
      ),
      warehouse_ids: [warehouse],
    },
    {
      ...rule(
        'Большой заказ от 300 000 ₽',
        '−1,5% за большой заказ',
        15,
        'STACKING',
        ['EVERYONE', null],
        ['ALL', null],
        'PERCENT_DISCOUNT',
        '1.5',
      ),
      min_order_amount: '300000',
    },
    {
      ...rule(
        'Предоплата −1 %',
        '−1% при предоплате',
        10,
        'STACKING',
        ['EVERYONE', null],
        ['ALL', null],
        'PERCENT_DISCOUNT',
        '1',
      ),
      payment_terms: 'PREPAYMENT',
    },
    rule(
      'ЭлектроСнаб: фиксированная цена',
      null,
      200,
      'EXCLUSIVE',
      ['CONTRACT', contractDealer],
      ['PRODUCT', products[0]],
      'FIXED_PRICE',
      '99.9',
    ),
    rule(
      'ЭлектроСнаб: фиксированная цена 2',
      null,
      200,
      'EXCLUSIVE',
      ['CONTRACT', contractDealer],
      ['PRODUCT', products[1]],
      'FIXED_PRICE',
      '149',
    ),
    rule(
      'СтройМаркет: закупка + 15 %',
      null,
      25,
      'BEST_PRICE',
      ['COMPANY', bigCompany],
      ['CATEGORY', categories[2]],
      'PRICE_TYPE_RELATIVE',
      '15',
      typeId('PURCHASE'),
    ),
  ].filter((r) => r.scope_kind === 'EVERYONE' || r.scope_id);
  const columns = [...new Set(rules.flatMap((r) => Object.keys(r)))];
  await ctx.insert(
    'price_rule',
    rules.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c] ?? null]))),
  );
  progress.tick(3);

  if (large) await seedManyRules(ctx);

  // A pending special-price request of the demo director, so the managers' queue is not empty.
  const [buyer] = ctx.ids.buyers;
  const [request] = await db.query<{ id: string }[]>(
    `INSERT INTO special_price_request (company_id, contract_id, buyer_user_id, comment)
     VALUES ($1, $2, $3, 'Объект «ЖК Северный», поставка в течение квартала') RETURNING id`,
    [bigCompany, contractBig, buyer],
  );
  await db.query(
    `INSERT INTO special_price_request_line (request_id, product_id, position, quantity, target_price, current_price)
     SELECT $1, p.id, row_number() OVER (ORDER BY p.sku) - 1, 500, round(e.price * 0.85, 2), e.price
       FROM product p JOIN price_entry e ON e.product_id = p.id AND e.price_type_id = $2 AND e.packaging_code = ''
      WHERE p.id = ANY($3::uuid[])`,
    [request.id, typeId('LARGE_WHOLESALE'), products.slice(2, 4)],
  );
  progress.tick(4);
}

function rule(
  name: string,
  label: string | null,
  priority: number,
  policy: string,
  [scopeKind, scopeId]: [string, string | null],
  [targetKind, targetId]: [string, string | null],
  action: string,
  value: string | null,
  priceTypeId: string | null = null,
) {
  return {
    name,
    public_label: label,
    priority,
    policy,
    scope_kind: scopeKind,
    scope_id: scopeId,
    target_kind: targetKind,
    target_id: targetId,
    action_kind: action,
    value,
    price_type_id: priceTypeId,
  } as Record<string, unknown> & { scope_kind: string; scope_id: string | null };
}

/** An instant `days` from now, at midnight Moscow time. */
function sqlDate(days: number): Date {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(-3, 0, 0, 0);
  return d;
}

/**
 * 20 000 rules of all kinds for the benchmark: 2 000 company discounts, 6 000 contract rules (fixed prices
 * of single products, brand and category discounts), 10 000 legal-entity product prices, 1 500 group rules
 * and 500 rules for everyone (brand and category promotions with dates, volume tiers, warehouse clearances).
 */
async function seedManyRules(ctx: SeedContext): Promise<void> {
  await ctx.db.query(`SELECT setseed(0.42)`);
  await ctx.db.query(
    `WITH co AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM company),
          k AS (SELECT k.id, row_number() OVER (ORDER BY k.id) AS n FROM contract k WHERE k.is_default),
          le AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM legal_entity),
          g AS (SELECT array_agg(id ORDER BY code) AS ids FROM contractor_group),
          b AS (SELECT array_agg(id ORDER BY name) AS ids FROM brand),
          c AS (SELECT array_agg(id ORDER BY path) AS ids FROM category),
          p AS (SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM product TABLESAMPLE SYSTEM (10) REPEATABLE (42) LIMIT 20000) x),
          w AS (SELECT array_agg(id ORDER BY position) AS ids FROM warehouse)
     INSERT INTO price_rule (name, public_label, priority, policy, scope_kind, scope_id, target_kind, target_id,
                             action_kind, value, price_type_id, tier_basis, tiers, valid_from, valid_to, warehouse_ids)
     SELECT 'Скидка клиенту ' || co.n, '−' || (1 + co.n % 5) || '% по договору', 50, 'STACKING', 'COMPANY', co.id, 'ALL', NULL,
            'PERCENT_DISCOUNT', (1 + co.n % 5)::numeric, NULL::uuid, NULL::varchar, NULL::jsonb, NULL::timestamptz,
            NULL::timestamptz, NULL::uuid[]
       FROM co
     UNION ALL
     SELECT 'Договор ' || k.n || ': ' || x.kind, NULL, 60 + x.i, CASE x.i WHEN 0 THEN 'EXCLUSIVE' ELSE 'BEST_PRICE' END,
            'CONTRACT', k.id,
            CASE x.i WHEN 0 THEN 'PRODUCT' WHEN 1 THEN 'BRAND' ELSE 'CATEGORY' END,
            CASE x.i WHEN 0 THEN p.ids[1 + (k.n * 7) % array_length(p.ids, 1)]
                     WHEN 1 THEN b.ids[1 + k.n % array_length(b.ids, 1)]
                     ELSE c.ids[1 + k.n % array_length(c.ids, 1)] END,
            CASE x.i WHEN 0 THEN 'FIXED_PRICE' ELSE 'PERCENT_DISCOUNT' END,
            CASE x.i WHEN 0 THEN 10 + k.n % 900 ELSE 2 + k.n % 6 END, NULL, NULL, NULL, NULL, NULL, NULL
       FROM k CROSS JOIN (VALUES (0, 'цена'), (1, 'бренд'), (2, 'категория')) AS x(i, kind), p, b, c
      WHERE k.n <= 2000
     UNION ALL
     SELECT 'Юрлицо ' || le.n || ': цена товара ' || x.i, NULL, 70, 'EXCLUSIVE', 'LEGAL_ENTITY', le.id, 'PRODUCT',
            p.ids[1 + (le.n * 13 + x.i * 101) % array_length(p.ids, 1)], 'FIXED_PRICE', 20 + (le.n + x.i) % 500,
            NULL, NULL, NULL, NULL, NULL, NULL
       FROM le CROSS JOIN generate_series(1, 5) AS x(i), p
      WHERE le.n <= 2000
     UNION ALL
     SELECT 'Группа: категория ' || i, 'Скидка партнёрам', 45, 'STACKING', 'GROUP', g.ids[1 + i % array_length(g.ids, 1)],
            'CATEGORY', c.ids[1 + (i * 3) % array_length(c.ids, 1)], 'PERCENT_DISCOUNT', 1 + i % 4, NULL, NULL, NULL, NULL, NULL, NULL
       FROM generate_series(1, 1500) i, g, c
     UNION ALL
     SELECT 'Акция ' || i, 'Акция −' || (3 + i % 8) || '%', 20 + i % 10,
            CASE WHEN i % 3 = 0 THEN 'BEST_PRICE' ELSE 'STACKING' END, 'EVERYONE', NULL,
            CASE WHEN i % 2 = 0 THEN 'BRAND' ELSE 'CATEGORY' END,
            CASE WHEN i % 2 = 0 THEN b.ids[1 + i % array_length(b.ids, 1)] ELSE c.ids[1 + i % array_length(c.ids, 1)] END,
            'PERCENT_DISCOUNT', CASE WHEN i % 5 = 0 THEN NULL ELSE 3 + i % 8 END, NULL,
            CASE WHEN i % 5 = 0 THEN 'QUANTITY' END,
            CASE WHEN i % 5 = 0 THEN '[{"from": "50", "value": "3"}, {"from": "200", "value": "6"}]'::jsonb END,
            now() - (i % 40) * ${DAY}, now() + (i % 60 - 10) * ${DAY},
            CASE WHEN i % 7 = 0 THEN ARRAY[w.ids[1 + i % array_length(w.ids, 1)]] END
       FROM generate_series(1, 500) i, b, c, w`,
  );
}
