import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/**
 * Reading credentials from a request: a Bearer token, a cookie, and comparing either with what we expect in
 * constant time. Secrets travel only in headers and form bodies, never in an address.
 */

/** Same length, constant time: both sides are hashed first, so neither length nor content leaks. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'knvl-compare').update(given).digest();
  const b = createHmac('sha256', 'knvl-compare').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The token of `Authorization: Bearer <token>`; null without an Authorization header, undefined when the header
 * is there but is not a Bearer token (a caller that sent credentials of another kind is refused, not ignored).
 */
export function bearerToken(request: FastifyRequest): string | null | undefined {
  const authorization = request.headers.authorization;
  if (authorization === undefined) return null;
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
}

/** A cookie's value from the request's Cookie header, or null. */
export function cookieNamed(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
