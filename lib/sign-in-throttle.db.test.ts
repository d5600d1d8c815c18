import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { clearFailedSignIns, recordFailedSignIn, secondsUntilNextTry } from './sign-in-throttle'

const someone = () => `${randomUUID()}@test.kiosque`
const someIp = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

describe('sign-in throttling (stored in the database)', () => {
  it('lets five failures through, then makes the account wait, doubling each time', async () => {
    const email = someone()
    for (let i = 0; i < 5; i++) {
      await recordFailedSignIn(email, someIp())
      expect(await secondsUntilNextTry(email, someIp())).toBe(0)
    }
    await recordFailedSignIn(email, someIp())
    const first = await secondsUntilNextTry(email, someIp())
    expect(first).toBeGreaterThan(25)
    expect(first).toBeLessThanOrEqual(30)
    await recordFailedSignIn(email, someIp())
    expect(await secondsUntilNextTry(email, someIp())).toBeGreaterThan(55)
  })

  it('throttles one address trying many accounts', async () => {
    const ip = someIp()
    for (let i = 0; i < 6; i++) await recordFailedSignIn(someone(), ip)
    expect(await secondsUntilNextTry(someone(), ip)).toBeGreaterThan(0)
  })

  it('clears the account after a successful sign-in', async () => {
    const email = someone()
    for (let i = 0; i < 6; i++) await recordFailedSignIn(email, someIp())
    await clearFailedSignIns(email)
    expect(await secondsUntilNextTry(email, someIp())).toBe(0)
  })
})
