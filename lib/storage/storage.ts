// No 'server-only': the WordPress import (a CLI) writes through the same storage as the site.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '@/lib/env'

/**
 * Where uploaded files live. The local folder is the default; an S3-compatible backend only has to implement
 * these three methods (keys are opaque, slash-separated, never user-chosen).
 */
export type Storage = {
  put(key: string, bytes: Buffer): Promise<void>
  get(key: string): Promise<Buffer | null>
  delete(key: string): Promise<void>
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/._-]*$/i

export function localStorage(root: string): Storage {
  const resolve = (key: string) => {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`Invalid storage key: ${key}`)
    return path.join(root, key)
  }
  return {
    async put(key, bytes) {
      const file = resolve(key)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, bytes)
    },
    async get(key) {
      try {
        return await readFile(resolve(key))
      } catch {
        return null
      }
    },
    async delete(key) {
      await rm(resolve(key), { force: true })
    },
  }
}

let storage: Storage | null = null
export function getStorage(): Storage {
  return (storage ??= localStorage(path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR, 'media')))
}
