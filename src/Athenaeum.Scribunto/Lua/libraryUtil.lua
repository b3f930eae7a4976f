-- libraryUtil: the argument checks Scribunto's libraries use and modules may require.
-- Messages as the Scribunto reference manual documents them; errors point at the caller of the
-- function doing the check (level 3).
local ctx = ...
local type, error, ipairs, format, concat = type, error, ipairs, string.format, table.concat

local util = {}

function util.checkType( name, argIdx, arg, expectType, nilOk )
	if arg == nil and nilOk then
		return
	end
	if type( arg ) ~= expectType then
		error( format( "bad argument #%d to '%s' (%s expected, got %s)", argIdx, name, expectType, type( arg ) ), 3 )
	end
end

function util.checkTypeMulti( name, argIdx, arg, expectTypes )
	local t = type( arg )
	for _, expected in ipairs( expectTypes ) do
		if t == expected then
			return
		end
	end
	local n = #expectTypes
	local list = n > 1 and ( concat( expectTypes, ', ', 1, n - 1 ) .. ' or ' .. expectTypes[n] ) or expectTypes[1]
	error( format( "bad argument #%d to '%s' (%s expected, got %s)", argIdx, name, list, t ), 3 )
end

function util.checkTypeForIndex( index, value, expectType )
	if type( value ) ~= expectType then
		error( format( "value for index '%s' must be %s, %s given", index, expectType, type( value ) ), 3 )
	end
end

function util.checkTypeForNamedArg( name, argName, arg, expectType, nilOk )
	if arg == nil and nilOk then
		return
	end
	if type( arg ) ~= expectType then
		error( format( "bad named argument %s to '%s' (%s expected, got %s)", argName, name, expectType, type( arg ) ), 3 )
	end
end

function util.makeCheckSelfFunction( libraryName, varName, selfObj, selfObjDesc )
	return function ( self, method )
		if self ~= selfObj then
			error( format(
				"%s: invalid %s. Did you call %s with a dot instead of a colon, i.e. %s.%s() instead of %s:%s()?",
				libraryName, selfObjDesc, method, varName, method, varName, method
			), 3 )
		end
	end
end

if ctx and ctx.page then
	ctx.util = util
	ctx.G.package.loaded.libraryUtil = util
end
return util
