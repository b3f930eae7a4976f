-- mw.ext.ParserFunctions.expr: the ParserFunctions extension's expression evaluator (#expr).
local ctx = ...
local mw, host, G, util = ctx.mw, ctx.host, ctx.G, ctx.util

local pf = {}

function pf.expr( expression )
	util.checkType( 'mw.ext.ParserFunctions.expr', 1, expression, 'string' )
	return host.expr( expression )
end

mw.ext.ParserFunctions = pf
G.package.loaded['mw.ext.ParserFunctions'] = pf
