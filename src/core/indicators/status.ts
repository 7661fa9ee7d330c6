/**
 * An indicator's status against its target, honouring its direction: met (at or beyond the target
 * the better way), near (short of it by at most NEAR_MARGIN_PERCENT of the target), or missed.
 * Exact: the figures are decimal strings compared with decimal.js (core/money), never doubles.
 */
import { compareMeasures, isWithinPercentOf, type Measure } from '../money';
import type { Direction } from './schema';

/** How an indicator stands against its target. */
export type IndicatorStatus = 'met' | 'near' | 'missed';

/**
 * The margin of "near", in percent of the target: 5 %. Sick leave 5,6 % against 5,5 % is near
 * (0,1 is 1,8 % of 5,5); staffing 605,4 against 635 is near (4,7 %); 600 against 635 is missed
 * (5,5 %). Chosen so the seed's indicators, which its prose calls "som förväntat", read as near.
 */
export const NEAR_MARGIN_PERCENT = '5';

/** The status of a value against a target. A value exactly on the margin is near. */
export function indicatorStatus(value: Measure, target: Measure, direction: Direction): IndicatorStatus {
  const c = compareMeasures(value, target);
  if (c === 0 || (direction === 'higher' ? c > 0 : c < 0)) return 'met';
  return isWithinPercentOf(value, target, NEAR_MARGIN_PERCENT) ? 'near' : 'missed';
}
