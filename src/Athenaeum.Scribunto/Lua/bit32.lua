-- bit32: Lua 5.2's bitwise operations on 32-bit unsigned integers, for Lua 5.1 (as Scribunto
-- offers it through require('bit32')). Written from the Lua 5.2 reference manual, section 6.7.
local type, select, error, floor, format = type, select, error, math.floor, string.format

local bit32 = {}
local MOD = 2 ^ 32

local function checkint( name, argidx, x )
	if type( x ) ~= 'number' then
		error( format( "bad argument #%d to '%s' (number expected, got %s)", argidx, name, type( x ) ), 3 )
	end
	return floor( x ) % MOD
end

local function checkdisp( name, x )
	if type( x ) ~= 'number' then
		error( format( "bad argument #2 to '%s' (number expected, got %s)", name, type( x ) ), 3 )
	end
	return floor( x )
end

-- bitwise combination of all arguments; op(a, b) on single bits
local function combine( name, op, init, ... )
	local n = select( '#', ... )
	local result = init
	for i = 1, n do
		local x = checkint( name, i, ( select( i, ... ) ) )
		local r, bitValue = 0, 1
		local a, b = result, x
		for _ = 1, 32 do
			local abit, bbit = a % 2, b % 2
			if op( abit, bbit ) then
				r = r + bitValue
			end
			a, b, bitValue = ( a - abit ) / 2, ( b - bbit ) / 2, bitValue * 2
		end
		result = r
	end
	return result
end

function bit32.band( ... )
	return combine( 'band', function ( a, b ) return a == 1 and b == 1 end, MOD - 1, ... )
end

function bit32.bor( ... )
	return combine( 'bor', function ( a, b ) return a == 1 or b == 1 end, 0, ... )
end

function bit32.bxor( ... )
	return combine( 'bxor', function ( a, b ) return a ~= b end, 0, ... )
end

function bit32.btest( ... )
	return bit32.band( ... ) ~= 0
end

function bit32.bnot( x )
	return MOD - 1 - checkint( 'bnot', 1, x )
end

function bit32.lshift( x, disp )
	x, disp = checkint( 'lshift', 1, x ), checkdisp( 'lshift', disp )
	if disp <= -32 or disp >= 32 then
		return 0
	elseif disp < 0 then
		return floor( x / 2 ^ -disp )
	end
	return ( x * 2 ^ disp ) % MOD
end

function bit32.rshift( x, disp )
	x, disp = checkint( 'rshift', 1, x ), checkdisp( 'rshift', disp )
	if disp <= -32 or disp >= 32 then
		return 0
	elseif disp < 0 then
		return ( x * 2 ^ -disp ) % MOD
	end
	return floor( x / 2 ^ disp )
end

function bit32.arshift( x, disp )
	x, disp = checkint( 'arshift', 1, x ), checkdisp( 'arshift', disp )
	if disp <= 0 then
		return bit32.lshift( x, -disp )
	end
	local negative = x >= 2 ^ 31
	if disp >= 32 then
		return negative and MOD - 1 or 0
	end
	local r = floor( x / 2 ^ disp )
	if negative then
		r = r + ( MOD - 2 ^ ( 32 - disp ) )
	end
	return r
end

function bit32.lrotate( x, disp )
	x, disp = checkint( 'lrotate', 1, x ), checkdisp( 'lrotate', disp ) % 32
	return ( ( x * 2 ^ disp ) % MOD ) + floor( x / 2 ^ ( 32 - disp ) )
end

function bit32.rrotate( x, disp )
	return bit32.lrotate( x, -checkdisp( 'rrotate', disp ) )
end

function bit32.extract( n, field, width )
	n = checkint( 'extract', 1, n )
	field = checkdisp( 'extract', field )
	width = width == nil and 1 or checkdisp( 'extract', width )
	if field < 0 then
		error( "bad argument #2 to 'extract' (field cannot be negative)", 2 )
	end
	if width <= 0 then
		error( "bad argument #3 to 'extract' (width must be positive)", 2 )
	end
	if field + width > 32 then
		error( 'trying to access non-existent bits', 2 )
	end
	return floor( n / 2 ^ field ) % 2 ^ width
end

function bit32.replace( n, v, field, width )
	n = checkint( 'replace', 1, n )
	v = checkint( 'replace', 2, v )
	field = checkdisp( 'replace', field )
	width = width == nil and 1 or checkdisp( 'replace', width )
	if field < 0 then
		error( "bad argument #3 to 'replace' (field cannot be negative)", 2 )
	end
	if width <= 0 then
		error( "bad argument #4 to 'replace' (width must be positive)", 2 )
	end
	if field + width > 32 then
		error( 'trying to access non-existent bits', 2 )
	end
	local mask = 2 ^ width
	local old = floor( n / 2 ^ field ) % mask
	return n + ( ( v % mask ) - old ) * 2 ^ field
end

return bit32
