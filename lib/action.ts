import 'server-only'
import { unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import { isMessageKey, type MessageKey } from './i18n/dictionaries'
import { UserError } from './errors'
import { can, type Permission, type Viewer } from './permissions'
import { getViewer } from './session'
import { expireTags } from './expire-tags'

/** Per field, the message keys to show next to it. */
export type FieldErrors = Record<string, MessageKey[] | undefined>
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false
      error: MessageKey
      values?: Record<string, string | number>
      fieldErrors?: FieldErrors
      /** What was typed, so a refused form shows it again (React resets uncontrolled fields after an action). */
      submitted?: Record<string, string>
    }

type RunResult<T> = { data: T; tags?: string[] }

type ActionDefinition<S extends z.ZodType, T, Public extends boolean> = {
  permission: Permission
  schema: S
  /** Public actions (a reader's comment) also run for signed-out visitors; `viewer` is then null. */
  public?: Public
  run: (input: z.infer<S>, viewer: Public extends true ? Viewer | null : Viewer) => Promise<RunResult<T>>
}

const fail = (error: MessageKey, extra: Omit<Extract<ActionResult<never>, { ok: false }>, 'ok' | 'error'> = {}) =>
  ({ ok: false, error, ...extra }) as const

/** FormData to a plain object; repeated names (checkbox lists, multi-selects) become arrays. */
function formToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue // React's own fields
    const values = form.getAll(key)
    result[key] = values.length > 1 ? values : values[0]
  }
  return result
}

/** Text fields as typed, for the form to show again; never passwords, files or React's own fields. */
function echoOf(form: FormData): Record<string, string> {
  const echo: Record<string, string> = {}
  for (const [key, value] of form) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password|confirm/i.test(key) && !(key in echo)) echo[key] = value
  }
  return echo
}

/**
 * Zod's issues as message keys, per field. Schemas give keys for the rules a person can break ('newsroom.errors.slugInvalid');
 * anything else (a length limit, a malformed id) gets a generic sentence rather than Zod's English.
 */
function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: Record<string, MessageKey[]> = {}
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (typeof field !== 'string') continue
    const key: MessageKey = isMessageKey(issue.message)
      ? issue.message
      : issue.code === 'too_big'
        ? 'errors.fieldTooLong'
        : issue.code === 'too_small' && issue.origin === 'string'
          ? 'errors.fieldRequired'
          : 'errors.fieldInvalid'
    const list = (result[field] ??= [])
    if (!list.includes(key)) list.push(key)
  }
  return result
}

/**
 * The one way to write a server action. A server action is a public POST endpoint: anyone can call it with any
 * payload, whatever the UI shows. The order is fixed: authenticate → authorise → validate → run → revalidate.
 * The result plugs straight into useActionState.
 */
export function defineAction<S extends z.ZodType, T, Public extends boolean = false>(def: ActionDefinition<S, T, Public>) {
  return async (_previous: unknown, form: FormData): Promise<ActionResult<T>> => {
    const viewer = await getViewer()
    if (!def.public && !viewer) return fail('errors.signInRequired')
    if (!can(viewer, def.permission)) return fail(viewer ? 'errors.forbidden' : 'errors.signInRequired')

    const input = def.schema.safeParse(formToObject(form))
    if (!input.success) return fail('errors.fieldsToFix', { fieldErrors: fieldErrorsOf(input.error), submitted: echoOf(form) })

    try {
      const { data, tags = [] } = await def.run(input.data, viewer as Public extends true ? Viewer | null : Viewer)
      expireTags(tags, 'action') // the author sees their own write on the next render
      return { ok: true, data }
    } catch (error) {
      unstable_rethrow(error) // redirect(), notFound() and forbidden() must escape
      if (error instanceof UserError) {
        return fail(error.messageKey, {
          ...(error.values ? { values: error.values } : {}),
          ...(error.field ? { fieldErrors: { [error.field]: [error.messageKey] } } : {}),
          submitted: echoOf(form),
        })
      }
      throw error // unexpected: error.tsx and the server log see it
    }
  }
}
