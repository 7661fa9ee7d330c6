import { legalSheetName, uniqueSheetName } from '../../src/core/report/sheetName';

describe('legalSheetName', () => {
  it('keeps a legal name as it is', () => {
    expect(legalSheetName('Uppföljning 2025-07')).toBe('Uppföljning 2025-07');
  });

  it('replaces the characters Excel refuses', () => {
    expect(legalSheetName('a[b]c:d*e?f/g\\h')).toBe('a_b_c_d_e_f_g_h');
    expect(legalSheetName('rad\nbrytning')).toBe('rad_brytning');
  });

  it('cuts to 31 characters', () => {
    expect(legalSheetName('Uppföljning av driftbudgeten juli 2025')).toBe('Uppföljning av driftbudgeten ju');
  });

  it('does not split a surrogate pair when cutting', () => {
    const name = legalSheetName(`${'x'.repeat(30)}😀`);
    expect(name).toBe('x'.repeat(30));
  });

  it('drops apostrophes at either end', () => {
    expect(legalSheetName("'Budget'")).toBe('Budget');
    expect(legalSheetName("Kalles' skola")).toBe("Kalles' skola");
  });

  it('falls back when nothing is left', () => {
    expect(legalSheetName("''")).toBe('Sheet');
    expect(legalSheetName('')).toBe('Sheet');
  });
});

describe('uniqueSheetName', () => {
  it('uses the wanted name when it is free', () => {
    expect(uniqueSheetName('Uppföljning 2025-07', ['Huvudbok'])).toBe('Uppföljning 2025-07');
  });

  it('numbers from 2 when taken, comparing case-insensitively as Excel does', () => {
    expect(uniqueSheetName('Uppföljning 2025-07', ['UPPFÖLJNING 2025-07'])).toBe('Uppföljning 2025-07 (2)');
    expect(uniqueSheetName('Blad', ['blad', 'Blad (2)', 'BLAD (3)'])).toBe('Blad (4)');
  });

  it('shortens the name so the number fits in 31 characters', () => {
    const wanted = 'Uppföljning av driftbudgeten juli 2025';
    const first = uniqueSheetName(wanted, []);
    const second = uniqueSheetName(wanted, [first]);
    expect(first).toBe('Uppföljning av driftbudgeten ju');
    expect(second).toBe('Uppföljning av driftbudgete (2)');
    expect(second.length).toBe(31);
    expect(uniqueSheetName(wanted, [first, second])).toBe('Uppföljning av driftbudgete (3)');
  });

  it('does not leave a space before the number when the cut falls on one', () => {
    const wanted = `${'a'.repeat(26)} bcdefgh`;
    expect(uniqueSheetName(wanted, [legalSheetName(wanted)])).toBe(`${'a'.repeat(26)} (2)`);
  });

  it('avoids the name Excel reserves', () => {
    expect(uniqueSheetName('History', [])).toBe('History (2)');
  });

  it('makes the name legal before comparing', () => {
    expect(uniqueSheetName('Q1/Q2', ['q1_q2'])).toBe('Q1_Q2 (2)');
  });
});
