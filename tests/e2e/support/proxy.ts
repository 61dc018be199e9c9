/**
 * A recording proxy for the privacy tests: the browser sends every request
 * that is not to 127.0.0.1 through it, and it answers none of them (502, or
 * a closed tunnel for https). What it records is everything the browser
 * tried to fetch from the network.
 */
import { createServer, type Server } from 'node:http';

export interface RecordingProxy {
  port: number;
  /** `http://host/path` for plain requests, `https://host:port` for tunnels. */
  seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send every request not to 127.0.0.1 through the proxy on `port`. */
export function firefoxProxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    // 127.0.0.1 (the page itself) stays direct.
    'network.proxy.allow_hijacking_localhost': false,
  };
}

/** The host name a recorded request went to. */
export const hostOf = (recorded: string): string => new URL(recorded).hostname;

/**
 * The browsers' own background requests (update checks, sign-in, autofill,
 * Firefox's settings service): made with or without Folio, never by Folio's
 * code, which no page of its may fetch anyway (CSP `connect-src 'self'`).
 */
export const BROWSER_INFRASTRUCTURE =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

/** Chromium flags that quiet most of its own background traffic. */
export const QUIET_CHROMIUM = [
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--disable-default-apps',
];
