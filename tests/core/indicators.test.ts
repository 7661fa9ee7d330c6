/**
 * Indicators (issue 10 item 1, seed 000 §2.1): an indicator sheet found by its headers and never
 * read as a ledger (nor a ledger as one); its rows read exactly, bad cells as issues naming the
 * cell in Swedish and English; the status with both directions and the margin's edge, in exact
 * decimals; the lines chosen for a month (the latest month with an outcome, the year's last row
 * for the full-year figures, last year's own row).
 */
import { composeFollowUp } from '../../src/core/compose';
import { parseSettings, serializeSettings } from '../../src/core/followUpSettings';
import type { Cell } from '../../src/core/grid/grid';
import { issueMessage } from '../../src/core/i18n/issues';
import { indicatorTable } from '../../src/core/indicators/indicatorTable';
import { readIndicatorSheets } from '../../src/core/indicators/readIndicators';
import { indicatorStatus, NEAR_MARGIN_PERCENT } from '../../src/core/indicators/status';
import { detectLayout } from '../../src/core/ledger/detect';
import { measureFromNumber, measureFromText, type Measure } from '../../src/core/money';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { aLedger, analyse, findIssue, grid } from '../support/builders';

const HEADER: Cell[] = ['Indikator', 'Period', 'Utfall', 'Mål', 'Prognos', 'Utfall föreg år', 'Riktning', 'Enhet', 'Typ'];
const m = (s: string): Measure => s as Measure;

function sheet(rows: readonly (readonly Cell[])[], header: readonly Cell[] = HEADER, name = 'Indikatorer') {
  return grid(name, [header, ...rows]);
}

function read(rows: readonly (readonly Cell[])[], header: readonly Cell[] = HEADER) {
  return readIndicatorSheets([{ grid: sheet(rows, header), headerRow: 0 }]);
}

describe('finding the indicator sheet', () => {
  it('takes a sheet with Indikator and figure columns for indicators, not a ledger (it has Period, Utfall and Prognos too)', () => {
    const layout = detectLayout(sheet([['Sjukfrånvaro', '2024-08', 5.6, 5.5, null, null, 'Lägre', '%', '%']]));
    expect(layout.kind).toBe('indicators');
    expect(layout.headerRow).toBe(0);
  });

  it('finds the seed\'s English and parenthesised headers below title rows', () => {
    const g = grid('KPI', [['Staff indicators 2024'], [], ['Indicator', 'Month', 'Actual (to date)', 'Target', 'Forecast', 'Previous year', 'Direction', 'Unit', 'Type']]);
    expect(detectLayout(g)).toMatchObject({ kind: 'indicators', headerRow: 2, title: 'Staff indicators 2024' });
    expect(detectLayout(grid('I', [['Indikator (År)', 'År', 'Utfall (helår)', 'Mål (helår)']])).kind).toBe('indicators');
  });

  it('leaves a ledger a ledger, also one with Enhet, Typ and a Mål-like column', () => {
    expect(detectLayout(aLedger([{ budget: 100 }])).kind).toBe('ledger');
    const g = grid('Huvudbok', [['Period', 'Enhet', 'Konto', 'Typ', 'Belopp', 'Målgrupp'], [202407, 'IT', 5010, 'Utfall', 100, 'Alla']]);
    expect(detectLayout(g).kind).toBe('ledger');
    const olap = grid('Export', [['Measure', 'Period', 'Enhet', 'Value'], ['Budget', 202407, 'IT', 100]]);
    expect(detectLayout(olap).kind).toBe('ledger');
  });

  it('never turns indicator rows into ledger rows: the ledger\'s figures are the same with and without the sheet', () => {
    const ledger = aLedger([{ period: 202507, unit: 'IT', budget: 100, actual: 90 }]);
    const indicators = sheet([['Sjukfrånvaro', '2025-07', 5.6, 5.5, 5, 5.4, 'Lägre', '%', '%']]);
    const alone = analyse([ledger]);
    const both = analyse([ledger, indicators]);
    expect(both.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(both.ledger.sheets).toEqual(['Huvudbok']);
    expect(both.ledger.facts.length).toBe(alone.ledger.facts.length);
    expect(both.indicators.map((l) => l.name)).toEqual(['Sjukfrånvaro']);
  });

  it('an indicator sheet alone is no ledger: "no ledger", not errors about its cells', () => {
    const a = analyse([sheet([['HME', 2025, null, 80, 78, 78, 'Högre', null, 'Index']])]);
    expect(a.issues.map((i) => i.code)).toContain('noLedger');
    expect(a.issues.map((i) => i.code)).not.toContain('missingRole');
  });
});

describe('reading indicator rows', () => {
  it('keeps figures exact as written: numbers at a spreadsheet\'s 15 digits, text in Swedish or English form', () => {
    const r = read([
      ['Bemanning', '2024-09', 605.4, '635', null, '621,6', null, 'månadsarbetare', 'Antal'],
      ['Sjukfrånvaro', 'aug 2024', '5,6 %', '5,5%', '5', ' 5,4 ', 'lägre är bättre', null, null],
      ['Kostnad per elev', 2024, '1 064,1', '1,064.10', 0.1 + 0.2, '−3,8', '↓', 'tkr', null],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => x.figures)).toEqual([
      { actual: '605.4', target: '635', yearActual: null, yearTarget: null, forecast: null, previousYear: '621.6' },
      { actual: '5.6', target: '5.5', yearActual: null, yearTarget: null, forecast: '5', previousYear: '5.4' },
      { actual: '1064.1', target: '1064.1', yearActual: null, yearTarget: null, forecast: '0.3', previousYear: '-3.8' },
    ]);
    expect(r.rows[1]).toMatchObject({ percentSign: true, direction: 'lower', period: { kind: 'month' } });
    expect(r.rows[2]).toMatchObject({ direction: 'lower', measureUnit: 'tkr', period: { kind: 'year', year: 2024 } });
  });

  it('reports every bad cell with its sheet and cell, and reads no row that has one', () => {
    const r = read([
      ['HME', 2024, 'ca 78', 80, null, null, null, null, null],
      ['Bemanning', '2024-13', 600, 635, null, null, null, null, null],
      ['Sjukfrånvaro', '2024-08', 5.6, 5.5, null, null, 'uppåt?', null, null],
      ['Sjukfrånvaro', '2024-07', 5.6, 5.5, null, null, null, null, 'kr'],
      [null, '2024-07', 5.6, 5.5, null, null, null, null, null],
      ['Ledtid', '2024-07', 3, '1,064', null, null, null, null, null],
      ['Ledtid', '2024-07', 3, 4, null, null, null, null, null],
      ['Ledtid', '2024-07', 3, 4, null, null, null, null, null],
    ]);
    expect(r.issues).toHaveIssue('indicatorNotNumber', 'Indikatorer!C2');
    expect(r.issues).toHaveIssue('indicatorBadPeriod', 'Indikatorer!B3');
    expect(r.issues).toHaveIssue('indicatorUnknownDirection', 'Indikatorer!G4');
    expect(r.issues).toHaveIssue('indicatorUnknownType', 'Indikatorer!I5');
    expect(r.issues).toHaveIssue('indicatorMissingName', 'Indikatorer!A6');
    expect(r.issues).toHaveIssue('indicatorNotNumber', 'Indikatorer!D7');
    expect(r.issues).toHaveIssue('indicatorDuplicate', 'Indikatorer!A9');
    expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(r.rows.map((x) => x.name)).toEqual(['Ledtid', 'Ledtid']);
    const notNumber = findIssue(r.issues, 'indicatorNotNumber', 'Indikatorer!C2')!;
    expect(issueMessage(notNumber, 'sv')).toBe('Indikatorer!C2: "ca 78" i kolumnen Utfall är inte ett tal');
    expect(issueMessage(notNumber, 'en')).toBe('Indikatorer!C2: "ca 78" in the column Utfall is not a number');
    expect(issueMessage(findIssue(r.issues, 'indicatorBadPeriod')!, 'sv')).toBe('Indikatorer!B3: "2024-13" är varken ett år (2024) eller en månad (2024-09)');
  });

  it('a sheet without Period is one error naming the sheet; a name alone is a heading, not a row', () => {
    expect(read([['HME', 78, 80]], ['Indikator', 'Utfall', 'Mål']).issues).toHaveIssue('indicatorMissingPeriod');
    expect(read([['Medarbetare', null, null, null, null, null, null, null, null]])).toEqual({ rows: [], issues: [] });
  });

  it('stops the follow-up on a bad indicator cell, as on a bad ledger cell — unless the follow-up leaves the indicators out', () => {
    const sheets = [aLedger([{ period: 202507, unit: 'IT', budget: 100, actual: 90 }]), sheet([['HME', 2025, 'x', 80, null, null, null, null, null]])];
    const a = analyse(sheets);
    expect(a.followUp).toBeNull();
    expect(a.issues).toHaveIssue('indicatorNotNumber', 'Indikatorer!C2');
    const settings = { period: { year: 2025, month: 7, months: 1 }, scale: 'tkr' as const, lang: 'sv' as const, parentStyle: 'above' as const };
    expect(composeFollowUp(sheets, { ...settings, sections: ALL_SECTIONS }).ok).toBe(false);
    expect(composeFollowUp(sheets, { ...settings, sections: ALL_SECTIONS.filter((s) => s !== 'indicators') }).ok).toBe(true);
  });
});

describe('measures', () => {
  it('reads text as the sheet writes it, and refuses what is no number or could be read two ways', () => {
    expect(measureFromText('1 064,1')).toEqual({ value: '1064.1', percentSign: false });
    expect(measureFromText('1.064.100,5')).toEqual({ value: '1064100.5', percentSign: false });
    expect(measureFromText('-0,50 %')).toEqual({ value: '-0.5', percentSign: true });
    for (const bad of ['abc', '1,064', '', '5,5,5', '1.2.3,4.5']) expect(measureFromText(bad)).toBeNull();
    expect(measureFromNumber(0.1 + 0.2)).toBe('0.3');
    expect(measureFromNumber(1e21)).toBe('1000000000000000000000');
    expect(measureFromNumber(Number.NaN)).toBeNull();
  });
});

describe('status', () => {
  it('honours the direction: higher is better (engagement) and lower is better (sick leave)', () => {
    expect(indicatorStatus(m('81'), m('80'), 'higher')).toBe('met');
    expect(indicatorStatus(m('80'), m('80'), 'higher')).toBe('met');
    expect(indicatorStatus(m('78'), m('80'), 'higher')).toBe('near');
    expect(indicatorStatus(m('70'), m('80'), 'higher')).toBe('missed');
    expect(indicatorStatus(m('5.4'), m('5.5'), 'lower')).toBe('met');
    expect(indicatorStatus(m('5.6'), m('5.5'), 'lower')).toBe('near');
    expect(indicatorStatus(m('6.2'), m('5.5'), 'lower')).toBe('missed');
    expect(indicatorStatus(m('82'), m('80'), 'lower')).toBe('near');
  });

  it('counts a miss of exactly the margin (5 % of the target) as near, and anything beyond as missed, in exact decimals', () => {
    expect(NEAR_MARGIN_PERCENT).toBe('5');
    // 5,775 − 5,5 = 0,275 = 5 % of 5,5 exactly; in doubles (5.775 − 5.5) × 100 = 27.500000000000036 > 27.5.
    expect(indicatorStatus(m('5.775'), m('5.5'), 'lower')).toBe('near');
    expect(indicatorStatus(m('5.7750000001'), m('5.5'), 'lower')).toBe('missed');
    expect(indicatorStatus(m('603.25'), m('635'), 'higher')).toBe('near');
    expect(indicatorStatus(m('603.2499'), m('635'), 'higher')).toBe('missed');
    expect(indicatorStatus(m('0.1'), m('0'), 'lower')).toBe('missed');
    expect(indicatorStatus(m('-105'), m('-100'), 'higher')).toBe('near');
  });
});

describe('the lines of a follow-up month', () => {
  const ROWS: Cell[][] = [
    ['HME', 2023, 77, 80, null, null, 'Högre', null, 'Index'],
    ['HME', 2024, null, 80, 78, null, 'Högre', null, 'Index'],
    ['Bemanning', '2024-08', 603.7, 635, 640, null, null, 'månadsarbetare', null],
    ['Bemanning', '2024-09', 605.4, 635, null, null, null, 'månadsarbetare', null],
    ['Bemanning', '2024-10', 612, 635, null, null, null, 'månadsarbetare', null],
    ['Bemanning', '2024-12', null, 635, 650, 621.6, null, 'månadsarbetare', null],
    ['Sjukfrånvaro', '2024-08', 5.6, 5.5, null, null, 'Lägre', '%', '%'],
    ['Sjukfrånvaro', '2024-09', null, 5.5, null, null, 'Lägre', '%', '%'],
    ['Sjukfrånvaro', '2023-12', 5.4, 5.5, null, null, 'Lägre', '%', '%'],
    ['Sjukfrånvaro', '2024-12', null, 5.5, 5, null, 'Lägre', '%', '%'],
    ['Gammalt mått', 2022, 1, 2, null, null, null, null, null],
  ];

  it('gives yearly and monthly lines with the seed\'s columns, to date from the latest month with an outcome', () => {
    const r = read(ROWS);
    const t = indicatorTable(r.rows, { year: 2024, month: 9, months: 1 });
    expect(t.lines.map((l) => [l.name, l.frequency, l.month === null ? l.year : `${Math.floor(l.month / 12)}-${(l.month % 12) + 1}`, l.actual, l.target, l.forecast, l.yearTarget, l.previousYear, l.status])).toEqual([
      ['HME', 'year', 2024, null, '80', '78', '80', '77', { kind: 'near', basis: 'forecast' }],
      ['Bemanning', 'month', '2024-9', '605.4', '635', '650', '635', '621.6', { kind: 'near', basis: 'actual' }],
      ['Sjukfrånvaro', 'month', '2024-8', '5.6', '5.5', '5', '5.5', '5.4', { kind: 'near', basis: 'actual' }],
    ]);
    expect(t.lines[2]).toMatchObject({ percent: true, measureUnit: null, direction: 'lower' });
    expect(t.lines[1]).toMatchObject({ percent: false, measureUnit: 'månadsarbetare', direction: 'higher' });
    expect(t.issues).toHaveIssue('indicatorOutsideYear', 'Indikatorer!A12');
    expect(issueMessage(t.issues[0]!, 'en')).toBe('Indikatorer!A12: Gammalt mått has no row for 2024; the indicator is not shown');
  });

  it('follows the fiscal year: a year starting in April is named 2024/25 and its last month is March', () => {
    const r = read([
      ['HME', '2024/25', null, 80, 82, 79, null, null, null],
      ['Bemanning', '2024-11', 600, 635, null, null, null, null, null],
      ['Bemanning', '2025-03', null, 640, 645, null, null, null, null],
      ['Bemanning', '2024-12', null, 635, 999, null, null, null, null],
    ]);
    const t = indicatorTable(r.rows, { year: 2025, month: 1, months: 1, fiscalStart: 4 });
    expect(t.lines.map((l) => [l.name, l.year, l.actual, l.target, l.forecast, l.yearTarget, l.status?.kind])).toEqual([
      ['HME', 2024, null, '80', '82', '80', 'met'],
      ['Bemanning', 2024, '600', '635', '645', '640', 'missed'],
    ]);
  });

  it('a second direction for one indicator is an error naming its row', () => {
    const r = read([
      ['Sjukfrånvaro', '2024-08', 5.6, 5.5, null, null, 'Lägre', null, null],
      ['Sjukfrånvaro', '2024-12', null, 5.5, 5, null, 'Högre', null, null],
    ]);
    expect(indicatorTable(r.rows, { year: 2024, month: 9, months: 1 }).issues).toHaveIssue('indicatorConflictingDirection', 'Indikatorer!A3');
  });
});

describe('the indicators part in a follow-up\'s tag', () => {
  it('round-trips with the other parts, and a tag written before indicators existed keeps its parts', () => {
    const settings = { id: 'x', period: { year: 2024, month: 9, months: 1 }, scale: 'mnkr' as const, lang: 'sv' as const, parentStyle: 'below' as const, sections: ALL_SECTIONS };
    expect(parseSettings(serializeSettings(settings))?.sections).toEqual(ALL_SECTIONS);
    expect(ALL_SECTIONS.at(-1)).toBe('indicators');
    const old = JSON.stringify({ v: 1, id: 'x', p: [2024, 9, 1], sc: 'mnkr', l: 'sv', ps: 'b', se: '012345' });
    expect(parseSettings(old)?.sections).toEqual(['keyFigures', 'unitTable', 'accountTable', 'resultTable', 'summary', 'chart']);
  });
});

describe('percentages typed in Excel (0,056 in a cell formatted 5,6 %)', () => {
  it('are read as fractions of a % indicator whose figures all lie within ±1, with a warning saying so', () => {
    const r = read([
      ['Sjukfrånvaro', '2024-08', 0.056, 0.055, null, null, 'Lägre', null, '%'],
      ['Sjukfrånvaro', '2024-12', null, 0.055, 0.05, 0.054, 'Lägre', null, '%'],
    ]);
    const t = indicatorTable(r.rows, { year: 2024, month: 9, months: 1 });
    expect(t.lines[0]).toMatchObject({ actual: '5.6', target: '5.5', forecast: '5', yearTarget: '5.5', previousYear: '5.4', status: { kind: 'near' } });
    expect(t.issues).toHaveIssue('indicatorPercentAsFraction', 'Indikatorer!A2');
    expect(issueMessage(t.issues[0]!, 'sv')).toContain('(0,056 visas som 5,6 %)');
  });

  it('are left as written when a figure is above 1, written as text, or the indicator is no percentage', () => {
    const cases: Cell[][][] = [
      [['Sjukfrånvaro', '2024-08', 5.6, 0.5, null, null, 'Lägre', null, '%']],
      [['Sjukfrånvaro', '2024-08', '0,8 %', 0.5, null, null, 'Lägre', null, '%']],
      [['Andel', '2024-08', 0.8, 0.5, null, null, null, null, 'Index']],
    ];
    for (const rows of cases) {
      const t = indicatorTable(read(rows).rows, { year: 2024, month: 9, months: 1 });
      expect(t.issues).toEqual([]);
      expect(t.lines[0]!.target).toBe('0.5');
    }
  });
});

describe('a year column beside Period', () => {
  it('gives a bare month its year, and a row without Period its year; a bare month without a year is a bad period', () => {
    const header: Cell[] = ['År', 'Månad', 'Indikator', 'Utfall', 'Mål'];
    const r = read([
      [2024, 'sep', 'Bemanning', 605.4, 635],
      [2024, 9, 'Ledtid', 3, 4],
      [2024, null, 'HME', null, 80],
      [null, 'sep', 'Sjukfrånvaro', 5.6, 5.5],
    ], header);
    expect(r.rows.map((x) => [x.name, x.period])).toEqual([
      ['Bemanning', { kind: 'month', key: 2024 * 12 + 8 }],
      ['Ledtid', { kind: 'month', key: 2024 * 12 + 8 }],
      ['HME', { kind: 'year', year: 2024 }],
    ]);
    expect(r.issues).toHaveIssue('indicatorBadPeriod', 'Indikatorer!B5');
    expect(detectLayout(grid('I', [header])).kind).toBe('indicators');
  });
});

describe('a sheet laid out like the seed\'s table (one row per indicator)', () => {
  it('reads Utfall and Mål to date beside Prognos and Mål for the year on the month\'s own row', () => {
    const header: Cell[] = ['Indikator (månad)', 'Månad', 'Utfall (ack period)', 'Mål (ack period)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)', 'Riktning'];
    const r = read([
      ['Bemanning', 'Sep 2024', 605.4, 635, 650, 635, 621.6, null],
      ['Sjukfrånvaro', 'Aug 2024', '5,6 %', '5,5 %', '5 %', '5,5 %', '5,4 %', 'Lägre'],
    ], header);
    expect(r.issues).toEqual([]);
    const t = indicatorTable(r.rows, { year: 2024, month: 9, months: 1 });
    expect(t.lines.map((l) => [l.name, l.actual, l.target, l.forecast, l.yearTarget, l.status?.kind])).toEqual([
      ['Bemanning', '605.4', '635', '650', '635', 'near'],
      ['Sjukfrånvaro', '5.6', '5.5', '5', '5.5', 'near'],
    ]);
  });

  it('a yearly row may hold its figures under the helår headers too', () => {
    const header: Cell[] = ['Indikator (år)', 'År', 'Utfall (helår)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)'];
    const t = indicatorTable(read([['HME', 2024, null, 78, 80, 78]], header).rows, { year: 2024, month: 9, months: 1 });
    expect(t.lines[0]).toMatchObject({ frequency: 'year', actual: null, forecast: '78', target: '80', yearTarget: '80', previousYear: '78' });
  });

  it('two columns for one figure are an error naming the second header, not a silent choice', () => {
    const r = read([['HME', 2024, 78, 80, 79]], ['Indikator', 'År', 'Utfall', 'Mål', 'Värde utfall', 'Outcome']);
    expect(read([['HME', 2024, 78, 80, 77]], ['Indikator', 'År', 'Utfall', 'Mål', 'Actual']).issues).toHaveIssue('indicatorRepeatedColumn', 'Indikatorer!E1');
    expect(r.issues.map((i) => i.code)).toEqual(['indicatorRepeatedColumn']);
    expect(issueMessage(r.issues[0]!, 'sv')).toBe('Indikatorer!F1: kolumnen Outcome betyder samma sak som kolumnen Utfall; byt namn på en av dem eller ta bort den');
  });
});

describe('two tables on one sheet', () => {
  it('reads the seed\'s yearly table and the monthly one below it, each by its own header', () => {
    const g = grid('Medarbetare', [
      ['Indikator (år)', 'År', 'Utfall (helår)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)'],
      ['HME', 2024, null, 78, 80, 78],
      [],
      ['Indikator (månad)', 'Månad', 'Utfall (ack period)', 'Mål (ack period)', 'Prognos (helår)', 'Mål (helår)', 'Utfall (föreg år)', 'Riktning'],
      ['Sjukfrånvaro', 'Aug 2024', 5.6, 5.5, 5, 5.5, 5.4, 'Lägre'],
    ]);
    const r = readIndicatorSheets([{ grid: g, headerRow: 0 }]);
    expect(r.issues).toEqual([]);
    const t = indicatorTable(r.rows, { year: 2024, month: 9, months: 1 });
    expect(t.lines.map((l) => [l.name, l.frequency, l.actual, l.target, l.forecast, l.yearTarget, l.previousYear])).toEqual([
      ['HME', 'year', null, '80', '78', '80', '78'],
      ['Sjukfrånvaro', 'month', '5.6', '5.5', '5', '5.5', '5.4'],
    ]);
  });
});

describe('an indicator per department', () => {
  it('takes rows of one name with different Enhet as an indicator each, shown with its Enhet', () => {
    const r = read([
      ['Sjukfrånvaro', '2024-08', 5.6, 5.5, null, null, 'Lägre', 'IT-avdelningen', '%'],
      ['Sjukfrånvaro', '2024-08', 4.1, 5.5, null, null, 'Lägre', 'HR', '%'],
      ['Sjukfrånvaro', '2024-07', 5.2, 5.5, null, null, 'Lägre', 'IT-avdelningen', '%'],
    ]);
    expect(r.issues).toEqual([]);
    const t = indicatorTable(r.rows, { year: 2024, month: 9, months: 1 });
    expect(t.lines.map((l) => [l.name, l.measureUnit, l.actual, l.status?.kind])).toEqual([
      ['Sjukfrånvaro', 'IT-avdelningen', '5.6', 'near'],
      ['Sjukfrånvaro', 'HR', '4.1', 'met'],
    ]);
  });
});
