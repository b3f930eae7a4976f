-- mw.ustring: Lua's string library over UTF-8 code points. The pattern functions and the
-- UTF-8 helpers are native (athenaeum_ustring, compiled into the shim), with Scribunto's
-- semantics: Unicode character classes, positions in code points, and its error messages.
local ctx = ...
local mw, host, G = ctx.mw, ctx.host, ctx.G
local native = athenaeum_ustring
local util = ctx.util
local checkType = util.checkType
local select, error, string = select, error, string

local ustring = {
	maxStringLength = 2097152,
	maxPatternLength = 10000,
	byte = string.byte,
	format = string.format,
	rep = string.rep,
	char = native.char,
}

-- Scribunto checks the argument count in Lua before calling its host functions.
local function wrap( name, f, n )
	return function ( ... )
		if select( '#', ... ) < n then
			error( 'too few arguments to mw.ustring.' .. name, 2 )
		end
		return f( ... )
	end
end

ustring.find = wrap( 'find', native.find, 2 )
ustring.match = wrap( 'match', native.match, 2 )
ustring.gsub = wrap( 'gsub', native.gsub, 3 )
for _, name in ipairs( { 'isutf8', 'byteoffset', 'codepoint', 'len', 'sub' } ) do
	ustring[name] = wrap( name, native[name], 1 )
end

local function normalizer( name, form )
	return wrap( name, function ( s )
		return host.ustringNormalize( s, form, name )
	end, 1 )
end
ustring.toNFC = normalizer( 'toNFC', 'C' )
ustring.toNFD = normalizer( 'toNFD', 'D' )
ustring.toNFKC = normalizer( 'toNFKC', 'KC' )
ustring.toNFKD = normalizer( 'toNFKD', 'KD' )
ustring.upper = wrap( 'upper', function ( s )
	return host.ustringCase( s, true )
end, 1 )
ustring.lower = wrap( 'lower', function ( s )
	return host.ustringCase( s, false )
end, 1 )

function ustring.gmatch( s, pattern )
	checkType( 'gmatch', 1, s, 'string' )
	checkType( 'gmatch', 2, pattern, 'string' )
	return native.gmatch( s, pattern ), nil, nil
end

function ustring.gcodepoint( s, i, j )
	checkType( 'gcodepoint', 1, s, 'string' )
	checkType( 'gcodepoint', 2, i, 'number', true )
	checkType( 'gcodepoint', 3, j, 'number', true )
	local cps = native.codepointsTable( s, i, j or -1 )
	local pos, len = 1, #cps
	return function ()
		if pos <= len then
			local cp = cps[pos]
			pos = pos + 1
			return cp
		end
	end
end

mw.ustring = ustring
G.package.loaded['mw.ustring'] = ustring
