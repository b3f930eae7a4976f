-- Athenaeum's Scribunto environment, state level. Runs once per Lua state, in the raw global
-- table the native shim prepared (its pcall, xpcall, pairs, ipairs, unpack, tostring,
-- getmetatable, string.find & co. already replace Lua's). Returns the engine table the host
-- drives. Modules never see this chunk's globals: every page gets fresh library tables, and
-- every {{#invoke:}} a deep copy of the page's globals (module isolation, as Scribunto).
local host, libs, settings = ...

local type, pairs, ipairs, next, error, select, tostring, setmetatable, getmetatable, rawget, rawset =
	type, pairs, ipairs, next, error, select, tostring, setmetatable, getmetatable, rawget, rawset
local setfenv, getfenv, loadstring, unpack = setfenv, getfenv, loadstring, unpack
local string, table, math, os, debug = string, table, math, os, debug

local engine = {}

--- Deep copy of a value: tables (with their metatables) are copied, cycles kept.
local function clone( value )
	local seen = {}
	local function copy( v )
		if type( v ) ~= 'table' then
			return v
		end
		if seen[v] ~= nil then
			return seen[v]
		end
		local result = {}
		seen[v] = result
		local mt = getmetatable( v )
		if mt then
			setmetatable( result, copy( mt ) )
		end
		for k, item in pairs( v ) do
			result[k] = copy( item )
		end
		return result
	end
	return copy( value )
end
engine.clone = clone

-- The copy of the page globals every {{#invoke:}} gets: the native shim's copy of exactly what
-- clone() would make (several times faster: no interpreter calls, no closure per table), or
-- clone() itself where the native copy declines (a metatable that would run code or hide).
local nativeClone = athenaeumCloneEnv
athenaeumCloneEnv = nil
local function cloneEnv( value )
	local copy = nativeClone( value )
	if copy == nil then
		return clone( value )
	end
	return copy
end

-- ASCII case mapping in C for mw.language's lc/uc (nil for text that is not all ASCII)
local asciiCase = athenaeumAsciiCase
athenaeumAsciiCase = nil

local function shallowCopy( t )
	local result = {}
	for k, v in next, t do
		result[k] = v
	end
	return result
end

local baseNames = {
	'assert', 'error', 'getmetatable', 'ipairs', 'next', 'pairs', 'pcall', 'rawequal', 'rawget',
	'rawset', 'select', 'setmetatable', 'tonumber', 'tostring', 'type', 'unpack', 'xpcall', '_VERSION',
}
local rawGlobals = _G

-- loadstring of source text only (optional: MediaWiki's LuaSandbox has no loadstring at all)
local function textLoadstring( s, chunkname )
	if type( s ) == 'string' and s:byte( 1 ) == 27 then
		return nil, 'attempt to load a binary chunk'
	end
	local f, err = loadstring( s, chunkname )
	if f then
		setfenv( f, getfenv( 2 ) )
	end
	return f, err
end

--- The base globals of a page: what LuaSandbox offers a script, before the mw libraries.
local function newGlobals()
	local G = {}
	for _, name in ipairs( baseNames ) do
		G[name] = rawGlobals[name]
	end
	G.string = shallowCopy( string )
	G.string.dump = nil
	G.table = shallowCopy( table )
	G.math = shallowCopy( math )
	G.os = { clock = os.clock, date = os.date, difftime = os.difftime, time = os.time }
	G.debug = { traceback = debug.traceback }
	if settings.allowLoadString then
		G.loadstring = textLoadstring
	end
	G._G = G
	return G
end

--- Creates the environment of one page render: fresh library tables and per-page caches.
-- @return page object with invoke()
function engine.newPage()
	local page = {
		loadedData = {},
		loadedJsonData = {},
		packageCache = {},
		running = {},
	}
	local G = newGlobals()
	local mw = { clone = clone }
	G.mw = mw
	local ctx = {
		G = G,
		mw = mw,
		host = host,
		page = page,
		clone = clone,
		cloneEnv = cloneEnv,
		settings = settings,
		libs = libs,
		asciiCase = asciiCase,
	}
	-- package, the core mw functions, then the libraries in Scribunto's registration order
	libs['package.lua']( ctx )
	page.makePackage( G )
	G.package.loaded.mw = mw
	libs['libraryUtil.lua']( ctx )
	libs['mw.lua']( ctx )
	for _, name in ipairs( {
		'mw.site.lua', 'mw.uri.lua', 'mw.ustring.lua', 'mw.language.lua', 'mw.message.lua',
		'mw.title.lua', 'mw.text.lua', 'mw.html.lua', 'mw.hash.lua', 'mw.ext.ParserFunctions.lua',
	} ) do
		libs[name]( ctx )
	end
	page.G = G
	return page
end

return engine
