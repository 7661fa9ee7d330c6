/** The pane's pure helpers: theme, settings draft, column corrections, follow-up list. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { SheetLayout } from '../../src/core/ledger/detect';
import { entriesOf, withBuilt, withRefreshed } from '../../src/taskpane/components/FollowUpList/followUpEntries';
import { rebaseEdits, withColumnRole, withEdit } from '../../src/taskpane/components/LedgerSheets/layouts';
import { draftProblems, initialDraft, parseYear, toBuildSettings, withMonth, withSection, defaultDraft } from '../../src/taskpane/components/SettingsForm/settingsDraft';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { isScale } from '../../src/core/money';
import { isScaleName, SCALES, SECTIONS } from '../../src/taskpane/sections';
import { isDarkColour, themeFor } from '../../src/taskpane/theme';
import { aBuildOutcome, aFollowUpSheet, aLedgerLayout, anInspection, failed, ok, someSettings } from './fakeApp';

describe('themeFor', () => {
  it('is dark for Office\'s dark backgrounds and light otherwise', () => {
    expect(themeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#000' })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: '#E6E6E6' })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(isDarkColour('not a colour')).toBe(false);
  });
});

describe('the pane\'s own lists of sections and scales', () => {
  it('are core\'s, in the same order', () => {
    expect(SECTIONS).toEqual(ALL_SECTIONS);
    for (const s of [...SCALES, 'Mkr', 'kkr', '']) expect(isScaleName(s)).toBe(isScale(s));
  });
});

describe('the settings draft', () => {
  const today = new Date(2025, 7, 14);

  it('starts at last month', () => {
    expect(defaultDraft(new Date(2025, 0, 5))).toMatchObject({ year: 2024, month: 12, months: 1 });
  });

  it('takes the latest follow-up\'s settings but the suggested month', () => {
    const inspection = anInspection({
      followUps: [
        aFollowUpSheet({ settings: someSettings({ period: { year: 2025, month: 3, months: 1 }, scale: 'kr' }) }),
        aFollowUpSheet({ settings: someSettings({ period: { year: 2025, month: 6, months: 2 }, scale: 'mnkr', organisation: 'KLS' }) }),
      ],
      suggestedPeriod: { year: 2025, month: 7 },
    });
    expect(initialDraft(inspection, today)).toMatchObject({ year: 2025, month: 7, months: 1, scale: 'mnkr', organisation: 'KLS', sign: 'auto' });
  });

  it('keeps the period within the year and the sections in sheet order', () => {
    const d = { ...defaultDraft(today), months: 3 as const };
    expect(withMonth(d, 2).months).toBe(2);
    expect(withMonth(d, 1).months).toBe(1);
    expect(withMonth(d, 5).months).toBe(3);
    const none = { ...d, sections: [] };
    expect(withSection(withSection(none, 'summary', true), 'keyFigures', true).sections).toEqual(['keyFigures', 'summary']);
  });

  it('reads years and refuses what cannot be built', () => {
    expect(parseYear(' 2024 ')).toBe(2024);
    expect(parseYear('24')).toBeNull();
    expect(parseYear('3000')).toBeNull();
    const d = defaultDraft(today);
    expect(draftProblems({ ...d, year: null })).toEqual({ year: 'invalid' });
    expect(draftProblems({ ...d, sections: [] })).toEqual({ sections: 'none' });
    expect(toBuildSettings({ ...d, year: null }, 'sv')).toBeNull();
  });

  it('leaves out a detected sign and an empty organisation', () => {
    const d = { ...defaultDraft(today), organisation: '  ' };
    expect(toBuildSettings(d, 'en')).not.toHaveProperty('sign');
    expect(toBuildSettings(d, 'en')).not.toHaveProperty('organisation');
    expect(toBuildSettings({ ...d, sign: 'debit', organisation: ' KLS ' }, 'sv')).toMatchObject({ sign: 'debit', organisation: 'KLS' });
  });
});

describe('column corrections', () => {
  const detected = aLedgerLayout();

  it('records a correction, and forgets it when undone', () => {
    const edited = withColumnRole(detected, 6, 'ignore');
    const edits = withEdit(new Map(), detected, edited);
    expect(edits.get('Huvudbok')?.columns[6]?.role).toBe('ignore');
    expect(withEdit(edits, detected, withColumnRole(edited, 6, 'forecast')).size).toBe(0);
  });

  it('drops a month column\'s month when it gets another role', () => {
    const wide: SheetLayout = { ...detected, columns: [{ index: 0, header: 'jan', role: 'month', month: { month: 1, year: null, kind: null } }] };
    expect(withColumnRole(wide, 0, 'ignore').columns[0]).toEqual({ index: 0, header: 'jan', role: 'ignore' });
  });

  it('keeps corrections across a new inspection only while the headers are the same', () => {
    const edits = withEdit(new Map(), detected, withColumnRole(detected, 6, 'ignore'));
    expect(rebaseEdits(edits, [detected]).size).toBe(1);
    const moved = { ...detected, columns: detected.columns.map((c) => (c.index === 6 ? { ...c, header: 'Helårsprognos' } : c)) };
    expect(rebaseEdits(edits, [moved]).size).toBe(0);
    expect(rebaseEdits(edits, []).size).toBe(0);
  });
});

describe('the follow-up entries', () => {
  const a = aFollowUpSheet({ id: 'a', name: 'Uppföljning 2025-05', position: 5 });
  const b = aFollowUpSheet({ id: 'b', name: 'Uppföljning 2025-06', position: 2 });

  it('are in sheet order, and gain a built follow-up', () => {
    const entries = entriesOf([a, b]);
    expect(entries.map((e) => e.id)).toEqual(['b', 'a']);
    const built = withBuilt(entries, aBuildOutcome({ sheetId: 'c', sheetName: 'Uppföljning 2025-07' }), { year: 2025, month: 7, months: 1 });
    expect(built.map((e) => e.name)).toEqual(['Uppföljning 2025-06', 'Uppföljning 2025-05', 'Uppföljning 2025-07']);
  });

  it('take the new ids of refreshed sheets, even a renamed one refreshed alone', () => {
    const entries = entriesOf([a, b]);
    const all = withRefreshed(entries, 'all', ok([{ sheetName: a.name, result: ok(aBuildOutcome({ sheetId: 'a2', sheetName: a.name })) }]));
    expect(all.map((e) => e.id)).toEqual(['b', 'a2']);
    const renamed = withRefreshed(entries, ['b'], ok([{ sheetName: 'Juni', result: ok(aBuildOutcome({ sheetId: 'b2', sheetName: 'Juni' })) }]));
    expect(renamed[0]).toMatchObject({ id: 'b2', name: 'Juni' });
  });

  it('lose the follow-ups the workbook no longer has, and nothing on other errors', () => {
    const entries = entriesOf([a, b]);
    expect(withRefreshed(entries, ['a'], failed({ kind: 'notFound', what: 'followUp' })).map((e) => e.id)).toEqual(['b']);
    expect(withRefreshed(entries, 'all', failed({ kind: 'notFound', what: 'followUp' }))).toEqual([]);
    expect(withRefreshed(entries, 'all', failed({ kind: 'busy' }))).toEqual(entries);
  });
});
