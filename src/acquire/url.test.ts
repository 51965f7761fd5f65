import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startServer, type TestServer } from "../../test/http-server.ts";
import { InputError } from "../pipeline/errors.ts";
import { type FetchOptions, fetchUrl, isNonPublicAddress } from "./url.ts";

const OPTIONS: FetchOptions = {
  maxBytes: 1_000_000,
  timeoutMs: 2_000,
  maxRedirects: 3,
  allowPrivate: true,
  userAgent: "Rasd/test",
};

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

test("url.ts: private, loopback and link-local addresses are told from public ones", () => {
  const cases: Array<[string, boolean]> = [
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.20.0.1", true],
    ["192.168.1.10", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["fe80::1", true],
    ["fd12:3456::1", true],
    ["::ffff:127.0.0.1", true],
    ["8.8.8.8", false],
    ["151.101.1.69", false],
    ["2001:4860:4860::8888", false],
  ];
  for (const [address, expected] of cases)
    assert.equal(isNonPublicAddress(address), expected, `url.ts: ${address}`);
});

test("url.ts: a page is fetched, redirects followed, gzip and the declared charset handed on", async () => {
  const page = await fetchUrl(`${server.url}/redirect`, OPTIONS);
  assert.equal(page.url, `${server.url}/page/1`, "url.ts: final URL after the redirect");
  assert.match(page.body.toString("utf8"), /اجتماع اللجنة المشتركة رقم 1/u);
  const zipped = await fetchUrl(`${server.url}/gzip`, OPTIONS);
  assert.match(zipped.body.toString("utf8"), /رقم 7/u, "url.ts: gzip");
  const legacy = await fetchUrl(`${server.url}/cp1256`, OPTIONS);
  assert.equal(legacy.charset, "windows-1256", "url.ts: charset from Content-Type");
});

const FAILURES: Array<[string, string, Partial<FetchOptions>, RegExp]> = [
  [
    "a loopback address without --allow-private",
    "/page/1",
    { allowPrivate: false },
    /private, loopback or link-local.*--allow-private/u,
  ],
  ["a redirect loop", "/loop", {}, /redirect loop/u],
  ["too many redirects", "/chain/0", {}, /more than 3 redirects/u],
  ["a wrong content type", "/image", {}, /sent image\/png/u],
  ["a declared size above the cap", "/big", {}, /above the .* cap.*--max-bytes/u],
  ["a streamed size above the cap", "/stream-big", { maxBytes: 100_000 }, /larger than the .* cap/u],
  ["no answer", "/slow", { timeoutMs: 300 }, /no answer within 0.3 s/u],
  ["HTTP 404", "/missing", {}, /HTTP 404/u],
];

for (const [what, path, options, message] of FAILURES) {
  test(`url.ts: ${what} is one clear InputError`, async () => {
    await assert.rejects(
      fetchUrl(`${server.url}${path}`, { ...OPTIONS, ...options }),
      (e: unknown) =>
        e instanceof InputError && message.test(e.problem) && e.input === `${server.url}${path}`,
      `url.ts: ${what}`,
    );
  });
}

test("url.ts: an unreachable port and a non-http scheme are refused clearly", async () => {
  const closed = await startServer();
  const url = `${closed.url}/page/1`;
  await closed.close();
  await assert.rejects(fetchUrl(url, OPTIONS), /connection refused/u, "url.ts: closed port");
  await assert.rejects(
    fetchUrl("ftp://127.0.0.1/x", OPTIONS),
    /ftp: URLs are not fetched/u,
    "url.ts: scheme",
  );
  await assert.rejects(fetchUrl("http://", OPTIONS), /not a valid URL/u, "url.ts: invalid");
});
