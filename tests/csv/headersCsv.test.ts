/** Real export headers through the CSV scanner read exactly as through the grid (cumulative columns, unknown amount columns). */
import { analyseWorkbook } from '../../src/core/engine';
import { isLargeSheet } from '../../src/core/grid/sheetRows';
import { moneyToKronorString } from '../../src/core/money';
import { readCsv } from '../../src/csv/readCsv';
import { readCsvSheet } from '../../src/csv/csvSheet';
import '../support/builders';

const PERIOD = { year: 2025, month: 2, months: 1 };
const enc = new TextEncoder();

function both(text: string) {
  const bytes = enc.encode(text);
  const scanned = readCsvSheet(bytes, 'Huvudbok');
  const a = analyseWorkbook([scanned], { period: PERIOD, lang: 'sv' });
  const b = analyseWorkbook([readCsv(bytes, 'Huvudbok')], { period: PERIOD, lang: 'sv' });
  expect(a.issues).toEqual(b.issues);
  return { scanned, a };
}

describe('CSV exports with compound headers', () => {
  it('reads "Bokfört belopp" and "Utfall ack" with an Aktivitet column, scanned', () => {
    const text = 'Period;Ansvar;Aktivitet;Reviderad budget;Bokfört belopp;Utfall ack\n202501;A;x;10;1,50;1,50\n202501;A;y;10;2;2\n202502;A;x;10;3;4,50\n202502;A;y;10;4;6\n';
    const { scanned, a } = both(text);
    expect(isLargeSheet(scanned)).toBe(true);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(moneyToKronorString(a.followUp!.total.ytdActual)).toBe('10.50');
    expect(moneyToKronorString(a.followUp!.total.ytdBudget)).toBe('40.00');
  });

  it('names an amount column it does not understand, scanned or not', () => {
    const { a } = both('Period;Ansvar;Budget;Ram\n202502;A;10;-5,50\n');
    expect(a.issues).toHaveIssue('unknownAmountColumn', 'Huvudbok!D1');
  });
});
