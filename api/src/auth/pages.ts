/** The sign-in and change-password pages: plain HTML, Swedish, no JavaScript needed. */
import { CSRF_FIELD } from './csrf.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, heading: string, body: string, message?: string): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Aktörskartan</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f5f7;color:#1b1f24;margin:0}
main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border:1px solid #c9d0d8;border-radius:6px}
h1{font-size:1.5rem;margin-top:0}label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #4a525c;border-radius:4px}
button,.button{display:inline-block;text-decoration:none;margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;background:#1d4a73;color:#fff;border:0;border-radius:4px;cursor:pointer}
:focus-visible{outline:3px solid #ffbf1f;outline-offset:2px}.error{color:#a3231b;font-weight:600}.hint{color:#3d444c;font-size:.95rem}
</style></head>
<body><main><h1>${heading}</h1>
${message ? `<p class="error" role="alert">${escape(message)}</p>` : ''}
${body}</main></body></html>`;
}

export function signInPage(options: { message?: string; oidc?: boolean; formToken?: string } = {}): string {
  const body = options.oidc
    ? '<p>Du loggar in med ditt konto i din organisation.</p><p><a class="button" href="/auth/oidc/start">Logga in med din organisation</a></p>'
    : `<form method="post" action="/auth/sign-in">
<input type="hidden" name="${CSRF_FIELD}" value="${escape(options.formToken ?? '')}">
<label for="username">Användarnamn</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Lösenord</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Logga in</button>
</form>`;
  return page('Logga in', 'Logga in på Aktörskartan', body, options.message);
}

export function passwordPage(options: { message?: string; formToken: string; oneTime: boolean }): string {
  const intro = options.oneTime
    ? '<p>Du har loggat in med ett engångslösenord. Välj ett eget lösenord innan du fortsätter.</p>'
    : '<p>Byt ditt lösenord. Du loggas då ut på andra enheter.</p>';
  const body = `${intro}
<form method="post" action="/auth/password">
<input type="hidden" name="${CSRF_FIELD}" value="${escape(options.formToken)}">
<label for="currentPassword">${options.oneTime ? 'Engångslösenord' : 'Nuvarande lösenord'}</label><input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password" required>
<label for="newPassword">Nytt lösenord</label><input id="newPassword" name="newPassword" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" aria-describedby="newPasswordHint" required>
<p class="hint" id="newPasswordHint">Minst ${MIN_PASSWORD_LENGTH} tecken.</p>
<label for="repeatPassword">Upprepa det nya lösenordet</label><input id="repeatPassword" name="repeatPassword" type="password" autocomplete="new-password" required>
<button type="submit">Byt lösenord</button>
</form>
<form method="post" action="/auth/sign-out"><input type="hidden" name="${CSRF_FIELD}" value="${escape(options.formToken)}"><button type="submit" class="button">Logga ut</button></form>`;
  return page('Byt lösenord', 'Byt lösenord', body, options.message);
}
