/** The organisation's name taken from a title row above a ledger's header is the name alone. */
import { organisationOfTitle } from '../../src/core/ledger/title';
import { composeFollowUp } from '../../src/core/compose';
import { grid } from '../support/builders';

describe('organisationOfTitle', () => {
  it.each([
    ['Huvudbok Kommunledningsstab 2025 (kr)', 'Kommunledningsstab'],
    ['Malmö stad – budget 2015 per nämnd och konto (kr)', 'Malmö stad'],
    ['Kommunledningsstab', 'Kommunledningsstab'],
    ['Uppföljning KLF 2025', 'KLF'],
    ['Kultur- och fritidsförvaltningen budget 2025', 'Kultur- och fritidsförvaltningen'],
    ['Barn- och utbildningsnämnden, utfall tkr', 'Barn- och utbildningsnämnden'],
    ['Socialförvaltningen: Budget och utfall 2025 (tkr)', 'Socialförvaltningen'],
    ['Budget 2025, Kommunledningsstab', 'Kommunledningsstab'],
    ['Resultaträkning per ansvar, Tekniska nämnden, jan-jul 2025', 'Tekniska nämnden'],
    ['Redovisning januari–juli 2025 – Miljöförvaltningen', 'Miljöförvaltningen'],
    ['Månadsrapport Region Skåne 2025-07', 'Region Skåne'],
    ['Budgetuppföljning för Vård och omsorg t.o.m. juli 2025', 'Vård och omsorg'],
    ['Kommunledningsstab (KLS) – huvudbok 2024/25', 'Kommunledningsstab (KLS)'],
    ['Ledger report FY2025 — City of Lund', 'City of Lund'],
    ['General ledger 2025 (SEK)', null],
    ['Huvudbok 2025', null],
    ['Budget 2015 per nämnd och konto (kr)', null],
    ['Utfall per ansvar 2025-01 – 2025-07', null],
    ['Export från Raindance 2025-08-03 10:12', null],
    ['Agresso: Huvudbok P07 2025', null],
    ['Belopp i tkr', null],
    ['Ansvar: 1100', null],
    ['Sida 1 av 3', null],
    ['(kr)', null],
    ['2025', null],
    ['', null],
    ['  Huvudbok   Kommunledningsstab\u00a0 2025 ', 'Kommunledningsstab'],
    ['Huvudbok ' + 'Överförmyndare'.normalize('NFD'), 'Överförmyndare'],
    // Shapes of Raindance, Unit4/Agresso, Visma and Hogia exports.
    ['Raindance – Uppföljning per ansvar 2025-07', null],
    ['Resultatrapport Ansvar 1100 Kommunledning Period 202501-202507', 'Kommunledning'],
    ['Huvudbok 2025-01-01 - 2025-07-31', null],
    ['Hogia Ekonomi – Saldolista', null],
    ['Kommunstyrelsen - Driftredovisning 2025', 'Kommunstyrelsen'],
    ['Utfall mot budget – Kulturförvaltningen', 'Kulturförvaltningen'],
    ['Bokslut 2024', null],
    ['Delårsbokslut augusti 2025 Miljönämnden', 'Miljönämnden'],
    ['Nämnd: Kommunstyrelsen', 'Kommunstyrelsen'],
    ['Rapportdatum 2025-08-05', null],
    ['Skapad av: Anna Svensson', null],
    ['Utskriven: 2025-08-05 10:12', null],
    ['Driftbudget 2025 KS', 'KS'],
    ['kommunledningsstab budget 2025', 'kommunledningsstab'],
    ['Kommun\u200bledningsstab', 'Kommunledningsstab'],
  ])('%j → %j', (title, name) => expect(organisationOfTitle(title)).toBe(name));
});

describe('the follow-up’s title and total row name the organisation alone', () => {
  const ledger = (titles: string[]) =>
    grid('Huvudbok', [
      ...titles.map((t) => [t]),
      ['Period', 'Ansvar', 'Budget', 'Utfall'],
      [202507, 'Stab', 100, 90],
    ]);
  const settings = { period: { year: 2025, month: 7, months: 1 }, lang: 'sv', scale: 'tkr', parentStyle: 'above', sections: ['unitTable'] } as const;
  const titleOf = (titles: string[]) => {
    const c = composeFollowUp([ledger(titles)], settings);
    if (!c.ok) throw new Error('no follow-up');
    return String(c.report.rows[0]?.[0]?.value ?? '');
  };

  it.each([
    [['Huvudbok Kommunledningsstab 2025 (kr)'], 'Kommunledningsstab – ekonomisk uppföljning till och med juli 2025'],
    [['Malmö stad – budget 2015 per nämnd och konto (kr)'], 'Malmö stad – ekonomisk uppföljning till och med juli 2025'],
    // A first title row that names nothing: the next one that does.
    [['Huvudbok 2025 (tkr)', 'Kommunledningsstab'], 'Kommunledningsstab – ekonomisk uppföljning till och med juli 2025'],
    // None does: the sheet's name, as without a title.
    [['Huvudbok 2025 (kr)'], 'Huvudbok – ekonomisk uppföljning till och med juli 2025'],
  ])('%j', (titles, title) => expect(titleOf(titles)).toBe(title));
});
