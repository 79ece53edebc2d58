import http from 'node:http';
import https from 'node:https';

/**
 * Keep-alive connections for grammY's HTTP client (node-fetch v2, which otherwise opens a new connection — and
 * against api.telegram.org a new TLS handshake — for every call). One pool per process, shared by every Api.
 */
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 128, keepAliveMsecs: 10_000 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 128, keepAliveMsecs: 10_000 });

/** The `baseFetchConfig` every grammY Api here uses (node-fetch takes an agent chooser per URL). */
export const TELEGRAM_FETCH_CONFIG = {
  agent: (url: URL) => (url.protocol === 'http:' ? httpAgent : httpsAgent),
  compress: true,
} as Record<string, unknown>;
