import type { Config } from '../app/config.ts';

/** Where people reach this service: PUBLIC_URL, or this machine's PORT when there is none (local use). */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

export function dashboardLoginUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/dashboard/login?token=${token}`;
}
