import { Inject, Injectable } from '@nestjs/common';
import type * as XLSX from '@e965/xlsx';
import { loadXlsx } from '../../common/excel/load-xlsx';
import { readOrderRows, recognizePriceListHeader, HEADER_SCAN_ROWS } from '@wholesail/shared';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { CartService, roundingMode } from './cart.service';
import { QuantityRounding } from './cart.types';
import { OrderEntryService, type EntryRow } from './order-entry.service';
import { EntryApplyMode, OrderEntryReportType } from './order-entry.types';
import { applyEntry } from './quick-order.service';
import { checkZip, isZip } from './zip-guard';

export interface ExcelImportOptions {
  apply: EntryApplyMode;
  rounding: QuantityRounding;
  dryRun: boolean;
}

/** File-level refusals; each is a BAD_USER_INPUT on `file` with this `reason`. */
export type ExcelFileProblem =
  | 'EMPTY_FILE'
  | 'TOO_LARGE'
  | 'NOT_A_SPREADSHEET'
  | 'CORRUPT_FILE'
  | 'UNPACKS_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'EMPTY_SHEET'
  | 'NO_HEADER'
  | 'NO_SKU_COLUMN'
  | 'NO_QUANTITY_COLUMN'
  | 'AMBIGUOUS_QUANTITY_COLUMN';

const refuse = (reason: ExcelFileProblem, message: string) =>
  new UserInputError('file', `file: ${message}`, { reason });

/**
 * An uploaded sheet (the buyer's price list with quantities, or any sheet with SKU and quantity
 * columns) → cart lines with a row-by-row report. Safety first: size cap, zip bomb check on the
 * package's directory before unpacking, row cap, formulas read as their cached values (never
 * evaluated), rows read as arrays (no object keys from the file), and nothing half-imported.
 */
@Injectable()
export class ExcelImportService {
  constructor(
    private readonly db: Db,
    private readonly entry: OrderEntryService,
    private readonly cart: CartService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The sheet's rows as a 2-D array of cell values, or a refusal. */
  async readRows(buffer: Buffer): Promise<unknown[][]> {
    const { excelMaxBytes: maxBytes, excelMaxRows: maxRows } = this.config;
    if (!buffer.length) throw refuse('EMPTY_FILE', 'the file is empty');
    if (buffer.length > maxBytes) {
      throw refuse('TOO_LARGE', `larger than ${Math.round(maxBytes / 1048576)} MB; split the order`);
    }
    if (isZip(buffer)) {
      const zip = checkZip(buffer, {
        maxEntries: 500,
        maxUnpackedBytes: this.config.excelMaxUnpackedBytes,
        maxRatio: 300,
      });
      if (!zip.ok) throw refuse(zip.code === 'UNPACKS_TOO_LARGE' ? 'UNPACKS_TOO_LARGE' : 'CORRUPT_FILE', zip.message);
    } else if (!this.looksLikeText(buffer)) {
      throw refuse('NOT_A_SPREADSHEET', 'upload an .xlsx workbook (or a CSV file); other formats are not read');
    }
    const sheetjs = await loadXlsx();
    let workbook: XLSX.WorkBook;
    try {
      workbook = sheetjs.read(buffer, {
        type: 'buffer',
        dense: true,
        cellFormula: false,
        cellHTML: false,
        cellText: false,
        cellStyles: false,
        bookVBA: false,
        // One row more than allowed tells "too many" without reading a huge sheet whole.
        sheetRows: maxRows + HEADER_SCAN_ROWS + 1,
      });
    } catch {
      throw refuse('CORRUPT_FILE', 'the file is damaged or not a spreadsheet');
    }
    const name = workbook.SheetNames[0];
    const sheet = name ? workbook.Sheets[name] : undefined;
    if (!sheet) throw refuse('EMPTY_SHEET', 'the workbook has no sheet');
    const rows = sheetjs.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
    return rows;
  }

  private looksLikeText(buffer: Buffer): boolean {
    const head = buffer.subarray(0, 4096);
    return !head.includes(0) && Buffer.from(head.toString('utf8'), 'utf8').length > 0;
  }

  async import(ctx: RequestContext, buffer: Buffer, options: ExcelImportOptions): Promise<OrderEntryReportType> {
    const rows = await this.readRows(buffer);
    const header = recognizePriceListHeader(rows);
    if (!header.ok) throw refuse(header.code, header.message);
    const orderRows = readOrderRows(rows, header);
    if (orderRows.length > this.config.excelMaxRows || rows.length > this.config.excelMaxRows + HEADER_SCAN_ROWS) {
      throw refuse('TOO_MANY_ROWS', `more than ${this.config.excelMaxRows} rows; split the order`);
    }
    return this.db.transaction(ctx, async (tctx) => {
      const cartId = await this.cart.cartId(tctx);
      const entryRows: EntryRow[] = [];
      const missing: number[] = [];
      for (const r of orderRows) {
        const sku = r.sku ?? r.barcode;
        if (!sku) {
          missing.push(r.rowNumber);
          continue;
        }
        entryRows.push({ row: r.rowNumber, sku, quantity: r.quantity, unit: r.unit });
      }
      const result = await this.entry.resolve(tctx, entryRows, roundingMode(options.rounding), {
        prices: !options.dryRun,
      });
      for (const row of missing) {
        result.errors.add(row, 'sku', 'MISSING_SKU', `Row ${row}: a quantity without an SKU`, null);
      }
      return applyEntry(this.cart, tctx, cartId, result, orderRows.length, options.apply, options.dryRun, false);
    });
  }
}
