import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutosaveController, failureState, type SendResult } from './autosave'

type Fields = { title: string }
const saved = (version: number): SendResult => ({ status: 'saved', version, slug: 's', savedAt: '2026-01-01T00:00:00.000Z' })

function setup(send: (mode: string, version: number, fields: Fields, body: string) => Promise<SendResult>) {
  const local: unknown[] = []
  let cleared = 0
  const controller = new AutosaveController<Fields>({
    initial: { version: 1, fields: { title: 'T' }, bodyHtml: '<p>a</p>', state: 'saved', holder: '' },
    send,
    keepLocally: (draft) => local.push(draft),
    clearLocal: () => cleared++,
    delayMs: 2000,
    retryMs: 10_000,
  })
  let body = '<p>a</p>'
  controller.attachBody(() => body)
  return { controller, local, cleared: () => cleared, type: (html: string) => ((body = html), controller.changed()) }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('autosave', () => {
  it('keeps every change on the device at once and saves after a pause in typing', async () => {
    const send = vi.fn(async (_m: string, v: number) => saved(v + 1))
    const { controller, local, type, cleared } = setup(send)
    type('<p>ab</p>')
    type('<p>abc</p>')
    expect(local).toHaveLength(2)
    expect(controller.getSnapshot().state).toBe('dirty')
    await vi.advanceTimersByTimeAsync(1999)
    expect(send).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(send).toHaveBeenCalledWith('autosave', 1, { title: 'T' }, '<p>abc</p>')
    expect(controller.getSnapshot().state).toBe('saved')
    expect(controller.currentVersion).toBe(2)
    expect(cleared()).toBe(1)
  })

  it('offline: says so, keeps the local copy and retries', async () => {
    const send = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockImplementation(async (_m: string, v: number) => saved(v + 1))
    const { controller, type, cleared } = setup(send)
    type('<p>x</p>')
    await vi.advanceTimersByTimeAsync(2000)
    expect(controller.getSnapshot().state).toBe('offline')
    expect(cleared()).toBe(0)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(controller.getSnapshot().state).toBe('saved')
  })

  it('a crash on the server is not called "offline": says so, keeps the local copy and retries', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('An error occurred in the Server Components render')).mockImplementation(async (_m: string, v: number) => saved(v + 1))
    const { controller, type, cleared } = setup(send)
    type('<p>x</p>')
    await vi.advanceTimersByTimeAsync(2000)
    expect(controller.getSnapshot().state).toBe('serverError')
    expect(cleared()).toBe(0)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(controller.getSnapshot().state).toBe('saved')
  })

  it('tells offline from a server error by how the save failed and what the browser knows', () => {
    expect(failureState(new TypeError('Failed to fetch'), true)).toBe('offline')
    expect(failureState(new Error('digest 123'), false)).toBe('offline')
    expect(failureState(new Error('digest 123'), true)).toBe('serverError')
  })

  it('a conflict stops autosave; "keep mine" saves on top of their version in resolve mode', async () => {
    const theirs = { version: 5, title: 'Leur titre', excerpt: '', bodyHtml: '<p>leur</p>', updatedAt: '2026-01-01T00:00:00.000Z' }
    const send = vi.fn().mockResolvedValueOnce({ status: 'conflict', theirs }).mockImplementation(async (_m: string, v: number) => saved(v + 1))
    const { controller, type } = setup(send)
    type('<p>mien</p>')
    await vi.advanceTimersByTimeAsync(2000)
    expect(controller.getSnapshot()).toMatchObject({ state: 'conflict', theirs, mine: { bodyHtml: '<p>mien</p>' } })
    type('<p>mien encore</p>')
    await vi.advanceTimersByTimeAsync(5000)
    expect(send).toHaveBeenCalledTimes(1) // nothing sent while the author has not chosen
    await controller.keepMine()
    expect(send).toHaveBeenLastCalledWith('resolve', 5, { title: 'T' }, '<p>mien encore</p>')
    expect(controller.currentVersion).toBe(6)
  })

  it('"keep theirs" adopts their text and version', async () => {
    const theirs = { version: 9, title: 'Leur titre', excerpt: 'chapô', bodyHtml: '<p>leur</p>', updatedAt: '2026-01-01T00:00:00.000Z' }
    const { controller, type } = setup(vi.fn().mockResolvedValue({ status: 'conflict', theirs }))
    type('<p>mien</p>')
    await vi.advanceTimersByTimeAsync(2000)
    let body = ''
    controller.keepTheirs((html) => (body = html), (fields, t) => ({ ...fields, title: t.title }))
    expect(body).toBe('<p>leur</p>')
    expect(controller.getSnapshot()).toMatchObject({ state: 'saved', fields: { title: 'Leur titre' } })
    expect(controller.currentVersion).toBe(9)
  })

  it('typing while a save travels triggers another save on the new version', async () => {
    let release: (r: SendResult) => void = () => {}
    const send = vi.fn().mockImplementationOnce(() => new Promise<SendResult>((r) => (release = r))).mockImplementation(async (_m: string, v: number) => saved(v + 1))
    const { controller, type } = setup(send)
    type('<p>1</p>')
    await vi.advanceTimersByTimeAsync(2000)
    type('<p>12</p>')
    release(saved(2))
    await vi.advanceTimersByTimeAsync(0)
    expect(controller.getSnapshot().state).toBe('dirty')
    await vi.advanceTimersByTimeAsync(2000)
    expect(send).toHaveBeenLastCalledWith('autosave', 2, { title: 'T' }, '<p>12</p>')
    expect(controller.getSnapshot().state).toBe('saved')
  })

  describe('after a status change (sent to review, then taken back to draft)', () => {
    const server = { version: 4, fields: { title: 'Titre du desk' }, bodyHtml: '<p>corrigé</p>', lockMine: true, holder: 'Claire' }

    it('closes when nothing is pending, and reopens on the server’s latest text and version, ready to autosave', async () => {
      const send = vi.fn(async (_m: string, v: number) => saved(v + 1))
      const { controller, type } = setup(send)
      controller.close()
      expect(controller.getSnapshot().state).toBe('readOnly')
      let body = ''
      controller.reopen(server, (html) => (body = html))
      expect(body).toBe('<p>corrigé</p>')
      expect(controller.getSnapshot()).toMatchObject({ state: 'saved', fields: { title: 'Titre du desk' } })
      expect(controller.currentVersion).toBe(4)
      type('<p>corrigé, puis complété</p>')
      await vi.advanceTimersByTimeAsync(2000)
      expect(send).toHaveBeenCalledWith('autosave', 4, { title: 'Titre du desk' }, '<p>corrigé, puis complété</p>')
      expect(controller.getSnapshot().state).toBe('saved')
    })

    it('reopened while someone else holds the lock: says who, and keeps autosave off', () => {
      const { controller } = setup(vi.fn())
      controller.close()
      controller.reopen({ ...server, lockMine: false, holder: 'Karim' }, () => {})
      expect(controller.getSnapshot()).toMatchObject({ state: 'locked', holder: 'Karim' })
    })

    it('text whose save was refused as read-only is kept, and saved on its own version when reopened', async () => {
      const send = vi.fn().mockResolvedValueOnce({ status: 'readOnly', articleStatus: 'in_review' }).mockImplementation(async (_m: string, v: number) => saved(v + 1))
      const { controller, type } = setup(send)
      type('<p>ma phrase</p>')
      await vi.advanceTimersByTimeAsync(2000)
      expect(controller.getSnapshot().state).toBe('readOnly')
      const setBody = vi.fn()
      controller.reopen(server, setBody)
      expect(setBody).not.toHaveBeenCalled() // what she typed stays on screen
      expect(controller.getSnapshot().state).toBe('dirty')
      await vi.advanceTimersByTimeAsync(2000)
      expect(send).toHaveBeenLastCalledWith('autosave', 1, { title: 'T' }, '<p>ma phrase</p>') // a conflict shows if the desk moved on
      expect(controller.getSnapshot().state).toBe('saved')
    })

    it('never closes over a pending save, and reopening an editor that is not read-only changes nothing', async () => {
      const { controller, type } = setup(vi.fn(async (_m: string, v: number) => saved(v + 1)))
      type('<p>x</p>')
      controller.close()
      expect(controller.getSnapshot().state).toBe('dirty')
      const setBody = vi.fn()
      controller.reopen(server, setBody)
      expect(setBody).not.toHaveBeenCalled()
      expect(controller.currentVersion).toBe(1)
    })
  })

  it('a lock taken by someone else stops the editor and names them', async () => {
    const { controller, type } = setup(vi.fn().mockResolvedValue({ status: 'lockLost', holderName: 'Karim' }))
    type('<p>x</p>')
    await vi.advanceTimersByTimeAsync(2000)
    expect(controller.getSnapshot()).toMatchObject({ state: 'lockLost', holder: 'Karim' })
  })
})
