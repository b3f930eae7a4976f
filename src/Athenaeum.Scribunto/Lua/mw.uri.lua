-- mw.uri: URL encoding and URI objects (parse, build, query tables), as the Scribunto reference
-- manual documents them. Wiki URLs of titles come from the host.
local ctx = ...
local mw, host, G, util, clone = ctx.mw, ctx.host, ctx.G, ctx.util, ctx.clone
local type, pairs, next, error, tonumber, tostring, setmetatable, rawget, rawset, pcall =
	type, pairs, next, error, tonumber, tostring, setmetatable, rawget, rawset, pcall
local format, sgsub, ssub, sfind, smatch, supper, sbyte, schar, slen =
	string.format, string.gsub, string.sub, string.find, string.match, string.upper, string.byte, string.char, string.len
local insert, remove, concat, floor = table.insert, table.remove, table.concat, math.floor
local checkType, checkTypeForIndex = util.checkType, util.checkTypeForIndex

local uri = {}
local uriMethods = {}
local uriMeta = {}
local defaultUrl = host.uriDefaultUrl()

local function percentEncode( s, space )
	return ( sgsub( s, '([^a-zA-Z0-9_.~-])', function ( c )
		if c == ' ' then
			return space
		end
		return format( '%%%02X', sbyte( c ) )
	end ) )
end

local function wikiEncode( s )
	return ( sgsub( s, '([^a-zA-Z0-9!$()*,./:;@~_-])', function ( c )
		if c == ' ' then
			return '_'
		end
		return format( '%%%02X', sbyte( c ) )
	end ) )
end

local function percentDecode( s )
	return ( sgsub( s, '%%(%x%x)', function ( hex )
		return schar( tonumber( hex, 16 ) )
	end ) )
end

function uri.encode( s, enctype )
	checkType( 'encode', 1, s, 'string' )
	enctype = supper( enctype or 'QUERY' )
	if enctype == 'QUERY' then
		return percentEncode( s, '+' )
	elseif enctype == 'PATH' then
		return percentEncode( s, '%20' )
	elseif enctype == 'WIKI' then
		return wikiEncode( s )
	end
	error( "bad argument #2 to 'encode' (expected QUERY, PATH, or WIKI)", 2 )
end

function uri.decode( s, enctype )
	checkType( 'decode', 1, s, 'string' )
	enctype = supper( enctype or 'QUERY' )
	if enctype == 'QUERY' then
		return percentDecode( ( sgsub( s, '%+', ' ' ) ) )
	elseif enctype == 'PATH' then
		return percentDecode( s )
	elseif enctype == 'WIKI' then
		return percentDecode( ( sgsub( s, '_', ' ' ) ) )
	end
	error( "bad argument #2 to 'decode' (expected QUERY, PATH, or WIKI)", 2 )
end

function uri.anchorEncode( s )
	checkType( 'anchorEncode', 1, s, 'string' )
	return host.anchorEncode( s )
end

local function wikiUrl( which, name, page, query )
	checkType( name, 1, page, 'string' )
	if query ~= nil and type( query ) ~= 'string' and type( query ) ~= 'table' then
		checkType( name, 2, query, 'string or table' )
	end
	local url = host.uriWikiUrl( which, page, query )
	if not url then
		return nil
	end
	return uri.new( url )
end

function uri.localUrl( page, query )
	return wikiUrl( 'localUrl', 'localurl', page, query )
end

function uri.fullUrl( page, query )
	return wikiUrl( 'fullUrl', 'fullurl', page, query )
end

function uri.canonicalUrl( page, query )
	return wikiUrl( 'canonicalUrl', 'canonicalurl', page, query )
end

function uri.new( s )
	if s == nil or type( s ) == 'string' then
		local obj = setmetatable( {}, uriMeta )
		obj:parse( s or defaultUrl )
		return obj
	elseif type( s ) == 'table' then
		return setmetatable( {
			protocol = s.protocol, user = s.user, password = s.password, host = s.host, port = s.port,
			path = s.path, query = clone( s.query ), fragment = s.fragment,
		}, uriMeta )
	end
	checkType( 'new', 1, s, 'string or table or nil' )
end

function uri.validate( obj )
	checkType( 'validate', 1, obj, 'table' )
	local errors = {}
	local function check( field, pattern, alternative )
		local v = obj[field]
		if v then
			if type( v ) ~= 'string' then
				errors[#errors + 1] = '.' .. field .. ' must be a string, not ' .. type( v )
			elseif not smatch( v, pattern ) and not ( alternative and smatch( v, alternative ) ) then
				errors[#errors + 1] = 'invalid .' .. field
			end
		end
	end
	check( 'protocol', '^[^:/?#]+$' )
	check( 'user', '^[^:@/?#]*$' )
	check( 'password', '^[^:@/?#]*$' )
	check( 'host', '^[^:/?#]*$', '^%[[^/?#%[%]@]+%]$' )
	if obj.port then
		if type( obj.port ) ~= 'number' or floor( obj.port ) ~= obj.port then
			errors[#errors + 1] = '.port must be an integer, not ' .. type( obj.port )
		elseif obj.port < 1 or obj.port > 65535 then
			errors[#errors + 1] = 'invalid .port'
		end
	end
	local authority = obj.user or obj.password or obj.host or obj.port
	local path = obj.path
	if not path then
		errors[#errors + 1] = 'missing .path'
	elseif type( path ) ~= 'string' then
		errors[#errors + 1] = '.path must be a string, not ' .. type( path )
	elseif authority and not ( path == '' or smatch( path, '^/[^?#]*$' ) ) then
		errors[#errors + 1] = 'invalid .path'
	elseif not authority and not (
		path == '' or path == '/' or smatch( path, '^/[^?#/][^?#]*$' )
		or ( obj.protocol and smatch( path, '^[^?#/][^?#]*$' ) )
		or ( not obj.protocol and smatch( path, '^[^?#/:]+$' ) )
		or ( not obj.protocol and smatch( path, '^[^?#/:]+/[^?#]*$' ) )
	) then
		errors[#errors + 1] = 'invalid .path'
	end
	if obj.query and type( obj.query ) ~= 'table' then
		errors[#errors + 1] = '.query must be a table, not ' .. type( obj.query )
	end
	if obj.fragment and type( obj.fragment ) ~= 'string' then
		errors[#errors + 1] = '.fragment must be a string, not ' .. type( obj.fragment )
	end
	return #errors == 0, concat( errors, '; ' )
end

-- a query table that remembers the order keys were added in
local function newQueryTable()
	local t, keys, seen = {}, {}, {}
	return setmetatable( t, {
		__newindex = function ( tt, k, v )
			if seen[k] and not tt[k] then
				for i = 1, #keys do
					if keys[i] == k then
						remove( keys, i )
						break
					end
				end
			end
			seen[k] = true
			keys[#keys + 1] = k
			rawset( tt, k, v )
		end,
		__pairs = function ( tt )
			local i, n = 0, #keys
			return function ()
				while i < n do
					i = i + 1
					local k = keys[i]
					if tt[k] ~= nil then
						return k, tt[k]
					end
				end
			end
		end,
	} )
end

function uri.parseQueryString( s, i, j )
	checkType( 'parseQueryString', 1, s, 'string' )
	checkType( 'parseQueryString', 2, i, 'number', true )
	checkType( 'parseQueryString', 3, j, 'number', true )
	s = sgsub( ssub( s, i or 1, j or -1 ), '%+', ' ' )
	i, j = 1, slen( s )
	local qs = newQueryTable()
	if ssub( s, 1, 1 ) == '?' then
		i = 2
	end
	while i <= j do
		local amp = sfind( s, '&', i, true )
		if not amp or amp > j then
			amp = j + 1
		end
		local eq = sfind( s, '=', i, true )
		local k, v
		if not eq or eq > amp then
			k = percentDecode( ssub( s, i, amp - 1 ) )
			v = false
		else
			k = percentDecode( ssub( s, i, eq - 1 ) )
			v = percentDecode( ssub( s, eq + 1, amp - 1 ) )
		end
		if qs[k] then
			if type( qs[k] ) ~= 'table' then
				qs[k] = { qs[k], v }
			else
				insert( qs[k], v )
			end
		else
			qs[k] = v
		end
		i = amp + 1
	end
	return qs
end

function uri.buildQueryString( qs )
	checkType( 'buildQueryString', 1, qs, 'table' )
	local out = {}
	for k, v in pairs( qs ) do
		if type( v ) ~= 'table' then
			v = { v }
		end
		for i = 1, #v do
			out[#out + 1] = '&'
			out[#out + 1] = percentEncode( k, '+' )
			if v[i] then
				out[#out + 1] = '='
				out[#out + 1] = percentEncode( v[i], '+' )
			end
		end
	end
	return concat( out, '', 2 )
end

-- fields stored in the object (false) and computed ones (true)
local fields = {
	protocol = false, user = false, password = false, host = false, port = false, path = false,
	query = false, fragment = false,
	userInfo = true, hostPort = true, authority = true, queryString = true, relativePath = true,
}

local function nextField( t, k )
	local v, computed
	repeat
		k, computed = next( fields, k )
		if k == nil then
			return nil
		end
		if computed then
			v = t[k]
		else
			v = rawget( t, k )
		end
	until v ~= nil
	return k, v
end

function uriMeta:__pairs()
	return nextField, self, nil
end

function uriMeta:__index( key )
	if uriMethods[key] then
		return uriMethods[key]
	elseif key == 'userInfo' then
		local user, password = rawget( self, 'user' ), rawget( self, 'password' )
		if user and password then
			return user .. ':' .. password
		end
		return user
	elseif key == 'hostPort' then
		local h, port = rawget( self, 'host' ), rawget( self, 'port' )
		if port then
			return ( h or '' ) .. ':' .. port
		end
		return h
	elseif key == 'authority' then
		local info, hostPort = self.userInfo, self.hostPort
		if info then
			return info .. '@' .. ( hostPort or '' )
		end
		return hostPort
	elseif key == 'queryString' then
		local query = rawget( self, 'query' )
		if not query then
			return nil
		end
		return uri.buildQueryString( query )
	elseif key == 'relativePath' then
		local s = rawget( self, 'path' ) or ''
		local qs = self.queryString
		if qs then
			s = s .. '?' .. qs
		end
		local fragment = rawget( self, 'fragment' )
		if fragment then
			s = s .. '#' .. fragment
		end
		return s
	end
	return nil
end

function uriMeta:__newindex( key, value )
	if key == 'userInfo' then
		local user, password
		if value then
			checkTypeForIndex( key, value, 'string' )
			local i = sfind( value, ':', 1, true )
			if i then
				user, password = ssub( value, 1, i - 1 ), ssub( value, i + 1 )
			else
				user = value
			end
		end
		rawset( self, 'user', user )
		rawset( self, 'password', password )
	elseif key == 'hostPort' then
		local h, port
		if value then
			checkTypeForIndex( key, value, 'string' )
			h, port = smatch( value, '^(%[[^/?#%[%]@]+%]):(%d+)$' )
			if port then
				port = tonumber( port )
			end
			if not h then
				h = smatch( value, '^(%[[^/?#%[%]@]+%])$' )
			end
			if not h then
				local i = sfind( value, ':', 1, true )
				if i then
					h = ssub( value, 1, i - 1 )
					port = tonumber( ssub( value, i + 1 ) )
					if not port then
						error( format( "Invalid port in '%s'", value ), 2 )
					end
				else
					h = value
				end
			end
		end
		rawset( self, 'host', h )
		rawset( self, 'port', port )
	elseif key == 'authority' then
		if value then
			checkTypeForIndex( key, value, 'string' )
			local i = sfind( value, '@', 1, true )
			if i then
				self.userInfo = ssub( value, 1, i - 1 )
				self.hostPort = ssub( value, i + 1 )
			else
				self.userInfo = nil
				self.hostPort = value
			end
		else
			self.userInfo = nil
			self.hostPort = nil
		end
	elseif key == 'queryString' then
		if value then
			checkTypeForIndex( key, value, 'string' )
			rawset( self, 'query', uri.parseQueryString( value ) )
		else
			rawset( self, 'query', nil )
		end
	elseif key == 'relativePath' then
		local path, query, fragment
		if value then
			checkTypeForIndex( key, value, 'string' )
			local j = slen( value )
			local i = sfind( value, '#', 1, true )
			if i and i <= j then
				fragment = ssub( value, i + 1, j )
				j = i - 1
			end
			i = sfind( value, '?', 1, true )
			if i and i <= j then
				query = uri.parseQueryString( ssub( value, i + 1, j ) )
				j = i - 1
			end
			path = ssub( value, 1, j )
		end
		rawset( self, 'path', path )
		rawset( self, 'query', query )
		rawset( self, 'fragment', fragment )
	elseif fields[key] then
		error( "index '" .. key .. "' is read only", 2 )
	else
		fields[key] = false
		rawset( self, key, value )
	end
end

function uriMeta:__tostring()
	local s = ''
	local protocol, authority = self.protocol, self.authority
	if protocol then
		s = protocol .. ':'
	end
	if authority then
		s = s .. '//' .. authority
	end
	return s .. self.relativePath
end

uriMethods.validate = uri.validate

function uriMethods:parse( s )
	checkType( 'uri:parse', 1, s, 'string' )
	local protocol, authority, relativePath = smatch( s, '^([^:/?#]+)://([^/?#]*)(.*)$' )
	if not ( protocol or authority or relativePath ) then
		authority, relativePath = smatch( s, '^//([^/?#]*)(.*)$' )
	end
	if not ( protocol or authority or relativePath ) then
		protocol, relativePath = smatch( s, '^([^:/?#]+):(.*)$' )
	end
	if not ( protocol or authority or relativePath ) then
		relativePath = s
	end
	local tmp = setmetatable( { protocol = protocol }, uriMeta )
	if not pcall( uriMeta.__newindex, tmp, 'authority', authority ) then
		error( 'Invalid port number in string', 2 )
	end
	tmp.relativePath = relativePath
	local ok, err = uri.validate( tmp )
	if not ok then
		error( err, 2 )
	end
	for _, field in pairs( { 'protocol', 'host', 'port', 'path', 'query', 'fragment' } ) do
		if tmp[field] then
			self[field] = tmp[field]
		end
	end
	if tmp.user or tmp.password then
		self.user, self.password = tmp.user, tmp.password
	end
	return self
end

function uriMethods:clone()
	return uri.new( self )
end

function uriMethods:extend( parameters )
	checkType( 'uri:extend', 1, parameters, 'table' )
	local query = self.query
	if not query then
		query = newQueryTable()
		self.query = query
	end
	for k, v in pairs( parameters ) do
		query[k] = v
	end
	return self
end

for name in pairs( uriMethods ) do
	fields[name] = true
end

mw.uri = uri
G.package.loaded['mw.uri'] = uri
