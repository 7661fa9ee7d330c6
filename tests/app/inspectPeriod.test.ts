/** The inspection proposes the latest month with actuals in the ledger, not last calendar month (issue 8). */
import { inspectWorkbook } from '../../src/app/inspect';
import { createExcelHost } from '../support/excelHost/host';
import { hostWith } from './appHost';

it('proposes July 2025 for the KLS sample whatever today is', async () => {
  await hostWith('examples/kls-2025.xlsx');
  const r = await inspectWorkbook(new Date(2026, 11, 4));
  expect(r.ok && r.value.suggestedPeriod).toEqual({ year: 2025, month: 7 });
  expect(r.ok && r.value.coverage?.actualMonths.at(-1)).toEqual({ year: 2025, month: 7 });
});

it('reads past the first rows: the latest actuals may be at the bottom of a long ledger', async () => {
  const rows: (string | number)[][] = [['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall']];
  for (let i = 0; i < 500; i++) rows.push([202401 + (i % 12), `E${i % 7}`, 5010, 100, 90]);
  rows.push([202502, 'E1', 5010, 100, 80]);
  const restore = createExcelHost({ sheets: [{ name: 'Huvudbok', rows }] }).install(globalThis);
  try {
    const r = await inspectWorkbook(new Date(2026, 0, 15));
    expect(r.ok && r.value.suggestedPeriod).toEqual({ year: 2025, month: 2 });
  } finally {
    restore();
  }
});

it('falls back to last calendar month when no ledger is found', async () => {
  const restore = createExcelHost({ sheets: [{ name: 'Blad1', rows: [['Anteckningar']] }] }).install(globalThis);
  try {
    const r = await inspectWorkbook(new Date(2026, 0, 15));
    expect(r.ok && r.value.suggestedPeriod).toEqual({ year: 2025, month: 12 });
    expect(r.ok && r.value.coverage).toBeNull();
  } finally {
    restore();
  }
});

it('names the organisation as a build takes it from the title row: the name alone', async () => {
  const rows: (string | number)[][] = [['Huvudbok Kommunledningsstab 2025 (kr)'], [], ['Period', 'Ansvar', 'Konto', 'Budget', 'Utfall'], [202501, 'Stab', 5010, 100, 90]];
  const restore = createExcelHost({ sheets: [{ name: 'Huvudbok', rows }] }).install(globalThis);
  try {
    const r = await inspectWorkbook(new Date(2026, 0, 15));
    expect(r.ok && r.value.organisation).toBe('Kommunledningsstab');
  } finally {
    restore();
  }
});

it('names no organisation where no ledger is read', async () => {
  const restore = createExcelHost({ sheets: [{ name: 'Blad1', rows: [['Anteckningar']] }] }).install(globalThis);
  try {
    const r = await inspectWorkbook(new Date(2026, 0, 15));
    expect(r.ok && r.value.organisation).toBeNull();
  } finally {
    restore();
  }
});
