import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import sharp from 'sharp';
import { normalizeSearchText, searchWords } from '@wholesail/shared';
import { processImage } from '../../modules/catalog/image.service';
import { FACET_GROUP_SQL, REFRESH_PRODUCT_STOCK } from '../../modules/inventory/availability.sql';
import { ATTRIBUTES, Family, FAMILIES, WAREHOUSES } from './catalog-families';
import { SeedContext } from './seed-context';

export interface CatalogSeedOptions {
  products?: number;
}

/** Deterministic ids: product i is always the same UUID, so every table can be streamed separately. */
const productId = (i: number) => `0a000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** A small fast PRNG (mulberry32) keyed by numbers: the same inputs give the same "random" value. */
function rand(...keys: number[]): number {
  let a = 0x9e3779b9;
  for (const k of keys) a = Math.imul(a ^ (k + 0x6d2b79f5), 0x85ebca6b) ^ (a >>> 13);
  let t = a + 0x6d2b79f5;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function ean13(n: number): string {
  const body = `460${String(n).padStart(9, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const esc = (v: unknown): string => {
  if (v === null || v === undefined) return '\\N';
  if (Array.isArray(v)) return `{${v.join(',')}}`;
  // Numbers and booleans print as COPY reads them (12.5, true).
  return (typeof v === 'string' ? v : JSON.stringify(v))
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n');
};

/** Streams generated lines into COPY … FROM STDIN, in 256 KB chunks. */
async function copy(ctx: SeedContext, table: string, columns: string[], rows: Iterable<unknown[]>): Promise<number> {
  const client = (ctx.db.queryRunner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer = '';
    for (const row of rows) {
      buffer += `${row.map(esc).join('\t')}\n`;
      count += 1;
      if (buffer.length > 256 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  return count;
}

interface Generated {
  i: number;
  id: string;
  family: Family;
  familyIndex: number;
  j: number;
  combos: number;
  sku: string;
  name: string;
  summary: string;
  brandIndex: number;
  values: Record<string, string | number | boolean>;
  barcode: string;
  active: boolean;
}

/** A glyph per top category for the placeholder thumbnails (simple shapes: no fonts needed). */
const GLYPHS: Record<string, string> = {
  Крепёж:
    '<rect x="44" y="18" width="40" height="14" rx="3"/><rect x="58" y="32" width="12" height="70"/><path d="M58 102 L64 116 L70 102 Z"/>',
  Электротехника: '<path d="M72 10 L36 70 H60 L52 118 L92 52 H66 Z"/>',
  Освещение: '<circle cx="64" cy="52" r="30"/><rect x="50" y="82" width="28" height="24" rx="4"/>',
  'Строительные материалы': '<path d="M14 110 L64 30 L114 110 Z"/>',
  Инструмент:
    '<rect x="24" y="54" width="80" height="20" rx="6" transform="rotate(-35 64 64)"/><circle cx="38" cy="88" r="14"/>',
};
const COLORS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4', '#6e7781'];

export async function seedCatalog(ctx: SeedContext, options: CatalogSeedOptions = {}): Promise<void> {
  const large = ctx.scale === 'large';
  const total = options.products ?? (large ? 200_000 : 3_000);
  const warehouses = WAREHOUSES.slice(0, large ? 10 : 4);
  const db = ctx.db;
  const progress = ctx.progress('catalog', 10);

  if (large) {
    // Bulk loading: no synchronous commit; skip FK triggers when allowed (the generator is consistent by construction).
    await db.query(`SET LOCAL synchronous_commit = off`);
    await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    const [{ rolsuper }] = await db.query<{ rolsuper: boolean }[]>(
      `SELECT rolsuper FROM pg_roles WHERE rolname = current_user`,
    );
    if (rolsuper) await db.query(`SET LOCAL session_replication_role = replica`);
  }

  // Warehouses, brands, attributes and their values.
  const warehouseIds = await ctx.insert(
    'warehouse',
    warehouses.map((w, i) => ({
      code: w.code,
      name: w.name,
      city: w.city,
      region: w.region,
      branch: w.branch,
      pickup_point: w.pickupPoint,
      position: i,
      bit: i,
    })),
  );
  ctx.ids.warehouses = warehouseIds;
  const brandNames = [...new Set(FAMILIES.flatMap((f) => f.brands))];
  const brandIds = await ctx.insert(
    'brand',
    brandNames.map((name) => ({ name })),
  );
  const brandId = new Map(brandNames.map((n, i) => [n, brandIds[i]]));
  const attrIds = await ctx.insert(
    'attribute_definition',
    ATTRIBUTES.map((a) => ({
      code: a.code,
      name: a.name,
      type: a.type,
      unit: a.unit ?? null,
      position: a.position,
      filterable: a.type !== 'TEXT',
    })),
  );
  const attrId = new Map(ATTRIBUTES.map((a, i) => [a.code, attrIds[i]]));
  const attrDef = new Map(ATTRIBUTES.map((a) => [a.code, a]));
  const valueRows: Record<string, unknown>[] = [];
  const valueKeys: string[] = [];
  for (const a of ATTRIBUTES) {
    if (a.type === 'TEXT') continue;
    const seen = new Set<string>();
    for (const f of FAMILIES) {
      for (const [code, vals] of f.attrs) {
        if (code !== a.code) continue;
        vals.forEach((v, position) => {
          const key = `${a.code}|${String(v)}`;
          if (seen.has(key)) return;
          seen.add(key);
          valueKeys.push(key);
          const label =
            a.type === 'NUMBER'
              ? `${String(v).replace('.', ',')}${a.unit ? ` ${a.unit}` : ''}`
              : a.type === 'BOOLEAN'
                ? v
                  ? 'Да'
                  : 'Нет'
                : String(v);
          valueRows.push({
            attribute_id: attrId.get(a.code),
            code: a.type === 'ENUM' ? String(v) : null,
            label,
            value_num: a.type === 'NUMBER' ? String(v) : null,
            value_bool: a.type === 'BOOLEAN' ? v : null,
            position,
          });
        });
      }
    }
  }
  const valueIds = await ctx.insert('attribute_value', valueRows);
  const nums = await db.query<{ id: string; num: number }[]>(`SELECT id, num FROM attribute_value`);
  const numById = new Map(nums.map((n) => [n.id, n.num]));
  const valueId = new Map(valueKeys.map((k, i) => [k, valueIds[i]]));
  progress.tick(1);

  // Category tree from the families' paths, and a placeholder picture per leaf.
  const categoryId = new Map<string, string>();
  const categoryRows: Record<string, unknown>[] = [];
  const positions = new Map<string, number>();
  for (const f of FAMILIES) {
    const names = f.path.filter((n): n is string => !!n);
    const ids: string[] = [];
    names.forEach((name, depth) => {
      const key = names.slice(0, depth + 1).join('/');
      let id = categoryId.get(key);
      if (!id) {
        id = `0c000000-0000-4000-8000-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
        categoryId.set(key, id);
        const parentKey = names.slice(0, depth).join('/');
        const position = positions.get(parentKey) ?? 0;
        positions.set(parentKey, position + 1);
        categoryRows.push({
          id,
          parent_id: ids[depth - 1] ?? null,
          name,
          position,
          path: [...ids, id],
          external_id: `cat-${id.slice(-12)}`,
        });
      }
      ids.push(id);
    });
  }
  await ctx.insert('category', categoryRows);
  const leafOf = (f: Family) => categoryId.get(f.path.filter(Boolean).join('/')) as string;
  const familyImage: string[] = [];
  for (const [fi, f] of FAMILIES.entries()) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><rect width="128" height="128" rx="16" fill="#f3f5f8"/>
      <g fill="${COLORS[fi % COLORS.length]}">${GLYPHS[f.path[0]] ?? '<circle cx="64" cy="64" r="40"/>'}</g></svg>`;
    const image = await processImage(await sharp(Buffer.from(svg)).png().toBuffer());
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO image (sha256, thumb, card, content_type, width, height) VALUES ($1, $2, $3, 'image/webp', $4, $5)
       ON CONFLICT (sha256) DO UPDATE SET sha256 = excluded.sha256 RETURNING id`,
      [image.sha256, image.thumb, image.card, image.width, image.height],
    );
    familyImage.push(row.id);
  }
  progress.tick(2);

  // Products: family f gets a share by weight; product j of a family is a combination of its values × brand.
  const weightSum = FAMILIES.reduce((s, f) => s + f.weight, 0);
  const counts = FAMILIES.map((f) => Math.floor((total * f.weight) / weightSum));
  counts[0] += total - counts.reduce((s, c) => s + c, 0);
  const starts = counts.map((_, k) => counts.slice(0, k).reduce((s, c) => s + c, 0));
  const familyOf = (i: number) => {
    let k = FAMILIES.length - 1;
    while (starts[k] > i) k -= 1;
    return k;
  };
  const combosOf = FAMILIES.map((f) => f.attrs.reduce((p, [, vals]) => p * vals.length, 1));
  const generate = (i: number): Generated => {
    const familyIndex = familyOf(i);
    const family = FAMILIES[familyIndex];
    const j = i - starts[familyIndex];
    const combos = combosOf[familyIndex];
    let rest = j % combos;
    const values: Record<string, string | number | boolean> = {};
    for (const [code, vals] of family.attrs) {
      values[code] = vals[rest % vals.length];
      rest = Math.floor(rest / vals.length);
    }
    const brandIndex = Math.floor(j / combos) % family.brands.length;
    return {
      i,
      id: productId(i),
      family,
      familyIndex,
      j,
      combos,
      sku: `${family.prefix}-${String(j + 1).padStart(6, '0')}`,
      name: family.name(values),
      summary: `${family.brands[brandIndex]}. ${family.summary(values)}`,
      brandIndex,
      values,
      barcode: ean13(i + 1),
      active: i % 50 !== 49,
    };
  };
  function* products(): Generator<Generated> {
    for (let i = 0; i < total; i++) yield generate(i);
  }
  const map = (fn: (p: Generated) => Iterable<unknown[]>): Iterable<unknown[]> => ({
    *[Symbol.iterator]() {
      for (const p of products()) yield* fn(p);
    },
  });
  const facetKeys = (p: Generated) =>
    p.family.attrs
      .filter(([code]) => attrDef.get(code)!.type !== 'TEXT')
      .map(([code]) => numById.get(valueId.get(`${code}|${String(p.values[code])}`) as string) as number)
      .sort((a, b) => a - b);

  await copy(
    ctx,
    'product',
    [
      'id',
      'sku',
      'external_id',
      'name',
      'summary',
      'category_id',
      'brand_id',
      'unit_code',
      'vat_rate',
      'order_step',
      'min_order_quantity',
      'image_id',
      'active',
      'facet_keys',
      'search_text',
    ],
    map((p) => [
      [
        p.id,
        p.sku,
        `CB-${String(p.i + 1).padStart(8, '0')}`,
        p.name,
        p.summary,
        leafOf(p.family),
        brandId.get(p.family.brands[p.brandIndex]),
        p.family.unit,
        '22',
        p.family.step,
        p.family.min,
        familyImage[p.familyIndex],
        p.active,
        facetKeys(p),
        normalizeSearchText(`${p.sku} ${p.name} ${p.barcode}`),
      ],
    ]),
  );
  progress.tick(3);
  await copy(
    ctx,
    'product_attribute',
    ['product_id', 'attribute_id', 'value_id', 'value_text'],
    map((p) =>
      p.family.attrs.map(([code]) =>
        attrDef.get(code)!.type === 'TEXT'
          ? [p.id, attrId.get(code), null, String(p.values[code])]
          : [p.id, attrId.get(code), valueId.get(`${code}|${String(p.values[code])}`), null],
      ),
    ),
  );
  await copy(
    ctx,
    'product_barcode',
    ['barcode', 'product_id'],
    map((p) => [[p.barcode, p.id]]),
  );
  await copy(
    ctx,
    'product_packaging',
    ['product_id', 'code', 'name', 'factor', 'position'],
    map((p) => p.family.packagings.map((k, position) => [p.id, k.code, k.name, k.factor, position])),
  );
  progress.tick(4);
  const vocabulary = new Set<string>();
  await copy(
    ctx,
    'product_word',
    ['word', 'product_id', 'position'],
    map((p) =>
      searchWords(p.name).map((w, position) => {
        vocabulary.add(w);
        return [w, p.id, position];
      }),
    ),
  );
  await copy(
    ctx,
    'search_word',
    ['word'],
    [...vocabulary].map((w) => [w]),
  );
  progress.tick(5);

  // Analogs: the same item of another brand is a full substitute (both ways); a neighbour size, partial.
  await copy(
    ctx,
    'product_analog',
    ['product_id', 'analog_id', 'kind', 'note'],
    map((p) => {
      const links: unknown[][] = [];
      const otherBrand = p.j + p.combos;
      if (p.j % 7 === 3 && otherBrand < counts[p.familyIndex]) {
        const other = productId(starts[p.familyIndex] + otherBrand);
        links.push([p.id, other, 'FULL', null], [other, p.id, 'FULL', null]);
      }
      if (p.j % 11 === 5 && p.j + 1 < counts[p.familyIndex])
        links.push([p.id, productId(p.i + 1), 'PARTIAL', 'Другой размер']);
      return links;
    }),
  );
  progress.tick(6);

  // Stock: each product at some warehouses; about a quarter of those rows are empty.
  const density = Math.min(0.6, 1_200_000 / (total * warehouses.length));
  const stockQty = (p: Generated, w: number): string => {
    const r = rand(p.i, w, 7);
    if (r < 0.25) return '0';
    const step = Number(p.family.step);
    const k = 1 + Math.floor(rand(p.i, w, 11) * (p.family.unit === 't' ? 600 : p.family.unit === 'm' ? 4000 : 300));
    return (k * step).toFixed(p.family.unit === 't' || p.family.unit === 'm' ? 1 : 0);
  };
  await copy(
    ctx,
    'stock_level',
    ['product_id', 'warehouse_id', 'on_hand'],
    map((p) =>
      warehouseIds.flatMap((wid, w) =>
        rand(p.i, w, 3) < density || w === p.i % warehouses.length ? [[p.id, wid, stockQty(p, w)]] : [],
      ),
    ),
  );
  await db.query(
    `INSERT INTO product_stock (product_id, category_id, brand_id, facet_keys, active, facet_group, available, in_stock_mask)
     SELECT p.id, p.category_id, p.brand_id, p.facet_keys, p.active, ${FACET_GROUP_SQL('p')},
            coalesce(x.available, 0), coalesce(x.mask, 0)
       FROM product p
       LEFT JOIN (SELECT s.product_id, sum(greatest(s.on_hand - s.reserved, 0)) AS available,
                         coalesce(bit_or(1::bigint << w.bit) FILTER (WHERE s.on_hand > s.reserved), 0) AS mask
                    FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id GROUP BY s.product_id) x
         ON x.product_id = p.id
      ORDER BY p.category_id, p.id`,
  );
  progress.tick(7);

  // Incoming supplies for about one product in seven, over the next six weeks.
  const today = new Date();
  const day = (d: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + d)).toISOString().slice(0, 10);
  await copy(
    ctx,
    'incoming_supply',
    ['external_id', 'product_id', 'warehouse_id', 'quantity', 'expected_at', 'status'],
    map((p) => {
      if (rand(p.i, 91) > 0.15) return [];
      const w = Math.floor(rand(p.i, 92) * warehouses.length);
      const qty = (Number(p.family.step) * (5 + Math.floor(rand(p.i, 93) * 100))).toString();
      return [
        [
          `PO-${p.i + 1}`,
          p.id,
          warehouseIds[w],
          qty,
          day(1 + Math.floor(rand(p.i, 94) * 42)),
          rand(p.i, 95) < 0.3 ? 'IN_TRANSIT' : 'EXPECTED',
        ],
      ];
    }),
  );
  progress.tick(8);

  if (!large) await seedReservations(ctx);
  progress.done();
}

/** A few holds of the demo companies, so the Reservations page is not empty. */
async function seedReservations(ctx: SeedContext): Promise<void> {
  const [companyA, companyB] = ctx.ids.companies;
  const [buyerA, , , buyerB] = ctx.ids.buyers;
  const rows = await ctx.db.query<{ product_id: string; warehouse_id: string; q: string }[]>(
    `SELECT s.product_id, s.warehouse_id, (p.min_order_quantity)::text AS q
       FROM stock_level s JOIN product p ON p.id = s.product_id
      WHERE s.on_hand >= p.min_order_quantity * 3 AND p.active
      ORDER BY s.product_id, s.warehouse_id LIMIT 6`,
  );
  const hours = [5, 30, 60, 2, 48, 70];
  for (const [k, r] of rows.entries()) {
    const [companyId, buyerId] = k % 2 ? [companyB, buyerB] : [companyA, buyerA];
    await ctx.db.query(
      `INSERT INTO reservation (company_id, buyer_user_id, product_id, warehouse_id, quantity, expires_at, comment)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6), $7)`,
      [companyId, buyerId, r.product_id, r.warehouse_id, r.q, hours[k], k === 0 ? 'Под объект на Профсоюзной' : null],
    );
    await ctx.db.query(`UPDATE stock_level SET reserved = reserved + $3 WHERE product_id = $1 AND warehouse_id = $2`, [
      r.product_id,
      r.warehouse_id,
      r.q,
    ]);
  }
  await ctx.db.query(REFRESH_PRODUCT_STOCK, [rows.map((r) => r.product_id)]);
}
