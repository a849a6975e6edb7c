-- wrk script: Open311 POST requests (new fault reports) with an API key, each with its own text and a point inside
-- Kozy's box, so every request runs the whole path: validation, the report, its number, the workflow start.
-- KEY and SERVICE come from the environment (bench/faultreports-submit.sh sets them).
local key, service = os.getenv("KEY"), os.getenv("SERVICE")
local n = 0
request = function()
  n = n + 1
  local lat = 49.82 + math.random() * 0.06
  local lon = 19.10 + math.random() * 0.11
  local body = "api_key=" .. key .. "&service_code=" .. service .. "&lat=" .. string.format("%.5f", lat) ..
    "&long=" .. string.format("%.5f", lon) .. "&email=bench%40example.org&first_name=Jan&last_name=Testowy" ..
    "&description=Uszkodzona+nawierzchnia+nr+" .. n .. "-" .. math.random(1, 1000000000)
  return wrk.format("POST", "/kozy/open311/v2/requests.json", { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end
