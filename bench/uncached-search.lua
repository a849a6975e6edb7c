-- wrk script: catalog searches that always miss the output cache (a counter makes every URL unique),
-- so each request runs the Polish full-text query in PostgreSQL.
local queries = { "dowodu+osobistego", "zaswiadczenia+o+zameldowaniu", "podatek+od+nieruchomosci", "wycinka+drzew",
                  "becikowe", "smieci", "dzialalnosc+gospodarcza", "akt+urodzenia" }
local n = 0
request = function()
  n = n + 1
  local q = queries[(n % #queries) + 1]
  return wrk.format("GET", "/kozy/katalog-spraw?q=" .. q .. "&n=" .. n .. "-" .. math.random(1, 1000000000))
end
