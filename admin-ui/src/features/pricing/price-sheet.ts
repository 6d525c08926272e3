import { PRICE_ENTRY_SHEET_HEADERS, formatTiersText, readPriceEntrySheet } from '@wholesail/shared';

import type { PriceEntryFieldsFragment } from '../../gql/graphql';

// SheetJS is big: it loads only when someone exports or uploads.
const loadXlsx = () => import('@e965/xlsx');

/** Writes the entries as an .xlsx the upload reads back (same columns, the person's language). */
export async function downloadPriceSheet(entries: readonly PriceEntryFieldsFragment[], language: 'ru' | 'en') {
  const XLSX = await loadXlsx();
  const rows = [
    [...PRICE_ENTRY_SHEET_HEADERS[language]],
    ...entries.map((e) => [
      e.product.sku,
      e.product.name,
      e.priceTypeCode,
      e.packagingCode,
      // An Excel number cell is a double: a numeric(19,4) price (≤ 15 + 4 digits) reads back the same.
      Number(e.price),
      formatTiersText(e.tiers),
    ]),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = [{ wch: 16 }, { wch: 48 }, { wch: 14 }, { wch: 10 }, { wch: 12 }, { wch: 28 }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, language === 'ru' ? 'Цены' : 'Prices');
  XLSX.writeFile(book, `prices-${new Date().toISOString().slice(0, 10)}.xlsx`);
}

/** The first sheet of an uploaded workbook (.xlsx, .xls or .csv), read into entry rows and row errors. */
export async function readPriceSheetFile(file: File) {
  const XLSX = await loadXlsx();
  const book = XLSX.read(await file.arrayBuffer(), { type: 'array' });
  const first = book.Sheets[book.SheetNames[0] ?? ''];
  const cells = first ? XLSX.utils.sheet_to_json<unknown[]>(first, { header: 1, defval: null, raw: true }) : [];
  return readPriceEntrySheet(cells);
}
