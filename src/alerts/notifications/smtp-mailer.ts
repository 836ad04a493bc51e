import { createTransport } from 'nodemailer'
import { type Attempt, type RetrySettings, type SendOutcome, withRetries } from './with-retries.ts'

/** The `notifications.smtp` slice of the config: a URL, or a host with its settings. */
export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; wins over host/port/secure/user/password */
  url?: string
  host?: string
  port?: number
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it */
  secure?: boolean
  user?: string
  password?: string
  /** the sender, `Vigie <vigie@example.org>` */
  from: string
}

export interface Mail {
  to: string[]
  subject: string
  text: string
  html: string
}

/** A recipient the server refused while it accepted others. */
export interface RejectedRecipient {
  address: string
  responseCode?: number
  response?: string
}

/**
 * Sends one email; resolves with the recipients refused while others were accepted, rejects with the SMTP
 * error (its `responseCode`, its `code`) when none was.
 */
export interface Mailer {
  send(mail: Mail): Promise<{ rejected: RejectedRecipient[] }>
  close(): void
}

export const createSmtpMailer = (smtp: SmtpSettings): Mailer => {
  const auth = smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}
  const transport = smtp.url
    ? createTransport(smtp.url)
    : createTransport({
        host: smtp.host,
        port: smtp.port ?? 587,
        secure: smtp.secure ?? false,
        ...auth,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: smtp.from, ...mail })
      const errors = (info.rejectedErrors ?? []) as {
        recipient?: string
        responseCode?: number
        response?: string
      }[]
      return {
        rejected: errors.map((e) => ({
          address: e.recipient ?? '',
          responseCode: e.responseCode,
          response: e.response,
        })),
      }
    },
    close: () => transport.close(),
  }
}

/**
 * SMTP answers 4xx for "try later" (greylisting, a full queue) and 5xx for "never" (unknown recipient,
 * refused login); an error without an answer is the connection's and is retried.
 */
const classifyMailError = (error: unknown): Attempt => {
  const { responseCode, code, message } = error as { responseCode?: number; code?: string; message?: string }
  const reason = `SMTP ${responseCode ?? code ?? 'error'}: ${message ?? String(error)}`
  if (responseCode !== undefined)
    return responseCode >= 500 ? { kind: 'fail', reason } : { kind: 'retry', reason }
  return code === 'EAUTH' || code === 'EENVELOPE' ? { kind: 'fail', reason } : { kind: 'retry', reason }
}

/** Refused recipients: tried again alone if one was told "later" (4xx), given up on if all were told "never". */
const classifyRejections = (rejected: RejectedRecipient[]): Attempt => {
  const reason = `SMTP refused ${rejected.map((r) => `${r.address} (${r.response ?? r.responseCode ?? '?'})`).join(', ')}`
  return rejected.every((r) => (r.responseCode ?? 0) >= 500)
    ? { kind: 'fail', reason }
    : { kind: 'retry', reason }
}

/**
 * Sends one email with retries; when the server accepted some recipients only, the next attempts go to the
 * others alone. A failure carries the mail (recipients left, subject, text) for the dead letter.
 */
export const sendMailWithRetries = async (
  mailer: Mailer,
  mail: Mail,
  settings: RetrySettings = {},
): Promise<SendOutcome> => {
  let to = mail.to
  const reason = await withRetries(async () => {
    try {
      const { rejected } = await mailer.send({ ...mail, to })
      if (rejected.length === 0) return { kind: 'delivered' }
      to = rejected.map((r) => r.address)
      return classifyRejections(rejected)
    } catch (error) {
      return classifyMailError(error)
    }
  }, settings)
  if (reason === undefined) return { ok: true }
  return { ok: false, reason, payload: JSON.stringify({ to, subject: mail.subject, text: mail.text }) }
}
