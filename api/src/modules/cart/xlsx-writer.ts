import type { Writable } from 'node:stream';
import type { PriceListCellKind, PriceListColumn } from '@wholesail/shared';
import { ZipWriter, type ZipEntry } from './zip-writer';
import { Utf8Chunks } from '../../common/streams/utf8-chunks';

/**
 * A minimal streaming .xlsx writer: the package parts are fixed text, and the one worksheet is
 * written row by row as UTF-8 into 64 KB buffers that go to the deflating zip entry as they fill
 * (waiting for the client: backpressure), so a 100 000-row price list never sits in memory.
 * Strings are inline (no shared-string table to build), styles are fixed: one per cell kind, plus
 * bold headers and the highlighted input column.
 */
export type CellValue = string | number | Date | null;

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// Characters XML 1.0 does not allow at all (control characters from product names pasted from 1C).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeXml(text: string): string {
  // Most names have nothing to escape: one test instead of five replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Style ids in styles.xml below. */
const STYLE: Record<PriceListCellKind | 'header' | 'title' | 'input', number> = {
  text: 1,
  quantity: 2,
  money: 3,
  percent: 4,
  date: 5,
  header: 6,
  title: 7,
  input: 8,
};

const STYLES = `${XML_HEADER}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00##"/><numFmt numFmtId="165" formatCode="dd.mm.yyyy"/><numFmt numFmtId="166" formatCode="0%"/></numFmts>
<fonts count="3"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font><font><b/><sz val="12"/><name val="Arial"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="9">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyProtection="1"><protection locked="0"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

const CONTENT_TYPES = `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`;

const ROOT_RELS = `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

const WORKBOOK_RELS = `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

const workbook = (
  sheetName: string,
) => `${XML_HEADER}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="${escapeXml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets>
</workbook>`;

/** Excel's serial day number of a date (1900 date system). */
export function excelDate(date: Date): number {
  return (Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** The markup of a cell of one style, prepared once per column. */
interface CellMarkup {
  empty: string;
  value: string;
  text: string;
}

const VALUE_END = '</v></c>';
const TEXT_END = '</t></is></c>';

function cellMarkup(style: number): CellMarkup {
  return {
    empty: `<c s="${style}"/>`,
    value: `<c s="${style}"><v>`,
    text: `<c s="${style}" t="inlineStr"><is><t xml:space="preserve">`,
  };
}

/** Writes a cell straight into the sheet's buffer: no string per cell or row to build and collect. */
function writeCell(out: Utf8Chunks, value: CellValue, m: CellMarkup): void {
  // Cells carry no reference (r="C5"): readers place them one after another, so an empty value is
  // still written as an empty cell — leaving it out would move every later value one column left.
  if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) {
    out.ascii(m.empty);
  } else if (typeof value === 'number') {
    out.ascii(m.value);
    out.ascii(String(value));
    out.ascii(VALUE_END);
  } else if (value instanceof Date) {
    out.ascii(m.value);
    out.ascii(String(excelDate(value)));
    out.ascii(VALUE_END);
  } else {
    out.ascii(m.text);
    out.append(escapeXml(value));
    out.ascii(TEXT_END);
  }
}

export interface SheetWriter {
  /** Writes a data row (encoded before this returns: the array may be reused); resolves when the stream can take more (backpressure). */
  row(values: readonly CellValue[]): Promise<void>;
  /** Closes the sheet and the package; resolves when everything was written to the output. */
  finish(): Promise<void>;
  /** Abandons the output (client gone, error). */
  abort(): void;
}

/**
 * Starts a workbook on `out`: title lines, then the header row (frozen) of `columns`. Values of data
 * rows are given in column order; numbers stay numbers (money as decimal text converted by the caller).
 */
export function startPriceListSheet(
  out: Writable,
  options: { sheetName: string; title: string[]; columns: readonly PriceListColumn[]; headers: string[] },
): SheetWriter {
  const zip = new ZipWriter(out);
  const opened = (async () => {
    await zip.add('[Content_Types].xml', CONTENT_TYPES);
    await zip.add('_rels/.rels', ROOT_RELS);
    await zip.add('xl/workbook.xml', workbook(options.sheetName));
    await zip.add('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
    await zip.add('xl/styles.xml', STYLES);
    return zip.open('xl/worksheets/sheet1.xml');
  })();
  opened.catch(() => undefined); // reported by the first write that waits for it

  const headerRow = options.title.length + (options.title.length ? 2 : 1);
  const cols = options.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('');
  const markup = options.columns.map((c) => cellMarkup(c.input ? STYLE.input : STYLE[c.kind]));
  const textMarkup = cellMarkup(STYLE.text);
  const chunks = new Utf8Chunks(64 * 1024);
  let sheet: ZipEntry | null = null;
  const flush = async () => {
    const chunk = chunks.take();
    sheet ??= await opened;
    if (chunk) await sheet.write(chunk);
  };
  let rowNumber = 0;
  const writeRow = (values: readonly CellValue[], m: (i: number) => CellMarkup, extra = '') => {
    rowNumber += 1;
    chunks.ascii(`<row r="${rowNumber}"${extra}>`);
    for (let i = 0; i < values.length; i++) writeCell(chunks, values[i], m(i));
    chunks.ascii('</row>');
  };

  chunks.append(
    `${XML_HEADER}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<cols>${cols}</cols><sheetData>`,
  );
  const title = cellMarkup(STYLE.title);
  for (const line of options.title) writeRow([line], () => title);
  if (options.title.length) rowNumber += 1; // an empty line between the title and the header
  const header = cellMarkup(STYLE.header);
  writeRow(options.headers, () => header, ' ht="30" customHeight="1"');
  // The head goes out at once (first bytes before the first batch is read); rows wait for it.
  let headWritten: Promise<void> | null = flush();
  headWritten.catch(() => undefined);
  const dataMarkup = (i: number) => markup[i] ?? textMarkup;

  return {
    row: async (values) => {
      writeRow(values, dataMarkup);
      if (!chunks.full) return;
      if (headWritten) await headWritten;
      headWritten = null;
      await flush();
    },
    finish: async () => {
      if (headWritten) await headWritten;
      headWritten = null;
      chunks.ascii('</sheetData></worksheet>');
      await flush();
      await sheet!.end();
      await zip.finish();
    },
    abort: () => {
      zip.abort();
      out.destroy();
    },
  };
}
