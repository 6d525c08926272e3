import * as XLSX from '@e965/xlsx';
import { priceListColumns, priceListHeaders, readOrderRows, recognizePriceListHeader } from '@wholesail/shared';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { escapeXml, excelDate, startPriceListSheet } from './xlsx-writer';

async function write(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const columns = priceListColumns([{ id: 'w1', name: 'Москва' }]);
  const sheet = startPriceListSheet(out, {
    sheetName: 'Прайс-лист',
    title: ['ООО «Ромашка»', 'Договор К-1'],
    columns,
    headers: priceListHeaders(columns, 'ru'),
  });
  for (const r of rows) await sheet.row(r);
  await sheet.finish();
  return Buffer.concat(chunks);
}

describe('streaming xlsx writer', () => {
  it('writes a workbook Excel readers open, and the upload recognises it again', async () => {
    const file = await write([
      [
        '000123',
        'Винт <M6> & гайка',
        'шт',
        'кор. 200',
        200,
        200,
        12.5,
        0.22,
        1000,
        1000,
        new Date(Date.UTC(2026, 11, 24)),
        null,
      ],
      ['ABC-2', 'Кабель\u0007 ВВГ', 'м', '', 0.5, 1, 99.9999, 0.22, 0, 0, null, null],
    ]);
    const wb = XLSX.read(file, { type: 'buffer', cellDates: true });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], {
      header: 1,
      raw: true,
      defval: null,
    });
    expect(rows[0][0]).toBe('ООО «Ромашка»');
    expect(rows[3][0]).toBe('Артикул');
    expect(rows[4].slice(0, 8)).toEqual(['000123', 'Винт <M6> & гайка', 'шт', 'кор. 200', 200, 200, 12.5, 0.22]);
    expect(rows[5][1]).toBe('Кабель ВВГ');
    // Empty values (no packaging, no next date) keep every later value in its own column.
    expect(rows[5].slice(3, 10)).toEqual([null, 0.5, 1, 99.9999, 0.22, 0, 0]);
    const header = recognizePriceListHeader(rows);
    expect(header.ok).toBe(true);
    // The buyer fills a quantity in; the upload reads exactly that row.
    rows[4][11] = 400;
    expect(readOrderRows(rows, header as Extract<typeof header, { ok: true }>)).toMatchObject([
      { rowNumber: 5, sku: '000123', quantity: { ok: true, value: '400' } },
    ]);
  });

  it('writes a sheet of many 64 KB chunks that reads back whole', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `SKU-${i}`,
      `Кабель «${i}» & <${'ж'.repeat(i % 50)}>`,
      'м',
      null,
      0.5,
      1,
      i + 0.25,
      0.2,
      i,
      i,
      null,
      null,
    ]);
    const file = await write(rows);
    expect(file.length).toBeGreaterThan(10_000);
    const wb = XLSX.read(file, { type: 'buffer' });
    const back = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], {
      header: 1,
      raw: true,
      defval: null,
    });
    const data = back.slice(4);
    expect(data).toHaveLength(3000);
    expect(data[2999].slice(0, 10)).toEqual(rows[2999].slice(0, 10));
    expect(data[1234][1]).toBe(rows[1234][1]);
  });

  it('stops at once when the client leaves: a row waiting for backpressure returns, abort ends the output', async () => {
    const out = new PassThrough({ highWaterMark: 1024 }); // nobody reads: backpressure
    const columns = priceListColumns([{ id: 'w1', name: 'Москва' }]);
    const sheet = startPriceListSheet(out, {
      sheetName: 'x',
      title: [],
      columns,
      headers: priceListHeaders(columns, 'en'),
    });
    // Text that does not compress, so the output fills up.
    const row = () => ['SKU', randomBytes(1500).toString('base64'), 'pc', null, 1, 1, 1, 0.2, 1, 1, null, null];
    let waiting: Promise<void> | null = null;
    for (let i = 0; i < 1000 && !waiting; i++) {
      const p = sheet.row(row());
      const settled = await Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);
      if (!settled) waiting = p;
    }
    expect(waiting).not.toBeNull();
    sheet.abort();
    await expect(waiting).resolves.toBeUndefined();
    expect(out.destroyed).toBe(true);
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(excelDate(new Date(Date.UTC(2026, 0, 1)))).toBe(46023);
  });
});
