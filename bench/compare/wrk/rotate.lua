-- wrk script of bench/compare: every request asks for the next path of a list (one path a line, the
-- file given after "--"), each thread starting at its own offset, so the load rotates over the set.
-- done() prints one machine-readable line: WRKRESULT requests seconds p50_ms p99_ms socket_errors non_2xx_3xx.
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local paths = {}
local index = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("rotate.lua: no paths in " .. tostring(args[1])) end
  index = ((id or 1) * 7919) % #paths
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRKRESULT %d %.3f %.3f %.3f %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
