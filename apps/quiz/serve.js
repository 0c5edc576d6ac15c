// Serves the built site as a static host would: files from build/, precompressed copies where the
// browser accepts them, and the friendly 404 page (with a 404 status) for any unknown address.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const root = new URL('./build/', import.meta.url);
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

let notFound;
try {
  notFound = readFileSync(new URL('404.html', root));
} catch {
  console.error('build/404.html is missing: run `pnpm build` in apps/quiz first.');
  process.exit(1);
}

const files = sirv(root.pathname, {
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders(res, pathname) {
    // Kit names these files by content hash, so they never change under the same name.
    if (pathname.startsWith('/_app/immutable/')) {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    }
  },
});

createServer((req, res) =>
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  }),
).listen(port, host, () => console.log(`Attribution Lab quiz: http://${host}:${port}/`));
