// The web app's initial JavaScript: the scripts and module preloads index.html loads before any lazy route.
// Shared by the bundle-size check (npm test) and the front-end bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** File names (relative to the browser build folder) that index.html loads up front. */
export function initialScriptFiles(browserDir) {
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  return [...new Set(files)];
}

/** Raw and gzip (level 9, as a web server would precompress) byte counts of one built file. */
export function fileSizes(browserDir, file) {
  const bytes = readFileSync(join(browserDir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
