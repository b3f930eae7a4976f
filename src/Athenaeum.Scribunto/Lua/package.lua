-- require() and the package table of a module environment, as Scribunto provides them: a
-- Lua 5.1-style require over two loaders (package.preload, then the host: built-in Lua
-- libraries and Module: pages). Every {{#invoke:}} gets its own package table, so modules
-- are executed once per #invoke and never share state through require.
local ctx = ...
local page, host = ctx.page, ctx.host
local type, error, setfenv, ipairs, setmetatable, getmetatable = type, error, setfenv, ipairs, setmetatable, getmetatable
local format = string.format

-- Scribunto reports these two errors from line 80 and 95 of its package.lua; the messages
-- (which show on pages) are kept identical.
local function notFound( name )
	error( format( "package.lua:80: module '%s' not found", name ), 0 )
end

local function loopError( name )
	error( format( "package.lua:95: loop or previous error loading module '%s'", name ), 0 )
end

--- Gives env its package table and require(). env.package, when present, is the copy of the
-- page's package table (its "loaded" holds the libraries).
function page.makePackage( env )
	local package = env.package
	if type( package ) ~= 'table' then
		package = {}
		env.package = package
	end
	package.loaded = package.loaded or {}
	package.preload = package.preload or {}
	local function seeall( module )
		local t = type( module )
		if t ~= 'table' then
			error( 'bad argument #1 to package.seeall (table expected, got ' .. t .. ')', 0 )
		end
		local meta = getmetatable( module )
		if not meta then
			meta = {}
			setmetatable( module, meta )
		end
		meta.__index = env
	end

	package.seeall = seeall
	local loaded = package.loaded
	local sentinel = function () end

	local function preloadLoader( name )
		if type( package.preload ) ~= 'table' then
			error( "'package.preload' must be a table", 0 )
		end
		return package.preload[name]
	end

	local function hostLoader( name )
		local cache = page.packageCache
		local init = cache[name]
		if init == 'missing' then
			return nil
		elseif init == nil then
			init = host.loadPackage( name, false )
			if init == nil then
				cache[name] = 'missing'
				return nil
			end
			cache[name] = init
		end
		if ( page.running[init] or 0 ) > 0 then
			-- the same compiled chunk is running in another environment: use a fresh copy
			init = host.loadPackage( name, true )
		end
		setfenv( init, env )
		return init
	end

	package.loaders = { preloadLoader, hostLoader }

	env.require = function ( modname )
		if type( modname ) ~= 'string' then
			error( format( "bad argument #1 to 'require' (string expected, got %s)", type( modname ) ), 0 )
		end
		local p = loaded[modname]
		if p then
			if p == sentinel then
				loopError( modname )
			end
			return p
		end
		local init
		if type( package.loaders ) ~= 'table' then
			error( "'package.loaders' must be a table", 0 )
		end
		for _, loader in ipairs( package.loaders ) do
			init = loader( modname )
			if init then
				break
			end
		end
		if not init then
			notFound( modname )
		end
		loaded[modname] = sentinel
		local savedArg = env.arg
		env.arg = { modname }
		local running = page.running
		running[init] = ( running[init] or 0 ) + 1
		local res = init( modname )
		running[init] = running[init] - 1
		if res then
			loaded[modname] = res
		end
		env.arg = savedArg
		if loaded[modname] == sentinel then
			loaded[modname] = true
		end
		return loaded[modname]
	end
end
