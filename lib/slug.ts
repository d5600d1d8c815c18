// "Élections : le 2e tour à Saint-Étienne" → "elections-le-2e-tour-a-saint-etienne".
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' }

export const MAX_SLUG_LENGTH = 96

export function slugify(text: string): string {
  return text
    .replace(/[œŒæÆßøØłŁđĐ]/g, (char) => LIGATURES[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // combining accents left by NFKD
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '')
}

export function isValidSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= MAX_SLUG_LENGTH
}
