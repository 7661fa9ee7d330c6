import { detectLayout } from '../../src/core/ledger/detect';
import { applyRemembered, parseRememberedLayouts, rememberLayout } from '../../src/core/ledger/rememberedLayout';
import { grid } from '../support/builders';

const sheet = grid('Huvudbok', [['Period', 'Ansvar', 'Konto', 'Belopp 1', 'Utfall']]);

describe('remembered column roles', () => {
  it('applies the roles the user chose while the headers are the same', () => {
    const detected = detectLayout(sheet);
    expect(detected.columns[3]!.role).toBe('ignore');
    const corrected = { ...detected, columns: detected.columns.map((c) => (c.index === 3 ? { ...c, role: 'budget' as const } : c)) };
    const stored = parseRememberedLayouts(JSON.parse(JSON.stringify([rememberLayout(corrected)])));
    expect(applyRemembered(detected, stored[0]).columns[3]!.role).toBe('budget');
  });

  it('detects afresh when the headers changed', () => {
    const detected = detectLayout(sheet);
    const corrected = { ...detected, columns: detected.columns.map((c) => (c.index === 3 ? { ...c, role: 'budget' as const } : c)) };
    const changed = detectLayout(grid('Huvudbok', [['Period', 'Ansvar', 'Konto', 'Belopp 2', 'Utfall']]));
    expect(applyRemembered(changed, rememberLayout(corrected))).toBe(changed);
  });

  it('drops malformed stored values', () => {
    expect(parseRememberedLayouts([{ sheet: 1 }, null, 'x'])).toEqual([]);
    expect(parseRememberedLayouts('nope')).toEqual([]);
  });
});
