/**
 * Where the service serves a registration link's QR code: /links/qr/<payload>.png (src/http/link-qr.ts). The
 * payload names only a commune, a trade or a vacancy: no personal data is in the address.
 */
export const QR_ROUTE = '/links/qr/:file';

export function qrPath(payload: string): string {
  return `/links/qr/${payload}.png`;
}
