// The PostgreSQL extensions every PGlite process loads: the migrations create them (unaccent for search, pg_trgm).
// Its own module, free of the app's environment, so the import's child process and the benches open PGlite alike.
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'

export const PGLITE_EXTENSIONS = { unaccent, pg_trgm }
