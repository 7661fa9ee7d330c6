/**
 * `followup build` on ledger files from every system: the kinds that open (macro-enabled and
 * template workbooks, Excel's Unicode text, tables with a totals row) and the kinds that cannot,
 * each said in the user's language, never in a library's words.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { JsonReport } from '../../src/core/report/json';
import { fileSystemProblem } from '../../src/io/fileProblem';
import { LIBRARY_TEXT } from '../support/libraryText';
import { runCli } from '../support/runCli';
import { tempDir } from '../support/tmp';

const dir = tempDir();
const KLS_CSV = 'examples/kls-2025.csv';
const KLS_XLSX = 'examples/kls-2025.xlsx';
const ARGS = ['--period', '2025-07', '--months', '2', '--json', '-'];


async function figures(file: string): Promise<JsonReport['rows']> {
  const run = await runCli('build', file, ...ARGS);
  expect(run.stderr.filter((l) => !l.startsWith('varning:'))).toEqual([]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as JsonReport).rows;
}

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** UTF-16 bytes of a text with its byte order mark. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (order === 'be') le.swap16();
  return le;
}

/** Mac Roman bytes of a text (Node's decoder of Mac Roman, inverted). */
function macRoman(text: string): Uint8Array {
  const decoded = new TextDecoder('macintosh').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  const byChar = new Map([...decoded].map((c, i) => [c, 128 + i]));
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : byChar.get(c) ?? 0x3f)));
}

/** The KLS ledger as Excel's Save As › Unicode Text writes it: tab-separated, CRLF. */
function klsAsText(): string {
  return readFileSync(KLS_CSV, 'latin1').replaceAll(';', '\t');
}

describe('files that open', () => {
  let expected: JsonReport['rows'];
  beforeAll(async () => {
    expected = await figures(KLS_XLSX);
  });

  it.each(['xlsm', 'xltx', 'xltm'])('reads a .%s workbook as the workbook it is', async (ext) => {
    const file = write(`kls.${ext}`, readFileSync(KLS_XLSX));
    expect(await figures(file)).toEqual(expected);
  });

  it.each([
    ['Unicode text (UTF-16 LE) as .txt', 'kls-unicode.txt', () => utf16(klsAsText(), 'le')],
    ['UTF-16 BE as .tsv', 'kls-be.tsv', () => utf16(klsAsText(), 'be')],
    ['UTF-8 tab-separated as .txt', 'kls-tab.txt', () => Buffer.from(klsAsText(), 'utf8')],
  ])('reads %s with the figures of the workbook', async (_, name, bytes) => {
    expect(await figures(write(name, bytes()))).toEqual(expected);
  });

  it('reads Excel for Mac’s plain CSV (Mac Roman, CR) with the names and figures of the workbook', async () => {
    expect(await figures(write('kls-mac.csv', macRoman(readFileSync(KLS_CSV, 'latin1').replaceAll('\r\n', '\r'))))).toEqual(expected);
  });

  it('reads a workbook saved under a .csv name as the workbook it is', async () => {
    expect(await figures(write('actually-xlsx.csv', readFileSync(KLS_XLSX)))).toEqual(expected);
  });

  it('skips an Excel table’s totals row whatever its label, with the subtotal warning', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Huvudbok').addTable({
      name: 'Huvudbok',
      ref: 'A1',
      totalsRow: true,
      columns: [{ name: 'Period', totalsRowLabel: 'Hela förvaltningen' }, { name: 'Ansvar' }, { name: 'Budget', totalsRowFunction: 'sum' }, { name: 'Utfall', totalsRowFunction: 'sum' }],
      rows: [
        [202507, 'Kök', 100, 90],
        [202507, 'Skola', 50, 60],
      ],
    });
    const file = path.join(dir, 'table.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('varning: Huvudbok!B4: 1 summeringsrader (Summa/Totalt, en tabells summarad) hoppades över');
    const rows = (JSON.parse(run.stdout) as JsonReport).rows;
    expect(rows.map((r) => [r.path[0] ?? 'total', r.periodBudget])).toEqual([
      ['Kök', '100.00'],
      ['Skola', '50.00'],
      ['total', '150.00'],
    ]);
  });
});

describe('a workbook ExcelJS cannot load (cells without r, as other programs write them)', () => {
  it('is read, and --out writes the follow-up alone with a warning rather than failing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Huvudbok').addRows([
      ['Period', 'Ansvar', 'Budget'],
      [202507, 'Kök', 100],
    ]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/ r="[A-Z]+\d+"/g, '').replace(/<row r="\d+"/g, '<row'));
    const file = write('no-refs.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    const out = path.join(dir, 'no-refs-out.xlsx');
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr.filter((l) => !/visar tecknen/.test(l))).toEqual([`varning: ${file}: huvudboksbladen kunde inte kopieras till ${out}; uppföljningen skrevs ensam`]);
    expect((JSON.parse(run.stdout) as JsonReport).rows.at(-1)!.periodBudget).toBe('100.00');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Uppföljning 2025-07']);
  });
});

describe('periods as dates', () => {
  it('reads date cells by any number format, built-in or custom, as their month', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Huvudbok');
    ws.addRow(['Period', 'Ansvar', 'Budget']);
    const formats = ['yyyy-mm-dd', 'mmm yyyy', '[$-41D]mmmm yyyy;@', 'General'];
    formats.forEach((numFmt, i) => {
      const row = ws.addRow([new Date(Date.UTC(2025, 6, 1 + i)), `Enhet ${i}`, 100]);
      row.getCell(1).numFmt = numFmt;
    });
    const file = path.join(dir, 'dates.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).rows.map((r) => [r.path[0] ?? 'total', r.periodBudget])).toEqual([
      ['Enhet 0', '100.00'],
      ['Enhet 1', '100.00'],
      ['Enhet 2', '100.00'],
      ['Enhet 3', '100.00'],
      ['total', '400.00'],
    ]);
  });
});

describe('a CSV line with more fields than the header', () => {
  it('is an error naming the row, not a phantom unit with shifted amounts', async () => {
    const file = write('shifted.csv', 'Period;Ansvar;Budget;Utfall\r\n2025-07;Kök;100;90\r\n2025-07;Kök; Väst;100;90\r\n2025-07;Skola;;\r\n2025-07;IT;5;5;;\r\n');
    const run = await runCli('build', file, '--period', '2025-07');
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(/^shifted!A3: raden har fler fält än rubrikraden, så beloppen hamnar i fel kolumner/)]);
    const en = await runCli('build', file, '--period', '2025-07', '--lang', 'en');
    expect(en.stderr).toEqual([expect.stringMatching(/^shifted!A3: the row has more fields than the header row/)]);
  });

  it('is fine when the extra fields are empty, and a line with fewer fields has blanks', async () => {
    const file = write('ragged.csv', 'Period;Ansvar;Budget;Utfall\r\n2025-07;Kök;100;90;;\r\n2025-07;Skola;50\r\n');
    const run = await runCli('build', file, '--period', '2025-07', '--scale', 'kr', '--json', '-');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).rows.map((r) => [r.path[0] ?? 'total', r.periodBudget, r.periodActual])).toEqual([
      ['Kök', '100.00', '90.00'],
      ['Skola', '50.00', '0.00'],
      ['total', '150.00', '90.00'],
    ]);
  });
});

/** A compound file (OLE2) holding streams of these names in its directory, as far as a reader looks. */
function aCompoundFile(...streams: string[]): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const sector = Buffer.alloc(512 * 3);
  streams.forEach((name, i) => Buffer.from(`${name}\u0000`, 'utf16le').copy(sector, 512 + i * 128));
  return Buffer.concat([header, sector]);
}

describe('files that cannot open say why, in the user’s language', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a password-protected workbook', () => write('locked.xlsx', aCompoundFile('EncryptionInfo', 'EncryptedPackage')), /lösenordsskyddad; ta bort lösenordet i Excel/],
    ['an old .xls', () => write('old.xls', aCompoundFile('Workbook', 'SummaryInformation')), /gamla Excel-formatet \(\.xls.*spara den som Excel-arbetsbok \(\.xlsx\)/],
    ['an Excel 2003 XML spreadsheet named .xls', () => write('xml.xls', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'), /gamla Excel-formatet/],
    ['a web page named .xls', () => write('page.xls', '<html><body><table><tr><td>1</td></tr></table></body></html>'), /webbsida \(HTML\)/],
    ['Excel’s lock file', () => write('~$Budget.xlsx', Buffer.alloc(165, 1)), /Excels låsfil för en arbetsbok som är öppen/],
    ['a folder', () => {
      mkdirSync(path.join(dir, 'folder.xlsx'), { recursive: true });
      return path.join(dir, 'folder.xlsx');
    }, /det är en mapp, inte en fil/],
    ['a missing file', () => path.join(dir, 'nope.xlsx'), /filen finns inte/],
    ['an empty file', () => write('empty.csv', ''), /filen är tom/],
    ['a text file named .xlsx', () => write('text.xlsx', 'Period;Ansvar;Budget\n'), /ingen Excel-arbetsbok trots namnet/],
    ['a truncated workbook', () => write('cut.xlsx', readFileSync(KLS_XLSX).subarray(0, 20_000)), /filen är skadad eller ofullständig \(avbruten kopiering eller nedladdning\?\)/],
  ];

  it.each(cases)('%s', async (_, make, message) => {
    const file = make();
    const run = await runCli('build', file, '--period', '2025-07');
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(message)]);
    expect(run.stderr[0]!.startsWith(`${file}: `)).toBe(true);
    expect(run.stderr.join('\n')).not.toMatch(LIBRARY_TEXT);
  });

  it('an OpenDocument spreadsheet (.ods)', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    zip.file('content.xml', '<office:document-content/>');
    const file = write('budget.ods', await zip.generateAsync({ type: 'uint8array' }));
    const run = await runCli('build', file, '--period', '2025-07', '--lang', 'en');
    expect(run.stderr).toEqual([`${file}: the file is an OpenDocument spreadsheet (.ods); open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx)`]);
    expect(run.code).toBe(1);
  });

  it.each([
    ['an Excel binary workbook (.xlsb)', 'budget.xlsb', 'xl/workbook.bin', /binär Excel-arbetsbok \(\.xlsb\)/],
    ['a Word document under an Excel name', 'letter.xlsx', 'word/document.xml', /ingen Excel-arbetsbok trots namnet/],
  ])('%s', async (_, name, main, message) => {
    const zip = new JSZip();
    const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
    zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${main}"/></Relationships>`);
    zip.file(main, main.endsWith('.bin') ? new Uint8Array([0x83, 0x01, 0x00]) : '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    const file = write(name, await zip.generateAsync({ type: 'uint8array' }));
    const run = await runCli('build', file, '--period', '2025-07');
    expect(run.stderr).toEqual([expect.stringMatching(message)]);
    expect(run.code).toBe(1);
  });

  it('no permission to read (as the file system says it)', () => {
    // Tests may run as root, who may read anything: the mapping is what is checked here.
    expect(fileSystemProblem(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))?.kind).toBe('noPermission');
    expect(fileSystemProblem(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))?.kind).toBe('folder');
    expect(fileSystemProblem(new Error('other'))).toBeNull();
  });

  it('a formula saved without a value says to open and save the file in Excel', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Huvudbok').addRows([
      ['Period', 'Ansvar', 'Budget'],
      [202507, 'Kök', { formula: '1+1' }],
    ]);
    const file = path.join(dir, 'uncalculated.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await runCli('build', file, '--period', '2025-07');
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual(['Huvudbok!C2: formeln i cellen har inget beräknat värde i filen; öppna filen i Excel och spara den']);
  });
});

describe('error values in amount cells', () => {
  it('says the cell holds an error, in a workbook and in a CSV export of one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Huvudbok').addRows([
      ['Period', 'Ansvar', 'Budget'],
      [202507, 'Kök', { formula: '1/0', result: { error: '#DIV/0!' } }],
    ]);
    const xlsx = path.join(dir, 'error.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const csv = write('error.csv', 'Period;Ansvar;Budget\r\n202507;Kök;#DIV/0!\r\n202507;Skola;#SAKNAS!\r\n');
    expect((await runCli('build', xlsx, '--period', '2025-07')).stderr).toEqual([
      'Huvudbok!C2: cellen innehåller felvärdet #DIV/0!, inte ett belopp; rätta formeln i källfilen och läs in den igen',
    ]);
    expect((await runCli('build', csv, '--period', '2025-07')).stderr).toEqual([
      'error!C2: cellen innehåller felvärdet #DIV/0!, inte ett belopp; rätta formeln i källfilen och läs in den igen',
      'error!C3: cellen innehåller felvärdet #SAKNAS!, inte ett belopp; rätta formeln i källfilen och läs in den igen',
    ]);
  });
});
