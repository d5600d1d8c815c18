/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than printing "undefined". */
export function interpolate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
