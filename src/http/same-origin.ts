import type { FastifyRequest } from 'fastify';

/**
 * Whether a state-changing request (a login or logout form) comes from our own pages. Browsers say where a
 * request comes from: `Sec-Fetch-Site` (same-origin, or none for a typed address) in current ones, `Origin` in
 * older ones, which must then be this very host. A request with neither is not from a browser page (curl, a
 * script) and cannot carry a victim's cookies across sites, so it passes.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const site = header(request, 'sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'none';
  const origin = header(request, 'origin');
  if (origin === null) return true;
  if (origin === 'null') return false; // sandboxed frames, file:// pages, some redirects
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value.trim().toLowerCase() : null;
}
