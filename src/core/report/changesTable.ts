/**
 * The small table "Förändring sedan låsningen 2025-07-31 14:02 (tkr)": each unit and parent whose
 * YTD actual or YTD deviation changed since the month was locked, the largest change first, then
 * the total; "Inga förändringar sedan låsningen." when nothing changed. Then, where the lock keeps
 * the account lines, those that changed, as the account analysis shows them.
 */
import { negateMoney, scaleWord, type Lang, type Scale } from '../money';
import { changedAccounts, changedRows, lockedAtText, totalChange, type AccountChange, type SinceLock } from '../cycle/sinceLock';
import { accountLineLabel } from './accountTable';
import type { RowChange } from '../cycle/reportDiff';
import { amountCell, figureStyle, labelStyle, STYLES, textCell, type RowEmphasis } from './cells';
import type { SheetBuilder } from './sheetBuilder';
import { reportWords } from './words';

/** The table's words. */
interface ChangesWords {
  readonly title: (at: string, scale: string) => string;
  readonly headers: readonly [string, string, string];
  readonly accountTitle: (at: string, scale: string) => string;
  readonly accountHeader: string;
  readonly none: string;
  readonly added: string;
  readonly removed: string;
}

const WORDS: Readonly<Record<Lang, ChangesWords>> = {
  sv: {
    title: (at, scale) => `Förändring sedan låsningen ${at} (${scale})`,
    headers: ['Enhet', 'Δ Utfall ack.', 'Δ Avvikelse ack.'],
    accountTitle: (at, scale) => `Förändring per kontogrupp sedan låsningen ${at} (${scale})`,
    accountHeader: 'Kontogrupp',
    none: 'Inga förändringar sedan låsningen.',
    added: 'tillkommen',
    removed: 'borttagen',
  },
  en: {
    title: (at, scale) => `Change since the lock ${at} (${scale})`,
    headers: ['Unit', 'Δ YTD actual', 'Δ YTD deviation'],
    accountTitle: (at, scale) => `Change per account group since the lock ${at} (${scale})`,
    accountHeader: 'Account group',
    none: 'No changes since the lock.',
    added: 'added',
    removed: 'removed',
  },
};

/** What the table needs besides the changes. */
export interface ChangesTableOptions {
  readonly lang: Lang;
  readonly scale: Scale;
  readonly organisation: string;
}

/** Write the table (title, then a header and rows, or the note that nothing changed). */
export function writeChangesTable(b: SheetBuilder, s: SinceLock, o: ChangesTableOptions): void {
  const w = WORDS[o.lang];
  b.add([textCell(w.title(lockedAtText(s.lockedAt), scaleWord(o.scale, o.lang)), STYLES.section)]);
  const rows = changedRows(s);
  const total = totalChange(s);
  if (rows.length === 0 && (total === null || (total.ytdActual.change === 0 && total.ytdDeviation.change === 0))) {
    b.add([textCell(w.none, STYLES.note)]);
    return;
  }
  b.header(w.headers.map((h, i) => textCell(h, i === 0 ? STYLES.headerLeft : STYLES.header)));
  for (const r of rows) b.add(changeCells(r, labelOf(r, w), 'normal', o));
  if (total) b.add(changeCells(total, reportWords(o.lang).totalRow(o.organisation), 'total', o));
}

/** "IT-avdelningen / Drift", with "(tillkommen)" or "(borttagen)" for a unit only in one of the two. */
function labelOf(r: RowChange, w: ChangesWords): string {
  const path = r.path.join(' / ');
  return r.status === 'both' ? path : `${path} (${r.status === 'added' ? w.added : w.removed})`;
}

function changeCells(r: RowChange, label: string, emphasis: RowEmphasis, o: ChangesTableOptions) {
  const s = figureStyle(emphasis);
  return [
    textCell(label, labelStyle(emphasis, 0)),
    amountCell(r.ytdActual.change, o.scale, o.lang, s),
    amountCell(r.ytdDeviation.change, o.scale, o.lang, s, true),
  ];
}

/** Whether the lock keeps account lines and any of them changed (the account table is then written). */
export function hasAccountChanges(s: SinceLock): boolean {
  return changedAccounts(s).length > 0;
}

/**
 * The account lines that changed since the lock, in the account analysis's order and signs: the
 * actual revenue positive and costs negative, as that table shows it whatever the ledger books;
 * the deviation positive when favourable.
 */
export function writeAccountChangesTable(b: SheetBuilder, s: SinceLock, o: ChangesTableOptions): void {
  const w = WORDS[o.lang];
  b.add([textCell(w.accountTitle(lockedAtText(s.lockedAt), scaleWord(o.scale, o.lang)), STYLES.section)]);
  b.header([w.accountHeader, w.headers[1], w.headers[2]].map((h, i) => textCell(h, i === 0 ? STYLES.headerLeft : STYLES.header)));
  const debit = s.diff.sign === 'debit';
  for (const a of changedAccounts(s)) {
    const style = figureStyle('normal');
    const actual = debit ? negateMoney(a.ytdActual.change) : a.ytdActual.change;
    b.add([
      textCell(accountLabelOf(a, o.lang, w), labelStyle('normal', a.kind === 'group' ? 1 : 0)),
      amountCell(actual, o.scale, o.lang, style),
      amountCell(a.ytdDeviation.change, o.scale, o.lang, style, true),
    ]);
  }
}

function accountLabelOf(a: AccountChange, lang: Lang, w: ChangesWords): string {
  const label = accountLineLabel(a, lang);
  return a.status === 'both' ? label : `${label} (${a.status === 'added' ? w.added : w.removed})`;
}
