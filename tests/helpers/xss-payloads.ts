/**
 * Hostile inputs for the security tests: each would run script (setting `window.__pwned`, the
 * sentinel the browser tests watch, or opening a dialog), or make the reader's browser ask another
 * host (`other.host`, which the tests record), if it reached a page unescaped. Markup, Markdown,
 * URL tricks, script-context breakouts and attribute breakouts; ≥ 50 of them.
 */

/** The host no request may ever go to. */
export const otherHost = 'other.host'

const run = 'window.__pwned=1'

/** Raw HTML typed into a text or rich-text field. */
export const htmlPayloads: readonly string[] = [
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<svg onload="${run}">`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<a href="javascript:${run}">click</a>`,
  `<body onload="${run}">`,
  `<details open ontoggle="${run}">x</details>`,
  `<input autofocus onfocus="${run}">`,
  `<video><source onerror="${run}"></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `<base href="https://${otherHost}/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<style>@import url(https://${otherHost}/x.css);</style>`,
  `<link rel="stylesheet" href="https://${otherHost}/x.css">`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${run}'/></svg>#x"></use></svg>`,
  `<form action="javascript:${run}"><button>go</button></form>`,
  `<button formaction="javascript:${run}">go</button>`,
  `<object data="javascript:${run}"></object>`,
  `<embed src="javascript:${run}">`,
  `<!--<img src=x onerror="${run}">-->`,
  `<a href="//${otherHost}/">protocol-relative</a>`,
  `<img src="https://${otherHost}/p.png">`,
  `<p style="background:url(https://${otherHost}/bg.png)">styled</p>`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>"></noscript>`,
  `<a href="&#106;avascript:${run}">entity</a>`,
  `<a href="jav&#x09;ascript:${run}">tab</a>`,
  `<a href=" javascript:${run}">space</a>`,
  `<a href="JaVaScRiPt:${run}">case</a>`,
  `<a href="data:text/html,<script>${run}</script>">data</a>`,
  `<a href="vbscript:msgbox(1)">vbscript</a>`,
  `<template><img src=x onerror="${run}"></template>`,
  `<div id="search-config">clobbered</div>`,
  `<img srcset="https://${otherHost}/p.png 1x">`,
  `<audio src="https://${otherHost}/a.mp3" autoplay></audio>`,
  `<svg><script>${run}</script></svg>`,
  `<img src="/_astro/x.png" onerror="${run}">`,
  `<a href="https://${otherHost}/" target="_blank">external</a>`,
]

/** Markdown typed into a rich-text field (or reaching Markdown through it). */
export const markdownPayloads: readonly string[] = [
  `[c](javascript:${run})`,
  `![p](https://${otherHost}/p.png)`,
  `[c](JAVASCRIPT:${run})`,
  `[c](&#106;avascript:${run})`,
  `[c](java%0Ascript:${run})`,
  `[ref][evil]\n\n[evil]: javascript:${run}`,
  `<javascript:${run}>`,
  `<https://${otherHost}/auto>`,
  `[c](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)`,
  `[c](vbscript:msgbox(1))`,
  `[c](file:///etc/passwd)`,
  `![p](//${otherHost}/p.png)`,
  `[c](<javascript:${run}>)`,
  `[c](  javascript:${run}  )`,
  `![p](https://${otherHost}/p.png "title")`,
  `[![p](https://${otherHost}/i.png)](javascript:${run})`,
]

/** Text meant to break out of a `<script>`, an attribute or a template. */
export const breakoutPayloads: readonly string[] = [
  `</script x><script>${run}</script>`,
  '</script x',
  `"><img src=x onerror="${run}">`,
  `' onmouseover='${run}`,
  '\u2028\u2029</script><!--',
  `{{constructor.constructor('${run}')()}}`,
  `\${${run}}`,
  `</ScRiPt\n><script>${run}</script>`,
  `<!--<script>`,
  `]]><script>${run}</script>`,
]

export const xssPayloads: readonly string[] = [
  ...htmlPayloads,
  ...markdownPayloads,
  ...breakoutPayloads,
]

/** http(s) URLs that are valid, yet try to break out of the attribute they are written into. */
export const hostileHttpUrls: readonly string[] = [
  `https://${otherHost}/"><script>${run}</script>`,
  `https://${otherHost}/?q='onmouseover='${run}`,
  `https://${otherHost}/#"><img src=x onerror=${run}>`,
]

/** URLs a link must never carry; the CMS refuses each of them. */
export const unsafeUrls: readonly string[] = [
  `javascript:${run}`,
  `JavaScript:${run}`,
  ` javascript:${run}`,
  `java\tscript:${run}`,
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  `//${otherHost}/x`,
  'ftp://example.org/x',
]
