/**
 * Display text of a value under a number format (`Range.text`, and the width estimate behind
 * `autofitColumns`). It covers what reports use: General, Text '@', '0', '0.0', '#,##0', '#,##0.0',
 * percentages, up to three ';' sections with [Color] tags, quoted literals, and 'yyyy-mm-dd'.
 * Separators are en-US (',' thousands, '.' decimals); real Excel uses the user's locale.
 */
import { CellError, type Stored } from './cellStore';

/** Excel's General format: up to 11 characters, scientific beyond. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [mant, exp] = n.toExponential(5).split('e');
    const e = Number(exp);
    return `${String(Number(mant))}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs || 1)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return String(Number(n.toFixed(decimals)));
}

/** Date parts of an Excel serial (1900 system). */
function serialDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
}

/** Format a date serial with y/m/d tokens. */
function formatDate(serial: number, pattern: string): string {
  const d = serialDate(serial);
  const pad = (x: number): string => String(x).padStart(2, '0');
  return pattern
    .replace(/yyyy/gi, String(d.getUTCFullYear()))
    .replace(/yy/gi, pad(d.getUTCFullYear() % 100))
    .replace(/mm/gi, pad(d.getUTCMonth() + 1))
    .replace(/dd/gi, pad(d.getUTCDate()));
}

/** Format a non-negative number with one section like '#,##0.00%'. */
function formatSection(n: number, section: string): string {
  const literal = section.replace(/\[[^\]]*\]/g, '').replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  if (/[yd]/i.test(literal) && /m/i.test(literal)) return formatDate(n, literal);
  const match = /[#0,.]*[0#][#0,.]*/.exec(literal);
  if (!match) return literal;
  const spec = match[0];
  const percent = literal.includes('%');
  const value = percent ? n * 100 : n;
  const dot = spec.indexOf('.');
  const decimals = dot < 0 ? 0 : spec.length - dot - 1 - (spec.slice(dot + 1).match(/,/g)?.length ?? 0);
  const grouped = spec.slice(0, dot < 0 ? undefined : dot).includes(',');
  let text = value.toFixed(decimals);
  if (grouped) {
    const [int, frac] = text.split('.');
    text = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  }
  return literal.slice(0, match.index) + text + literal.slice(match.index + spec.length);
}

/** The text Excel shows for a value under a number format. */
export function displayText(value: Stored | undefined, numberFormat: string): string {
  if (value === undefined) return '';
  if (value instanceof CellError) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat === 'General' || numberFormat === '' || numberFormat === '@') return general(value);
  const sections = numberFormat.split(';');
  if (value < 0 && sections.length > 1) return formatSection(-value, sections[1]!);
  if (value === 0 && sections.length > 2) return formatSection(0, sections[2]!);
  const text = formatSection(Math.abs(value), sections[0]!);
  return value < 0 && text !== '' && /[1-9]/.test(text) ? `-${text}` : text;
}
