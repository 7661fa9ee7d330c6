/** The pane's warnings say when the month followed up is past the last actuals (as the CLI's do). */
/// <reference types="office-js" />
import { buildFollowUp } from '../../src/app/buildFollowUp';
import { hostWith, KLS_REQUEST } from './appHost';

describe('Build a month past the KLS sample’s last actuals', () => {
  it('builds, with a warning naming the last month with actuals', async () => {
    await hostWith('examples/kls-2025.xlsx');
    const result = await buildFollowUp({ settings: { ...KLS_REQUEST.settings, period: { year: 2025, month: 9, months: 1 } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.warnings.some((w) => w.startsWith('Utfall finns bara t.o.m. juli 2025;'))).toBe(true);
  });

  it('no such warning for July', async () => {
    await hostWith('examples/kls-2025.xlsx');
    const result = await buildFollowUp(KLS_REQUEST);
    expect(result.ok && result.value.warnings.some((w) => w.startsWith('Utfall finns bara'))).toBe(false);
  });
});
