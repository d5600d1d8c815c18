'use client'

import Placeholder from '@tiptap/extension-placeholder'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { heartbeatAction, saveArticleAction, takeOverAction } from '@/app/dashboard/articles/actions'
import { articleHtml } from '@/lib/editor/article-html'
import { AutosaveController, UNSAFE_TO_LEAVE, type SaveMode, type SaveState, type SendResult } from '@/lib/editor/autosave'
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from '@/lib/editor/local-draft'
import { LOCK_HEARTBEAT_MS } from '@/lib/editor/lock'
import { articleExtensions } from '@/lib/editor/schema'
import type { Transition } from '@/lib/editor/workflow'
import type { Locale } from '@/lib/i18n/config'
import { interpolate, translate, type Dictionary, type MessageKey } from '@/lib/i18n/dictionaries'
import { slugify } from '@/lib/slug'
import { ConflictView, focusOnMount } from './conflict-view'
import { FieldsPanel, type EditorFields } from './fields-panel'
import { Toolbar } from './toolbar'
import { WorkflowPanel } from './workflow-panel'
import './editor.css'
import { formatDateTime } from '@/lib/i18n/format'

export type EditorArticle = EditorFields & { id: string; version: number; bodyHtml: string; status: string }
type Option = { id: string; name: string }
type Props = {
  t: Pick<Dictionary, 'newsroom' | 'errors' | 'common'>
  locale: Locale
  article: EditorArticle
  editable: boolean
  /** session: this page's hold on the lock (acquireLock), sent back with every save, heartbeat and the goodbye beacon. */
  lock: { mine: boolean; holderName: string | null; since: string | null; session: string | null }
  transitions: Transition[]
  canTrash: boolean
  categories: Option[]
  authors: Option[] | null
  images: Option[]
}

const TYPING: SaveState[] = ['saved', 'dirty', 'saving', 'offline', 'serverError', 'failed']

const clock = (iso: string, locale: Locale) => formatDateTime(new Date(iso), locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
const dateTime = (iso: string, locale: Locale) => formatDateTime(new Date(iso), locale, { dateStyle: 'medium', timeStyle: 'short' })

function toForm(id: string, lockSession: string | null, mode: SaveMode, version: number, fields: EditorFields, bodyHtml: string): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, typeof value === 'boolean' ? (value ? 'on' : '') : value)
  form.set('id', id)
  form.set('lockSession', lockSession ?? '')
  form.set('version', String(version))
  form.set('mode', mode)
  form.set('bodyHtml', bodyHtml)
  return form
}

/** The article as the server sent it, split the way the save controller keeps it. */
function serverText({ id: _id, status: _status, version, bodyHtml, ...fields }: EditorArticle) {
  return { version, bodyHtml, fields }
}

export function ArticleEditor({ t, locale, article, editable, lock, transitions, canTrash, categories, authors, images }: Props) {
  const e = t.newsroom.editor
  const { id, status } = article
  const { version, bodyHtml, fields: initialFields } = serverText(article)
  const [slugLinked, setSlugLinked] = useState(status !== 'published' && article.slug === slugify(article.title))
  const [localDraft, setLocalDraft] = useState<LocalDraft<EditorFields> | null>(null)
  // Every render of the page (a reload, and the refresh that follows a save or a status change) gives this page a
  // new lock session; saves, beats and the beacon read the latest, so a refresh re-sends nothing.
  const lockSession = useRef(lock.session)
  useEffect(() => {
    lockSession.current = lock.session
  }, [lock.session])
  const [controller] = useState(
    // eslint-disable-next-line react-hooks/refs -- send() reads lockSession when a save goes out, never during render
    () =>
      new AutosaveController<EditorFields>({
        initial: { version, fields: initialFields, bodyHtml, state: !editable ? 'readOnly' : lock.mine ? 'saved' : 'locked', holder: lock.holderName ?? '' },
        send: async (mode, seen, fields, html): Promise<SendResult> => {
          const result = await saveArticleAction(null, toForm(id, lockSession.current, mode, seen, fields, html))
          if (result.ok) return result.data
          const [field, keys] = Object.entries(result.fieldErrors ?? {}).find(([, v]) => v?.length) ?? []
          const slugClash = result.error === 'newsroom.errors.slugTaken' || result.error === 'newsroom.errors.slugTakenRace'
          const key = (keys?.[0]?.includes('.') ? keys[0] : result.error) as MessageKey
          return { status: 'error', message: translate(t as Dictionary, key, result.values), field: slugClash ? 'slug' : field }
        },
        keepLocally: (draft) => writeLocalDraft(id, { ...draft, savedAt: new Date().toISOString() }),
        clearLocal: () => clearLocalDraft(id),
      }),
  )
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot)
  const canType = editable && TYPING.includes(snap.state)

  const editor = useEditor({
    immediatelyRender: false,
    editable: canType,
    // Every element the sanitiser allows has a node here, so opening and saving an article never drops anything.
    extensions: articleExtensions([
      Placeholder.configure({ includeChildren: true, placeholder: ({ node }) => (node.type.name === 'figcaption' ? e.captionPlaceholder : e.placeholder) }),
    ]),
    content: bodyHtml,
    editorProps: { attributes: { 'aria-label': e.body, role: 'textbox', 'aria-multiline': 'true', class: 'prose max-w-none min-h-[24rem] p-4 focus:outline-none' } },
    onUpdate: () => controller.changed(),
  })

  useEffect(() => {
    if (editor) controller.attachBody(() => articleHtml(editor.state.doc))
  }, [editor, controller])
  useEffect(() => {
    if (editor && editor.isEditable !== canType) editor.setEditable(canType, false)
  }, [editor, canType])
  useEffect(() => () => controller.dispose(), [controller])

  // A status change refreshes the page's props (the workflow panel calls router.refresh()) but keeps this editor, so
  // the panel's confirmation and any text not yet saved stay: sent to review, the text becomes read-only; taken back
  // to draft, it is editable again at once, with the latest text and the lock the server just gave.
  useEffect(() => {
    if (!editor) return
    if (!editable) return controller.close()
    const server = serverText(article)
    controller.reopen({ ...server, lockMine: lock.mine, holder: lock.holderName ?? '' }, (html) => editor.commands.setContent(html, { emitUpdate: false }))
  }, [editor, editable, article, lock.mine, lock.holderName, controller])

  // A copy left on this device by a reload or a crash: offered back, never applied silently.
  useEffect(() => {
    const local = readLocalDraft<EditorFields>(id)
    if (!local) return
    const same = local.version === version && local.bodyHtml === bodyHtml && JSON.stringify(local.fields) === JSON.stringify(initialFields)
    if (same) clearLocalDraft(id)
    else setLocalDraft(local) // eslint-disable-line react-hooks/set-state-in-effect -- localStorage exists only after mount
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, [id])

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!UNSAFE_TO_LEAVE.includes(controller.getSnapshot().state)) return
      event.preventDefault()
      event.returnValue = e.leaveWarning
    }
    const online = () => controller.retry()
    window.addEventListener('beforeunload', warn)
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('beforeunload', warn)
      window.removeEventListener('online', online)
    }
  }, [controller, e.leaveWarning])

  // While open, keep the lock fresh (and take it back if another tab of this editor's let it go); if someone took
  // it, a save says so and keeps this text as a revision.
  useEffect(() => {
    if (!editable || !lock.mine) return
    const beat = async () => {
      const session = lockSession.current
      if (!session || !TYPING.includes(controller.getSnapshot().state)) return
      const form = new FormData()
      form.set('id', id)
      form.set('lockSession', session)
      const result = await heartbeatAction(null, form).catch(() => null)
      if (result?.ok && !result.data.held) void controller.save('autosave')
    }
    const every = setInterval(beat, LOCK_HEARTBEAT_MS)
    return () => clearInterval(every)
  }, [editable, lock.mine, id, controller])

  // Leaving (tab closed, reload, another dashboard page) frees the lock at once; the server frees it only while this
  // page's session holds it, and a beat or autosave still in flight cannot take it back. A page the browser brings
  // back from its back-forward cache has let go of its lock: it reloads, for the latest text and a lock of its own.
  useEffect(() => {
    if (!editable || !lock.mine) return
    const release = () => {
      const session = lockSession.current
      if (!session) return
      const form = new FormData()
      form.set('lockSession', session)
      navigator.sendBeacon(`/dashboard/articles/${id}/lock`, form)
    }
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload()
    }
    window.addEventListener('pagehide', release)
    window.addEventListener('pageshow', restored)
    return () => {
      window.removeEventListener('pagehide', release)
      window.removeEventListener('pageshow', restored)
      release()
    }
  }, [editable, lock.mine, id])

  const update = (patch: Partial<EditorFields>) => {
    if ('slug' in patch) setSlugLinked(false)
    if ('title' in patch && slugLinked) patch = { ...patch, slug: slugify(patch.title ?? '') }
    controller.changed(patch)
  }
  const setBody = (html: string) => editor?.commands.setContent(html, { emitUpdate: false })

  const restoreLocal = () => {
    if (!localDraft) return
    // Based on the version the copy was made from: if the server moved on since, the save shows a conflict.
    controller.replace(localDraft.version, localDraft.fields, localDraft.bodyHtml, setBody)
    setLocalDraft(null)
    controller.changed()
  }
  const [takeOverError, setTakeOverError] = useState<string | null>(null)
  const takeOver = async () => {
    const form = new FormData()
    form.set('id', id)
    const result = await takeOverAction(null, form)
    if (result.ok) window.location.reload() // the latest text, with the lock now ours
    else setTakeOverError(translate(t as Dictionary, result.error, result.values))
  }

  const statusText: Record<SaveState, string> = {
    saved: snap.savedAt ? interpolate(e.savedAt, { time: clock(snap.savedAt, locale) }) : e.saved,
    dirty: e.unsaved,
    saving: e.saving,
    offline: e.offline,
    serverError: e.serverError,
    failed: e.failed,
    conflict: t.newsroom.conflict.title,
    lockLost: interpolate(e.lockLost, { name: snap.holder }),
    readOnly: interpolate(e.readOnly, { status: t.newsroom.statuses[status as keyof typeof t.newsroom.statuses] ?? status }),
    locked: interpolate(e.lockedBy, { name: snap.holder, since: lock.since ? dateTime(lock.since, locale) : '' }),
  }
  const fieldErrors = snap.error?.field ? { [snap.error.field]: snap.error.message } : {}

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="flex flex-col gap-4">
        {localDraft ? (
          <div role="alertdialog" aria-labelledby="local-draft-text" tabIndex={-1} ref={focusOnMount} className="rounded border border-blue-400 bg-blue-50 p-3">
            <p id="local-draft-text">{interpolate(e.restoreLocal, { time: dateTime(localDraft.savedAt, locale) })}</p>
            <div className="mt-2 flex gap-2">
              <button type="button" onClick={restoreLocal} className="rounded bg-ink px-3 py-1 text-sm text-white">
                {e.restoreLocalYes}
              </button>
              <button type="button" onClick={() => (clearLocalDraft(id), setLocalDraft(null))} className="rounded border px-3 py-1 text-sm">
                {e.restoreLocalNo}
              </button>
            </div>
          </div>
        ) : null}
        {snap.state === 'locked' ? (
          <div role="alert" className="rounded border border-amber-500 bg-amber-50 p-3">
            <p className="font-semibold">{statusText.locked}</p>
            <p className="text-sm">{interpolate(e.lockedHelp, { name: snap.holder })}</p>
            <button type="button" onClick={takeOver} className="mt-2 rounded bg-ink px-3 py-1 text-sm text-white">
              {e.takeOver}
            </button>
            {takeOverError ? <p className="text-sm text-red-700">{takeOverError}</p> : null}
          </div>
        ) : null}
        {snap.state === 'lockLost' || (snap.state === 'readOnly' && editable) ? (
          <div role="alert" className="rounded border border-amber-500 bg-amber-50 p-3">
            <p>{statusText[snap.state]}</p>
            <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded border px-3 py-1 text-sm">
              {e.reload}
            </button>
          </div>
        ) : null}
        {snap.theirs && snap.mine ? (
          <ConflictView
            t={t.newsroom.conflict}
            mine={{ title: snap.mine.fields.title, bodyHtml: snap.mine.bodyHtml }}
            theirs={{ ...snap.theirs, time: dateTime(snap.theirs.updatedAt, locale) }}
            onKeepMine={() => void controller.keepMine()}
            onKeepTheirs={() => controller.keepTheirs(setBody, (fields, theirs) => ({ ...fields, title: theirs.title, excerpt: theirs.excerpt }))}
          />
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="field-title" className="text-sm font-semibold">
            {e.title}
          </label>
          <input
            id="field-title"
            value={snap.fields.title}
            disabled={!canType}
            onChange={(event) => update({ title: event.target.value })}
            aria-invalid={snap.error?.field === 'title' ? true : undefined}
            className="rounded border border-gray-400 bg-white px-3 py-2 font-serif text-2xl font-bold disabled:bg-gray-100"
          />
        </div>
        <div className="rounded border border-gray-300 bg-white">
          {editor ? <Toolbar editor={editor} t={e} disabled={!canType} /> : null}
          <EditorContent editor={editor} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" disabled={!canType} onClick={() => void controller.save('manual')} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
            {e.save}
          </button>
          <p role="status" aria-live="polite" className="text-sm text-gray-700">
            {snap.state === 'locked' || snap.state === 'lockLost' || snap.state === 'readOnly' ? '' : statusText[snap.state]}
          </p>
        </div>
        {snap.error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
            {snap.error.message}
          </p>
        ) : null}
      </div>
      <aside aria-label={e.details} className="flex flex-col gap-6">
        <WorkflowPanel
          t={t}
          articleId={id}
          transitions={editable || transitions.length ? transitions : []}
          canTrash={canTrash}
          flush={async () => (UNSAFE_TO_LEAVE.includes(controller.getSnapshot().state) ? controller.save('manual') : true)}
        />
        <FieldsPanel
          t={e}
          languageNames={t.common.languageNames}
          fields={snap.fields}
          errors={fieldErrors}
          disabled={!canType}
          categories={categories}
          authors={authors}
          images={images}
          onChange={update}
        />
      </aside>
    </div>
  )
}
