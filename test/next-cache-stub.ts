// next/cache's functions throw outside a Next render; query functions call them, so tests get no-ops.
export const cacheTag = (..._tags: string[]) => {}
export const cacheLife = (_profile: unknown) => {}
export const updateTag = (_tag: string) => {}
export const revalidateTag = (_tag: string, _profile?: unknown) => {}
export const revalidatePath = (_path: string) => {}
export const refresh = () => {}
