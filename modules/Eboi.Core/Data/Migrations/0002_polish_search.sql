-- Polish full-text search (shared/reference/tools.md §3): hunspell-pl folded to ASCII behind unaccent, so both
-- inflected forms and text typed without diacritics match; pg_trgm serves the typo fallback.
-- The dictionary files are installed into tsearch_data by scripts/make-polish-ascii-dict.sh (./eboi does it).
-- Without them (an external server) the config falls back to unaccent + simple and search_mode() says so.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION immutable_unaccent(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, t) $$;

CREATE TABLE eboi_search_mode (mode text NOT NULL);

DO $$
BEGIN
    BEGIN
        CREATE TEXT SEARCH DICTIONARY eboi_pl_ispell (
            TEMPLATE = ispell, DictFile = pl_pl_ascii, AffFile = pl_pl_ascii, StopWords = polish_ascii);
        CREATE TEXT SEARCH DICTIONARY eboi_pl_stop (TEMPLATE = simple, StopWords = polish_ascii, Accept = false);
        CREATE TEXT SEARCH CONFIGURATION eboi_pl (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION eboi_pl
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
            WITH unaccent, eboi_pl_stop, eboi_pl_ispell, simple;
        INSERT INTO eboi_search_mode VALUES ('hunspell');
    EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'Polish dictionary files missing (%); run scripts/make-polish-ascii-dict.sh as root. Falling back to unaccent+simple.', SQLERRM;
        CREATE TEXT SEARCH CONFIGURATION eboi_pl (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION eboi_pl
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
            WITH unaccent, simple;
        INSERT INTO eboi_search_mode VALUES ('simple');
    END;
END $$;
