import { loadXlsx } from '../../common/excel/load-xlsx';
import { Injectable } from '@nestjs/common';
import type { BatchResult } from '../../common/batch/batch.types';
import { MAX_BATCH_ROWS } from '../../common/batch/batch.types';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { parseDecimal } from '../../common/money/decimal';
import { PriceEntryAdminService } from './price-entry-admin.service';
import type { EntryRowDraft } from './price-entry-rows';
import type { PriceEntryUpsertItemType } from './pricing.admin.types';

/** The staff sheet of price entries: these headers, in this order (the import finds them by name). */
export const ENTRY_SHEET_HEADERS = ['SKU', 'Name', 'Price type', 'Packaging', 'Price', 'Tiers'] as const;

/** A cell as text: strings and numbers; anything else (dates, errors) is empty. */
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/**
 * Excel export and import of price entries for staff (the grid's "download / upload"): one row per entry,
 * tiers as "10:95 | 50:92". The import goes through the same bulk upsert as the API (row errors carry the
 * sheet's row numbers, all or nothing, unchanged rows untouched), up to 10 000 rows per file; larger
 * loads belong to the CSV fast path.
 */
@Injectable()
export class PriceEntryExcelService {
  constructor(
    private readonly db: Db,
    private readonly entries: PriceEntryAdminService,
  ) {}

  async export(ctx: RequestContext, filter: { priceTypeId?: string; categoryId?: string }): Promise<Buffer> {
    const rows = await this.db.query<{
      sku: string;
      name: string;
      code: string;
      packaging_code: string;
      price: string;
      tiers: { from: string; price: string }[];
    }>(
      ctx,
      `SELECT p.sku, p.name, t.code, e.packaging_code, trim_scale(e.price)::text AS price, e.tiers
         FROM price_entry e JOIN product p ON p.id = e.product_id JOIN price_type t ON t.id = e.price_type_id
        WHERE ($1::uuid IS NULL OR e.price_type_id = $1::uuid)
          AND ($2::uuid IS NULL OR p.category_id = ANY(ARRAY(SELECT c.id FROM category c WHERE c.path @> ARRAY[$2::uuid])))
        ORDER BY p.sku, t.position, t.code, e.packaging_code
        LIMIT 200000`,
      [filter.priceTypeId ?? null, filter.categoryId ?? null],
    );
    const X = await loadXlsx();
    const sheet = X.utils.aoa_to_sheet([
      [...ENTRY_SHEET_HEADERS],
      ...rows.map((r) => [
        r.sku,
        r.name,
        r.code,
        r.packaging_code,
        Number(r.price),
        r.tiers.map((t) => `${t.from}:${t.price}`).join(' | '),
      ]),
    ]);
    sheet['!cols'] = [{ wch: 18 }, { wch: 50 }, { wch: 16 }, { wch: 12 }, { wch: 14 }, { wch: 30 }];
    const book = X.utils.book_new();
    X.utils.book_append_sheet(book, sheet, 'Prices');
    return X.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  }

  async import(
    ctx: RequestContext,
    file: Buffer,
    allOrNothing: boolean,
  ): Promise<BatchResult<PriceEntryUpsertItemType>> {
    const X = await loadXlsx();
    let table: unknown[][];
    try {
      const book = X.read(file, { type: 'buffer', raw: false });
      table = X.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], {
        header: 1,
        raw: true,
        blankrows: false,
      });
    } catch {
      throw new UserInputError('file', 'file: not an Excel workbook');
    }
    const header = (table[0] ?? []).map((h) => str(h).trim().toLowerCase());
    const col = Object.fromEntries(ENTRY_SHEET_HEADERS.map((h) => [h, header.indexOf(h.toLowerCase())])) as Record<
      (typeof ENTRY_SHEET_HEADERS)[number],
      number
    >;
    for (const required of ['SKU', 'Price type', 'Price'] as const) {
      if (col[required] < 0) throw new UserInputError('file', `file: no "${required}" column in the first row`);
    }
    const data = table.slice(1);
    if (data.length > MAX_BATCH_ROWS)
      throw new UserInputError('file', `file: at most ${MAX_BATCH_ROWS} rows (use the CSV import)`);
    const text = (row: unknown[], i: number) => (i < 0 ? '' : str(row[i]).trim());
    const badRows: { row: number; field: string; message: string }[] = [];
    const drafts: EntryRowDraft[] = data.map((row, i) => {
      const priceText = text(row, col.Price).replace(',', '.');
      const price = priceText === '' ? null : parseDecimal(priceText);
      if (priceText !== '' && price === null)
        badRows.push({ row: i + 2, field: 'price', message: `price: "${priceText}" is not a number` });
      const tiers = text(row, col.Tiers)
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
        .flatMap((pair) => {
          const [from, p] = pair.split(':').map((x) => parseDecimal(x.trim().replace(',', '.')));
          if (!from || !p) {
            badRows.push({ row: i + 2, field: 'tiers', message: `tiers: "${pair}" is not "from:price"` });
            return [];
          }
          return [{ from, price: p }];
        });
      return {
        sku: text(row, col.SKU) || null,
        productExternalId: null,
        priceTypeCode: text(row, col['Price type']),
        packagingCode: text(row, col.Packaging),
        price,
        tiers,
        delete: false,
      };
    });
    if (badRows.length) {
      const rowErrors = badRows.map((b) => ({ ...b, errorCode: 'INVALID_VALUE', key: null }));
      return { items: [], rowErrors, applied: 0 };
    }
    const result = await this.entries.upsert(ctx, drafts, allOrNothing);
    // Sheet row numbers: the header is row 1.
    return {
      applied: result.applied,
      rowErrors: result.rowErrors.map((e) => ({ ...e, row: e.row + 1 })),
      items: result.items.map((i) => ({ ...i, row: i.row + 1 })),
    };
  }
}
