import { html, jsonForScript, SafeHtml } from './html.ts'
import type { PageLang } from './page-messages.ts'

const TEXT = {
  en: {
    title: 'Log in — Vigie',
    heading: 'Log in to Vigie',
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    wrong: 'Wrong email or password.',
    tooMany: 'Too many attempts: wait a few minutes.',
    failed: 'The server did not answer; try again.',
  },
  fr: {
    title: 'Connexion — Vigie',
    heading: 'Se connecter à Vigie',
    email: 'E-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    wrong: 'E-mail ou mot de passe incorrect.',
    tooMany: 'Trop de tentatives : attendez quelques minutes.',
    failed: "Le serveur n'a pas répondu ; réessayez.",
  },
} as const

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;background:#f4f6f9}
form{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002;display:grid;gap:.8rem;min-width:18rem}
input{font:inherit;padding:.4rem}button{font:inherit;padding:.5rem;background:#3b6ea5;color:#fff;border:0;border-radius:4px}
#error{color:#a11;min-height:1.5em;margin:0}`

/**
 * Posts the form as JSON (the API refuses forms: another site could send one) and goes to the page asked
 * for (`t.next`, a path of this server checked by the server), with the address's `#…` if it has none.
 */
const SCRIPT = `const t = JSON.parse(document.getElementById('login-text').textContent)
document.querySelector('form').addEventListener('submit', async (event) => {
  event.preventDefault()
  const form = event.target
  const error = document.getElementById('error')
  error.textContent = ''
  try {
    const res = await fetch('/api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: form.email.value, password: form.password.value }) })
    if (res.ok) { location.assign(t.next.includes('#') ? t.next : t.next + location.hash); return }
    error.textContent = res.status === 429 ? t.tooMany : t.wrong
  } catch { error.textContent = t.failed }
})`

export const renderLoginPage = (input: {
  lang: PageLang
  nonce: string
  version: string
  /** where to go once logged in: a path of this server (`afterLogin`) */
  next: string
}): string => {
  const t = TEXT[input.lang]
  return `<!doctype html>\n${html`<html lang="${input.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>
<style nonce="${input.nonce}">${new SafeHtml(STYLE)}</style></head><body>
<form><h1>${t.heading}</h1>
<label>${t.email} <input name="email" type="email" autocomplete="username" required autofocus></label>
<label>${t.password} <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">${t.submit}</button><p id="error" role="alert"></p>
<small>Vigie ${input.version}</small></form>
<script type="application/json" id="login-text">${jsonForScript({ ...t, lang: input.lang, next: input.next })}</script>
<script nonce="${input.nonce}">${new SafeHtml(SCRIPT)}</script>
</body></html>`}`
}
