-- mw.message: interface messages (pages of the MediaWiki namespace, else the built-in texts),
-- with parameters, as the Scribunto reference manual documents them.
local ctx = ...
local mw, host, G, util = ctx.mw, ctx.host, ctx.G, ctx.util
local type, select, error, tostring, setmetatable, getmetatable, maxn, max =
	type, select, error, tostring, setmetatable, getmetatable, table.maxn, math.max
local format = string.format
local checkType = util.checkType

local message = {}
local defaultLang = host.messageDefaultLanguage()

local paramMeta = {
	__tostring = function ( t )
		return tostring( t.raw or t.num )
	end,
}

local function checkScalar( name, argIdx, arg, level, allowParam )
	local tp = type( arg )
	if allowParam and tp == 'table' and getmetatable( arg ) == paramMeta then
		return arg
	end
	if tp == 'table' and getmetatable( arg ) and getmetatable( arg ).__tostring then
		return tostring( arg )
	end
	if tp ~= 'string' and tp ~= 'number' then
		error( format( "bad argument #%d to '%s' (string or number expected, got %s)", argIdx, name, tp ), level + 1 )
	end
	return arg
end

local function checkParams( name, allowParam, ... )
	local params, n
	local first = ...
	if type( first ) == 'table' and not ( getmetatable( first ) and getmetatable( first ).__tostring ) then
		if select( '#', ... ) ~= 1 then
			error( "bad arguments to '" .. name .. "' (pass either a table of params or params as individual arguments)", 3 )
		end
		params = first
		n = maxn( params )
	else
		params = { ... }
		n = select( '#', ... )
	end
	for i = 1, n do
		params[i] = checkScalar( 'params', i, params[i], 3, allowParam )
	end
	return params
end

local function newMessage( options )
	local obj = {}
	local checkSelf = util.makeCheckSelfFunction( 'mw.message', 'msg', obj, 'message object' )
	local data = { keys = options.keys, rawMessage = options.rawMessage, params = {}, lang = defaultLang, useDB = true }

	local function addParams( name, kind, ... )
		local params = checkParams( name, kind == nil, ... )
		local j = #data.params
		for i = 1, #params do
			local p = params[i]
			if kind then
				p = setmetatable( { [kind] = p }, paramMeta )
			end
			data.params[j + i] = p
		end
	end

	function obj:params( ... )
		checkSelf( self, 'params' )
		addParams( 'params', nil, ... )
		return self
	end

	function obj:rawParams( ... )
		checkSelf( self, 'rawParams' )
		addParams( 'rawParams', 'raw', ... )
		return self
	end

	function obj:numParams( ... )
		checkSelf( self, 'numParams' )
		addParams( 'numParams', 'num', ... )
		return self
	end

	function obj:inLanguage( lang )
		checkSelf( self, 'inLanguage' )
		if type( lang ) == 'table' and lang.getCode then
			lang = lang:getCode()
		end
		checkType( 'inLanguage', 1, lang, 'string' )
		data.lang = lang
		return self
	end

	function obj:useDatabase( value )
		checkSelf( self, 'useDatabase' )
		checkType( 'useDatabase', 1, value, 'boolean' )
		data.useDB = value
		return self
	end

	function obj:plain()
		checkSelf( self, 'plain' )
		return host.messagePlain( data )
	end

	for _, what in ipairs( { 'exists', 'isBlank', 'isDisabled' } ) do
		obj[what] = function ( self )
			checkSelf( self, what )
			return host.messageCheck( what, data )
		end
	end

	return setmetatable( obj, {
		__tostring = function ( t )
			return t:plain()
		end,
	} )
end

function message.new( key, ... )
	checkType( 'message.new', 1, key, 'string' )
	return newMessage( { keys = { key } } ):params( ... )
end

function message.newFallbackSequence( ... )
	for i = 1, max( 1, select( '#', ... ) ) do
		checkType( 'message.newFallbackSequence', i, ( select( i, ... ) ), 'string' )
	end
	return newMessage( { keys = { ... } } )
end

function message.newRawMessage( msg, ... )
	checkType( 'message.newRawMessage', 1, msg, 'string' )
	return newMessage( { rawMessage = msg } ):params( ... )
end

function message.rawParam( value )
	return setmetatable( { raw = checkScalar( 'message.rawParam', 1, value ) }, paramMeta )
end

function message.numParam( value )
	return setmetatable( { num = checkScalar( 'message.numParam', 1, value ) }, paramMeta )
end

function message.getDefaultLanguage()
	if mw.language then
		return mw.language.new( defaultLang )
	end
	return defaultLang
end

mw.message = message
G.package.loaded['mw.message'] = message
