// The page a reader without JavaScript sees when an answer is refused: the reason, and the form
// again with what they wrote. It is a plain HTML string because a route handler cannot render
// React; it carries its own small stylesheet so it reads well even if the site's CSS changes.
import type { FeedbackProblem, FeedbackText } from '../schemas/text/interface-text';
import { SITE_NAME } from '../site/site-config';
import { COMMENT_MAX_LENGTH, FIELD } from './schema';
import type { Fields } from './submission';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const STYLE = `
:root{color-scheme:light dark;--ink:#1a1a1a;--page:#fff;--brand:#0b5c63;--line:#767676;--bad:#8a1c1c}
@media (prefers-color-scheme:dark){:root{--ink:#f2f2f2;--page:#121212;--brand:#7fd3da;--line:#9a9a9a;--bad:#ffb4ab}}
body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;color:var(--ink);background:var(--page)}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
a{color:var(--brand)}
h1{line-height:1.2}
input[type=radio]{width:1.5rem;height:1.5rem;accent-color:var(--brand)}
.reason{border-left:4px solid var(--bad);padding:.5rem 1rem;margin:1rem 0}
fieldset{border:0;padding:0;margin:1rem 0}
legend{font-weight:700;font-size:1.25rem}
label{display:inline-flex;gap:.5rem;align-items:center;min-height:44px;margin-right:1.5rem}
textarea{display:block;width:100%;box-sizing:border-box;font:inherit;min-height:8rem;border:2px solid var(--line)}
button{font:inherit;font-weight:700;min-height:44px;padding:.5rem 1.5rem;margin-top:1rem;color:var(--page);background:var(--brand);border:0;border-radius:.375rem}
:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
.hp{position:absolute;left:-10000px}
`;

/**
 * The whole HTML document for a refused answer, in `words` (content/site-text.yaml
 * `interface.feedback`). `page` is only linked if the site knows it.
 */
export function problemPage({
  problem,
  fields,
  knownPage,
  words,
}: {
  problem: FeedbackProblem;
  fields: Fields;
  knownPage: string | null;
  words: FeedbackText;
}): string {
  const back = knownPage
    ? `<a href="${escape(knownPage)}">${escape(words.backToPage)}</a>`
    : `<a href="/">${escape(words.backHome)}</a>`;
  const answer = fields[FIELD.answer];
  const radio = (value: 'yes' | 'no', label: string) =>
    `<label><input type="radio" name="${FIELD.answer}" value="${value}"${answer === value ? ' checked' : ''}> ${escape(label)}</label>`;
  const form = knownPage
    ? `<form method="post" action="/api/feedback">
<input type="hidden" name="${FIELD.page}" value="${escape(knownPage)}">
<fieldset><legend>${escape(words.heading)}</legend>${radio('yes', words.yes)}${radio('no', words.no)}</fieldset>
<label for="feedback-comment" style="display:block;font-weight:600">${escape(words.commentLabel)}</label>
<p id="feedback-comment-hint">${escape(words.commentHint)}</p>
<textarea id="feedback-comment" name="${FIELD.comment}" maxlength="${COMMENT_MAX_LENGTH}" aria-describedby="feedback-comment-hint">${escape(fields[FIELD.comment] ?? '')}</textarea>
<div class="hp" aria-hidden="true"><label for="feedback-website">${escape(words.honeypotLabel)}</label><input id="feedback-website" name="${FIELD.honeypot}" tabindex="-1" autocomplete="off"></div>
<button type="submit">${escape(words.send)}</button>
</form>`
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(words.problemHeading)} – ${escape(SITE_NAME)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escape(words.problemHeading)}</h1>
<p class="reason" role="alert" data-problem="${problem}">${escape(words.problems[problem])}</p>
${form}
<p>${back}</p>
</main></body></html>`;
}
