// A local stand-in for the Wikipedia REST/Action APIs and Wikidata, on 127.0.0.1, answering in
// the real formats (fixtures in tests/fixtures/wiki/) and with the failures the client must
// survive: 404, 429, malformed JSON, a hang past the timeout. Every request is logged.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '../fixtures/wiki');
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Api-User-Agent, Accept',
  'access-control-allow-methods': 'GET',
};

async function fixture(name) {
  try {
    return await readFile(resolve(DIR, `${name}.json`), 'utf8');
  } catch {
    return null;
  }
}

export async function startWikiMock({ hangMs = 3000 } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'OPTIONS') return res.writeHead(204, CORS).end();
    log.push(`${url.pathname}${url.search}`);
    const send = (status, body) =>
      res.writeHead(status, { ...CORS, 'content-type': 'application/json; charset=utf-8' }).end(body);
    let m = /^\/wp\/([a-z]+)\/api\/rest_v1\/page\/summary\/(.+)$/.exec(url.pathname);
    if (m) {
      const title = decodeURIComponent(m[2]);
      if (title === 'Rate_Limited')
        return send(429, '{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/too_many_requests"}');
      if (title === 'Broken') return send(200, '{"type": "standard", "title": ');
      if (title === 'Slow') return setTimeout(() => send(200, '{}'), hangMs);
      if (title === 'Mercury') return send(200, await fixture('summary-disambiguation'));
      const body = await fixture(`summary-${m[1]}-${title}`);
      return body
        ? send(200, body)
        : send(404, '{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found","title":"Not found."}');
    }
    m = /^\/wp\/([a-z]+)\/w\/api\.php$/.exec(url.pathname);
    if (m && url.searchParams.get('list') === 'search') {
      const q = url.searchParams.get('srsearch') ?? '';
      return send(
        200,
        (await fixture(`search-${m[1]}-${q.replace(/ /g, '_')}`)) ??
          '{"batchcomplete":"","query":{"searchinfo":{"totalhits":0},"search":[]}}',
      );
    }
    if (url.pathname === '/wd/w/api.php' && url.searchParams.get('action') === 'wbgetentities') {
      const ids = url.searchParams.get('ids') ?? '';
      const props = url.searchParams.get('props') ?? '';
      const body =
        props === 'labels' ? await fixture(`wikidata-labels-${ids.replace(/\|/g, '-')}`) : await fixture(`wikidata-${ids}`);
      return body ? send(200, body) : send(200, '{"entities":{},"success":1}');
    }
    send(404, '{}');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** The API base Gloss should use: same shape as src/lib/wiki/types.ts ApiBase. */
    base: { wikipedia: `${origin}/wp/{lang}`, wikidata: `${origin}/wd` },
    log,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
