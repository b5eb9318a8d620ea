/** The frame around every page: head with the app's stylesheet and script, top navigation, main. */
import { html, type Html } from '../html.js';
import { urls } from '../urls.js';

/** Which top-level section a page belongs to, for the navigation's highlight. */
export type Section = 'overview' | 'claims' | 'articles' | 'entities' | null;

const NAV: { section: Exclude<Section, null>; label: string; href: string }[] = [
  { section: 'overview', label: 'Overview', href: urls.overview() },
  { section: 'claims', label: 'Claims', href: urls.claims() },
  { section: 'articles', label: 'Articles', href: urls.articles() },
  { section: 'entities', label: 'Entities', href: urls.entities() },
];

/** A whole HTML document. `title` is text (escaped); `body` is markup. */
export function layout(title: string, section: Section, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · news-claims</title>
<link rel="stylesheet" href="${urls.asset('app.css')}">
<script src="${urls.asset('app.js')}" defer></script>
</head>
<body>
<header class="top">
<a class="brand" href="${urls.overview()}">news-claims</a>
<nav>${NAV.map((item) => html`<a href="${item.href}"${item.section === section ? html` class="current" aria-current="page"` : ''}>${item.label}</a>`)}</nav>
</header>
<main>
${body}
</main>
</body>
</html>
`.value;
}
