/**
 * Rounding that adds up: amounts shown in whole display units (1 kr, 1 tkr, 0,1 mnkr) apportioned
 * by the largest remainder method, so the shown parts of a sum add up to the shown sum. Works in
 * integer öre and integer display units only (exact: no floating-point money, no division remainder lost).
 */
import type { Money } from './money';
import { SCALE_DECIMALS, type Scale, type ShownAmount } from './scale';

/** Öre in one display unit: 1 kr, 1 tkr, 0,1 mnkr. */
const ORE_PER_UNIT: Readonly<Record<Scale, number>> = { kr: 100, tkr: 100_000, mnkr: 10_000_000 };

/** An amount split into whole display units rounded down and the öre left over (0 ≤ rest < one unit). */
function floorUnits(amount: Money, scale: Scale): { units: number; rest: number } {
  const per = ORE_PER_UNIT[scale];
  const rest = ((amount % per) + per) % per;
  // amount − rest is a multiple of `per`, so the quotient is an exact integer.
  return { units: (amount - rest) / per + 0, rest };
}

/** An amount in whole display units, rounded half away from zero (as showAmount rounds). */
export function roundedUnits(amount: Money, scale: Scale): number {
  const { units, rest } = floorUnits(amount, scale);
  const twice = 2 * rest;
  const per = ORE_PER_UNIT[scale];
  const up = twice > per || (twice === per && amount > 0);
  return up ? units + 1 : units;
}

/**
 * Largest remainder: each part rounded down to whole units, then the units still missing to reach
 * `targetUnits` given one each to the parts with the largest remainders (ties: the earlier part).
 * When the parts add up exactly to the target's amount and the target is within one unit of it,
 * every part ends within one unit of its own amount: only parts with a remainder get a unit.
 * Returns null when the missing units do not fit (0 ≤ missing ≤ parts with a remainder); the
 * caller then rounds the parts on their own.
 */
export function apportionUnits(parts: readonly Money[], targetUnits: number, scale: Scale): number[] | null {
  const floors = parts.map((p) => floorUnits(p, scale));
  let missing = targetUnits - floors.reduce((s, f) => s + f.units, 0);
  const withRest = floors.filter((f) => f.rest > 0).length;
  if (missing < 0 || missing > withRest) return null;
  const order = floors.map((f, i) => ({ rest: f.rest, i })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const units = floors.map((f) => f.units);
  for (const { i } of order) {
    if (missing === 0) break;
    units[i]! += 1;
    missing -= 1;
  }
  return units;
}

/** A figure in whole display units as it is shown ("1364", "-3.8"); never −0. */
export function shownFromUnits(units: number, scale: Scale): ShownAmount {
  const decimals = SCALE_DECIMALS[scale];
  const abs = Math.abs(units);
  const sign = units < 0 ? '-' : '';
  const plain = decimals === 0 ? `${sign}${abs}` : `${sign}${Math.floor(abs / 10)}.${abs % 10}`;
  const value = Number(plain);
  return { value: value === 0 ? 0 : value, plain, decimals };
}
