-- mw.language: language objects (case mapping, number and date formatting, plurals, grammar,
-- direction) over Athenaeum's Globalization data, as the Scribunto reference manual documents.
local ctx = ...
local mw, host, G, util = ctx.mw, ctx.host, ctx.G, ctx.util
local pairs, select, error, tonumber, type = pairs, select, error, tonumber, type
local asciiCase = ctx.asciiCase

-- lc and uc without a host call where the answer is known. CS1's configuration lowercases every
-- language name at every citation: ~5,000 host calls per citation, a tenth of a citation page's
-- render. The host checks the language code at every call; once it accepted a code on this page,
-- lc/uc of all-ASCII text under it are mapped in C (MediaWiki's lc/uc of ASCII text is the same in
-- every language), and other text is answered from this page's record of the host's earlier
-- answers (lc and uc are pure functions of the code and the text). The record is bounded, so it
-- adds at most ~1 MB to the page's Lua memory.
local checkedCodes = {}
local caseAnswers = { lc = {}, uc = {} }
local caseAnswerCount, caseAnswerLimit = 0, 16384

local language = {}

function language.isSupportedLanguage( code )
	return host.langIsSupported( code )
end

function language.isKnownLanguageTag( code )
	return host.langIsKnownTag( code )
end

function language.isValidCode( code )
	return host.langIsValidCode( code )
end

function language.isValidBuiltInCode( code )
	return host.langIsValidBuiltInCode( code )
end

function language.fetchLanguageName( code, inLanguage )
	return host.langFetchName( code, inLanguage )
end

-- code, name, code, name… (the host's list, fetched once per page)
local languageNameList

function language.fetchLanguageNames( inLanguage, include )
	if languageNameList == nil then
		languageNameList = host.langFetchNameList()
	end
	-- a fresh table each call, filled in the same order as the host filled it before (so that
	-- pairs() visits the names in the same order)
	local names = {}
	for i = 1, #languageNameList, 2 do
		names[languageNameList[i]] = languageNameList[i + 1]
	end
	return names
end

function language.getFallbacksFor( code )
	return host.langFallbacks( code )
end

-- methods that go to the host, with the least number of arguments they need
local hostMethods = {
	lcfirst = 1, ucfirst = 1, lc = 1, uc = 1, caseFold = 1, formatNum = 1, formatDate = 1,
	formatDuration = 1, getDurationIntervals = 1, convertPlural = 2, convertGrammar = 2, gender = 2,
}

function language.new( code )
	if code == nil then
		error( 'too few arguments to mw.language.new()', 2 )
	end
	local lang = { code = code }
	local checkSelf = util.makeCheckSelfFunction( 'mw.language', 'lang', lang, 'language object' )
	for name, minArgs in pairs( hostMethods ) do
		lang[name] = function ( self, ... )
			checkSelf( self, name )
			if select( '#', ... ) < minArgs then
				error( 'too few arguments to mw.language:' .. name, 2 )
			end
			return host.langMethod( name, self.code, ... )
		end
	end
	for name, upper in pairs( { lc = false, uc = true } ) do
		local viaHost = lang[name]
		lang[name] = function ( self, ... )
			checkSelf( self, name )
			if select( '#', ... ) < 1 then
				error( 'too few arguments to mw.language:' .. name, 2 )
			end
			local text, code = ..., self.code
			local answers = caseAnswers[name][code]
			if type( text ) == 'string' and checkedCodes[code] then
				local mapped = asciiCase( text, upper ) or ( answers and answers[text] )
				if mapped then
					return mapped
				end
			end
			local result = viaHost( self, ... )
			checkedCodes[code] = true
			if type( text ) == 'string' and type( result ) == 'string' and caseAnswerCount < caseAnswerLimit then
				if not answers then
					answers = {}
					caseAnswers[name][code] = answers
				end
				answers[text] = result
				caseAnswerCount = caseAnswerCount + 1
			end
			return result
		end
	end

	function lang:isRTL()
		checkSelf( self, 'isRTL' )
		local rtl = host.langMethod( 'isRTL', self.code )
		self.isRTL = function ()
			return rtl
		end
		return rtl
	end

	function lang:parseFormattedNumber( ... )
		checkSelf( self, 'parseFormattedNumber' )
		if select( '#', ... ) < 1 then
			error( 'too few arguments to mw.language:parseFormattedNumber', 2 )
		end
		return tonumber( host.langMethod( 'parseFormattedNumber', self.code, ... ) )
	end

	lang.plural = lang.convertPlural

	function lang:grammar( case, word )
		checkSelf( self, 'grammar' )
		return self:convertGrammar( word, case )
	end

	function lang:getCode()
		checkSelf( self, 'getCode' )
		return self.code
	end

	function lang:getDir()
		checkSelf( self, 'getDir' )
		return self:isRTL() and 'rtl' or 'ltr'
	end

	function lang:getDirMark( opposite )
		checkSelf( self, 'getDirMark' )
		local rtl = self:isRTL()
		if opposite then
			rtl = not rtl
		end
		return rtl and '\226\128\143' or '\226\128\142'
	end

	function lang:getDirMarkEntity( opposite )
		checkSelf( self, 'getDirMarkEntity' )
		local rtl = self:isRTL()
		if opposite then
			rtl = not rtl
		end
		return rtl and '&rlm;' or '&lrm;'
	end

	function lang:getArrow( direction )
		checkSelf( self, 'getArrow' )
		direction = direction or 'forwards'
		util.checkType( 'getArrow', 1, direction, 'string' )
		if direction == 'forwards' then
			return self:isRTL() and '←' or '→'
		elseif direction == 'backwards' then
			return self:isRTL() and '→' or '←'
		elseif direction == 'left' then
			return '←'
		elseif direction == 'right' then
			return '→'
		elseif direction == 'up' then
			return '↑'
		elseif direction == 'down' then
			return '↓'
		end
	end

	function lang:getFallbackLanguages()
		checkSelf( self, 'getFallbackLanguages' )
		return language.getFallbacksFor( self.code )
	end

	return lang
end

local contentCode
function language.getContentLanguage()
	if contentCode == nil then
		contentCode = host.langContentCode()
	end
	return language.new( contentCode )
end

mw.language = language
mw.getContentLanguage = language.getContentLanguage
mw.getLanguage = language.new

-- mw.ustring's case functions follow the content language, and string gets its u-variants
local contentLanguage = language.getContentLanguage()
if mw.ustring then
	mw.ustring.upper = function ( s )
		return contentLanguage:uc( s )
	end
	mw.ustring.lower = function ( s )
		return contentLanguage:lc( s )
	end
	G.string.uupper = mw.ustring.upper
	G.string.ulower = mw.ustring.lower
end

G.package.loaded['mw.language'] = language
