import bcrypt from 'bcryptjs'

// bcrypt cost 12: about 250 ms per check here, slow enough to make offline guessing expensive.
const COST = 12
export const MIN_PASSWORD_LENGTH = 8

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST)
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash)
}
