// WordPress stores classic-editor posts without <p>: paragraphs are blank lines, line breaks are newlines, and
// wpautop() adds the markup when the page is shown. This is the same rule, applied once on import.

const BLOCK =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe'
const OPENS_BLOCK = new RegExp(`^</?(?:${BLOCK})[\\s/>]`, 'i')
const BEFORE_BLOCK = new RegExp(`(<(?:${BLOCK})[\\s/>])`, 'gi')
const AFTER_BLOCK = new RegExp(`(</(?:${BLOCK})>)`, 'gi')

export function autop(text: string): string {
  if (!text.trim()) return ''
  // <pre> keeps its newlines and a figure its inner blocks: set them aside while the rest is split into paragraphs.
  const preserved: string[] = []
  let source = text.replace(/\r\n?/g, '\n').replace(/<(pre|figure)[\s>][\s\S]*?<\/\1>/gi, (kept) => {
    preserved.push(kept)
    return `\n\n<pre data-kept="${preserved.length - 1}"></pre>\n\n`
  })
  source = source.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n').replace(BEFORE_BLOCK, '\n\n$1').replace(AFTER_BLOCK, '$1\n\n')
  const blocks = source
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (OPENS_BLOCK.test(block) ? block : `<p>${block.replace(/\n/g, '<br />\n')}</p>`))
  return blocks.join('\n').replace(/<pre data-kept="(\d+)"><\/pre>/g, (_, index: string) => preserved[Number(index)] ?? '')
}
