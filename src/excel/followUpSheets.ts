/**
 * Finding the workbook's sheets and which of them are follow-ups the add-in made. A follow-up
 * sheet is tagged with its settings: in a worksheet custom property where Excel supports them
 * (ExcelApi 1.12), else in the workbook's settings keyed by the sheet's id. Either way Refresh finds
 * the sheet after a rename. Where the user's comments sit is kept in the workbook settings, also
 * by sheet id.
 */
import { parseSettings, serializeSettings, type FollowUpSettings } from '../core/followUpSettings';
import type { Grid } from '../core/grid/grid';
import { detectLayout, type SheetLayout } from '../core/ledger/detect';
import { applyRemembered, parseRememberedLayouts, rememberLayout, type RememberedLayout } from '../core/ledger/rememberedLayout';
import type { CommentCell, ReportSheet } from '../core/report/model';
import { reportWords } from '../core/report/words';

/**
 * A comment cell as remembered: where it was, and the text in column A that anchors it (its unit's
 * label, or for a comment below its label, that label one row up), so a comment is found again
 * when the user has inserted or deleted rows in the follow-up.
 */
export interface RememberedComment extends CommentCell {
  readonly anchor: string;
  /** Rows from the anchor down to the comment cell. */
  readonly offset: number;
}

/** The remembered comments of a report: each comment cell with its anchor. */
export function rememberComments(report: ReportSheet): RememberedComment[] {
  return report.comments.map((c) => {
    const offset = c.column === 0 ? 1 : 0;
    return { ...c, anchor: String(report.rows[c.row - offset]?.[0]?.value ?? ''), offset };
  });
}

/** The custom property (and settings prefix) of the add-in. */
export const TAG_KEY = 'BudgetFollowUp';
/** The workbook setting holding the tags by sheet id where custom properties are unavailable. */
export const SHEET_TAGS_SETTING = `${TAG_KEY}.sheets`;
const LAYOUT_SETTING_PREFIX = `${TAG_KEY}.comments.`;
const ROLES_SETTING = `${TAG_KEY}.columnRoles`;
/** The id of the "Underlag" sheet the add-in wrote: never read as a ledger, replaced on each use. */
const UNDERLAG_SETTING = `${TAG_KEY}.underlag`;

/** A worksheet of the workbook. */
export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visible: boolean;
}

/** A follow-up sheet and how it was built. */
export interface FollowUpSheet extends SheetInfo {
  readonly settings: FollowUpSettings;
  /** Where its comment cells are, by key; empty when unknown. */
  readonly comments: readonly RememberedComment[];
  /** Whether the workbook settings hold its comment layout. */
  readonly hasLayout: boolean;
}

/** The sheets, tables and follow-ups of a workbook. */
export interface WorkbookIndex {
  readonly sheets: readonly SheetInfo[];
  readonly followUps: readonly FollowUpSheet[];
  /**
   * Sheets a write left behind when Excel failed to delete them: tagged, and named as the write's
   * temporary or backup sheet ("~uppf …", "~old …"). Not follow-ups; the next Refresh of the same
   * follow-up deletes them.
   */
  readonly leftovers: readonly FollowUpSheet[];
  /** Excel tables, with their sheets, for the task pane's list. */
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  /** Column roles the user corrected, remembered in the workbook. */
  readonly rememberedLayouts: readonly RememberedLayout[];
  /** The id of the add-in's "Underlag" sheet, when there is one. */
  readonly underlag?: string;
}

/** The first sync's loads: sheets, tables and the settings-kept tags. */
export interface QueuedSheets {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly sheetTags: Excel.Setting;
  readonly roles: Excel.Setting;
  readonly underlag: Excel.Setting;
}

/** Queue loading the sheets (sync 1). */
export function queueSheets(context: Excel.RequestContext): QueuedSheets {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/position,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name,items/showTotals');
  const sheetTags = context.workbook.settings.getItemOrNullObject(SHEET_TAGS_SETTING);
  sheetTags.load('value');
  const roles = context.workbook.settings.getItemOrNullObject(ROLES_SETTING);
  roles.load('value');
  const underlag = context.workbook.settings.getItemOrNullObject(UNDERLAG_SETTING);
  underlag.load('value');
  return { sheets, tables, sheetTags, roles, underlag };
}

/** The second sync's loads: each sheet's tag and comment layout. */
export interface QueuedTags {
  readonly props: readonly (Excel.WorksheetCustomProperty | null)[];
  readonly layouts: readonly Excel.Setting[];
}

/** Queue loading tags and comment layouts (after sync 1; sync 2 may carry other loads too). */
export function queueTags(context: Excel.RequestContext, q: QueuedSheets, customProperties: boolean): QueuedTags {
  return {
    props: q.sheets.items.map((ws) => {
      if (!customProperties) return null;
      const p = ws.customProperties.getItemOrNullObject(TAG_KEY);
      p.load('value');
      return p;
    }),
    layouts: q.sheets.items.map((ws) => {
      const item = context.workbook.settings.getItemOrNullObject(LAYOUT_SETTING_PREFIX + ws.id);
      item.load('value');
      return item;
    }),
  };
}

/**
 * A user's copy of a follow-up: a worksheet copy keeps the custom property, so two sheets carry
 * one follow-up's tag. The follow-up is the one whose comment layout the workbook remembers (kept
 * by sheet id, so a copy has none); the copy is the user's sheet, never refreshed or overwritten.
 */
function isCopy(f: FollowUpSheet, all: readonly FollowUpSheet[]): boolean {
  if (f.hasLayout) return false;
  return all.some((g) => g !== f && g.settings.id === f.settings.id && g.hasLayout);
}

/** The names a write gives its temporary sheet, and a refresh in place the backup of the old cells. */
export const TEMP_PREFIX = '~uppf ';
export const ASIDE_PREFIX = '~old ';
const LEFTOVER_NAME = /^~(uppf|old) /;

/** The index, from the loads of both syncs. */
export function resolveIndex(q: QueuedSheets, t: QueuedTags): WorkbookIndex {
  const fallback = q.sheetTags.isNullObject ? {} : ((q.sheetTags.value ?? {}) as Record<string, string>);
  const sheets: SheetInfo[] = q.sheets.items.map((ws) => ({ id: ws.id, name: ws.name, position: ws.position, visible: ws.visibility === 'Visible' }));
  const tagged = sheets.flatMap((info, i): FollowUpSheet[] => {
    const p = t.props[i];
    const text = p && !p.isNullObject ? String(p.value) : fallback[info.id];
    const settings = text === undefined ? null : parseSettings(text);
    const layout = t.layouts[i]!;
    return settings ? [{ ...info, settings, comments: parseLayout(layout), hasLayout: !layout.isNullObject }] : [];
  });
  const isLeftover = (f: FollowUpSheet) => LEFTOVER_NAME.test(f.name);
  const current = tagged.filter((f) => !isLeftover(f));
  return {
    sheets,
    followUps: current.filter((f) => !isCopy(f, current)),
    leftovers: tagged.filter(isLeftover),
    tables: q.tables.items.map((t2) => ({ name: t2.name, sheet: t2.worksheet.name })),
    rememberedLayouts: q.roles.isNullObject ? [] : parseRememberedLayouts(q.roles.value),
    ...underlagOf(q, sheets),
  };
}

/** The tagged "Underlag" sheet, if it is still there. */
function underlagOf(q: QueuedSheets, sheets: readonly SheetInfo[]): { underlag?: string } {
  const id = q.underlag.isNullObject ? null : q.underlag.value;
  return typeof id === 'string' && sheets.some((s) => s.id === id) ? { underlag: id } : {};
}

/** Queue tagging a sheet as the add-in's "Underlag" sheet. */
export function queueTagUnderlag(context: Excel.RequestContext, id: string): void {
  context.workbook.settings.add(UNDERLAG_SETTING, id);
}

function parseLayout(item: Excel.Setting): RememberedComment[] {
  if (item.isNullObject || !Array.isArray(item.value)) return [];
  return (item.value as unknown[]).flatMap((x) => {
    if (!Array.isArray(x) || x.length !== 5) return [];
    const [row, column, key, anchor, offset] = x as unknown[];
    return typeof row === 'number' && typeof column === 'number' && typeof key === 'string' && typeof anchor === 'string' && typeof offset === 'number'
      ? [{ row, column, key, anchor, offset }]
      : [];
  });
}

/**
 * Queue tagging a sheet with its settings and remembering where its comments are. `tags` are the
 * settings-kept tags to keep (by sheet id), used when custom properties are unavailable.
 */
export function queueTag(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheetId: string,
  settings: FollowUpSettings,
  comments: readonly RememberedComment[],
  customProperties: boolean,
  tags: Readonly<Record<string, string>>,
): void {
  const tag = serializeSettings(settings);
  if (customProperties) ws.customProperties.add(TAG_KEY, tag);
  else context.workbook.settings.add(SHEET_TAGS_SETTING, { ...tags, [sheetId]: tag });
  context.workbook.settings.add(LAYOUT_SETTING_PREFIX + sheetId, comments.map((c) => [c.row, c.column, c.key, c.anchor, c.offset]));
}

/** Queue remembering the user's column-role corrections (replacing those of the same sheets). */
export function queueRememberLayouts(context: Excel.RequestContext, index: WorkbookIndex, corrected: readonly SheetLayout[]): void {
  const sheets = new Set(corrected.map((l) => l.sheet as string));
  const kept = index.rememberedLayouts.filter((r) => !sheets.has(r.sheet));
  context.workbook.settings.add(ROLES_SETTING, [...kept, ...corrected.map(rememberLayout)]);
}

/** Put the remembered column roles back as the index read them (two syncs; for undoing a failed write). */
export async function restoreRememberedLayouts(context: Excel.RequestContext, index: WorkbookIndex): Promise<void> {
  const item = context.workbook.settings.getItemOrNullObject(ROLES_SETTING);
  await context.sync();
  if (!item.isNullObject) item.delete();
  if (index.rememberedLayouts.length > 0) context.workbook.settings.add(ROLES_SETTING, index.rememberedLayouts);
}

/** The layouts to use for grids: detected, with the remembered corrections applied where they still fit. */
export function rememberedLayoutsFor(index: WorkbookIndex, grids: readonly Grid[]): Map<string, SheetLayout> {
  const out = new Map<string, SheetLayout>();
  for (const g of grids) {
    const remembered = index.rememberedLayouts.find((r) => r.sheet === g.sheet);
    if (remembered) out.set(g.sheet, applyRemembered(detectLayout(g), remembered));
  }
  return out;
}

/** Queue putting back the settings-kept tags as they were (after a failed write). */
export function queueRestoreTags(context: Excel.RequestContext, tags: Readonly<Record<string, string>>): void {
  context.workbook.settings.add(SHEET_TAGS_SETTING, tags);
}

/** Queue forgetting the comment layout of a sheet that has one. */
export function queueForgetLayout(context: Excel.RequestContext, sheetId: string): void {
  context.workbook.settings.getItem(LAYOUT_SETTING_PREFIX + sheetId).delete();
}

/** Forget the comment layout of a sheet if there is one (two syncs; for undoing a failed write). */
export async function forgetLayoutIfAny(context: Excel.RequestContext, sheetId: string): Promise<void> {
  const item = context.workbook.settings.getItemOrNullObject(LAYOUT_SETTING_PREFIX + sheetId);
  await context.sync();
  if (!item.isNullObject) item.delete();
}

/** The settings-kept tags of the index's follow-ups, by sheet id, without the given sheets. */
export function keptTags(index: WorkbookIndex, without: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(index.followUps.filter((f) => !without.includes(f.id)).map((f) => [f.id, serializeSettings(f.settings)]));
}

/** Queue reading the comment cells of a follow-up; call the result after the sync. */
export function queueReadComments(context: Excel.RequestContext, f: FollowUpSheet): () => Map<string, string> {
  if (f.comments.length === 0) return () => new Map();
  const used = context.workbook.worksheets.getItem(f.id).getUsedRange(true);
  used.load('values,rowIndex,columnIndex');
  return () => findComments(f.comments, used.values, used.rowIndex, used.columnIndex);
}

/**
 * The comments typed into a sheet's values. Rows and columns the user inserted or deleted move
 * them: the table's comment column is found by its header ("Kommentar"/"Comment"), and the rows
 * by the shift most comments' anchors agree on, so two units of one name ("Ekonomi" under two
 * parents) keep their own comments. A comment whose anchor is not at the shifted row is looked
 * for at its remembered row, then beside the nearest row carrying its anchor. Only text is taken:
 * a number where a comment was is a figure, not a comment.
 */
export function findComments(comments: readonly RememberedComment[], values: readonly (readonly unknown[])[], rowIndex = 0, columnIndex = 0): Map<string, string> {
  const at = (r: number, c: number): unknown => values[r - rowIndex]?.[c - columnIndex];
  const textAt = (r: number, c: number): string => String(at(r, c) ?? '');
  const anchorRows = new Map<string, number[]>();
  values.forEach((_, i) => {
    const text = textAt(i + rowIndex, 0);
    if (text !== '') anchorRows.set(text, [...(anchorRows.get(text) ?? []), i + rowIndex]);
  });
  const rowShift = agreedRowShift(comments, anchorRows);
  const columnShift = commentColumnShift(comments, values, columnIndex);
  const sameAnchor = new Map<string, RememberedComment[]>();
  for (const c of [...comments].sort((a, b) => a.row - b.row)) sameAnchor.set(c.anchor, [...(sameAnchor.get(c.anchor) ?? []), c]);
  const out = new Map<string, string>();
  for (const c of comments) {
    let anchorRow = c.row - c.offset + rowShift;
    if (textAt(anchorRow, 0) !== c.anchor) anchorRow = c.row - c.offset;
    if (textAt(anchorRow, 0) !== c.anchor) {
      const candidates = anchorRows.get(c.anchor) ?? [];
      if (candidates.length === 0) continue;
      // Units of the same name keep their order; else the nearest row.
      const peers = sameAnchor.get(c.anchor)!;
      const from = anchorRow;
      anchorRow =
        peers.length === candidates.length
          ? candidates[peers.indexOf(c)]!
          : candidates.reduce((best, r) => (Math.abs(r - from) < Math.abs(best - from) ? r : best));
    }
    const v = at(anchorRow + c.offset, c.column === 0 ? 0 : c.column + columnShift);
    if (typeof v === 'string' && v.trim() !== '') out.set(c.key, v);
  }
  return out;
}

/** The row shift (rows inserted above minus rows deleted) under which most anchors are found again. */
function agreedRowShift(comments: readonly RememberedComment[], anchorRows: ReadonlyMap<string, readonly number[]>): number {
  const votes = new Map<number, number>();
  for (const c of comments) {
    for (const r of anchorRows.get(c.anchor) ?? []) {
      const shift = r - (c.row - c.offset);
      votes.set(shift, (votes.get(shift) ?? 0) + 1);
    }
  }
  let best = 0;
  let most = votes.get(0) ?? 0;
  for (const [shift, n] of votes) {
    if (n > most || (n === most && Math.abs(shift) < Math.abs(best))) {
      best = shift;
      most = n;
    }
  }
  return best;
}

/** Header texts of the unit table's comment column, in either language. */
const COMMENT_HEADERS = new Set((['sv', 'en'] as const).map((lang) => reportWords(lang).comment.toLowerCase()));

/**
 * How far the table's comment column moved (columns inserted or deleted before it): 0 when its
 * header is still in the remembered column, or cannot be found; else to the header nearest to it.
 */
function commentColumnShift(comments: readonly RememberedComment[], values: readonly (readonly unknown[])[], columnIndex: number): number {
  const remembered = comments.find((c) => c.column > 0)?.column;
  if (remembered === undefined) return 0;
  const headers = new Set<number>();
  values.forEach((row) =>
    row.forEach((v, i) => {
      const c = i + columnIndex;
      if (c > 0 && typeof v === 'string' && COMMENT_HEADERS.has(v.trim().toLowerCase())) headers.add(c);
    }),
  );
  if (headers.size === 0 || headers.has(remembered)) return 0;
  const nearest = [...headers].reduce((best, c) => (Math.abs(c - remembered) < Math.abs(best - remembered) ? c : best));
  return nearest - remembered;
}
