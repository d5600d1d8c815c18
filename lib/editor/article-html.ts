// The editor's document → the HTML we store. ProseMirror's own serialiser, then three fix-ups its schema cannot
// express, so that an article opened and saved again comes back as it was stored:
// header rows go back into <thead>, a cell holding a single plain paragraph is written without it (as imported
// tables are), and the empty paragraph the editor keeps at the end for the cursor is not stored.
import { DOMSerializer, type Node as ProseMirrorNode } from '@tiptap/pm/model'

export function articleHtml(doc: ProseMirrorNode, document: Document = globalThis.document): string {
  const container = document.createElement('div')
  container.appendChild(DOMSerializer.fromSchema(doc.type.schema).serializeFragment(doc.content, { document }))
  for (const table of Array.from(container.querySelectorAll('table'))) tidyTable(table, document)
  const last = container.lastElementChild
  if (last && container.childElementCount > 1 && last.tagName === 'P' && !last.hasChildNodes()) last.remove()
  for (const caption of Array.from(container.querySelectorAll('figcaption'))) if (!caption.hasChildNodes()) caption.remove()
  return container.innerHTML
}

function tidyTable(table: HTMLTableElement, document: Document) {
  const body = table.querySelector(':scope > tbody')
  const rows = Array.from(body?.children ?? [])
  const firstBodyRow = rows.findIndex((row) => row.getAttribute('data-section') !== 'head')
  const headRows = firstBodyRow < 0 ? rows : rows.slice(0, firstBodyRow) // only a leading run can be a <thead>
  if (body && headRows.length) {
    const head = document.createElement('thead')
    for (const row of headRows) head.appendChild(row)
    table.insertBefore(head, body)
    if (!body.hasChildNodes()) body.remove()
  }
  for (const row of Array.from(table.querySelectorAll('tr[data-section]'))) row.removeAttribute('data-section')
  for (const cell of Array.from(table.querySelectorAll('td, th'))) {
    const only = cell.children.length === 1 && cell.childNodes.length === 1 ? cell.firstElementChild : null
    if (only?.tagName === 'P' && only.attributes.length === 0) only.replaceWith(...Array.from(only.childNodes))
  }
}
