/**
 * Reading a worksheet part from its UTF-8 bytes, without decoding it to text: a million-row sheet
 * is 250 MB of XML, and turning it into strings, tags and attribute objects (xmlReader.ts with
 * sheetXml.ts) cost 7 s where one pass over the bytes costs well under one. Tags are found and
 * named byte by byte; a cell's row, column, type and style are read from its attribute bytes; a
 * plain number or shared-string index is read from the bytes of its v element. Cells go into
 * SheetColumns, not into row arrays.
 *
 * The same document must read as it does through xmlReader.ts and sheetXml.ts, cell for cell (a
 * property test holds them together). So only the plain forms are read here: whatever else a tag
 * or a value holds (entities, CDATA, odd spacing, non-ASCII names, a number like "1E3") is decoded
 * and handed to the text reader's own functions: readToken for the tag, cellOf for the value.
 */
import type { Cell } from '../core/grid/grid';
import { cellOf, cellPosition, DAYS_1904, MAX_COLUMNS, MAX_ROWS, toIndex, type SheetContext } from './sheetXml';
import type { SheetColumns } from './sheetColumns';
import { CDATA, rowIndex, specialEnd, startsWith, styleNumber, tagEnd, text } from './xmlBytes';
import { decodeEntities, readToken, XmlError, type XmlAttributes } from './xmlReader';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMP = 0x26;
const COLON = 0x3a;
const EQUALS = 0x3d;
const DOLLAR = 0x24;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;

/** The elements the reader acts on, by local name. */
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const IS = 5;
const T = 6;
const RPH = 7;
const SHEET_DATA = 8;
const TABLE_PART = 9;

const ELEMENTS: ReadonlyMap<string, number> = new Map([['row', ROW], ['c', C], ['v', V], ['f', F], ['is', IS], ['t', T], ['rPh', RPH], ['sheetData', SHEET_DATA], ['tablePart', TABLE_PART]]);

/** Where a cell's text goes while it is read (as in sheetXml.ts). */
const NOWHERE = 0;
const INTO_VALUE = 1;
const INTO_INLINE = 2;

/** A cell's type, as far as the fast path cares: a shared string, a number, or anything else. */
const TYPE_SHARED = 0;
const TYPE_NUMBER = 1;
const TYPE_OTHER = 2;

/** Powers of ten exact in a double: a decimal of at most 15 digits divided by one is correctly rounded. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * 1 for the bytes that end a name: controls and space, > / " ' =, and every non-ASCII byte (such a
 * name goes to the text reader). One table lookup instead of seven comparisons per byte.
 */
const NAME_END = new Uint8Array(256).map((_, b) => (b <= 0x20 || b >= 0x80 || b === GT || b === SLASH || b === QUOTE || b === APOSTROPHE || b === EQUALS ? 1 : 0));

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Reads a worksheet's bytes piece by piece into a SheetColumns; tableIds when done. */
export class SheetBytes {
  /** The relationship ids of the sheet's tables (tableParts). */
  readonly tableIds: string[] = [];

  private row = -1;
  private column = -1;
  private type = 'n';
  private typeCode = TYPE_NUMBER;
  private style = 0;
  private value: string | null = null;
  /** The value as bytes [valueFrom, valueTo) of the piece being read, when it is one plain run. */
  private valueInBytes = false;
  private valueFrom = 0;
  private valueTo = 0;
  private inline: string | null = null;
  private formula = false;
  private into = NOWHERE;
  private phonetic = 0;
  private inInline = false;
  private inSheetData = false;
  private openElements = 0;
  private seenElements = 0;
  /** The attributes of the start tag being read (only those the reader uses). */
  private attrR = '';
  private hasR = false;
  private attrRFrom = -1;
  private attrRTo = -1;
  private attrT = -1;
  private attrTTo = -1;
  private attrS = -1;
  private attrSTo = -1;
  private attrId = -1;
  private attrIdTo = -1;
  private attrAmp = false;
  private readonly byName = {
    open: (name: string, a: XmlAttributes) => this.openNamed(name, a),
    close: (name: string) => this.closeCounted(ELEMENTS.get(name) ?? OTHER),
    text: (text: string) => this.textString(text),
  };

  /** Whether any cell format moves dates from the 1904 system (most workbooks: none). */
  private readonly dates1904: boolean;

  constructor(
    private readonly context: SheetContext,
    private readonly cells: SheetColumns,
  ) {
    this.dates1904 = context.dates1904.length > 0;
  }

  /** Read the complete tokens of `bytes` from `from`; returns where the incomplete rest starts (for the next piece). */
  read(bytes: Uint8Array, from = 0): number {
    const n = bytes.length;
    this.bytes = bytes;
    let at = from;
    while (at < n) {
      if (bytes[at] !== LT) {
        let i = at;
        let amp = false;
        while (i < n) {
          const b = bytes[i]!;
          if (b === LT) break;
          if (b === AMP) amp = true;
          i++;
        }
        // Text up to the end may continue in the next piece.
        if (i >= n) break;
        if (this.into !== NOWHERE) this.textBytes(bytes, at, i, amp);
        at = i;
        continue;
      }
      const end = this.token(bytes, at);
      if (end < 0) break;
      at = end;
    }
    // The next piece is another buffer: a value still in this one becomes text.
    if (this.valueInBytes) this.valueToText(bytes);
    return at;
  }

  /** The part has ended with `rest` unread: it must be whitespace, and every element closed. */
  end(rest: Uint8Array): void {
    if (text(rest, 0, rest.length).trim() !== '' || this.openElements !== 0 || this.seenElements === 0) throw new XmlError('the XML ends before its document does');
  }

  /** Read the token at `lt`; returns its end, or -1 when it is not complete in these bytes. */
  private token(bytes: Uint8Array, lt: number): number {
    // The tags of a cell as Excel writes them first: <c r=…>, <v>, </v>, </c>, <row r=…>. Each is
    // read here exactly as the general path below would read it, only sooner.
    if (lt + 4 < bytes.length) {
      const b1 = bytes[lt + 1]!;
      const b2 = bytes[lt + 2]!;
      if (b1 === SLASH) {
        if (bytes[lt + 3] === GT && (b2 === 0x63 /* c */ || b2 === 0x76) /* v */) {
          this.closeCounted(b2 === 0x63 ? C : V);
          return lt + 4;
        }
      } else if (b1 === 0x76 /* v */ && b2 === GT) return this.startTag(V, lt + 3, false);
      else if (this.inSheetData) {
        if (b1 === 0x63 /* c */ && b2 === 0x20) {
          const end = this.plainCell(bytes, lt);
          return end >= 0 ? end : this.attributes(bytes, lt, lt + 2, C);
        }
        if (b1 === 0x72 /* r */ && b2 === 0x6f && bytes[lt + 3] === 0x77 && bytes[lt + 4] === 0x20) {
          const end = this.plainRow(bytes, lt);
          return end >= 0 ? end : this.attributes(bytes, lt, lt + 4, ROW);
        }
      }
    }
    return this.anyToken(bytes, lt);
  }

  /** Any token at `lt`, as token() reads it. */
  private anyToken(bytes: Uint8Array, lt: number): number {
    const n = bytes.length;
    if (lt + 1 >= n) return -1;
    const next = bytes[lt + 1]!;
    if (next === BANG || next === QUESTION) return this.special(bytes, lt);
    if (next === SLASH) return this.endTag(bytes, lt);
    let i = lt + 1;
    while (i < n && NAME_END[bytes[i]!] === 0) i++;
    if (i >= n || (i + 1 >= n && bytes[i] !== GT)) return -1;
    const nameEnd = i;
    const b = bytes[i]!;
    const element = this.elementOf(bytes, lt + 1, nameEnd);
    if (nameEnd === lt + 1) return this.slowTag(bytes, lt);
    if (b === GT) return this.startTag(element, i + 1, false);
    if (b === SLASH) return bytes[i + 1] === GT ? this.startTag(element, i + 2, true) : this.slowTag(bytes, lt);
    if (!isSpace(b)) return this.slowTag(bytes, lt);
    const wanted = element === TABLE_PART || (this.inSheetData && (element === ROW || element === C));
    if (!wanted) {
      const end = tagEnd(bytes, lt);
      return end < 0 ? -1 : this.startTag(element, end, bytes[end - 2] === SLASH);
    }
    return this.attributes(bytes, lt, i, element);
  }

  /**
   * A cell as Excel writes one, read in one go: <c r="B2" t="s" s="3"> (r first, then t and s in
   * any order, or neither), and when its value follows plainly, <v>…</v></c> with it. Every step
   * is the one the general path takes (the same state left behind); -1 when the tag has any other
   * form, before anything is changed: the general path then reads it.
   */
  private plainCell(bytes: Uint8Array, lt: number): number {
    const n = bytes.length;
    let i = lt + 2;
    if (i + 4 >= n || bytes[i + 1] !== 0x72 /* r */ || bytes[i + 2] !== EQUALS || bytes[i + 3] !== QUOTE) return -1;
    i += 4;
    const refFrom = i;
    while (i < n && bytes[i] !== QUOTE && bytes[i] !== AMP) i++;
    if (i + 1 >= n || bytes[i] !== QUOTE) return -1;
    const refTo = i++;
    let typeFrom = -1;
    let typeTo = -1;
    let styleFrom = -1;
    let styleTo = -1;
    // Then ` t="…"` and ` s="…"`, at most once each.
    while (bytes[i] === 0x20) {
      if (i + 4 >= n || bytes[i + 2] !== EQUALS || bytes[i + 3] !== QUOTE) return -1;
      const name = bytes[i + 1];
      i += 4;
      const from = i;
      while (i < n && bytes[i] !== QUOTE && bytes[i] !== AMP) i++;
      if (i + 1 >= n || bytes[i] !== QUOTE) return -1;
      if (name === 0x74 /* t */ && typeFrom < 0) {
        typeFrom = from;
        typeTo = i;
      } else if (name === 0x73 /* s */ && styleFrom < 0) {
        styleFrom = from;
        styleTo = i;
      } else return -1;
      i++;
    }
    if (bytes[i] !== GT) return -1;
    // The tag is plain: open the cell as wantedTag would.
    this.attrRFrom = refFrom;
    this.attrRTo = refTo;
    this.attrT = typeFrom;
    this.attrTTo = typeTo;
    this.attrS = styleFrom;
    this.attrSTo = styleTo;
    this.openElements++;
    this.seenElements++;
    this.startCell(bytes);
    i++;
    // <v>…</v></c>: the value's text without markup or entities.
    if (i + 3 >= n || bytes[i] !== LT || bytes[i + 1] !== 0x76 || bytes[i + 2] !== GT) return i;
    const valueFrom = i + 3;
    let j = valueFrom;
    while (j < n && bytes[j] !== LT && bytes[j] !== AMP) j++;
    if (j === valueFrom || j + 8 > n || bytes[j] !== LT || bytes[j + 1] !== SLASH || bytes[j + 2] !== 0x76 || bytes[j + 3] !== GT) return i;
    if (bytes[j + 4] !== LT || bytes[j + 5] !== SLASH || bytes[j + 6] !== 0x63 || bytes[j + 7] !== GT) return i;
    // <v>: opened (counted); its text; </v>, </c>: closed.
    this.seenElements++;
    this.value = '';
    this.valueInBytes = true;
    this.valueFrom = valueFrom;
    this.valueTo = j;
    this.into = NOWHERE;
    this.openElements--;
    this.endCell();
    return j + 8;
  }

  /**
   * A row as Excel writes one: <row r="2" spans="1:6" x14ac:dyDescent="0.25">, r first and no other
   * attribute named r (with any prefix). Read as wantedTag reads it; -1, before anything is
   * changed, for any other form.
   */
  private plainRow(bytes: Uint8Array, lt: number): number {
    const n = bytes.length;
    let i = lt + 4;
    if (i + 4 >= n || bytes[i + 1] !== 0x72 /* r */ || bytes[i + 2] !== EQUALS || bytes[i + 3] !== QUOTE) return -1;
    i += 4;
    const rFrom = i;
    while (i < n && bytes[i] !== QUOTE && bytes[i] !== AMP) i++;
    if (i >= n || bytes[i] !== QUOTE) return -1;
    const rTo = i++;
    while (i < n && bytes[i] === 0x20) {
      i++;
      const nameFrom = i;
      let local = i;
      while (i < n && NAME_END[bytes[i]!] === 0) {
        if (bytes[i] === COLON && local === nameFrom) local = i + 1;
        i++;
      }
      if (i + 1 >= n || i === nameFrom || bytes[i] !== EQUALS || bytes[i + 1] !== QUOTE) return -1;
      if (i - local === 1 && bytes[local] === 0x72 /* r */) return -1;
      i += 2;
      while (i < n && bytes[i] !== QUOTE) i++;
      if (i >= n) return -1;
      i++;
    }
    if (i >= n || bytes[i] !== GT) return -1;
    this.openElements++;
    this.seenElements++;
    this.row = rowIndex(bytes, rFrom, rTo);
    this.column = -1;
    return i + 1;
  }

  /** Read the attributes of a wanted start tag from byte i (after its name). */
  private attributes(bytes: Uint8Array, lt: number, from: number, element: number): number {
    const n = bytes.length;
    this.attrRFrom = this.attrT = this.attrS = this.attrId = -1;
    this.attrAmp = false;
    let i = from;
    for (;;) {
      while (i < n && isSpace(bytes[i]!)) i++;
      if (i >= n) return -1;
      let b = bytes[i]!;
      // A tag complete at the very end of the part is read (its errors before the part's end).
      if (b === GT) return this.wantedTag(bytes, element, i + 1, false);
      if (i + 1 >= n) return -1;
      if (b === SLASH) return bytes[i + 1] === GT ? this.wantedTag(bytes, element, i + 2, true) : this.slowTag(bytes, lt);
      const nameFrom = i;
      let local = i;
      while (i < n) {
        b = bytes[i]!;
        if (NAME_END[b] === 1) break;
        if (b === COLON && local === nameFrom) local = i + 1;
        i++;
      }
      const nameTo = i;
      while (i < n && isSpace(bytes[i]!)) i++;
      if (i + 1 >= n) return -1;
      if (bytes[i] !== EQUALS || nameTo === nameFrom) return this.slowTag(bytes, lt);
      i++;
      while (i < n && isSpace(bytes[i]!)) i++;
      if (i >= n) return -1;
      const quote = bytes[i]!;
      if (quote !== QUOTE && quote !== APOSTROPHE) return this.slowTag(bytes, lt);
      const valueFrom = ++i;
      let amp = false;
      while (i < n && bytes[i] !== quote) {
        if (bytes[i] === AMP) amp = true;
        i++;
      }
      if (i >= n) return -1;
      this.attribute(bytes, local, nameTo, valueFrom, i, amp);
      i++;
    }
  }

  /** Note an attribute the reader uses (the last of a name wins, as in an attributes object). */
  private attribute(bytes: Uint8Array, nameFrom: number, nameTo: number, from: number, to: number, amp: boolean): void {
    const length = nameTo - nameFrom;
    const first = bytes[nameFrom];
    if (length === 1 && first === 0x72 /* r */) {
      this.attrRFrom = from;
      this.attrRTo = to;
    } else if (length === 1 && first === 0x74 /* t */) {
      this.attrT = from;
      this.attrTTo = to;
    } else if (length === 1 && first === 0x73 /* s */) {
      this.attrS = from;
      this.attrSTo = to;
    } else if (length === 2 && first === 0x69 /* i */ && bytes[nameFrom + 1] === 0x64 /* d */) {
      this.attrId = from;
      this.attrIdTo = to;
    } else return;
    if (amp) this.attrAmp = true;
  }

  /** A start tag of row, c or tablePart, its attributes noted: act on it. */
  private wantedTag(bytes: Uint8Array, element: number, end: number, selfClosing: boolean): number {
    if (this.attrAmp) {
      // Entities in a value: decoded as the text reader decodes them.
      const attributes: Record<string, string> = {};
      if (this.attrRFrom >= 0) attributes.r = decodeEntities(text(bytes, this.attrRFrom, this.attrRTo));
      if (this.attrT >= 0) attributes.t = decodeEntities(text(bytes, this.attrT, this.attrTTo));
      if (this.attrS >= 0) attributes.s = decodeEntities(text(bytes, this.attrS, this.attrSTo));
      if (this.attrId >= 0) attributes.id = decodeEntities(text(bytes, this.attrId, this.attrIdTo));
      this.openNamed(element === ROW ? 'row' : element === C ? 'c' : 'tablePart', attributes);
      if (selfClosing) this.closeCounted(element);
      return end;
    }
    this.openElements++;
    this.seenElements++;
    if (element === TABLE_PART) {
      if (this.attrId >= 0) this.tableIds.push(text(bytes, this.attrId, this.attrIdTo));
    } else if (element === ROW) {
      this.row = this.attrRFrom >= 0 ? rowIndex(bytes, this.attrRFrom, this.attrRTo) : this.row + 1;
      this.column = -1;
    } else this.startCell(bytes);
    if (selfClosing) this.closeCounted(element);
    return end;
  }

  private startCell(bytes: Uint8Array): void {
    if (this.row < 0) this.row = 0;
    if (this.attrRFrom >= 0) this.cellReference(bytes, this.attrRFrom, this.attrRTo);
    else this.column++;
    const type = this.attrT < 0 ? 'n' : this.attrTTo - this.attrT === 1 && bytes[this.attrT] === 0x73 ? 's' : text(bytes, this.attrT, this.attrTTo);
    this.enterCell(type, this.attrS < 0 ? 0 : styleNumber(bytes, this.attrS, this.attrSTo));
  }

  /** The cell just placed (row and column set) opens: checked against the sheet's width, its value not yet read. */
  private enterCell(type: string, style: number): void {
    if (this.column >= MAX_COLUMNS) throw new XmlError('a cell beyond the last column');
    this.setType(type);
    this.style = style;
    this.resetCell();
  }

  /** A cell reference like A1 or $AB$12: its column and row; an error when it is not one. */
  private cellReference(bytes: Uint8Array, from: number, to: number): void {
    let i = from;
    if (bytes[i] === DOLLAR) i++;
    let column = 0;
    let letters = 0;
    while (i < to && letters < 4) {
      const b = bytes[i]! & 0xdf; // upper case
      if (b < 0x41 || b > 0x5a) break;
      column = column * 26 + (b - 64);
      letters++;
      i++;
    }
    if (i < to && bytes[i] === DOLLAR) i++;
    const digitsFrom = i;
    let row = 0;
    while (i < to) {
      const d = bytes[i]! - ZERO;
      if (d < 0 || d > 9) break;
      row = row * 10 + d;
      i++;
    }
    if (letters === 0 || letters > 3 || i === digitsFrom || i !== to) throw new XmlError(`a cell reference that is not one: ${text(bytes, from, to)}`);
    if (row < 1 || row > MAX_ROWS) throw new XmlError(`a row number out of range: ${text(bytes, digitsFrom, to)}`);
    this.column = column - 1;
    this.row = row - 1;
  }

  private setType(type: string): void {
    this.type = type;
    this.typeCode = type === 's' ? TYPE_SHARED : type === 'inlineStr' || type === 'str' || type === 'b' || type === 'e' || type === 'd' ? TYPE_OTHER : TYPE_NUMBER;
  }

  private resetCell(): void {
    this.value = null;
    this.valueInBytes = false;
    this.inline = null;
    this.formula = false;
    this.into = NOWHERE;
    this.inInline = false;
    this.phonetic = 0;
  }

  /** A start tag without the attributes the reader uses, ending at `end`. */
  private startTag(element: number, end: number, selfClosing: boolean): number {
    this.openElements++;
    this.seenElements++;
    this.open(element);
    if (selfClosing) this.closeCounted(element);
    return end;
  }

  /** An end tag at lt: its name between "</" and ">", trimmed. */
  private endTag(bytes: Uint8Array, lt: number): number {
    const end = tagEnd(bytes, lt);
    if (end < 0) return -1;
    let from = lt + 2;
    let to = end - 1;
    while (from < to && isSpace(bytes[from]!)) from++;
    while (to > from && isSpace(bytes[to - 1]!)) to--;
    for (let i = from; i < to; i++) if (bytes[i]! >= 0x80 || bytes[i]! < 0x20) return this.slowTag(bytes, lt);
    this.closeCounted(this.elementOf(bytes, from, to));
    return end;
  }

  /** Comments, CDATA, processing instructions and the document type, as the text reader reads them. */
  private special(bytes: Uint8Array, lt: number): number {
    const end = specialEnd(bytes, lt);
    if (end < 0) return -1;
    if (this.into !== NOWHERE && startsWith(bytes, lt, CDATA)) this.textString(text(bytes, lt + 9, end - 3));
    return end;
  }

  /** A tag the byte reader leaves to the text reader: decoded, and read by its readToken. */
  private slowTag(bytes: Uint8Array, lt: number): number {
    const end = tagEnd(bytes, lt);
    if (end < 0) return -1;
    const tag = text(bytes, lt, end);
    readToken(tag, 0, tag.length, this.byName);
    return end;
  }

  /** A start tag read by the text reader (attributes decoded). */
  private openNamed(name: string, a: XmlAttributes): void {
    this.openElements++;
    this.seenElements++;
    const element = ELEMENTS.get(name) ?? OTHER;
    if (element === TABLE_PART && a.id !== undefined) this.tableIds.push(a.id);
    if (element === ROW && this.inSheetData) {
      this.row = a.r !== undefined ? toIndex(a.r, MAX_ROWS, 'row') : this.row + 1;
      this.column = -1;
    } else if (element === C && this.inSheetData) {
      if (this.row < 0) this.row = 0;
      if (a.r !== undefined) ({ row: this.row, column: this.column } = cellPosition(a.r));
      else this.column++;
      this.enterCell(a.t ?? 'n', a.s === undefined ? 0 : Number(a.s));
    } else this.open(element);
  }

  private open(element: number): void {
    if (element === SHEET_DATA) this.inSheetData = true;
    if (!this.inSheetData) return;
    switch (element) {
      case ROW:
        this.row++;
        this.column = -1;
        return;
      case C:
        if (this.row < 0) this.row = 0;
        this.column++;
        this.enterCell('n', 0);
        return;
      case V:
        this.value = '';
        this.valueInBytes = false;
        this.into = INTO_VALUE;
        return;
      case F:
        this.formula = true;
        return;
      case IS:
        this.inInline = true;
        this.inline = '';
        return;
      case T:
        if (this.inInline && this.phonetic === 0) this.into = INTO_INLINE;
        return;
      case RPH:
        this.phonetic++;
        return;
    }
  }

  private closeCounted(element: number): void {
    this.openElements--;
    this.close(element);
  }

  private close(element: number): void {
    if (element === SHEET_DATA) this.inSheetData = false;
    if (!this.inSheetData) return;
    switch (element) {
      case V:
      case T:
        this.into = NOWHERE;
        return;
      case IS:
        this.inInline = false;
        return;
      case RPH:
        this.phonetic--;
        return;
      case C:
        this.endCell();
        return;
    }
  }

  /** Text (decoded) inside the current element. */
  private textString(text: string): void {
    if (this.valueInBytes) this.valueToText(this.bytes);
    if (this.into === INTO_VALUE) {
      this.value = (this.value ?? '') + text;
      this.valueInBytes = false;
    } else if (this.into === INTO_INLINE) this.inline += text;
  }

  /** Text [from, to) of the piece being read, with an ampersand in it or not. */
  private textBytes(bytes: Uint8Array, from: number, to: number, amp: boolean): void {
    if (this.into === INTO_VALUE && !amp && !this.valueInBytes && this.value === '') {
      this.valueInBytes = true;
      this.valueFrom = from;
      this.valueTo = to;
      return;
    }
    const t = text(bytes, from, to);
    this.textString(amp ? decodeEntities(t) : t);
  }

  private valueToText(bytes: Uint8Array): void {
    this.value = text(bytes, this.valueFrom, this.valueTo);
    this.valueInBytes = false;
  }

  /** The piece being read (values are read from its bytes). */
  private bytes: Uint8Array = new Uint8Array(0);

  private endCell(): void {
    if (this.valueInBytes && this.typeCode !== TYPE_OTHER && this.fastCell()) return;
    if (this.valueInBytes) this.valueToText(this.bytes);
    const cell: Cell = cellOf(this.type, this.value, this.inline, this.formula, this.style, this.context);
    if (cell === null) return;
    // A shared string read the long way (its value cut between two pieces) is kept as one all the
    // same: a column of them stays a label column, however the bytes were cut.
    if (this.typeCode === TYPE_SHARED && typeof cell === 'string') this.cells.setShared(this.row, this.column, Number(this.value));
    else this.cells.setCell(this.row, this.column, cell);
  }

  /** A plain number or shared-string index read from its bytes; false when it is not plain. */
  private fastCell(): boolean {
    const bytes = this.bytes;
    let i = this.valueFrom;
    const to = this.valueTo;
    if (this.typeCode === TYPE_SHARED) {
      if (to - i < 1 || to - i > 9) return false;
      let index = 0;
      for (; i < to; i++) {
        const d = bytes[i]! - ZERO;
        if (d < 0 || d > 9) return false;
        index = index * 10 + d;
      }
      if (index < this.context.sharedStrings.length) this.cells.setShared(this.row, this.column, index);
      return true;
    }
    const negative = bytes[i] === MINUS;
    if (negative) i++;
    let whole = 0;
    let digits = 0;
    let fraction = 0;
    let b = 0;
    for (; i < to; i++) {
      b = bytes[i]!;
      const d = b - ZERO;
      if (d < 0 || d > 9) break;
      whole = whole * 10 + d;
      digits++;
    }
    if (digits === 0) return false;
    if (i < to) {
      if (b !== DOT) return false;
      i++;
      const from = i;
      for (; i < to; i++) {
        const d = bytes[i]! - ZERO;
        if (d < 0 || d > 9) return false;
        whole = whole * 10 + d;
      }
      fraction = i - from;
      if (fraction === 0) return false;
      digits += fraction;
    }
    if (digits > 15) return false;
    const magnitude = fraction === 0 ? whole : whole / POW10[fraction]!;
    const n = negative ? -magnitude : magnitude;
    this.cells.setNumber(this.row, this.column, this.dates1904 && this.context.dates1904[this.style] === true ? n + DAYS_1904 : n);
    return true;
  }

  /** The element a local name [from, to) (its prefix skipped) stands for. */
  private elementOf(bytes: Uint8Array, from: number, to: number): number {
    for (let i = from; i < to; i++) {
      if (bytes[i] === COLON) {
        from = i + 1;
        break;
      }
    }
    const length = to - from;
    const first = bytes[from];
    if (length === 1) return first === 0x63 ? C : first === 0x76 ? V : first === 0x66 ? F : first === 0x74 ? T : OTHER;
    if (length === 3) {
      if (first === 0x72 && bytes[from + 1] === 0x6f && bytes[from + 2] === 0x77) return ROW;
      if (first === 0x72 && bytes[from + 1] === 0x50 && bytes[from + 2] === 0x68) return RPH;
      return OTHER;
    }
    if (length === 2) return first === 0x69 && bytes[from + 1] === 0x73 ? IS : OTHER;
    if (length === 9) {
      const element = ELEMENTS.get(text(bytes, from, to));
      return element === SHEET_DATA || element === TABLE_PART ? element : OTHER;
    }
    return OTHER;
  }
}

/**
 * Read a worksheet part's UTF-8 bytes, piece by piece, into `cells`; returns the reader (for its
 * tableIds). `joinBytes`: how much of a piece is joined to the cut token before it (tests vary it).
 */
export async function readSheetBytes(pieces: AsyncIterable<Uint8Array>, context: SheetContext, cells: SheetColumns, joinBytes = JOIN_BYTES): Promise<SheetBytes> {
  const reader = new SheetBytes(context, cells);
  let rest: Uint8Array = new Uint8Array(0);
  let first = true;
  for await (let piece of pieces) {
    if (first && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) piece = piece.subarray(3);
    first = false;
    let from = 0;
    if (rest.length > 0) {
      // The token cut at the piece's start: read it from the rest joined to the piece's first
      // bytes, not from a copy of the whole piece.
      const joined = Buffer.concat([rest, piece.subarray(0, joinBytes)]);
      const at = reader.read(joined);
      if (at >= rest.length) from = at - rest.length;
      else if (joined.length === rest.length + piece.length) {
        rest = joined.subarray(at);
        continue;
      } else {
        // A token longer than the join: join the whole piece.
        const whole = Buffer.concat([joined.subarray(at), piece.subarray(joinBytes)]);
        rest = whole.subarray(reader.read(whole));
        continue;
      }
    }
    rest = piece.subarray(reader.read(piece, from));
  }
  reader.end(rest);
  return reader;
}

/** Bytes of a piece joined to the rest of the one before. */
const JOIN_BYTES = 4096;
