-- mw.hash: hashes of strings (hex digests), as the Scribunto reference manual documents.
local ctx = ...
local mw, host, G, util = ctx.mw, ctx.host, ctx.G, ctx.util
local checkType = util.checkType

local hash = {}

function hash.listAlgorithms()
	return host.hashAlgorithms()
end

function hash.hashValue( algo, value )
	checkType( 'hashValue', 1, algo, 'string' )
	checkType( 'hashValue', 2, value, 'string' )
	return host.hashValue( algo, value )
end

mw.hash = hash
G.package.loaded['mw.hash'] = hash
