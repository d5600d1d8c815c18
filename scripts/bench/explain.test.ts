import { describe, expect, it } from 'vitest'
import { readsOnly, statementsFromLog } from './explain'

describe('the statements the bench explains', () => {
  it('takes SELECTs and reading WITHs, never a statement that writes (EXPLAIN ANALYZE runs it)', () => {
    expect(readsOnly('select "id" from "articles" where "articles"."content_updated_at" < $1')).toBe(true)
    expect(readsOnly('(select $1::text as "side", "articles"."slug" from "articles") union all (select …)')).toBe(true)
    expect(readsOnly('with "candidates" as (select "id", count(*) over () as "total" from "articles") select * from "candidates"')).toBe(true)
    expect(readsOnly('with "gone" as (delete from "comments" where "id" = $1 returning "id") select count(*) from "gone"')).toBe(false)
    expect(readsOnly('with "x" as (update "articles" set "title" = $1 returning "id") select * from "x"')).toBe(false)
    expect(readsOnly('insert into "comments" ("body") values ($1)')).toBe(false)
    expect(readsOnly('update "articles" set "lock_session" = null')).toBe(false)
  })

  it('reads each distinct statement once from the server log, with the parameters of its first use', () => {
    const log = [
      '[kiosque:query] #1 select "id" from "articles" where "slug" = $1 -- params: ["le-port"]',
      '[kiosque:query] #2 insert into "comments" ("body") values ($1) -- params: ["hello"]',
      '[kiosque:query] #3 select "id" from "articles" where "slug" = $1 -- params: ["autre"]',
      '[kiosque:query] #4 with "candidates" as (select "id" from "articles") select * from "candidates" -- params: []',
      '[kiosque:query] #5 select "id" from "users" where "email" = $1 -- params: ["cut',
    ].join('\n')
    expect(statementsFromLog(log)).toEqual([
      { sql: 'select "id" from "articles" where "slug" = $1', params: ['le-port'] },
      { sql: 'with "candidates" as (select "id" from "articles") select * from "candidates"', params: [] },
    ])
  })
})
