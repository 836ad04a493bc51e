import { hash, verify } from '@node-rs/argon2'
import { AppError } from '../core/index.ts'

export const MIN_PASSWORD_LENGTH = 10
const MAX_PASSWORD_LENGTH = 1024

/** Refuses a password a user should not be allowed to choose, with the reason. */
export const checkPassword = (password: string) => {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError('invalid', `the password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new AppError('invalid', `the password must have at most ${MAX_PASSWORD_LENGTH} characters`)
}

/** argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export const hashPassword = (password: string): Promise<string> => hash(password)

/** A hash of nothing anyone knows, checked when the email is unknown so both answers take as long. */
let decoy: Promise<string> | undefined

export const verifyPassword = async (
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> => {
  if (password.length > MAX_PASSWORD_LENGTH) return false
  if (passwordHash === undefined) {
    decoy ??= hash(`decoy-${Math.random()}`)
    await verify(await decoy, password).catch(() => false)
    return false
  }
  return verify(passwordHash, password).catch(() => false)
}
