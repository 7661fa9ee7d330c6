/**
 * A locked month as the text of a custom XML part: one element in the add-in's own namespace whose
 * attributes say the format's version, the follow-up and the time of the lock (readable even when
 * the rest is damaged), and whose text is the lock as JSON. Amounts are integer öre written as
 * strings ("-1234500"), never floats. Reading accepts what an XML writer may change on the way
 * (a declaration, either quote, a prefix, CDATA, character references) and refuses the rest.
 */
import { moneyFromOre, type Money } from '../money';
import { isFiscalStart } from '../fiscal/fiscalYear';
import { LOCKED_FIGURES, type LockedAccountLine, type LockedFigure, type LockedMonth, type LockedRow } from './lockedMonth';

/** The namespace of the add-in's lock parts (a fully qualified URI, as getByNamespace wants: a URN, so the add-in names no web host it does not call). */
export const LOCK_NAMESPACE = 'urn:schemas-budgetuppfoljning:locked-month';
/** The format written now; a part of another version is reported, not guessed at. */
export const LOCK_VERSION = '1';
const ROOT = 'lockedMonth';

/** What a lock part says of itself even when its content cannot be used. */
export interface LockHeader {
  readonly version: string;
  readonly followUpId: string;
  readonly lockedAt: string;
}

/** Why a lock part cannot be used: damaged, or written by another version of the add-in. */
export type LockProblem =
  | { readonly problem: 'damaged'; readonly header: Partial<LockHeader> }
  | { readonly problem: 'version'; readonly header: LockHeader };

/** The XML of a lock. */
export function lockXml(l: LockedMonth): string {
  const body = {
    settings: l.settings,
    organisation: l.organisation,
    period: l.period,
    sign: l.sign,
    figures: LOCKED_FIGURES,
    rows: l.rows.map((r) => ({ path: r.path, kind: r.kind, figures: LOCKED_FIGURES.map((k) => oreText(r.figures[k])) })),
    // Read by this version and later; an add-in from before account lines were kept ignores them.
    ...(l.accounts ? { accounts: l.accounts.map((a) => ({ kind: a.kind, name: a.name, figures: LOCKED_FIGURES.map((k) => oreText(a.figures[k])) })) } : {}),
    comments: Object.fromEntries(l.comments),
  };
  const attributes = `xmlns="${LOCK_NAMESPACE}" version="${LOCK_VERSION}" followUp="${escapeXml(l.followUpId)}" lockedAt="${escapeXml(l.lockedAt)}"`;
  return `<${ROOT} ${attributes}>${escapeXml(JSON.stringify(body))}</${ROOT}>`;
}

/** The lock in a part's XML, or why there is none. */
export function readLockXml(xml: string): LockedMonth | LockProblem {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?lockedMonth\b([^>]*)>([\s\S]*)<\/(?:[\w.-]+:)?lockedMonth\s*>\s*$/.exec(xml);
  if (m === null) return { problem: 'damaged', header: {} };
  const attrs = attributesOf(m[1]!);
  const header = { version: attrs.get('version'), followUpId: attrs.get('followUp'), lockedAt: attrs.get('lockedAt') };
  const known: Partial<LockHeader> = Object.fromEntries(Object.entries(header).filter(([, v]) => v !== undefined));
  if (header.version === undefined || header.followUpId === undefined || header.lockedAt === undefined) return { problem: 'damaged', header: known };
  const full: LockHeader = { version: header.version, followUpId: header.followUpId, lockedAt: header.lockedAt };
  if (full.version !== LOCK_VERSION) return { problem: 'version', header: full };
  const text = textOf(m[2]!);
  let body: unknown;
  try {
    body = text === null ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  const lock = body === null ? null : lockOf(body, full);
  return lock ?? { problem: 'damaged', header: full };
}

/** Whether a read gave a problem rather than a lock. */
export function isLockProblem(r: LockedMonth | LockProblem): r is LockProblem {
  return 'problem' in r;
}

const oreText = (m: Money | null): string | null => (m === null ? null : String(m));

/** XML text and attribute escaping (the five predefined entities where they matter). */
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolve entity and character references; null when one is unknown or a bare "&" stands (the text is damaged). */
function unescapeXml(s: string): string | null {
  const reference = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g;
  if (/&/.test(s.replace(reference, ''))) return null;
  let bad = false;
  const out = s.replace(reference, (_, ref: string) => {
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : ref.startsWith('#') ? parseInt(ref.slice(1), 10) : null;
    if (code === null) {
      const e = ENTITIES[ref];
      if (e === undefined) bad = true;
      return e ?? '';
    }
    if (code > 0x10ffff) bad = true;
    return bad ? '' : String.fromCodePoint(code);
  });
  return bad ? null : out;
}

/** The element's text: escaped text and CDATA sections; null when it holds markup or a bad reference. */
function textOf(content: string): string | null {
  let out = '';
  const parts = content.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  for (const part of parts) {
    if (part.startsWith('<![CDATA[')) {
      out += part.slice(9, -3);
      continue;
    }
    if (part.includes('<')) return null;
    const text = unescapeXml(part);
    if (text === null) return null;
    out += text;
  }
  return out;
}

/** The attributes of a start tag, by local name (a prefix is dropped); values unescaped. */
function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = a[1]!.includes(':') && !a[1]!.startsWith('xmlns') ? a[1]!.slice(a[1]!.indexOf(':') + 1) : a[1]!;
    const value = unescapeXml(a[2] ?? a[3] ?? '');
    if (value !== null) out.set(name, value);
  }
  return out;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The lock in a parsed body, or null when any part of it is not as written. */
function lockOf(b: unknown, h: LockHeader): LockedMonth | null {
  if (!isObj(b) || typeof b.settings !== 'string' || typeof b.organisation !== 'string') return null;
  if (b.sign !== 'debit' && b.sign !== 'result') return null;
  const p = b.period;
  if (!isObj(p) || !isInt(p.year) || !isInt(p.month) || !isInt(p.months) || p.month < 1 || p.month > 12 || (p.fiscalStart !== undefined && !isFiscalStart(p.fiscalStart))) return null;
  if (!isStrings(b.figures) || !Array.isArray(b.rows) || !isObj(b.comments)) return null;
  const names = b.figures;
  // The figures a difference needs must be there; others this version does not know are ignored.
  if (!names.includes('ytdActual') || !names.includes('ytdDeviation')) return null;
  const rows: LockedRow[] = [];
  for (const r of b.rows as unknown[]) {
    const row = rowOf(r, names);
    if (row === null) return null;
    rows.push(row);
  }
  // Absent in a lock made before account lines were kept: no account changes are shown then.
  let accounts: LockedAccountLine[] | undefined;
  if (b.accounts !== undefined) {
    if (!Array.isArray(b.accounts)) return null;
    accounts = [];
    for (const a of b.accounts as unknown[]) {
      const line = accountLineOf(a, names);
      if (line === null) return null;
      accounts.push(line);
    }
  }
  const comments = Object.entries(b.comments);
  if (!comments.every(([, v]) => typeof v === 'string')) return null;
  const period = { year: p.year, month: p.month, months: p.months, ...(isInt(p.fiscalStart) ? { fiscalStart: p.fiscalStart } : {}) };
  return { followUpId: h.followUpId, lockedAt: h.lockedAt, settings: b.settings, organisation: b.organisation, period, sign: b.sign, rows, ...(accounts ? { accounts } : {}), comments: new Map(comments as [string, string][]) };
}

function rowOf(r: unknown, names: readonly string[]): LockedRow | null {
  if (!isObj(r) || !isStrings(r.path) || (r.kind !== 'unit' && r.kind !== 'parent' && r.kind !== 'total')) return null;
  const figures = figuresOf(r.figures, names);
  return figures === null ? null : { path: r.path, kind: r.kind, figures };
}

const ACCOUNT_KINDS: readonly unknown[] = ['revenue', 'cost', 'financial', 'group'] satisfies readonly LockedAccountLine['kind'][];

function accountLineOf(a: unknown, names: readonly string[]): LockedAccountLine | null {
  if (!isObj(a) || !ACCOUNT_KINDS.includes(a.kind) || (a.name !== null && typeof a.name !== 'string')) return null;
  const figures = figuresOf(a.figures, names);
  return figures === null ? null : { kind: a.kind as LockedAccountLine['kind'], name: a.name, figures };
}

/** A row's or line's figures written in the order of `names`; null when one is not whole öre or the two a difference needs are missing. */
function figuresOf(v: unknown, names: readonly string[]): Record<LockedFigure, Money | null> | null {
  if (!Array.isArray(v) || v.length !== names.length) return null;
  const figures = Object.fromEntries(LOCKED_FIGURES.map((k) => [k, null])) as Record<LockedFigure, Money | null>;
  for (const [i, name] of names.entries()) {
    const x: unknown = v[i];
    const known = (LOCKED_FIGURES as readonly string[]).includes(name);
    if (x === null) continue;
    const ore = typeof x === 'string' && /^-?\d{1,16}$/.test(x) ? Number(x) : NaN;
    if (!Number.isSafeInteger(ore)) return null;
    if (known) figures[name as LockedFigure] = moneyFromOre(ore === 0 ? 0 : ore);
  }
  return figures.ytdActual === null || figures.ytdDeviation === null ? null : figures;
}
