// The exported page's only styling: readable, small, dark when the reader's system is, and plain on paper.
export const PAGE_STYLE = `
:root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --bg: #ffffff; --link: #0b57d0; --rule: #d1d9e0; --code: #f3f4f6; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6e8eb; --muted: #9aa4af; --bg: #16181d; --link: #8ab4f8; --rule: #3a3f47; --code: #23272e; }
}
body { margin: 0; padding: 2.5rem 1.25rem; background: var(--bg); color: var(--text);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
article { max-width: 40rem; margin: 0 auto; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.45rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.2rem; line-height: 1.35; margin: 1.5rem 0 0.5rem; }
a { color: var(--link); }
time { color: var(--muted); font-size: 0.95rem; }
.channels { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; margin: 0.75rem 0 2rem; padding: 0; }
.channels li { border: 1px solid var(--rule); border-radius: 999px; padding: 0.05rem 0.65rem; font-size: 0.85rem; color: var(--muted); }
blockquote { margin: 1.25rem 0; padding: 0 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
code { background: var(--code); border-radius: 4px; padding: 0.1em 0.3em; font-size: 0.9em; }
pre { background: var(--code); border-radius: 6px; padding: 0.75rem 1rem; overflow-x: auto; }
pre code { padding: 0; background: none; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
.comments { margin-top: 3rem; border-top: 1px solid var(--rule); }
.comment-list { list-style: none; margin: 0; padding: 0; }
.comment-list .comment-list { margin-left: 1.25rem; padding-left: 1rem; border-left: 2px solid var(--rule); }
.comment-list article { margin: 1.25rem 0; }
.comment-meta { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
.comment-list .p-author { font-weight: 600; }
.comment-list .note, .in-reply-to { color: var(--muted); font-size: 0.85rem; margin: 0; }
.by-author > .comment-meta .p-author::after { content: " ✎"; color: var(--muted); }
.index { max-width: 40rem; margin: 0 auto; }
.index ol { list-style: none; padding: 0; }
.index li { margin: 1rem 0; }
@media print {
  :root { --text: #000; --muted: #333; --bg: #fff; --link: #000; --rule: #999; --code: #f3f3f3; }
  body { padding: 0; font-size: 11pt; }
  article { max-width: none; }
  .e-content a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  pre, blockquote, .comment-list article { break-inside: avoid; }
}
`;
