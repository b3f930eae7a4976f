-- Runs each case function under pcall and joins the results (mw.allToString of the values, or
-- "ERROR: " and the message without its "chunk:line:" position) with U+001E.
local function run( cases )
	local out = {}
	for i, case in ipairs( cases ) do
		local packed = { pcall( case ) }
		if packed[1] then
			out[i] = mw.allToString( unpack( packed, 2, table.maxn( packed ) ) )
		else
			local message = tostring( packed[2] )
			out[i] = 'ERROR: ' .. ( message:gsub( '^.-:%d+: ', '' ) )
		end
	end
	return table.concat( out, '\30' )
end
