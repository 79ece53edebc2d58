import net from 'node:net';

/** Sends one PING over a raw socket; resolves on +PONG (or a NOAUTH reply: the server is up). */
export function pingRedisPort(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      const reply = data.toString();
      if (reply.startsWith('+PONG') || reply.startsWith('-NOAUTH')) resolve();
      else reject(new Error(`unexpected reply ${reply.trim().slice(0, 80)}`));
    });
    socket.once('timeout', () => fail(new Error('timeout')));
    socket.once('error', fail);
  });
}
