/** `followup rows`: its own flags (the rest it shares with build) and their checks. */
import { DRILL_FIGURES, type DrillFigure } from '../core/drilldown/figures';
import type { SignConvention } from '../core/followup/sign';
import type { ColumnRoleChoice } from '../core/ledger/columnChoices';
import type { Lang } from '../core/money';
import type { FollowUpPeriod } from '../core/period/month';
import { BUILD_FLAGS, firstGiven, type Values } from './flags';
import type { UsageError } from './usage';
import { choiceOf, isUsageError } from './choice';

/** Options of `followup rows`. */
export interface RowsArgs {
  readonly command: 'rows';
  readonly input: string;
  readonly period: FollowUpPeriod;
  readonly lang: Lang;
  readonly columns: readonly ColumnRoleChoice[];
  readonly sheet?: string;
  readonly sign?: SignConvention;
  /** The unit's path as typed ("KLS / IT" or "IT"); empty for the total. */
  readonly unit: readonly string[];
  readonly group?: string;
  readonly figure: DrillFigure;
  readonly csv: boolean;
}

/** What build and rows share, already checked. */
type Common = Pick<RowsArgs, 'input' | 'period' | 'lang' | 'columns' | 'sheet' | 'sign'>;

/** The rows command's options, or a usage error. */
export function rowsArgs(v: Values, common: Common): RowsArgs | UsageError {
  const figure = choiceOf('--figure', v.figure ?? 'ytdActual', DRILL_FIGURES);
  if (isUsageError(figure)) return figure;
  const buildOnly = firstGiven(v, BUILD_FLAGS);
  if (buildOnly !== undefined) return { code: 'flagOnlyForBuild', flag: buildOnly };
  const unit = (v.unit ?? '').split('/').map((s) => s.trim()).filter((s) => s !== '');
  return {
    command: 'rows',
    ...common,
    unit,
    figure,
    csv: v.csv ?? false,
    ...(v.group !== undefined ? { group: v.group } : {}),
  };
}
