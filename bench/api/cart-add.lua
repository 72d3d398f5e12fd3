-- wrk script: each request adds one of SKU to a cart, spreading requests over the carts in CARTS
-- (comma-separated ids, one per connection, made beforehand) so connections do not queue on one cart row.
local carts = {}
for id in string.gmatch(os.getenv("CARTS") or "", "[^,]+") do carts[#carts + 1] = id end
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"sku":"' .. (os.getenv("SKU") or "") .. '","quantity":1}'

request = function()
  counter = counter + 1
  local path = wrk.path:gsub("CART", carts[(counter % #carts) + 1])
  return wrk.format(nil, path)
end
