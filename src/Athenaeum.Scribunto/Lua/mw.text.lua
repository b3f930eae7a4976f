-- mw.text: text utilities of the Scribunto reference manual (trim, split, entities, nowiki,
-- tag, truncate, listToText, strip markers, JSON). Built on mw.ustring, as Scribunto's, so that
-- bad arguments are reported by the same ustring functions.
local ctx = ...
local mw, host, G, util = ctx.mw, ctx.host, ctx.G, ctx.util
local ustring = mw.ustring
local type, pairs, error, tostring, tonumber, setmetatable = type, pairs, error, tostring, tonumber, setmetatable
local format, concat, sgsub, ssub, smatch = string.format, table.concat, string.gsub, string.sub, string.match
local abs, huge = math.abs, math.huge
local checkType, checkTypeForNamedArg = util.checkType, util.checkTypeForNamedArg

local options = host.textOptions()
local text = {
	JSON_PRESERVE_KEYS = 1,
	JSON_TRY_FIXING = 2,
	JSON_PRETTY = 4,
}

function text.trim( s, charset )
	charset = charset or '\t\r\n\f '
	s = ustring.gsub( s, '^[' .. charset .. ']*(.-)[' .. charset .. ']*$', '%1' )
	return s
end

-- The entities encode writes and decode reads back without the HTML5 table.
local encodeMap = {
	['<'] = '&lt;', ['>'] = '&gt;', ['&'] = '&amp;', ['"'] = '&quot;', ["'"] = '&#039;',
	['\194\160'] = '&nbsp;',
}
local decodeMap = {}
for ch, entity in pairs( encodeMap ) do
	decodeMap[entity] = ch
end
local namedEntities

function text.encode( s, charset )
	charset = charset or '<>&"\'\194\160'
	s = ustring.gsub( s, '[' .. charset .. ']', function ( ch )
		local entity = encodeMap[ch]
		if not entity then
			entity = format( '&#%d;', ustring.codepoint( ch ) )
			encodeMap[ch] = entity
			decodeMap[entity] = ch
		end
		return entity
	end )
	return s
end

function text.decode( s, decodeNamedEntities )
	local map = decodeMap
	if decodeNamedEntities then
		if not namedEntities then
			namedEntities = setmetatable( host.getEntityTable(), { __index = decodeMap } )
		end
		map = namedEntities
	end
	-- the pattern is ASCII, so the byte-level gsub is safe on UTF-8
	s = sgsub( s, '(&(#?x?)([a-zA-Z0-9]+);)', function ( entity, kind, name )
		if not map[entity] then
			local n
			if kind == '#' then
				n = tonumber( name, 10 )
			elseif kind == '#x' then
				n = tonumber( name, 16 )
			end
			if n and n <= 0x10ffff then
				local ch = ustring.char( n )
				decodeMap[entity] = ch
				encodeMap[ch] = entity
			end
		end
		return map[entity]
	end )
	return s
end

local nowikiChars = {
	['"'] = '&#34;', ['&'] = '&#38;', ["'"] = '&#39;', ['<'] = '&#60;', ['='] = '&#61;',
	['>'] = '&#62;', ['['] = '&#91;', [']'] = '&#93;', ['{'] = '&#123;', ['|'] = '&#124;',
	['}'] = '&#125;',
}
local nowikiLineStarts = {
	['#'] = '&#35;', ['*'] = '&#42;', [':'] = '&#58;', [';'] = '&#59;', [' '] = '&#32;',
	['\n'] = '&#10;', ['\r'] = '&#13;', ['\t'] = '&#9;',
}
local spaceEntities = { [' '] = '&#32;', ['\t'] = '&#9;', ['\r'] = '&#13;', ['\n'] = '&#10;', ['\f'] = '&#12;' }

function text.nowiki( s )
	s = sgsub( s, '["&\'<=>%[%]{|}]', nowikiChars )
	s = sgsub( '\n' .. s, '([\r\n])([#*:; \n\r\t])', function ( nl, ch )
		if nl == '\r' and ch == '\n' then
			return '&#13;\n'
		end
		return nl .. nowikiLineStarts[ch]
	end )
	s = sgsub( s, '([\r\n])%-%-%-%-', '%1&#45;---' )
	s = ssub( s, 2 )
	s = sgsub( s, '__', '_&#95;' )
	s = sgsub( s, '://', '&#58;//' )
	for _, word in pairs( { 'ISBN', 'RFC', 'PMID' } ) do
		s = sgsub( s, word .. '(%s)', function ( sp )
			return word .. ( spaceEntities[sp] or sp )
		end )
	end
	for pattern, replacement in pairs( options.nowikiProtocols ) do
		s = sgsub( s, pattern, replacement )
	end
	return s
end

function text.tag( name, attrs, content )
	local named = false
	if type( name ) == 'table' then
		named = true
		name, attrs, content = name.name, name.attrs, name.content
		checkTypeForNamedArg( 'tag', 'name', name, 'string' )
		checkTypeForNamedArg( 'tag', 'attrs', attrs, 'table', true )
	else
		checkType( 'tag', 1, name, 'string' )
		checkType( 'tag', 2, attrs, 'table', true )
	end
	local out = { '<' .. name }
	for k, v in pairs( attrs or {} ) do
		if type( k ) ~= 'string' then
			error( "bad named argument attrs to 'tag' (keys must be strings, found " .. type( k ) .. ')', 2 )
		end
		if smatch( k, '[\t\r\n\f /<>"\'=]' ) then
			error( "bad named argument attrs to 'tag' (invalid key '" .. k .. "')", 2 )
		end
		local tv = type( v )
		if tv == 'boolean' then
			if v then
				out[#out + 1] = ' ' .. k
			end
		elseif tv == 'string' or tv == 'number' then
			out[#out + 1] = format( ' %s="%s"', k, text.encode( tostring( v ) ) )
		else
			error( "bad named argument attrs to 'tag' (value for key '" .. k .. "' may not be " .. tv .. ')', 2 )
		end
	end
	local tc = type( content )
	if content == nil then
		out[#out + 1] = '>'
	elseif content == false then
		out[#out + 1] = ' />'
	elseif tc == 'string' or tc == 'number' then
		out[#out + 1] = '>'
		out[#out + 1] = content
		out[#out + 1] = '</' .. name .. '>'
	elseif named then
		checkTypeForNamedArg( 'tag', 'content', content, 'string, number, nil, or false' )
	else
		checkType( 'tag', 3, content, 'string, number, nil, or false' )
	end
	return concat( out )
end

function text.unstrip( s )
	return host.unstrip( s )
end

function text.unstripNoWiki( s )
	return host.unstripNoWiki( s )
end

function text.killMarkers( s )
	return host.killMarkers( s )
end

function text.gsplit( s, pattern, plain )
	local pos, len = 1, ustring.len( s )
	return function ()
		if not pos then
			return nil
		end
		local first, last = ustring.find( s, pattern, pos, plain )
		local piece
		if not first then
			piece = ustring.sub( s, pos )
			pos = nil
		elseif last < first then
			-- an empty separator splits after every character
			piece = ustring.sub( s, pos, first )
			pos = first < len and first + 1 or nil
		else
			piece = first > pos and ustring.sub( s, pos, first - 1 ) or ''
			pos = last + 1
		end
		return piece
	end, nil, nil
end

function text.split( s, pattern, plain )
	local pieces = {}
	for piece in text.gsplit( s, pattern, plain ) do
		pieces[#pieces + 1] = piece
	end
	return pieces
end

function text.listToText( list, separator, conjunction )
	separator = separator or options.comma
	conjunction = conjunction or options['and']
	local n = #list
	if n > 1 then
		return concat( list, separator, 1, n - 1 ) .. conjunction .. list[n]
	end
	return tostring( list[1] or '' )
end

function text.truncate( s, length, ellipsis, adjustLength )
	local len = ustring.len( s )
	if len <= abs( length ) then
		return s
	end
	ellipsis = ellipsis or options.ellipsis
	local elen = adjustLength and ustring.len( ellipsis ) or 0
	local result
	if abs( length ) <= elen then
		result = ellipsis
	elseif length > 0 then
		result = ustring.sub( s, 1, length - elen ) .. ellipsis
	else
		result = ellipsis .. ustring.sub( s, length + elen )
	end
	if ustring.len( result ) < len then
		return result
	end
	return s
end

-- What PHP could not receive at all, reported before the host is called (as Scribunto does).
local function checkEncodable( v, seen, level )
	local tv = type( v )
	if tv == 'table' then
		if seen[v] then
			error( 'mw.text.jsonEncode: Cannot use recursive tables', level )
		end
		seen[v] = true
		for k, item in pairs( v ) do
			if type( k ) == 'number' then
				if k >= huge or k <= -huge then
					error( "mw.text.jsonEncode: Cannot use 'inf' as a table key", level )
				end
			elseif type( k ) ~= 'string' then
				error( format( "mw.text.jsonEncode: Cannot use type '%s' as a table key", type( k ) ), level )
			end
			checkEncodable( item, seen, level + 1 )
		end
		seen[v] = nil
	elseif tv == 'number' then
		if v ~= v or v >= huge or v <= -huge then
			error( 'mw.text.jsonEncode: Cannot encode non-finite numbers', level )
		end
	elseif tv ~= 'boolean' and tv ~= 'string' and tv ~= 'nil' then
		error( format( "mw.text.jsonEncode: Cannot encode type '%s'", tv ), level )
	end
end

function text.jsonEncode( value, flags )
	checkEncodable( value, {}, 3 )
	return host.jsonEncode( value, flags )
end

function text.jsonDecode( json, flags )
	return host.jsonDecode( json, flags )
end

mw.text = text
G.package.loaded['mw.text'] = text
