'use client'

import { htmlToBlocks } from '@/lib/editor/local-draft'
import type { Dictionary } from '@/lib/i18n/dictionaries'
import { interpolate } from '@/lib/i18n/dictionaries'

type Version = { title: string; bodyHtml: string }
type Props = {
  t: Dictionary['newsroom']['conflict']
  mine: Version
  theirs: Version & { version: number; time: string }
  onKeepMine: () => void
  onKeepTheirs: () => void
}

/**
 * An alertdialog takes focus when it appears, so keyboard and screen-reader users meet the question at once. Module
 * level, so React calls it on mount only (an inline ref callback would run, and steal focus, at every render).
 */
export const focusOnMount = (element: HTMLElement | null) => element?.focus()

/** Both texts side by side; the author chooses. The one not chosen stays in the revisions. */
export function ConflictView({ t, mine, theirs, onKeepMine, onKeepTheirs }: Props) {
  const column = (heading: string, version: Version, id: string) => (
    <section aria-labelledby={id} className="rounded border border-gray-300 bg-white p-4">
      <h3 id={id} className="text-sm font-bold uppercase tracking-wide text-gray-600">
        {heading}
      </h3>
      <p className="mt-2 font-serif text-lg font-bold">{version.title}</p>
      <div className="mt-2 space-y-2 text-sm">
        {htmlToBlocks(version.bodyHtml).map((block, index) => (
          <p key={index}>{block}</p>
        ))}
      </div>
    </section>
  )
  return (
    <section role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-intro" tabIndex={-1} ref={focusOnMount} className="rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-xl font-bold">
        {t.title}
      </h2>
      <p id="conflict-intro" className="mt-1 text-sm">
        {t.intro}
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {column(t.mine, mine, 'conflict-mine')}
        {column(interpolate(t.theirs, { version: theirs.version, time: theirs.time }), theirs, 'conflict-theirs')}
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded bg-ink px-4 py-2 font-semibold text-white">
          {t.keepMine}
        </button>
        <button type="button" onClick={onKeepTheirs} className="rounded border border-gray-500 bg-white px-4 py-2 font-semibold">
          {t.keepTheirs}
        </button>
      </div>
    </section>
  )
}
