/** Reading query-string parameters with clear 400 errors instead of silent defaults for bad values. */
import { badRequest } from './errors.js';

export type Query = Record<string, string | string[] | undefined>;

export function str(q: Query, name: string): string | null {
  const v = q[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === '' ? null : s;
}

export function int(q: Query, name: string, dflt: number, min: number, max: number): number {
  const s = str(q, name);
  if (s === null) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badRequest(`${name} must be a whole number from ${min} to ${max}, got "${s.slice(0, 40)}"`);
  }
  return n;
}

export function oneOf<T extends string>(q: Query, name: string, allowed: readonly T[], dflt: T | null): T | null {
  const s = str(q, name);
  if (s === null) return dflt;
  if (!(allowed as readonly string[]).includes(s)) {
    throw badRequest(`${name} must be one of ${allowed.join(', ')}, got "${s.slice(0, 40)}"`);
  }
  return s as T;
}

/** An ISO date (YYYY-MM-DD, optionally with time); returns the day part. */
export function date(q: Query, name: string): string | null {
  const s = str(q, name);
  if (s === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(Date.parse(s.slice(0, 10)))) {
    throw badRequest(`${name} must be an ISO date like 2025-03-11, got "${s.slice(0, 40)}"`);
  }
  return s.slice(0, 10);
}
