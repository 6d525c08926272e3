import * as XLSX from '@e965/xlsx';
import { buyerToken, shop } from '../lib/catalog.mjs';
import { orderableProducts, uploadFile } from '../lib/ordering.mjs';
import { summarize } from '../lib/stats.mjs';

/**
 * `excel-upload-10k`: a 10 000-row sheet (title rows, then Артикул / Наименование / Количество; 1 %
 * unknown SKUs, 1 % bad quantities, some quantities off the multiplicity) uploaded to
 * /api/shop/cart/excel: unpack and read, recognise the header, resolve SKUs, check every row, write
 * the valid rows into the cart and answer the row-by-row report. Timed end to end per upload.
 */
export default {
  name: 'excel-upload-10k',
  async run({ api, databaseUrl, dataset, log }) {
    const token = await buyerToken(api, dataset);
    const products = await orderableProducts(databaseUrl, 10_000, 1, 1200);
    const rows = [['Заказ ООО «СтройМаркет»'], [], ['Артикул', 'Наименование', 'Количество']];
    products.forEach((p, i) => {
      const bad = i % 100 === 7;
      const unknown = i % 100 === 3;
      rows.push([unknown ? `NO-SUCH-${i}` : p.sku, 'товар', bad ? 'много' : Number(p.q) * (1 + (i % 4))]);
    });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Заказ');
    const file = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
    log(`excel-upload-10k: ${products.length} rows, ${Math.round(file.length / 1024)} KB`);
    const samples = [];
    let report = null;
    for (let i = 0; i < 12; i++) {
      await shop(api, token, `mutation { clearCart { id } }`);
      const res = await uploadFile(api.url, '/api/shop/cart/excel', token, file, 'order.xlsx');
      if (res.status !== 201 && res.status !== 200) throw new Error(`upload refused: ${JSON.stringify(res.json)}`);
      report = res.json;
      if (i >= 2) samples.push(res.ms);
    }
    await shop(api, token, `mutation { clearCart { id } }`);
    return {
      ...summarize(samples),
      rows: report.rowsRead,
      applied: report.applied,
      row_errors: report.rowErrors.length,
      file_kb: Math.round(file.length / 1024),
      rss_mb: api.rssMb(),
    };
  },
};
