// Regular expressions of the acquire stage, named. They read markup and headers, not Arabic words.

/** A charset declared in an HTML `<meta>` tag (`<meta charset="windows-1256">`, `content="text/html; charset=…"`). */
export const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;

/** The encoding in an XML declaration (`<?xml version="1.0" encoding="ISO-8859-6"?>`). */
export const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/iu;

/** The charset parameter of a Content-Type header (`text/html; charset=UTF-8`). */
export const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)"?/iu;

/** A TREC/ANT file: it opens with a `<DOC>` element. */
export const TREC_START = /^\s*<DOC>/u;

/** An RSS 2.0, RSS 1.0 (RDF) or Atom feed root near the start of an XML file. */
export const FEED_ROOT = /<(?:rss|rdf:RDF|feed)[\s>]/u;

/** An HTML page: a doctype or an `<html>`, `<head>` or `<body>` tag near the start. */
export const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/iu;

/** A JSON Lines record: the first non-blank character is `{`. */
export const JSON_RECORD_START = /^\s*\{/u;

/** A JSON array of records: the first non-blank character is `[`. */
export const JSON_ARRAY_START = /^\s*\[/u;

/** File names taken from a directory; others (images, archives) are passed over. `.gz` of any of them too. */
export const ARTICLE_FILE = /\.(?:txt|text|md|xml|trec|html?|xhtml|rss|atom|json|jsonl|ndjson)(?:\.gz)?$/iu;

/** File names that hold JSON Lines whatever their first line looks like. */
export const JSONL_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/iu;

/** An http or https URL given as an input. */
export const HTTP_URL = /^https?:\/\//iu;

/** A CDATA section around a feed field's text. */
export const CDATA = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/u;

/** The first `<title>` of a feed's channel, before its first item. */
export const FEED_TITLE = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/u;

/** A feed's declared language (`<language>ar</language>`, `<feed xml:lang="ar">`). */
export const FEED_LANGUAGE = /<language>\s*([\w-]+)\s*<\/language>|<feed\b[^>]*\bxml:lang="([\w-]+)"/u;
