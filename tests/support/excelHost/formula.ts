/**
 * A small formula evaluator, so a formula written through the API reads back a plausible value:
 * numbers, strings, TRUE/FALSE, references ('B2', '$B$2', 'Blad1!B2', "'My sheet'!B2:C9"),
 * + - * / ^ & % and comparisons, and SUM AVERAGE MIN MAX COUNT COUNTA ABS ROUND IF IFERROR AND OR NOT.
 * A bare name ('=x', '=@x', '=-x') is the workbook's defined name of that name (its formula
 * evaluated), else '#NAME?'. Anything
 * else is `unsupported`: the caller then shows the cached result from the file, or '#NAME?'.
 */
import { parseRect, splitSheet, type Rect } from './address';
import { CellError, type Stored } from './cellStore';

/** Reads a cell (a formula cell already evaluated); sheet null = the formula's own sheet. */
export type CellReader = (sheet: string | null, row: number, col: number) => Stored | undefined;

/** The formula of a defined name ('=Blad1!$A$1'), or undefined when the workbook has none of that name. */
export type NameReader = (name: string) => string | undefined;

/** A formula's result, or `unsupported` when the evaluator cannot compute it. */
export type Evaluation = { kind: 'value'; value: Stored } | { kind: 'unsupported' };

type Scalar = number | string | boolean | CellError;
type Val = Scalar | { kind: 'range'; cells: (Stored | undefined)[] };

class Unsupported extends Error {}

const TOKEN =
  /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|([A-Za-z_][\w.]*)|(#REF!(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)?|#[A-Z/0!?]+[!?A]?)|(<>|<=|>=|[-+*/^&%=<>(),@:]))/y;

interface Token {
  type: 'num' | 'str' | 'ref' | 'name' | 'err' | 'op';
  text: string;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new Unsupported(src);
    const [, num, str, sheetRef, ref, name, err, op] = m;
    if (num !== undefined) out.push({ type: 'num', text: num });
    else if (str !== undefined) out.push({ type: 'str', text: str.slice(1, -1).replace(/""/g, '"') });
    else if (sheetRef !== undefined || ref !== undefined) out.push({ type: 'ref', text: (sheetRef ?? ref)! });
    else if (name !== undefined) out.push({ type: 'name', text: name });
    // A reference to a deleted sheet reads '#REF!F12' (references.ts): the error #REF!.
    else if (err !== undefined) out.push({ type: 'err', text: err.startsWith('#REF!') ? '#REF!' : err });
    else out.push({ type: 'op', text: op! });
  }
  return out;
}

const toNumber = (v: Scalar | undefined): number | CellError => {
  if (v === undefined || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof CellError) return v;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : new CellError('#VALUE!');
};

const scalarOf = (v: Val): Scalar => (typeof v === 'object' && !(v instanceof CellError) ? v.cells[0] ?? 0 : v);

/** Numbers of function arguments the way SUM sees them (text and booleans in ranges skipped). */
function numbersOf(args: Val[]): number[] | CellError {
  const out: number[] = [];
  for (const a of args) {
    if (typeof a === 'object' && !(a instanceof CellError)) {
      for (const c of a.cells) {
        if (c instanceof CellError) return c;
        if (typeof c === 'number') out.push(c);
      }
    } else {
      const n = toNumber(a);
      if (n instanceof CellError) return n;
      out.push(n);
    }
  }
  return out;
}

const FUNCTIONS: Record<string, (args: Val[]) => Scalar> = {
  SUM: (a) => { const n = numbersOf(a); return n instanceof CellError ? n : n.reduce((s, x) => s + x, 0); },
  AVERAGE: (a) => { const n = numbersOf(a); return n instanceof CellError ? n : n.length ? n.reduce((s, x) => s + x, 0) / n.length : new CellError('#DIV/0!'); },
  MIN: (a) => { const n = numbersOf(a); return n instanceof CellError ? n : n.length ? Math.min(...n) : 0; },
  MAX: (a) => { const n = numbersOf(a); return n instanceof CellError ? n : n.length ? Math.max(...n) : 0; },
  COUNT: (a) => { const n = numbersOf(a); return n instanceof CellError ? 0 : n.length; },
  COUNTA: (a) => a.reduce<number>((s, v) => s + (typeof v === 'object' && !(v instanceof CellError) ? v.cells.filter((c) => c !== undefined).length : 1), 0),
  ABS: (a) => { const n = toNumber(scalarOf(a[0] ?? 0)); return n instanceof CellError ? n : Math.abs(n); },
  ROUND: (a) => {
    const n = toNumber(scalarOf(a[0] ?? 0));
    const d = toNumber(scalarOf(a[1] ?? 0));
    if (n instanceof CellError) return n;
    if (d instanceof CellError) return d;
    const f = 10 ** Math.trunc(d);
    return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
  },
  IF: (a) => {
    const c = scalarOf(a[0] ?? false);
    if (c instanceof CellError) return c;
    const t = toNumber(c);
    return scalarOf(t instanceof CellError ? new CellError('#VALUE!') : t !== 0 ? a[1] ?? true : a[2] ?? false);
  },
  IFERROR: (a) => { const v = scalarOf(a[0] ?? 0); return v instanceof CellError ? scalarOf(a[1] ?? '') : v; },
  AND: (a) => { const n = numbersOf(a); return n instanceof CellError ? n : n.every((x) => x !== 0); },
  OR: (a) => { const n = numbersOf(a); return n instanceof CellError ? n : n.some((x) => x !== 0); },
  NOT: (a) => { const n = toNumber(scalarOf(a[0] ?? false)); return n instanceof CellError ? n : n === 0; },
};

/** Recursive-descent evaluation over the token list. */
class Evaluator {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly read: CellReader, private readonly names: NameReader, private readonly depth = 0) {}

  run(): Scalar {
    return scalarOf(this.whole());
  }

  /** The whole token list as one expression (a range stays a range). */
  whole(): Val {
    const v = this.comparison();
    if (this.i < this.tokens.length) throw new Unsupported('trailing tokens');
    return v;
  }

  /** A defined name: its formula evaluated (a name referring to itself is unsupported). */
  private definedName(formula: string): Val {
    if (this.depth > 16) throw new Unsupported('name nesting');
    return new Evaluator(tokenize(formula.replace(/^=/, '')), this.read, this.names, this.depth + 1).whole();
  }

  private peek(): Token | undefined { return this.tokens[this.i]; }
  private isOp(text: string): boolean { const t = this.peek(); return t?.type === 'op' && t.text === text; }
  private expect(text: string): void { if (!this.isOp(text)) throw new Unsupported(text); this.i++; }

  private binary(next: () => Val, ops: string[], apply: (op: string, a: Scalar, b: Scalar) => Scalar): Val {
    let left = next();
    while (ops.some((o) => this.isOp(o))) {
      const op = this.tokens[this.i++]!.text;
      const right = next();
      const a = scalarOf(left);
      const b = scalarOf(right);
      left = a instanceof CellError ? a : b instanceof CellError ? b : apply(op, a, b);
    }
    return left;
  }

  private comparison(): Val {
    return this.binary(() => this.concat(), ['=', '<>', '<=', '>=', '<', '>'], (op, a, b) => {
      const x = typeof a === 'string' ? a.toLowerCase() : a;
      const y = typeof b === 'string' ? b.toLowerCase() : b;
      switch (op) {
        case '=': return x === y;
        case '<>': return x !== y;
        case '<': return x < y;
        case '>': return x > y;
        case '<=': return x <= y;
        default: return x >= y;
      }
    });
  }

  private concat(): Val {
    return this.binary(() => this.additive(), ['&'], (_op, a, b) => `${String(a)}${String(b)}`);
  }

  private arithmetic(op: string, a: Scalar, b: Scalar): Scalar {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x instanceof CellError) return x;
    if (y instanceof CellError) return y;
    if (op === '+') return x + y;
    if (op === '-') return x - y;
    if (op === '*') return x * y;
    if (op === '^') return x ** y;
    return y === 0 ? new CellError('#DIV/0!') : x / y;
  }

  private additive(): Val { return this.binary(() => this.term(), ['+', '-'], (op, a, b) => this.arithmetic(op, a, b)); }
  private term(): Val { return this.binary(() => this.power(), ['*', '/'], (op, a, b) => this.arithmetic(op, a, b)); }
  private power(): Val { return this.binary(() => this.unary(), ['^'], (op, a, b) => this.arithmetic(op, a, b)); }

  private unary(): Val {
    if (this.isOp('-') || this.isOp('+')) {
      const op = this.tokens[this.i++]!.text;
      const v = this.unary();
      return op === '-' ? this.arithmetic('-', 0, scalarOf(v)) : v;
    }
    if (this.isOp('@')) {
      this.i++;
      return this.unary();
    }
    const v = this.primary();
    if (this.isOp('%')) {
      this.i++;
      return this.arithmetic('/', scalarOf(v), 100);
    }
    return v;
  }

  private primary(): Val {
    const t = this.tokens[this.i++];
    if (!t) throw new Unsupported('end');
    if (t.type === 'num') return Number(t.text);
    if (t.type === 'str') return t.text;
    if (t.type === 'err') return new CellError(t.text);
    if (t.type === 'ref') return this.reference(t.text);
    if (t.type === 'op' && t.text === '(') {
      const v = this.comparison();
      this.expect(')');
      return v;
    }
    if (t.type === 'name') {
      const upper = t.text.toUpperCase();
      if (this.isOp('(')) return this.call(upper);
      if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
      const defined = this.names(t.text);
      return defined === undefined ? new CellError('#NAME?') : this.definedName(defined);
    }
    throw new Unsupported(t.text);
  }

  private call(name: string): Val {
    const fn = FUNCTIONS[name];
    if (!fn) throw new Unsupported(name);
    this.expect('(');
    const args: Val[] = [];
    if (!this.isOp(')')) {
      args.push(this.comparison());
      while (this.isOp(',')) {
        this.i++;
        args.push(this.comparison());
      }
    }
    this.expect(')');
    return fn(args);
  }

  private reference(text: string): Val {
    const { sheet, range } = splitSheet(text);
    const rect: Rect | null = parseRect(range);
    if (!rect) return new CellError('#REF!');
    const cells: (Stored | undefined)[] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) cells.push(this.read(sheet, r, c));
    }
    if (cells.length === 1) return cells[0] ?? 0;
    return { kind: 'range', cells };
  }
}

/** Evaluate a formula (with its leading '='). */
export function evaluateFormula(formula: string, read: CellReader, names: NameReader = () => undefined): Evaluation {
  try {
    const value = new Evaluator(tokenize(formula.replace(/^=/, '')), read, names).run();
    return { kind: 'value', value };
  } catch (error) {
    if (error instanceof Unsupported) return { kind: 'unsupported' };
    if (error instanceof RangeError) return { kind: 'value', value: new CellError('#NUM!') };
    throw error;
  }
}
