/**
 * The project's one decimal.js import: a configured clone, so no global setting leaks (decimal.js
 * advises `Decimal.clone` over `Decimal.set`). Only files in core/money may import this.
 */
import Decimal from 'decimal.js';

/** Decimal configured for money: 40 significant digits, half away from zero by default. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/** A decimal.js value of the configured clone. */
export type Dec = InstanceType<typeof Dec>;
