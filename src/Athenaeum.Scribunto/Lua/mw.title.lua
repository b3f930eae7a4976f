-- mw.title: title objects as the Scribunto reference manual documents them. The cheap fields
-- come with the object; existence, redirects, ids and content models are fetched from the host
-- on first use and count as expensive function calls (except for the current page).
local ctx = ...
local mw, host, G, util = ctx.mw, ctx.host, ctx.G, ctx.util
local type, pairs, next, select, error, tostring, tonumber, setmetatable, rawset =
	type, pairs, next, select, error, tostring, tonumber, setmetatable, rawset
local format, ssub, smatch, sgsub, floor = string.format, string.sub, string.match, string.gsub, math.floor
local checkType, checkTypeForIndex = util.checkType, util.checkTypeForIndex

local NS_MEDIA = -2
local title = {}
local current = host.currentTitle()

local function checkNamespace( name, argIdx, arg )
	if type( arg ) == 'string' and tostring( tonumber( arg ) ) == arg then
		arg = tonumber( arg )
	end
	if type( arg ) == 'number' then
		arg = floor( arg + 0.5 )
		if not mw.site.namespaces[arg] then
			error( format( "bad argument #%d to '%s' (unrecognized namespace number '%s')", argIdx, name, arg ), 3 )
		end
	elseif type( arg ) == 'string' then
		local ns = mw.site.namespaces[arg]
		if not ns then
			error( format( "bad argument #%d to '%s' (unrecognized namespace name '%s')", argIdx, name, arg ), 3 )
		end
		arg = ns.id
	else
		error( format( "bad argument #%d to '%s' (string or number expected, got %s)", argIdx, name, type( arg ) ), 3 )
	end
	return arg
end

local function lessThan( a, b )
	if a.interwiki ~= b.interwiki then
		return a.interwiki < b.interwiki
	end
	if a.namespace ~= b.namespace then
		return a.namespace < b.namespace
	end
	return a.text < b.text
end

function title.equals( a, b )
	return a.interwiki == b.interwiki and a.namespace == b.namespace and a.text == b.text
end

function title.compare( a, b )
	if a.interwiki ~= b.interwiki then
		return a.interwiki < b.interwiki and -1 or 1
	end
	if a.namespace ~= b.namespace then
		return a.namespace < b.namespace and -1 or 1
	end
	if a.text ~= b.text then
		return a.text < b.text and -1 or 1
	end
	return 0
end

local makeTitleObject

-- expensive fields, fetched together by getExpensiveData
local EXPENSIVE = 'e'

makeTitleObject = function ( data )
	if not data then
		return nil
	end
	local obj = {}
	local checkSelf = util.makeCheckSelfFunction( 'mw.title', 'title', obj, 'title object' )
	local ns = mw.site.namespaces[data.namespace]
	local isCurrentTitle = data.isCurrentTitle
	data.isCurrentTitle = nil

	data.isContentPage = ns.isContent
	data.isExternal = data.interwiki ~= ''
	data.isSpecialPage = data.namespace == mw.site.namespaces.Special.id
	data.isTalkPage = ns.isTalk
	data.subjectNsText = ns.subject.name
	data.canTalk = ns.talk ~= nil

	local prefixed = data.text
	if data.nsText ~= '' then
		prefixed = sgsub( data.nsText .. ':' .. prefixed, '_', ' ' )
	end
	if data.interwiki ~= '' then
		prefixed = data.interwiki .. ':' .. prefixed
	end
	data.prefixedText = prefixed

	local firstSlash, lastSlash
	if ns.hasSubpages then
		firstSlash, lastSlash = smatch( data.text, '^[^/]*().*()/[^/]*$' )
	end
	if firstSlash then
		data.isSubpage = true
		data.rootText = ssub( data.text, 1, firstSlash - 1 )
		data.baseText = ssub( data.text, 1, lastSlash - 1 )
		data.subpageText = ssub( data.text, lastSlash + 1 )
	else
		data.isSubpage = false
		data.rootText = data.text
		data.baseText = data.text
		data.subpageText = data.text
	end

	function data:inNamespace( n )
		checkSelf( self, 'inNamespace' )
		return checkNamespace( 'inNamespace', 1, n ) == self.namespace
	end

	function data:inNamespaces( ... )
		checkSelf( self, 'inNamespaces' )
		for i = 1, select( '#', ... ) do
			if checkNamespace( 'inNamespaces', i, select( i, ... ) ) == self.namespace then
				return true
			end
		end
		return false
	end

	function data:hasSubjectNamespace( n )
		checkSelf( self, 'hasSubjectNamespace' )
		n = checkNamespace( 'hasSubjectNamespace', 1, n )
		return n == mw.site.namespaces[self.namespace].subject.id
	end

	function data:isSubpageOf( other )
		checkSelf( self, 'isSubpageOf' )
		checkType( 'isSubpageOf', 1, other, 'table' )
		return self.interwiki == other.interwiki and self.namespace == other.namespace
			and other.text .. '/' == ssub( self.text, 1, #other.text + 1 )
	end

	function data:subPageTitle( text )
		checkSelf( self, 'subpageTitle' )
		checkType( 'subpageTitle', 1, text, 'string' )
		return title.makeTitle( data.namespace, data.text .. '/' .. text )
	end

	function data:partialUrl()
		checkSelf( self, 'partialUrl' )
		return data.thePartialUrl
	end

	function data:fullUrl( query, proto )
		checkSelf( self, 'fullUrl' )
		return host.titleUrl( self.fullText, 'fullUrl', query, proto )
	end

	function data:localUrl( query )
		checkSelf( self, 'localUrl' )
		return host.titleUrl( self.fullText, 'localUrl', query )
	end

	function data:canonicalUrl( query )
		checkSelf( self, 'canonicalUrl' )
		return host.titleUrl( self.fullText, 'canonicalUrl', query )
	end

	function data:getContent()
		checkSelf( self, 'getContent' )
		local content = host.titleContent( self.fullText )
		data.getContent = function ( s )
			checkSelf( s, 'getContent' )
			return content
		end
		return content
	end

	local readOnly = {
		fragment = false,
		fullText = true,
		rootPageTitle = true,
		basePageTitle = true,
		talkPageTitle = true,
		subjectPageTitle = true,
		fileExists = true,
		file = true,
		protectionLevels = true,
		cascadingProtection = true,
		exists = EXPENSIVE,
		isRedirect = EXPENSIVE,
		contentModel = EXPENSIVE,
		id = EXPENSIVE,
		redirectTarget = true,
	}
	for k in pairs( data ) do
		readOnly[k] = true
	end

	local function nextField( t, k )
		local v
		repeat
			k = next( readOnly, k )
			if k == nil then
				return nil
			end
			v = t[k]
		until v ~= nil
		return k, v
	end

	return setmetatable( obj, {
		__eq = title.equals,
		__lt = lessThan,
		__pairs = function ( t )
			return nextField, t, nil
		end,
		__index = function ( t, k )
			if k == 'exists' and data.namespace == NS_MEDIA then
				k = 'fileExists'
			end
			if readOnly[k] == EXPENSIVE and data[k] == nil then
				for name, value in pairs( host.titleExpensiveData( t.fullText ) ) do
					data[name] = value
				end
			end
			if k == 'fullText' then
				if data.fragment ~= '' then
					return data.prefixedText .. '#' .. data.fragment
				end
				return data.prefixedText
			elseif k == 'rootPageTitle' then
				return title.makeTitle( data.namespace, data.rootText )
			elseif k == 'basePageTitle' then
				return title.makeTitle( data.namespace, data.baseText )
			elseif k == 'talkPageTitle' then
				local talk = mw.site.namespaces[data.namespace].talk
				if not talk then
					return nil
				end
				if talk.id == data.namespace then
					return obj
				end
				return title.makeTitle( talk.id, data.text )
			elseif k == 'subjectPageTitle' then
				local subject = mw.site.namespaces[data.namespace].subject
				if subject.id == data.namespace then
					return obj
				end
				return title.makeTitle( subject.id, data.text )
			elseif k == 'file' then
				if data.file == nil then
					data.file = host.titleFileInfo( data.prefixedText )
				end
				return data.file or nil
			elseif k == 'fileExists' then
				return t.file and t.file.exists
			elseif k == 'protectionLevels' then
				if data.protectionLevels == nil then
					data.protectionLevels = host.titleProtectionLevels( data.prefixedText )
				end
				return data.protectionLevels
			elseif k == 'cascadingProtection' then
				if data.cascadingProtection == nil then
					data.cascadingProtection = host.titleCascadingProtection( data.prefixedText )
				end
				return data.cascadingProtection
			elseif k == 'redirectTarget' then
				if data.redirectTarget == nil then
					data.redirectTarget = makeTitleObject( host.titleRedirectTarget( data.prefixedText ) ) or false
				end
				return data.redirectTarget
			end
			return data[k]
		end,
		__newindex = function ( t, k, v )
			if k == 'fragment' then
				checkTypeForIndex( k, v, 'string' )
				v = sgsub( v, '[%s_]+', ' ' )
				v = sgsub( v, '^(.-) ?$', '%1' )
				data[k] = v
			elseif readOnly[k] then
				error( "index '" .. k .. "' is read only", 2 )
			else
				readOnly[k] = v and false
				rawset( t, k, v )
			end
		end,
		__tostring = function ( t )
			return t.prefixedText
		end,
	} )
end

function title.getCurrentTitle()
	return makeTitleObject( mw.clone( current ) )
end

function title.new( textOrId, defaultNamespace )
	return makeTitleObject( host.newTitle( textOrId, defaultNamespace ) )
end

function title.makeTitle( ns, text, fragment, interwiki )
	return makeTitleObject( host.makeTitle( ns, text, fragment, interwiki ) )
end

mw.title = title
G.package.loaded['mw.title'] = title
