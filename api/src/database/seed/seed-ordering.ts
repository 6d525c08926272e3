import { SeedContext } from './seed-context';

const STATUSES = [
  'AWAITING_APPROVAL',
  'NEW',
  'CONFIRMED',
  'IN_ASSEMBLY',
  'SHIPPED',
  'DELIVERED',
  'CLOSED',
  'CANCELLED',
];
const PATH = ['NEW', 'CONFIRMED', 'IN_ASSEMBLY', 'SHIPPED', 'DELIVERED', 'CLOSED'];
/** Statuses that still hold stock. */
const HOLDING = new Set(['AWAITING_APPROVAL', 'NEW', 'CONFIRMED', 'IN_ASSEMBLY']);

/**
 * Ordering demo data: base prices when no pricing data exists yet (so every product can be ordered),
 * seller legal entities, divisions and split rules, and for the demo buyers an order history in every
 * status (with its status history and reserved stock), short lists and a template.
 */
export async function seedOrdering(ctx: SeedContext): Promise<void> {
  const db = ctx.db;
  const [{ n }] = await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM price_entry`);
  if (Number(n) === 0) {
    const [type] = await db.query<{ id: string }[]>(
      `INSERT INTO price_type (code, name, currency, vat_included, is_default)
       SELECT 'BASE', 'Базовая', 'RUB', true, NOT EXISTS (SELECT 1 FROM price_type WHERE is_default)
       ON CONFLICT DO NOTHING RETURNING id`,
    );
    if (type) {
      // A deterministic price per product from its id: 5.00 … 5 005.00 RUB with VAT.
      await db.query(
        `INSERT INTO price_entry (product_id, price_type_id, packaging_code, price)
         SELECT p.id, $1, '', round(5 + (abs(hashtext(p.id::text)) % 500000) / 100.0, 2) FROM product p`,
        [type.id],
      );
    }
  }

  const [toolsLe, electroLe] = await ctx.insert('seller_legal_entity', [
    { name: 'ООО «Wholesail Инструмент»', inn: '7701000017' },
    { name: 'ООО «Wholesail Электро»', inn: '7701000024' },
  ]);
  const topCategories = await db.query<{ id: string; name: string }[]>(
    `SELECT id, name FROM category WHERE parent_id IS NULL ORDER BY name LIMIT 4`,
  );
  const divisions = await ctx.insert(
    'seller_division',
    topCategories.map((c, i) => ({
      name: `Направление «${c.name}»`,
      seller_legal_entity_id: i % 2 ? electroLe : toolsLe,
    })),
  );
  await ctx.insert('split_rule', [
    // Every row names every column: ctx.insert takes the column list from the first row.
    { position: 1, kind: 'warehouse', name: 'Отдельный заказ на каждый склад', category_ids: null, division_id: null },
    ...topCategories.map((c, i) => ({
      position: i + 2,
      kind: 'category',
      name: `${c.name} → ${['инструмент', 'электро'][i % 2]}`,
      category_ids: `{${c.id}}`,
      division_id: divisions[i],
    })),
  ]);

  if (ctx.scale !== 'demo') return;
  await seedDemoOrders(ctx);
}

async function seedDemoOrders(ctx: SeedContext): Promise<void> {
  const db = ctx.db;
  const buyers = await db.query<
    {
      user_id: string;
      full_name: string;
      company_id: string;
      legal_entity_id: string;
      contract_id: string;
      email: string;
    }[]
  >(
    `SELECT u.id AS user_id, u.full_name, m.company_id, le.id AS legal_entity_id, k.id AS contract_id, u.email
       FROM buyer_user u JOIN company_member m ON m.buyer_user_id = u.id
       JOIN LATERAL (SELECT le.id FROM legal_entity le WHERE le.company_id = m.company_id ORDER BY le.name LIMIT 1) le ON true
       JOIN LATERAL (SELECT k.id FROM contract k WHERE k.legal_entity_id = le.id AND k.status = 'active' ORDER BY k.is_default DESC LIMIT 1) k ON true
      WHERE u.email IN ('director@demo.wholesail.local', 'purchaser@demo.wholesail.local', 'director2@demo.wholesail.local', 'purchaser2@demo.wholesail.local')
      ORDER BY u.email`,
  );
  const products = await db.query<
    {
      id: string;
      sku: string;
      name: string;
      unit_code: string;
      q: string;
      price: string;
      vat_rate: string | null;
      warehouse_id: string;
    }[]
  >(
    `SELECT p.id, p.sku, p.name, p.unit_code, p.min_order_quantity::text AS q, e.price::text, p.vat_rate::text, s.warehouse_id
       FROM product p
       JOIN LATERAL (SELECT e.price FROM price_entry e WHERE e.product_id = p.id AND e.packaging_code = ''
                      ORDER BY e.price DESC LIMIT 1) e ON true
       JOIN LATERAL (SELECT s.warehouse_id FROM stock_level s WHERE s.product_id = p.id AND s.on_hand - s.reserved >= p.min_order_quantity * 20
                      ORDER BY s.on_hand DESC LIMIT 1) s ON true
      WHERE p.active ORDER BY p.sku LIMIT 120`,
  );
  if (!buyers.length || products.length < 40) return;
  const year = new Date().getUTCFullYear();
  let seq = 0;
  let k = 0;
  for (const buyer of buyers) {
    for (const [si, status] of STATUSES.entries()) {
      seq += 1;
      const number = `${year}-${String(seq).padStart(6, '0')}`;
      const lines = Array.from(
        { length: 3 + ((si + k) % 5) },
        (_, i) => products[(k * 7 + si * 5 + i) % products.length],
      );
      k += 1;
      const amountOf = (l: (typeof products)[number], mult: number) =>
        (Number(l.price) * Number(l.q) * mult).toFixed(2);
      const vatOf = (amount: string, rate: string | null) =>
        rate ? ((Number(amount) * Number(rate)) / (100 + Number(rate))).toFixed(2) : '0.00';
      const money = lines.map((l, i) => {
        const amount = amountOf(l, 1 + (i % 3));
        return { l, mult: 1 + (i % 3), amount, vat: vatOf(amount, l.vat_rate) };
      });
      const total = money.reduce((s, m) => s + Number(m.amount), 0).toFixed(2);
      const vatTotal = money.reduce((s, m) => s + Number(m.vat), 0).toFixed(2);
      // Awaiting approval: placed yesterday, so the approval timeout (72 h by default) leaves it waiting.
      const daysAgo = status === 'AWAITING_APPROVAL' ? 1 : (STATUSES.length - si) * 4 + (k % 3);
      const [sub] = await db.query<{ id: string }[]>(
        `INSERT INTO order_submission (number, company_id, legal_entity_id, contract_id, buyer_user_id, idempotency_key,
           po_number, comment, currency, total, vat_total, approval_status, created_at,
           delivery_address_id, delivery_address_text, desired_date)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, 'RUB', $9, $10, $11, now() - make_interval(days => $12),
                a.id, a.address, (now() - make_interval(days => $12 - 3))::date
           FROM (SELECT NULL) x LEFT JOIN LATERAL (
                  SELECT id, address FROM delivery_address WHERE company_id = $2 ORDER BY created_at, id LIMIT 1) a ON true
         RETURNING id`,
        [
          number,
          buyer.company_id,
          buyer.legal_entity_id,
          buyer.contract_id,
          buyer.user_id,
          `seed-${number}`,
          `ЗК-${1000 + seq}`,
          si % 3 === 0 ? 'Доставка до 12:00, въезд со двора' : null,
          total,
          vatTotal,
          status === 'AWAITING_APPROVAL' ? 'PENDING' : 'NOT_REQUIRED',
          daysAgo,
        ],
      );
      // The warehouse rule splits a submission: one sub-order per warehouse the lines come from.
      const byWarehouse = new Map<string, typeof money>();
      for (const m of money) byWarehouse.set(m.l.warehouse_id, [...(byWarehouse.get(m.l.warehouse_id) ?? []), m]);
      for (const [gi, [warehouseId, group]] of [...byWarehouse.entries()].entries()) {
        const groupTotal = group.reduce((s, m) => s + Number(m.amount), 0).toFixed(2);
        const groupVat = group.reduce((s, m) => s + Number(m.vat), 0).toFixed(2);
        const [order] = await db.query<{ id: string }[]>(
          `INSERT INTO sales_order (number, submission_id, index, company_id, buyer_user_id, status, warehouse_id, total, vat_total,
             line_count, stock_reserved, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now() - make_interval(days => $12), now() - make_interval(days => $12))
           RETURNING id`,
          [
            `${number}-${gi + 1}`,
            sub.id,
            gi + 1,
            buyer.company_id,
            buyer.user_id,
            status,
            warehouseId,
            groupTotal,
            groupVat,
            group.length,
            HOLDING.has(status),
            daysAgo,
          ],
        );
        await seedSubOrderLines(ctx, order.id, group, status, buyer.full_name, daysAgo);
      }
      if (status === 'AWAITING_APPROVAL') {
        await db.query(
          `INSERT INTO buyer_notification (company_id, buyer_user_id, kind, text, submission_id)
           SELECT m.company_id, m.buyer_user_id, 'ORDER_APPROVAL_REQUESTED', $3, $2
             FROM company_member m WHERE m.company_id = $1 AND m.role = 'DIRECTOR' AND m.buyer_user_id <> $4`,
          [
            buyer.company_id,
            sub.id,
            `${buyer.full_name}: заказ ${number} на ${total} RUB ждёт вашего согласования`,
            buyer.user_id,
          ],
        );
      }
    }
    // A shared short list and a template per buyer.
    const [list] = await ctx.insert('short_list', [
      { company_id: buyer.company_id, owner_user_id: buyer.user_id, name: 'Расходники на объект', shared: true },
    ]);
    await ctx.insert(
      'short_list_item',
      products
        .slice(k % 40, (k % 40) + 8)
        .map((p, i) => ({ short_list_id: list, product_id: p.id, quantity: p.q, position: i + 1 })),
    );
    const [tpl] = await ctx.insert('order_template', [
      { company_id: buyer.company_id, owner_user_id: buyer.user_id, name: 'Ежемесячная закупка', shared: false },
    ]);
    await ctx.insert(
      'order_template_line',
      products
        .slice(40 + (k % 40), 52 + (k % 40))
        .map((p, i) => ({ template_id: tpl, product_id: p.id, quantity: p.q, position: i + 1 })),
    );
  }
  await db.query(`INSERT INTO order_number_sequence (year, last) VALUES ($1, $2)`, [year, seq]);
  await db.query(
    `UPDATE product_stock ps SET available = x.available FROM (
       SELECT s.product_id, sum(greatest(s.on_hand - s.reserved, 0)) AS available FROM stock_level s
         JOIN warehouse w ON w.id = s.warehouse_id AND w.active
        WHERE s.product_id IN (SELECT product_id FROM sales_order_line) GROUP BY 1) x
      WHERE ps.product_id = x.product_id`,
  );
}

type DemoLine = {
  l: {
    id: string;
    sku: string;
    name: string;
    unit_code: string;
    q: string;
    price: string;
    vat_rate: string | null;
    warehouse_id: string;
  };
  mult: number;
  amount: string;
  vat: string;
};

/** A demo sub-order's lines, the stock it holds and the history the buyer sees. */
async function seedSubOrderLines(
  ctx: SeedContext,
  orderId: string,
  group: DemoLine[],
  status: string,
  buyerName: string,
  daysAgo: number,
): Promise<void> {
  const db = ctx.db;
  await ctx.insert(
    'sales_order_line',
    group.map((m, i) => ({
      order_id: orderId,
      position: i + 1,
      product_id: m.l.id,
      sku: m.l.sku,
      name: m.l.name,
      unit_code: m.l.unit_code,
      quantity: (Number(m.l.q) * m.mult).toString(),
      base_quantity: (Number(m.l.q) * m.mult).toString(),
      warehouse_id: m.l.warehouse_id,
      price: m.l.price,
      vat_rate: m.l.vat_rate,
      amount: m.amount,
      vat_amount: m.vat,
    })),
  );
  if (HOLDING.has(status)) {
    await db.query(
      `UPDATE stock_level s SET reserved = s.reserved + x.q FROM (
         SELECT product_id, warehouse_id, sum(base_quantity) AS q FROM sales_order_line WHERE order_id = $1 GROUP BY 1, 2) x
        WHERE s.product_id = x.product_id AND s.warehouse_id = x.warehouse_id`,
      [orderId],
    );
  }
  // The history the buyer sees: placement, then each step along the path (or the cancellation).
  const steps: [string | null, string, string, string, string | null][] = [
    [null, status === 'AWAITING_APPROVAL' ? 'AWAITING_APPROVAL' : 'NEW', 'buyer', buyerName, null],
  ];
  if (status === 'CANCELLED')
    steps.push(['NEW', 'CANCELLED', 'staff', 'Ирина Петрова', 'Клиент отказался по телефону']);
  else if (status !== 'AWAITING_APPROVAL') {
    for (let p = 1; p <= PATH.indexOf(status); p++) {
      steps.push([PATH[p - 1], PATH[p], p === 3 ? 'integrator' : 'staff', p === 3 ? '1С:УТ' : 'Ирина Петрова', null]);
    }
  }
  await ctx.insert(
    'sales_order_event',
    steps.map(([from, to, kind, name, comment], i) => ({
      order_id: orderId,
      from_status: from,
      to_status: to,
      actor_kind: kind,
      actor_name: name,
      comment,
      created_at: new Date(Date.now() - (daysAgo - i) * 86400000),
    })),
  );
}
