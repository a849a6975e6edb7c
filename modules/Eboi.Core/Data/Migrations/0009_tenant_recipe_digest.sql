-- The SHA-256 of the recipe JSON a tenant was last built from: a seed recipe that changed since (a new version of the
-- product, a module added to it) is applied again at start-up, so an existing ./eboi run data folder gets it too.
ALTER TABLE tenants ADD COLUMN recipe_sha256 text;
