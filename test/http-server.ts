// An in-process HTTP server on 127.0.0.1 for acquire tests: pages, feeds, redirects and failures.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

/** An own-written article page: `n` makes each page's text different. */
export function articlePage(n: number): string {
  const places = ["عمّان", "الرباط", "مسقط", "الكويت", "تونس", "الدوحة", "بيروت", "نواكشوط"];
  const place = places[n % places.length] as string;
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>اجتماع اللجنة المشتركة رقم ${n} في ${place} - موقع الاختبار</title>
<meta property="og:title" content="اجتماع اللجنة المشتركة رقم ${n} في ${place}">
<meta property="og:site_name" content="موقع الاختبار">
<meta property="article:published_time" content="2024-05-${String((n % 28) + 1).padStart(2, "0")}T08:00:00Z">
</head><body><nav><a href="/">الرئيسية</a><a href="/world">العالم</a></nav>
<div class="share-bar"><a href="#">شارك الخبر</a></div>
<article><h1>اجتماع اللجنة المشتركة رقم ${n} في ${place}</h1>
<p>عقدت اللجنة المشتركة اجتماعها رقم ${n} في مدينة ${place}، وناقشت خلاله ملفات التعاون في النقل والطاقة والتجارة بين البلدين الجارين.</p>
<p>وقال رئيس الوفد الزائر إن الاجتماع الذي يحمل الرقم ${n} تناول جدولا زمنيا لتنفيذ المشروعات المتفق عليها خلال العام الماضي.</p>
<p>وأضاف أن الجانبين اتفقا على عقد الاجتماع المقبل بعد ثلاثة أشهر، وعلى تشكيل فرق فنية تتابع ما يتحقق من تقدم في كل ملف على حدة.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
}

export function feedXml(items: number, base: string): string {
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>موقع الاختبار</title><language>ar</language>`,
  ];
  for (let i = 1; i <= items; i++)
    out.push(
      `<item><title>اجتماع اللجنة المشتركة رقم ${i}</title><link>${base}/page/${i}</link><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate>` +
        `<description><![CDATA[<p>عقدت اللجنة المشتركة اجتماعها رقم ${i} وناقشت ملفات التعاون في النقل والطاقة.</p>]]></description></item>`,
    );
  out.push("</channel></rss>");
  return out.join("\n");
}

const ROUTES: Array<[RegExp, Handler]> = [
  [
    /^\/page\/(\d+)$/u,
    (req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(articlePage(Number(/(\d+)$/u.exec(req.url ?? "")?.[1])));
    },
  ],
  [
    /^\/feed\/(\d+)$/u,
    (req, res, base) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(feedXml(Number(/(\d+)$/u.exec(req.url ?? "")?.[1]), base));
    },
  ],
  [
    /^\/redirect$/u,
    (_req, res) => {
      res.writeHead(302, { location: "/page/1" });
      res.end();
    },
  ],
  [
    /^\/loop$/u,
    (_req, res) => {
      res.writeHead(302, { location: "/loop" });
      res.end();
    },
  ],
  [
    /^\/chain\/(\d+)$/u,
    (req, res) => {
      res.writeHead(301, { location: `/chain/${Number(/(\d+)$/u.exec(req.url ?? "")?.[1]) + 1}` });
      res.end();
    },
  ],
  [
    /^\/image$/u,
    (_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    },
  ],
  [
    /^\/big$/u,
    (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-length": 5_000_000 });
      res.end();
    },
  ],
  [
    /^\/stream-big$/u,
    (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = "نص ".repeat(10_000);
      for (let i = 0; i < 100; i++) res.write(chunk);
      res.end();
    },
  ],
  [/^\/slow$/u, () => undefined],
  [
    /^\/gzip$/u,
    (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
      res.end(gzipSync(Buffer.from(articlePage(7))));
    },
  ],
  [
    /^\/cp1256$/u,
    (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=windows-1256" });
      res.end(iconv.encode(articlePage(8).replace('charset="utf-8"', ""), "windows-1256"));
    },
  ],
];

export async function startServer(): Promise<TestServer> {
  let base = "";
  const server: Server = createServer((req, res) => {
    const route = ROUTES.find(([pattern]) => pattern.test(req.url ?? ""));
    if (route) route[1](req, res, base);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
