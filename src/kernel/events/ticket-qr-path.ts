/**
 * Where the service serves a ticket's QR code: /events/ticket/<code>.png (src/http/ticket-qr.ts). The code is drawn
 * without being looked up, so the address tells nothing about whose ticket it is or whether it exists.
 */
export const TICKET_QR_ROUTE = '/events/ticket/:file';

export function ticketQrPath(code: string): string {
  return `/events/ticket/${code}.png`;
}
