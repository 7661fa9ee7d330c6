/**
 * Cheap estimates of JSON length, used to enforce Excel on the web's 5 MB request and response
 * limits without stringifying megabytes. For strings, numbers, booleans, null and arrays of them
 * the estimate equals `JSON.stringify(value).length`; objects are stringified (they are small).
 */

// Quotes, backslashes, control characters and surrogates are the characters JSON may escape.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

// Globals cached in module bindings: inside a vm context (Jest) every global lookup goes through
// an interceptor, which made a million-cell estimate ten times slower.
const { isSafeInteger } = Number;
const { isArray } = Array;
const { stringify } = JSON;

/** JSON length of a string. */
function stringSize(s: string): number {
  return NEEDS_ESCAPE.test(s) ? stringify(s).length : s.length + 2;
}

/** JSON length of a number (integers counted by digits, the rest through string conversion). */
function numberSize(n: number): number {
  if (n - n !== 0) return 4; // NaN and ±Infinity: JSON writes null
  if (isSafeInteger(n)) {
    const a = n < 0 ? -n : n;
    let len = n < 0 ? 2 : 1;
    for (let p = 10; a >= p && len < 17; p *= 10) len++;
    return len;
  }
  return ('' + n).length;
}

/** JSON length of `value` (undefined counts as null, as inside arrays). */
export function jsonSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringSize(value);
    case 'number':
      return numberSize(value);
    case 'boolean':
      return value ? 4 : 5;
    case 'undefined':
      return 4;
    case 'object': {
      if (value === null) return 4;
      if (isArray(value)) {
        let size = 2 + Math.max(0, value.length - 1);
        for (const item of value as unknown[]) size += jsonSize(item);
        return size;
      }
      return stringify(value)?.length ?? 4;
    }
    default:
      return 4;
  }
}

/** Bytes a queued action costs besides its arguments (ids, names, object path), like office.js's JSON. */
export const ACTION_OVERHEAD = 100;

/** Bytes a loaded object costs in the response besides its values. */
export const OBJECT_OVERHEAD = 40;
