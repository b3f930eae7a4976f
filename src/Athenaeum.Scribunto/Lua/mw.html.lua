-- mw.html: the fluent HTML builder of the Scribunto reference manual. Output is byte for byte
-- what MediaWiki's builder prints: attributes in the order set, values HTML-escaped (strip
-- markers kept intact), css() properties escaped and joined with ';' in one style attribute.
local ctx = ...
local mw, G, util = ctx.mw, ctx.G, ctx.util
local type, ipairs, pairs, error, tostring, setmetatable, pcall = type, ipairs, pairs, error, tostring, setmetatable, pcall
local format, sgsub, sfind, smatch = string.format, string.gsub, string.find, string.match
local insert, remove, concat = table.insert, table.remove, table.concat
local checkType, checkTypeMulti = util.checkType, util.checkTypeMulti

local html = {}
local methods = {}
local meta = { __index = methods }

local voidTags = {
	area = true, base = true, br = true, col = true, command = true, embed = true, hr = true,
	img = true, input = true, keygen = true, link = true, meta = true, param = true,
	source = true, track = true, wbr = true,
}

local escapes = { ['<'] = '&lt;', ['>'] = '&gt;', ['&'] = '&amp;', ['"'] = '&quot;' }

-- strip markers contain a quote; escaping must not break them
local markerPrefix, markerSuffix = '\127\'"`UNIQ-', '-QINU`"\'\127'
local function literalPattern( s )
	return ( sgsub( s, '%p', '%%%0' ) )
end
local function literalReplacement( s )
	return ( sgsub( s, '%%', '%%%%' ) )
end
local escapedPrefix = literalPattern( ( sgsub( markerPrefix, '[<>&"]', escapes ) ) )
local escapedSuffix = literalPattern( ( sgsub( markerSuffix, '[<>&"]', escapes ) ) )
local prefixRepl, suffixRepl = literalReplacement( markerPrefix ), literalReplacement( markerSuffix )

local function escape( s )
	local out = sgsub( s, '[<>&"]', escapes )
	out = sgsub( out, escapedPrefix, prefixRepl )
	out = sgsub( out, escapedSuffix, suffixRepl )
	return out
end

local function cssEscape( s )
	-- only non-ASCII strings need the (slower) ustring functions
	local lib = sfind( s, '[^%z\1-\127]' ) and mw.ustring or string
	return ( lib.gsub( s, '[^\32-\57\60-\127]', function ( ch )
		return format( '\\%X ', mw.ustring.codepoint( ch ) )
	end ) )
end

local function findAttr( node, name )
	for i, attr in ipairs( node.attributes ) do
		if attr.name == name then
			return attr, i
		end
	end
end

local function newNode( tagName, args )
	if tagName ~= nil and tagName ~= '' and not smatch( tagName, '^[a-zA-Z0-9]+$' ) then
		error( format( "invalid tag name '%s'", tagName ), 3 )
	end
	args = args or {}
	local node = setmetatable( { nodes = {}, attributes = {}, styles = {} }, meta )
	if tagName ~= '' then
		node.tagName = tagName
	end
	node.parent = args.parent
	node.selfClosing = voidTags[tagName] or args.selfClosing or false
	return node
end

local function append( node, child )
	if node.selfClosing then
		error( "self-closing tags can't have child nodes", 3 )
	end
	if child then
		insert( node.nodes, child )
	end
	return node
end

function methods._build( node, out )
	local tagName = node.tagName
	if tagName then
		out[#out + 1] = '<' .. tagName
		for _, attr in ipairs( node.attributes ) do
			out[#out + 1] = ' ' .. attr.name .. '="' .. escape( attr.val ) .. '"'
		end
		if #node.styles > 0 then
			local css = {}
			for _, prop in ipairs( node.styles ) do
				if type( prop ) == 'table' then
					css[#css + 1] = escape( cssEscape( prop.name ) .. ':' .. cssEscape( prop.val ) )
				else
					css[#css + 1] = escape( prop )
				end
			end
			out[#out + 1] = ' style="' .. concat( css, ';' ) .. '"'
		end
		if node.selfClosing then
			out[#out + 1] = ' />'
			return
		end
		out[#out + 1] = '>'
	end
	for _, child in ipairs( node.nodes ) do
		if child then
			if type( child ) == 'table' then
				child:_build( out )
			else
				out[#out + 1] = tostring( child )
			end
		end
	end
	if tagName then
		out[#out + 1] = '</' .. tagName .. '>'
	end
end

meta.__tostring = function ( node )
	local out = {}
	node:_build( out )
	return concat( out )
end

function methods.node( node, child )
	return append( node, child )
end

function methods.wikitext( node, ... )
	for i, text in ipairs( { ... } ) do
		checkTypeMulti( 'wikitext', i, text, { 'string', 'number' } )
		append( node, text )
	end
	return node
end

function methods.newline( node )
	return node:wikitext( '\n' )
end

function methods.tag( node, tagName, args )
	checkType( 'tag', 1, tagName, 'string' )
	checkType( 'tag', 2, args, 'table', true )
	args = args or {}
	args.parent = node
	local child = newNode( tagName, args )
	node:node( child )
	return child
end

function methods.getAttr( node, name )
	checkType( 'getAttr', 1, name, 'string' )
	local attr = findAttr( node, name )
	return attr and attr.val
end

function methods.attr( node, name, value )
	if type( name ) == 'table' then
		if value ~= nil then
			error( "bad argument #2 to 'attr' (if argument #1 is a table, argument #2 must be left empty)", 2 )
		end
		local ok = pcall( function ()
			for k, v in pairs( name ) do
				node:attr( k, v )
			end
		end )
		if not ok then
			error( "bad argument #1 to 'attr' (table keys must be strings, and values must be strings or numbers)", 2 )
		end
		return node
	end
	checkType( 'attr', 1, name, 'string' )
	checkTypeMulti( 'attr', 2, value, { 'string', 'number', 'nil' } )
	if name == 'style' then
		node.styles = { value }
		return node
	end
	if not smatch( name, '^[a-zA-Z_:][a-zA-Z0-9_.:-]*$' ) then
		error( format( "bad argument #1 to 'attr' (invalid attribute name '%s')", name ), 2 )
	end
	local attr, i = findAttr( node, name )
	if attr then
		if value ~= nil then
			attr.val = value
		else
			remove( node.attributes, i )
		end
	elseif value ~= nil then
		insert( node.attributes, { name = name, val = value } )
	end
	return node
end

function methods.addClass( node, class )
	checkTypeMulti( 'addClass', 1, class, { 'string', 'number', 'nil' } )
	if class ~= nil then
		local attr = findAttr( node, 'class' )
		if attr then
			attr.val = attr.val .. ' ' .. class
		else
			node:attr( 'class', class )
		end
	end
	return node
end

function methods.css( node, name, value )
	if type( name ) == 'table' then
		if value ~= nil then
			error( "bad argument #2 to 'css' (if argument #1 is a table, argument #2 must be left empty)", 2 )
		end
		local ok = pcall( function ()
			for k, v in pairs( name ) do
				node:css( k, v )
			end
		end )
		if not ok then
			error( "bad argument #1 to 'css' (table keys and values must be strings or numbers)", 2 )
		end
		return node
	end
	checkTypeMulti( 'css', 1, name, { 'string', 'number' } )
	checkTypeMulti( 'css', 2, value, { 'string', 'number', 'nil' } )
	for i, prop in ipairs( node.styles ) do
		if prop.name == name then
			if value ~= nil then
				prop.val = value
			else
				remove( node.styles, i )
			end
			return node
		end
	end
	if value ~= nil then
		insert( node.styles, { name = name, val = value } )
	end
	return node
end

function methods.cssText( node, css )
	checkTypeMulti( 'cssText', 1, css, { 'string', 'number', 'nil' } )
	insert( node.styles, css )
	return node
end

function methods.done( node )
	return node.parent or node
end

function methods.allDone( node )
	while node.parent do
		node = node.parent
	end
	return node
end

function html.create( tagName, args )
	checkType( 'mw.html.create', 1, tagName, 'string', true )
	checkType( 'mw.html.create', 2, args, 'table', true )
	return newNode( tagName, args )
end

mw.html = html
G.package.loaded['mw.html'] = html
