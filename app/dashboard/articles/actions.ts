'use server'

import { redirect } from 'next/navigation'
import { saveArticle, createArticle } from '@/db/queries/articles-admin'
import {
  archiveArticles,
  refreshLock,
  restoreArticle,
  restoreRevision,
  takeOverLock,
  transitionArticle,
  trashArticles,
} from '@/db/queries/articles-workflow'
import { defineAction } from '@/lib/action'
import { UserError } from '@/lib/errors'
import { bulkSchema, createSchema, idSchema, lockSessionSchema, restoreRevisionSchema, saveSchema, transitionSchema } from './schemas'

export const createArticleAction = defineAction({
  permission: 'article.create',
  schema: createSchema,
  run: async (input, viewer) => {
    const { id } = await createArticle(viewer, input)
    redirect(`/dashboard/articles/${id}`)
  },
})

/** Autosave and manual save. A refusal is a result, not an error: the editor shows the conflict or the lock. */
export const saveArticleAction = defineAction({
  permission: 'article.edit',
  schema: saveSchema,
  run: async (input, viewer) => {
    const { outcome, revalidate } = await saveArticle(viewer, input)
    return { data: outcome, tags: revalidate }
  },
})

export const transitionAction = defineAction({
  permission: 'article.submit', // the query then demands article.publish for the desk's transitions
  schema: transitionSchema,
  run: async (input, viewer) => {
    const { revalidate } = await transitionArticle(viewer, input.id, input.transition, { scheduledAt: input.scheduledAt })
    return { data: { transition: input.transition }, tags: revalidate }
  },
})

export const takeOverAction = defineAction({
  permission: 'article.edit',
  schema: idSchema,
  run: async (input, viewer) => ({ data: await takeOverLock(viewer, input.id) }),
})

export const heartbeatAction = defineAction({
  permission: 'article.edit',
  schema: lockSessionSchema,
  run: async (input, viewer) => ({ data: { held: await refreshLock(viewer, input.id, input.lockSession) } }),
})

export const trashAction = defineAction({
  permission: 'article.delete',
  schema: idSchema,
  run: async (input, viewer) => {
    const { revalidate } = await trashArticles(viewer, [input.id])
    return { data: null, tags: revalidate }
  },
})

export const restoreFromTrashAction = defineAction({
  permission: 'article.delete',
  schema: idSchema,
  run: async (input, viewer) => {
    const { revalidate } = await restoreArticle(viewer, input.id)
    return { data: null, tags: revalidate }
  },
})

export const bulkAction = defineAction({
  permission: 'article.delete',
  schema: bulkSchema,
  run: async (input, viewer) => {
    if (!input.ids.length) throw new UserError('newsroom.errors.nothingSelected')
    const { count, revalidate } = input.operation === 'trash' ? await trashArticles(viewer, input.ids) : await archiveArticles(viewer, input.ids)
    return { data: { count }, tags: revalidate }
  },
})

export const restoreRevisionAction = defineAction({
  permission: 'article.edit',
  schema: restoreRevisionSchema,
  run: async (input, viewer) => {
    const { version, revalidate } = await restoreRevision(viewer, input.id, input.revisionId, input.version)
    return { data: { version }, tags: revalidate }
  },
})
