/**
 * The workbook's state: sheets in tab order, the active sheet, settings, the shared format table,
 * and the rules Excel enforces on sheets (names, the last visible sheet).
 */
import { CellError, type Stored } from './cellStore';
import { hostError } from './errors';
import { evaluateFormula } from './formula';
import { retarget } from './references';
import { SheetModel } from './sheetModel';
import type { JsonValue, SheetVisibility } from './snapshot';
import type { Rect } from './address';
import { StyleTable } from './styles';
import { checkNoOverlap, TableModel } from './tableModel';
import { DEFAULT_WRITE_RULES, type WriteRules } from './writeRules';
import { checkXml } from './xmlCheck';

/** A custom XML part (ExcelApi 1.5): its id, the namespace of its root element, and its XML as given. */
export interface CustomXmlPartModel {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

/** Characters Excel forbids in sheet names. */
const FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Why `name` cannot name a sheet, or null when it can. Excel's rules: 1–31 characters, none of
 * [ ] : * ? / \, not starting or ending with an apostrophe, and not the reserved name 'History'.
 */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'A sheet name cannot be empty.';
  if (name.length > 31) return 'A sheet name cannot be longer than 31 characters.';
  if (FORBIDDEN.test(name)) return 'A sheet name cannot contain any of these characters: [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'A sheet name cannot begin or end with an apostrophe.';
  if (name.toLowerCase() === 'history') return "'History' is a reserved sheet name.";
  return null;
}

/** A GUID-like sheet id, stable for a given serial number. */
export function sheetIdFor(serial: number): string {
  return `{${serial.toString(16).toUpperCase().padStart(8, '0')}-0001-0000-0000-000000000000}`;
}

/** The whole workbook. */
export class WorkbookModel {
  readonly styles = new StyleTable();
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, JsonValue>();
  /** Workbook-scoped defined names by lower-case name: the name as given and its formula ('=Blad1!$A$1'). */
  readonly names = new Map<string, { name: string; formula: string }>();
  /** Custom XML parts, in the order they were added. */
  readonly customXmlParts: CustomXmlPartModel[] = [];
  private xmlPartSerial = 0;
  /** Excel tables, in creation order. */
  readonly tables: TableModel[] = [];
  private tableSerial = 0;
  activeSheetId = '';
  /** How written strings are read; Excel's UI behaviour by default (writeRules.ts). */
  writeRules: WriteRules = DEFAULT_WRITE_RULES;
  private serial = 0;
  private chartSerial = 0;
  private readonly evaluating = new Set<string>();

  constructor(readonly defaultSheetPrefix: string) {}

  /** A sheet by id, or by name ignoring case. */
  find(nameOrId: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === nameOrId) ?? this.sheets.find((s) => s.name.toLowerCase() === nameOrId.toLowerCase());
  }

  /** A sheet by id; ItemNotFound when it has been deleted. */
  sheetById(id: string): SheetModel {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw hostError('ItemNotFound');
    return sheet;
  }

  /** Throw InvalidArgument or ItemAlreadyExists unless `name` may name a sheet (other than `self`). */
  checkName(name: unknown, self?: SheetModel): string {
    const problem = sheetNameProblem(name);
    if (problem) throw hostError('InvalidArgument', problem);
    const text = name as string;
    const clash = this.sheets.find((s) => s !== self && s.name.toLowerCase() === text.toLowerCase());
    if (clash) throw hostError('ItemAlreadyExists', `A sheet named '${text}' already exists.`);
    return text;
  }

  /** Add a sheet at the end (Excel's `worksheets.add`); a default name 'Blad4'/'Sheet4' when none. */
  addSheet(name: string | undefined, id?: string, visibility: SheetVisibility = 'Visible'): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.find(`${this.defaultSheetPrefix}${n}`)) n++;
      finalName = `${this.defaultSheetPrefix}${n}`;
    }
    this.checkName(finalName);
    this.serial++;
    const sheetId = id ?? sheetIdFor(this.serial);
    const sheet = new SheetModel(sheetId, finalName, visibility, {
      styles: this.styles,
      evaluate: (s, r, c) => this.evaluate(s, r, c),
      writeRules: () => this.writeRules,
    });
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /**
   * Delete a sheet; a workbook keeps at least one visible sheet. Worksheet.delete's doc: "if the
   * worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
   * `InvalidOperation` exception. You should first change its visibility to hidden or visible".
   */
  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === 'VeryHidden') {
      throw hostError('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it hidden or visible first.');
    }
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length <= 1) {
      throw hostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.retargetReferences(sheet.name, null);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === sheet) this.tables.splice(i, 1);
    if (this.activeSheetId === sheet.id) {
      const next = this.sheets.slice(index).find((s) => s.visibility === 'Visible') ?? this.sheets.find((s) => s.visibility === 'Visible');
      this.activeSheetId = next?.id ?? '';
    }
  }

  /** Rename a sheet; formulas and defined names that refer to it follow it (references.ts). */
  renameSheet(sheet: SheetModel, name: unknown): void {
    const text = this.checkName(name, sheet);
    if (text !== sheet.name) this.retargetReferences(sheet.name, text);
    sheet.name = text;
  }

  /** Point every formula's and defined name's references to sheet `from` at `to`, or #REF! (null). */
  private retargetReferences(from: string, to: string | null): void {
    for (const s of this.sheets) {
      const changed: [number, number, string][] = [];
      s.cells.forEachFormula((r, c, f) => {
        const g = retarget(f, from, to);
        if (g !== f) changed.push([r, c, g]);
      });
      for (const [r, c, g] of changed) s.cells.setFormula(r, c, g);
      // A chart's source data is a reference too (its series formula, in Excel).
      for (const chart of s.charts) chart.sourceAddress = retarget(chart.sourceAddress, from, to);
    }
    for (const item of this.names.values()) item.formula = retarget(item.formula, from, to);
  }

  /** Move a sheet to a zero-based position. */
  moveSheet(sheet: SheetModel, position: unknown): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw hostError('InvalidArgument');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Change visibility; the last visible sheet cannot be hidden, the active one becomes another. */
  setVisibility(sheet: SheetModel, visibility: unknown): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') throw hostError('InvalidArgument');
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.sheets.filter((s) => s.visibility === 'Visible').length <= 1) {
      throw hostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id ?? '';
    }
  }

  /** The active sheet. */
  activeSheet(): SheetModel {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0]!;
  }

  /** Add a table over `rect` (header row first), named 'Tabell1'/'Table1' by default. */
  addTable(sheet: SheetModel, rect: Rect): TableModel {
    checkNoOverlap(this.tables, sheet, rect);
    if (rect.r1 <= rect.r0) throw hostError('InvalidArgument', 'A table needs a header row and at least one data row.');
    this.tableSerial++;
    let n = this.tableSerial;
    const prefix = this.defaultSheetPrefix === 'Blad' ? 'Tabell' : 'Table';
    while (this.tables.some((t) => t.name.toLowerCase() === `${prefix}${n}`.toLowerCase())) n++;
    const table = new TableModel(String(this.tableSerial), `${prefix}${n}`, sheet, rect);
    this.tables.push(table);
    return table;
  }

  /**
   * Add a custom XML part. CustomXmlPartCollection.add: "xml: XML content. Must be a valid XML
   * fragment." (not well-formed: InvalidArgument, nothing added); its namespaceUri is the root's
   * namespace ("You must have the xmlns attribute to populate the CustomXml.namespaceUri
   * property"); Excel gives it an id of its own (a GUID in braces).
   */
  addCustomXmlPart(xml: unknown, id?: string): CustomXmlPartModel {
    const namespaceUri = this.namespaceOfPart(xml);
    const partId = (n: number): string => `{${n.toString(16).toUpperCase().padStart(8, '0')}-0003-0000-0000-000000000000}`;
    // Ids of parts loaded from a file are kept; a new one never takes an id in use.
    do this.xmlPartSerial++;
    while (id === undefined && this.customXmlParts.some((p) => p.id === partId(this.xmlPartSerial)));
    const part = { id: id ?? partId(this.xmlPartSerial), namespaceUri, xml: xml as string };
    this.customXmlParts.push(part);
    return part;
  }

  /** The namespace of a part's XML; InvalidArgument when the XML is not well-formed (CustomXmlPart.setXml too). */
  namespaceOfPart(xml: unknown): string {
    if (typeof xml !== 'string') throw hostError('InvalidArgument', 'The XML content must be a string.');
    const check = checkXml(xml);
    if (!check.ok) throw hostError('InvalidArgument', `The XML content is not well-formed: ${check.problem}.`);
    return check.namespaceUri;
  }

  /** A new chart id and default name ('Chart 1', …). */
  nextChart(): { id: string; name: string } {
    this.chartSerial++;
    return { id: `{C${String(this.chartSerial).padStart(7, '0')}-0002-0000-0000-000000000000}`, name: `Chart ${this.chartSerial}` };
  }

  /** Evaluate a formula cell; a circular reference gives 0, an unsupported formula its cached result or #NAME?. */
  evaluate(sheet: SheetModel, r: number, c: number): Stored | undefined {
    const formula = sheet.cells.formula(r, c);
    if (formula === undefined) return sheet.cells.value(r, c);
    const key = `${sheet.id}!${r},${c}`;
    if (this.evaluating.has(key)) return 0;
    this.evaluating.add(key);
    try {
      const result = evaluateFormula(formula, (name, row, col) => {
        const target = name === null ? sheet : this.find(name);
        if (!target) return new CellError('#REF!');
        return target.value(row, col);
      }, (name) => this.names.get(name.toLowerCase())?.formula);
      if (result.kind === 'value') return result.value;
      // A formula cell's value slot holds the result cached in the file it came from, if any.
      return sheet.cells.value(r, c) ?? new CellError('#NAME?');
    } finally {
      this.evaluating.delete(key);
    }
  }
}
