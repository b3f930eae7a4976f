-- mw.site: the wiki's name, server, namespaces (by number, name, canonical name or alias),
-- statistics and interwiki map, as the Scribunto reference manual documents them.
local ctx = ...
local mw, host, G = ctx.mw, ctx.host, ctx.G
local pairs, type, rawget, rawset, setmetatable = pairs, type, rawget, rawset, setmetatable
local sgsub = string.gsub

-- mw.site.interwikiMap( filter ): a fresh table at each call, filled in the same order as the
-- host filled it when it built the map itself (so that pairs() order is unchanged); the host's
-- list is fetched once per page and filter (it checks the filter and raises its errors).
local interwikiLists = {}
local function interwikiMap( filter )
	local list
	if filter == nil or filter == 'local' or filter == '!local' then
		local key = filter or 'all'
		list = interwikiLists[key]
		if list == nil then
			list = host.interwikiList( filter )
			interwikiLists[key] = list
		end
	else
		list = host.interwikiList( filter )
	end
	local map = {}
	for i = 1, #list, 4 do
		local prefix = list[i]
		local entry = {}
		entry.prefix = prefix
		entry.url = list[i + 1]
		entry.isProtocolRelative = list[i + 2]
		entry.isLocal = list[i + 3]
		entry.isTranscludable = false
		entry.isCurrentWiki = false
		entry.isExtraLanguageLink = false
		map[prefix] = entry
	end
	return map
end

local info = host.siteInfo()
local site = {
	siteName = info.siteName,
	server = info.server,
	scriptPath = info.scriptPath,
	stylePath = info.stylePath,
	currentVersion = info.currentVersion,
	stats = info.stats,
	interwikiMap = interwikiMap,
	namespaces = {},
	subjectNamespaces = {},
	talkNamespaces = {},
	contentNamespaces = {},
}
site.stats.pagesInCategory = host.pagesInCategory
site.stats.pagesInNamespace = host.pagesInNamespace
site.stats.usersInGroup = host.usersInGroup

local byName = {}
for id, ns in pairs( info.namespaces ) do
	ns.subject = info.namespaces[ns.subject]
	ns.talk = info.namespaces[ns.talk]
	ns.associated = info.namespaces[ns.associated]
	site.namespaces[id] = ns
	byName[ns.name] = ns
	if ns.canonicalName then
		byName[ns.canonicalName] = ns
	end
	for i = 1, #ns.aliases do
		byName[ns.aliases[i]] = ns
	end
	if ns.isSubject then
		site.subjectNamespaces[id] = ns
	end
	if ns.isTalk then
		site.talkNamespaces[id] = ns
	end
	if ns.isContent then
		site.contentNamespaces[id] = ns
	end
end

local getNsIndex = host.getNsIndex
setmetatable( byName, {
	__index = function ( t, k )
		if type( k ) == 'string' then
			k = sgsub( k, '_', ' ' )
			local ns = rawget( t, k )
			if ns then
				return ns
			end
			local id = getNsIndex( k )
			if id then
				rawset( t, k, site.namespaces[id] )
			end
		end
		return rawget( t, k )
	end,
} )
setmetatable( site.namespaces, { __index = byName } )

mw.site = site
G.package.loaded['mw.site'] = site
