-- The core of the mw table for one page: frames, module execution for {{#invoke:}},
-- mw.loadData / mw.loadJsonData, logging and dumping, as the Scribunto reference manual
-- documents them. Host functions (frames, expansion) are reached through ctx.host.
local ctx = ...
local mw, host, page, clone, G = ctx.mw, ctx.host, ctx.page, ctx.clone, ctx.G
local cloneEnv = ctx.cloneEnv
local type, pairs, ipairs, next, error, select, tostring, setmetatable, getmetatable, rawget =
	type, pairs, ipairs, next, error, select, tostring, setmetatable, getmetatable, rawget
local setfenv, getfenv, unpack, assert = setfenv, getfenv, unpack, assert
local format, concat, insert, sort, rep = string.format, table.concat, table.insert, table.sort, string.rep
local randomseed = math.randomseed

local logBuffer = {}
local executeFunctionDepth = 0

-- ---- frames ----

local function frameExists( frameId )
	return frameId == 'empty' or frameId == 'current' or ( frameId ~= nil and host.frameExists( frameId ) )
end

local newFrame

local function checkArgs( name, args )
	local result = {}
	for k, v in pairs( args ) do
		local tk = type( k )
		if tk ~= 'string' and tk ~= 'number' then
			error( name .. ': arg keys must be strings or numbers, ' .. tk .. ' given', 3 )
		end
		local tv = type( v )
		if tv == 'boolean' then
			result[k] = v and '1' or ''
		elseif tv == 'string' or tv == 'number' then
			result[k] = tostring( v )
		else
			error( name .. ": invalid type " .. tv .. " for arg '" .. k .. "'", 3 )
		end
	end
	return result
end

local function newParserValue( compute )
	local value = {}
	local cache
	function value:expand()
		if not cache then
			cache = compute()
		end
		return cache
	end
	return value
end

function newFrame( frameId, ... )
	if not frameExists( frameId ) then
		return nil
	end
	local frame = {}
	local parentIds = { ... }
	local cache = {}
	local names

	local function checkSelf( self, method )
		if self ~= frame then
			error( format( "frame:%s: invalid frame object. Did you call %s with a dot instead of a colon, " ..
				"i.e. frame.%s() instead of frame:%s()?", method, method, method, method ), 3 )
		end
	end

	local function getArgument( _, name )
		name = tostring( name )
		local v = cache[name]
		if v == nil then
			v = host.getExpandedArgument( frameId, name )
			if v == nil then
				v = false
			end
			cache[name] = v
		end
		return v or nil
	end

	local argsMeta = {
		__index = getArgument,
		__pairs = function ()
			if not names then
				names = {}
				for name, value in pairs( host.getAllExpandedArguments( frameId ) ) do
					names[#names + 1] = name
					cache[tostring( name )] = value
				end
			end
			local i = 0
			return function ()
				i = i + 1
				local name = names[i]
				if name ~= nil then
					return name, cache[tostring( name )]
				end
			end
		end,
		__ipairs = function ()
			return function ( _, i )
				local v = getArgument( nil, i + 1 )
				if v then
					return i + 1, v
				end
			end, nil, 0
		end,
	}
	frame.args = setmetatable( {}, argsMeta )

	function frame:getArgument( opt )
		checkSelf( self, 'getArgument' )
		local name = type( opt ) == 'table' and opt.name or opt
		return newParserValue( function ()
			return getArgument( nil, name )
		end )
	end

	function frame:getParent()
		checkSelf( self, 'getParent' )
		return newFrame( unpack( parentIds ) )
	end

	function frame:newChild( opt )
		checkSelf( self, 'newChild' )
		if type( opt ) ~= 'table' then
			error( 'frame:newChild: the first parameter must be a table', 2 )
		end
		local title = opt.title == nil and false or tostring( opt.title )
		local args
		if opt.args == nil then
			args = {}
		elseif type( opt.args ) ~= 'table' then
			error( 'frame:newChild: args must be a table', 2 )
		else
			args = checkArgs( 'frame:newChild', opt.args )
		end
		local childId = host.newChildFrame( frameId, title, args )
		return newFrame( childId, frameId, unpack( parentIds ) )
	end

	function frame:expandTemplate( opt )
		checkSelf( self, 'expandTemplate' )
		if type( opt ) ~= 'table' then
			error( 'frame:expandTemplate: the first parameter must be a table' )
		end
		local title
		if opt.title == nil then
			error( 'frame:expandTemplate: a title is required' )
		elseif type( opt.title ) == 'table' and opt.title.namespace == 0 then
			title = ':' .. tostring( opt.title )
		else
			title = tostring( opt.title )
		end
		local args
		if opt.args == nil then
			args = {}
		elseif type( opt.args ) ~= 'table' then
			error( 'frame:expandTemplate: args must be a table' )
		else
			args = checkArgs( 'frame:expandTemplate', opt.args )
		end
		return host.expandTemplate( frameId, title, args )
	end

	function frame:callParserFunction( name, args, ... )
		checkSelf( self, 'callParserFunction' )
		if type( name ) == 'table' then
			name, args = name.name, name.args
			if type( args ) ~= 'table' then
				args = { args }
			end
		elseif type( args ) ~= 'table' then
			args = { args, ... }
		end
		if name == nil then
			error( 'frame:callParserFunction: a function name is required', 2 )
		elseif type( name ) == 'string' or type( name ) == 'number' then
			name = tostring( name )
		else
			error( 'frame:callParserFunction: function name must be a string or number', 2 )
		end
		args = checkArgs( 'frame:callParserFunction', args )
		return host.callParserFunction( frameId, name, args )
	end

	function frame:extensionTag( name, content, args )
		checkSelf( self, 'extensionTag' )
		if type( name ) == 'table' then
			name, content, args = name.name, name.content, name.args
		end
		if name == nil then
			error( 'frame:extensionTag: a function name is required', 2 )
		elseif type( name ) == 'string' or type( name ) == 'number' then
			name = tostring( name )
		else
			error( 'frame:extensionTag: tag name must be a string or number', 2 )
		end
		if content == nil then
			content = ''
		elseif type( content ) == 'string' or type( content ) == 'number' then
			content = tostring( content )
		else
			error( 'frame:extensionTag: content must be a string or number', 2 )
		end
		if args == nil then
			args = { content }
		elseif type( args ) == 'string' or type( args ) == 'number' then
			args = { content, args }
		elseif type( args ) == 'table' then
			args = checkArgs( 'frame:extensionTag', args )
			insert( args, 1, content )
		else
			error( 'frame:extensionTag: args must be a string, number, or table', 2 )
		end
		return host.callParserFunction( frameId, '#tag:' .. name, args )
	end

	function frame:preprocess( opt )
		checkSelf( self, 'preprocess' )
		local text = opt
		if type( opt ) == 'table' then
			text = opt.text
		end
		return host.preprocess( frameId, tostring( text ) )
	end

	function frame:newParserValue( opt )
		checkSelf( self, 'newParserValue' )
		local text = type( opt ) == 'table' and opt.text or opt
		return newParserValue( function ()
			return self:preprocess( text )
		end )
	end

	function frame:newTemplateParserValue( opt )
		checkSelf( self, 'newTemplateParserValue' )
		if type( opt ) ~= 'table' then
			error( 'frame:newTemplateParserValue: the first parameter must be a table' )
		end
		if opt.title == nil then
			error( 'frame:newTemplateParserValue: a title is required' )
		end
		return newParserValue( function ()
			return self:expandTemplate( opt )
		end )
	end

	function frame:getTitle()
		checkSelf( self, 'getTitle' )
		return host.getFrameTitle( frameId )
	end

	function frame:argumentPairs()
		checkSelf( self, 'argumentPairs' )
		return pairs( self.args )
	end

	return frame
end

-- ---- module execution ({{#invoke:}}) ----

--- Runs a module chunk in a fresh copy of the page's globals; returns whether the module
-- returned a table, and the named member (or the whole result when name is nil/false).
local function executeModule( chunk, name, frame, title )
	local env = cloneEnv( G )
	page.makePackage( env )
	env.setfenv, env.getfenv = nil, nil
	frame = frame or newFrame( 'current', 'parent' )
	env.mw.getCurrentFrame = function ()
		return frame
	end
	local running = page.running
	if ( running[chunk] or 0 ) > 0 then
		chunk = host.loadPackage( title, true )
	end
	setfenv( chunk, env )
	running[chunk] = ( running[chunk] or 0 ) + 1
	local res = chunk()
	running[chunk] = running[chunk] - 1
	if not name then
		return true, res
	end
	if type( res ) ~= 'table' then
		return false, type( res )
	end
	return true, res[name]
end

local function executeFunction( fn )
	local env = getfenv( fn )
	local envMw = type( env ) == 'table' and env.mw
	local frame
	if type( envMw ) == 'table' and envMw.getCurrentFrame then
		frame = envMw.getCurrentFrame()
	else
		frame = newFrame( 'current', 'parent' )
	end
	if executeFunctionDepth == 0 then
		-- no state may pass from one #invoke to the next through the random generator
		randomseed( 1 )
	end
	executeFunctionDepth = executeFunctionDepth + 1
	local results = { fn( frame ) }
	local strings = {}
	-- as Scribunto: the results up to the first nil
	for i, result in ipairs( results ) do
		strings[i] = tostring( result )
	end
	executeFunctionDepth = executeFunctionDepth - 1
	return concat( strings )
end
mw.executeFunction = executeFunction

--- Called by the host for {{#invoke:}}: returns a status and the output text.
-- Status: 'ok' (text), 'notarray' (type name), 'nosuchfunction', 'notafunction'.
-- outermost: no other #invoke of the page is running (not called through a frame callback).
function page.invoke( chunk, name, title, outermost )
	if outermost then
		-- Nothing of this page runs now. A chunk that raised an error never had its running
		-- count taken back, and would otherwise be compiled afresh at every later require for
		-- the rest of the page (CS1's Configuration, which fails on a wiki without JsonConfig,
		-- was recompiled for every citation: 111 KB of Lua each time).
		page.running = {}
	end
	executeFunctionDepth = 0
	local ok, fn = executeModule( chunk, name, nil, title )
	if not ok then
		return 'notarray', fn
	end
	if fn == nil then
		return 'nosuchfunction'
	end
	if type( fn ) ~= 'function' then
		return 'notafunction'
	end
	return 'ok', executeFunction( fn )
end

-- ---- logging ----

function mw.allToString( ... )
	local t = { ... }
	for i = 1, select( '#', ... ) do
		t[i] = tostring( t[i] )
	end
	return concat( t, '\t' )
end

function mw.log( ... )
	logBuffer[#logBuffer + 1] = mw.allToString( ... ) .. '\n'
end

local function dumpSortKeys( a, b )
	local ta, tb = type( a ), type( b )
	if ta ~= tb then
		return ta < tb
	end
	if ta == 'string' or ta == 'number' then
		return a < b
	end
	if ta == 'boolean' then
		return tostring( a ) < tostring( b )
	end
	return false
end

function mw.dumpObject( object )
	local names, expanded, counts = {}, {}, {}
	local function nameOf( v, tp )
		if not names[v] then
			local s = tostring( v )
			if tp == 'table' and s ~= 'table' then
				names[v] = s
				expanded[v] = true
			else
				counts[tp] = ( counts[tp] or 0 ) + 1
				names[v] = ( tp == 'table' and 'table' or s ) .. '#' .. counts[tp]
			end
		end
		return names[v]
	end
	local function dump( v, indent, expand )
		local tp = type( v )
		if tp == 'number' or tp == 'nil' or tp == 'boolean' then
			return tostring( v )
		elseif tp == 'string' then
			return format( '%q', v )
		elseif tp ~= 'table' then
			return nameOf( v, tp )
		end
		local name = nameOf( v, tp )
		if expanded[v] or not expand then
			return name
		end
		expanded[v] = true
		local out = { name, ' {\n' }
		local pad = rep( '  ', indent + 2 )
		local mt = getmetatable( v )
		if mt then
			out[#out + 1] = pad .. 'metatable = ' .. dump( mt, indent + 2, false ) .. '\n'
		end
		local done = {}
		for i, item in ipairs( v ) do
			done[i] = true
			out[#out + 1] = pad .. dump( item, indent + 2, true ) .. ',\n'
		end
		local keys = {}
		for k in pairs( v ) do
			if not done[k] then
				keys[#keys + 1] = k
			end
		end
		sort( keys, dumpSortKeys )
		for _, k in ipairs( keys ) do
			out[#out + 1] = pad .. '[' .. dump( k, indent + 3, false ) .. '] = ' .. dump( v[k], indent + 2, true ) .. ',\n'
		end
		out[#out + 1] = rep( '  ', indent ) .. '}'
		return concat( out )
	end
	return dump( object, 0, true )
end

function mw.logObject( object, prefix )
	if prefix and prefix ~= '' then
		logBuffer[#logBuffer + 1] = prefix .. ' = '
	end
	logBuffer[#logBuffer + 1] = mw.dumpObject( object ) .. '\n'
end

function page.getLogBuffer()
	return concat( logBuffer )
end

-- ---- host services ----

function mw.isSubsting()
	return host.isSubsting()
end

function mw.incrementExpensiveFunctionCount()
	host.incrementExpensiveFunctionCount()
end

function mw.addWarning( text )
	host.addWarning( text )
end

-- ---- mw.loadData and mw.loadJsonData: read-only views of data loaded once per page ----

local function readOnlyView( data, seen, fname )
	local view = {}
	seen = seen or { [data] = view }
	local meta = {
		mw_loadData = true,
		__index = function ( t, k )
			local v = data[k]
			if type( v ) == 'table' then
				if not seen[v] then
					seen[v] = readOnlyView( v, seen, fname )
				end
				return seen[v]
			end
			return v
		end,
		__newindex = function ()
			error( 'table from ' .. fname .. ' is read-only', 2 )
		end,
		__pairs = function ()
			return function ( _, k )
				k = next( data, k )
				if k ~= nil then
					return k, view[k]
				end
			end, view, nil
		end,
		__ipairs = function ()
			return function ( _, i )
				i = i + 1
				if data[i] ~= nil then
					return i, view[i]
				end
			end, view, 0
		end,
	}
	meta.__metatable = meta
	return setmetatable( view, meta )
end

local function validateData( d, seen )
	local tp = type( d )
	if tp == 'nil' or tp == 'boolean' or tp == 'number' or tp == 'string' then
		return nil
	elseif tp ~= 'table' then
		return "data for mw.loadData contains unsupported data type '" .. tp .. "'"
	end
	if seen[d] then
		return nil
	end
	seen[d] = true
	if getmetatable( d ) ~= nil then
		return 'data for mw.loadData contains a table with a metatable'
	end
	for k, v in pairs( d ) do
		if type( k ) == 'table' then
			return 'data for mw.loadData contains a table as a key'
		end
		local err = validateData( k, seen ) or validateData( v, seen )
		if err then
			return err
		end
	end
	return nil
end

function mw.loadData( module )
	local data = page.loadedData[module]
	if type( data ) == 'string' then
		error( data, 2 )
	end
	if not data then
		local _
		-- the data module runs in its own environment, with the empty frame
		_, data = executeModule( function ()
			return require( module )
		end, nil, newFrame( 'empty' ) )
		local err
		if type( data ) == 'table' then
			err = validateData( data, {} )
		else
			err = module .. ' returned ' .. type( data ) .. ', table expected'
		end
		if err then
			page.loadedData[module] = err
			error( err, 2 )
		end
		page.loadedData[module] = data
	end
	return readOnlyView( data, nil, 'mw.loadData' )
end

function mw.loadJsonData( module )
	if type( module ) ~= 'string' then
		error( format( "bad argument #1 to 'mw.loadJsonData' (string expected, got %s)", type( module ) ), 2 )
	end
	local data = page.loadedJsonData[module]
	if type( data ) == 'string' then
		error( data, 2 )
	end
	if not data then
		data = host.loadJsonData( module )
		if type( data ) ~= 'table' then
			local err = module .. ' returned ' .. type( data ) .. ', table expected'
			page.loadedJsonData[module] = err
			error( err, 2 )
		end
		page.loadedJsonData[module] = data
	end
	return readOnlyView( data, nil, 'mw.loadJsonData' )
end

mw.ext = {}
