import QRCode from 'qrcode';

/**
 * A registration link as a QR code, for a poster (PNG or SVG) or a terminal. Medium error correction, so a
 * printed code still reads when a corner is creased or dirty. No I/O: the caller writes or sends the result.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width: 512 });
}

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg' });
}

/** For a terminal: half-height blocks, readable by a phone held to the screen. */
export function qrTerminal(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'terminal', small: true });
}
