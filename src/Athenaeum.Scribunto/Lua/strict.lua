-- strict: after require('strict'), reading or creating an undeclared global is an error (except
-- "arg", which require() sets). Behaviour of Scribunto's built-in strict library.
local error, rawset, rawget, getmetatable, setmetatable = error, rawset, rawget, getmetatable, setmetatable

local mt = getmetatable( _G )
if mt == nil then
	mt = {}
	setmetatable( _G, mt )
end

mt.__newindex = function ( t, name, value )
	if name ~= 'arg' then
		error( "assign to undeclared variable '" .. name .. "'", 2 )
	end
	rawset( t, name, value )
end

mt.__index = function ( t, name )
	if name ~= 'arg' then
		error( "variable '" .. name .. "' is not declared", 2 )
	end
	return rawget( t, name )
end
