/** @jest-environment jsdom */
/**
 * The rounding checkbox under "Fler inställningar": off by default, builds with the option when
 * ticked, and starts ticked when the latest follow-up was built with it.
 */
import { optionCheckboxTests } from './optionCheckbox';

describe('the rounding checkbox', () => {
  optionCheckboxTests({ setting: 'reconcileRounding', sv: 'Avrunda så att delarna summerar till summan', en: 'Round so the parts add up to the total' });
});
