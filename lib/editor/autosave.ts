// The editor's save machinery, outside React so it can be tested without a browser: one save at a time, each on
// the version the previous one returned; autosave after a pause in typing; every change kept on the device until
// the server has it; refusals (conflict, lock taken, read-only) stop autosave until the author decides.
import type { SaveOutcome, TheirVersion } from '@/db/queries/articles-admin'

export type SaveState = 'saved' | 'dirty' | 'saving' | 'offline' | 'serverError' | 'failed' | 'conflict' | 'lockLost' | 'readOnly' | 'locked'
export type SaveMode = 'autosave' | 'manual' | 'resolve'
export type SendResult = SaveOutcome | { status: 'error'; message: string; field?: string }

export type Snapshot<F> = {
  state: SaveState
  fields: F
  savedAt: string | null
  error: { message: string; field?: string } | null
  theirs: TheirVersion | null
  mine: { fields: F; bodyHtml: string } | null // what was refused, for the conflict view
  holder: string
}

type Options<F> = {
  initial: { version: number; fields: F; bodyHtml: string; state: SaveState; holder: string }
  /** Sends one save; throws when the network or the server is unreachable, or the server failed unexpectedly. */
  send: (mode: SaveMode, version: number, fields: F, bodyHtml: string) => Promise<SendResult>
  keepLocally: (draft: { version: number; fields: F; bodyHtml: string }) => void
  clearLocal: () => void
  delayMs?: number
  retryMs?: number
  /** The browser's own view of the network (navigator.onLine); tests pass their own. */
  isOnline?: () => boolean
}

const BLOCKED: SaveState[] = ['conflict', 'lockLost', 'readOnly', 'locked']
export const UNSAFE_TO_LEAVE: SaveState[] = ['dirty', 'saving', 'offline', 'serverError', 'failed', 'conflict']

/**
 * Why a save threw. fetch rejects with a TypeError when the request never got an answer (no network, server down);
 * a server action that crashed on the server rejects with a plain Error. The author should not be told to check
 * their connection when the fault is ours.
 */
export function failureState(error: unknown, online: boolean): 'offline' | 'serverError' {
  return !online || error instanceof TypeError ? 'offline' : 'serverError'
}
const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false

export class AutosaveController<F extends object> {
  private snapshot: Snapshot<F>
  private listeners = new Set<() => void>()
  private version: number
  private changes = 0
  private savedChanges = 0 // the count of changes the server had at the last save (or at opening)
  private inFlight: Promise<boolean> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private readBody: () => string
  private readonly delayMs: number
  private readonly retryMs: number

  constructor(private readonly options: Options<F>) {
    this.version = options.initial.version
    this.readBody = () => options.initial.bodyHtml
    this.delayMs = options.delayMs ?? 2_000
    this.retryMs = options.retryMs ?? 10_000
    this.snapshot = { state: options.initial.state, fields: options.initial.fields, savedAt: null, error: null, theirs: null, mine: null, holder: options.initial.holder }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  getSnapshot = () => this.snapshot
  get currentVersion() {
    return this.version
  }

  private set(patch: Partial<Snapshot<F>>) {
    this.snapshot = { ...this.snapshot, ...patch }
    for (const listener of this.listeners) listener()
  }

  /** The editor's body is read when saving, not copied on every keystroke. */
  attachBody(read: () => string) {
    this.readBody = read
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.save('autosave'), ms)
  }

  /** Called on every edit: kept on the device at once, sent to the server after a pause. */
  changed(patch: Partial<F> = {}) {
    this.changes++
    const fields = { ...this.snapshot.fields, ...patch }
    this.options.keepLocally({ version: this.version, fields, bodyHtml: this.readBody() })
    if (BLOCKED.includes(this.snapshot.state)) return this.set({ fields })
    this.set({ fields, state: 'dirty' })
    this.schedule(this.delayMs)
  }

  /** Replaces the whole text (a restored local copy or the other version of a conflict) based on `version`. */
  replace(version: number, fields: F, bodyHtml: string, setBody: (html: string) => void) {
    this.version = version
    setBody(bodyHtml)
    this.set({ fields })
  }

  async save(mode: SaveMode): Promise<boolean> {
    if (BLOCKED.includes(this.snapshot.state) && mode !== 'resolve') return false
    if (this.inFlight) await this.inFlight // one at a time: each save carries the version the previous one returned
    if (this.timer) clearTimeout(this.timer)
    const startedAt = this.changes
    const fields = this.snapshot.fields
    const bodyHtml = this.readBody()
    this.set({ state: 'saving' })
    const attempt = this.send(mode, fields, bodyHtml, startedAt)
    this.inFlight = attempt
    try {
      return await attempt
    } finally {
      this.inFlight = null
    }
  }

  private async send(mode: SaveMode, fields: F, bodyHtml: string, startedAt: number): Promise<boolean> {
    let result: SendResult
    try {
      result = await this.options.send(mode, this.version, fields, bodyHtml)
    } catch (error) {
      // Either way the text stays on the device; try again soon (and when the browser is back online).
      this.set({ state: failureState(error, (this.options.isOnline ?? browserOnline)()) })
      this.schedule(this.retryMs)
      return false
    }
    switch (result.status) {
      case 'error':
        this.set({ state: 'failed', error: { message: result.message, field: result.field } })
        return false
      case 'saved':
        this.version = result.version
        this.savedChanges = startedAt
        if (this.changes === startedAt) {
          this.options.clearLocal()
          this.set({ state: 'saved', savedAt: result.savedAt, error: null })
        } else {
          this.set({ state: 'dirty', savedAt: result.savedAt, error: null }) // typed while it travelled: again soon
          this.schedule(this.delayMs)
        }
        return true
      case 'conflict':
        this.set({ state: 'conflict', theirs: result.theirs, mine: { fields, bodyHtml }, error: null })
        return false
      case 'lockLost':
        this.set({ state: 'lockLost', holder: result.holderName, error: null })
        return false
      case 'readOnly':
        this.set({ state: 'readOnly', error: null })
        return false
    }
  }

  /** Conflict resolved in favour of the author's text: saved on top of the newer version, which is kept as a revision. */
  async keepMine(): Promise<boolean> {
    const { theirs, mine } = this.snapshot
    if (!theirs || !mine) return false
    this.version = theirs.version
    this.set({ theirs: null, mine: null, state: 'dirty' })
    return this.save('resolve')
  }

  /** Conflict resolved in favour of the saved version: the author's text is already kept as a revision. */
  keepTheirs(setBody: (html: string) => void, merge: (fields: F, theirs: { title: string; excerpt: string }) => F) {
    const { theirs } = this.snapshot
    if (!theirs) return
    this.version = theirs.version
    setBody(theirs.bodyHtml)
    this.options.clearLocal()
    this.savedChanges = this.changes
    this.set({ fields: merge(this.snapshot.fields, theirs), theirs: null, mine: null, state: 'saved' })
  }

  /** The server no longer lets this person edit (the article went to review): read-only, unless a save is pending. */
  close() {
    if (this.snapshot.state === 'saved' || this.snapshot.state === 'locked') this.set({ state: 'readOnly' })
  }

  /**
   * The server lets this person edit again (the author took her article back to draft), as it now stands. Text typed
   * before a save was refused stays and is saved on the version it was based on (a conflict shows if the desk changed
   * it meanwhile); otherwise the editor takes the server's latest text, which the desk may have edited.
   */
  reopen(server: { version: number; fields: F; bodyHtml: string; lockMine: boolean; holder: string }, setBody: (html: string) => void) {
    if (this.snapshot.state !== 'readOnly') return
    if (this.changes !== this.savedChanges) {
      if (!server.lockMine) return this.set({ state: 'locked', holder: server.holder })
      this.set({ state: 'dirty' })
      return this.schedule(this.delayMs)
    }
    this.version = server.version
    setBody(server.bodyHtml)
    this.set({ fields: server.fields, state: server.lockMine ? 'saved' : 'locked', holder: server.holder, error: null })
  }

  /** Online again: retry what was kept locally. */
  retry() {
    if (this.snapshot.state === 'offline' || this.snapshot.state === 'serverError' || this.snapshot.state === 'failed') void this.save('autosave')
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer)
    this.listeners.clear()
  }
}
