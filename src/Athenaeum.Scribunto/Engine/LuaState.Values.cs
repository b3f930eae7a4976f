using System.Buffers;
using System.Globalization;
using System.Text;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Engine;

/// <summary>Value helpers: pushing and reading strings, numbers and tables without metamethods.</summary>
internal sealed unsafe partial class LuaState
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Gets the Lua type of a stack slot (<see cref="LuaNative.TypeNil"/> …).</summary>
    /// <param name="index">The stack index.</param>
    /// <returns>The type.</returns>
    public int TypeAt(int index) => LuaNative.lua_type(_l, index);

    /// <summary>Sets the stack top.</summary>
    /// <param name="index">The new top.</param>
    public void SetTop(int index) => LuaNative.lua_settop(_l, index);

    /// <summary>Pops values.</summary>
    /// <param name="n">How many.</param>
    public void Pop(int n) => LuaNative.lua_settop(_l, -n - 1);

    /// <summary>Pushes a copy of a slot.</summary>
    /// <param name="index">The stack index.</param>
    public void PushValue(int index) => LuaNative.lua_pushvalue(_l, index);

    /// <summary>Moves the top value to a position.</summary>
    /// <param name="index">The stack index.</param>
    public void Insert(int index) => LuaNative.lua_insert(_l, index);

    /// <summary>Removes a slot.</summary>
    /// <param name="index">The stack index.</param>
    public void Remove(int index) => LuaNative.lua_remove(_l, index);

    /// <summary>Makes room for pushes; throws a script error when the stack cannot grow.</summary>
    /// <param name="n">The number of slots needed.</param>
    /// <exception cref="LuaScriptException">The stack cannot grow that much.</exception>
    public void EnsureStack(int n)
    {
        if (LuaNative.lua_checkstack(_l, n) == 0)
        {
            throw new LuaScriptException("stack overflow (too many values)");
        }
    }

    /// <summary>Pushes nil.</summary>
    public void PushNil() => LuaNative.lua_pushnil(_l);

    /// <summary>Pushes a boolean.</summary>
    /// <param name="value">The value.</param>
    public void PushBoolean(bool value) => LuaNative.lua_pushboolean(_l, value ? 1 : 0);

    /// <summary>Pushes a number.</summary>
    /// <param name="value">The value.</param>
    public void PushNumber(double value) => LuaNative.lua_pushnumber(_l, value);

    /// <summary>Pushes a string as UTF-8.</summary>
    /// <param name="value">The value.</param>
    public void PushString(string value)
    {
        var max = Utf8.GetMaxByteCount(value.Length);
        if (max <= 512)
        {
            var buffer = stackalloc byte[max];
            var n = Utf8.GetBytes(value, new Span<byte>(buffer, max));
            LuaNative.lua_pushlstring(_l, buffer, (nuint)n);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var n = Utf8.GetBytes(value, rented);
            fixed (byte* p = rented)
            {
                LuaNative.lua_pushlstring(_l, p, (nuint)n);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Pushes raw bytes as a Lua string.</summary>
    /// <param name="value">The bytes.</param>
    public void PushBytes(ReadOnlySpan<byte> value)
    {
        fixed (byte* p = value)
        {
            LuaNative.lua_pushlstring(_l, p, (nuint)value.Length);
        }
    }

    /// <summary>Pushes a new table.</summary>
    /// <param name="arrayCount">Expected array part size.</param>
    /// <param name="hashCount">Expected hash part size.</param>
    public void NewTable(int arrayCount = 0, int hashCount = 0) => LuaNative.lua_createtable(_l, arrayCount, hashCount);

    /// <summary>Whether a slot holds a string or a number (which Lua converts to a string).</summary>
    /// <param name="index">The stack index.</param>
    /// <returns>Whether it is string-like.</returns>
    public bool IsStringLike(int index)
    {
        var t = TypeAt(index);
        return t is LuaNative.TypeString or LuaNative.TypeNumber;
    }

    /// <summary>
    /// Reads a string or number slot as text (invalid UTF-8 becomes U+FFFD); <see langword="null"/>
    /// for other types. Numbers are formatted as Lua does ("%.14g"), without converting the slot.
    /// </summary>
    /// <param name="index">The stack index.</param>
    /// <returns>The text.</returns>
    public string? ToStringValue(int index)
    {
        var t = TypeAt(index);
        if (t == LuaNative.TypeNumber)
        {
            return FormatNumber(LuaNative.lua_tonumber(_l, index));
        }

        if (t != LuaNative.TypeString)
        {
            return null;
        }

        var p = LuaNative.lua_tolstring(_l, index, out var len);
        return Utf8.GetString(p, checked((int)len));
    }

    /// <summary>Reads a string slot's bytes (valid until the value is popped).</summary>
    /// <param name="index">The stack index.</param>
    /// <returns>The bytes, or an empty span for non-strings.</returns>
    public ReadOnlySpan<byte> ToBytes(int index)
    {
        if (TypeAt(index) != LuaNative.TypeString)
        {
            return default;
        }

        var p = LuaNative.lua_tolstring(_l, index, out var len);
        return new ReadOnlySpan<byte>(p, checked((int)len));
    }

    /// <summary>Reads a number slot.</summary>
    /// <param name="index">The stack index.</param>
    /// <returns>The number (0 for non-numbers).</returns>
    public double ToNumber(int index) => LuaNative.lua_tonumber(_l, index);

    /// <summary>Reads a slot as a boolean (Lua truthiness).</summary>
    /// <param name="index">The stack index.</param>
    /// <returns>Whether it is neither nil nor false.</returns>
    public bool ToBoolean(int index) => LuaNative.lua_toboolean(_l, index) != 0;

    /// <summary>Gets the raw length of a table or string.</summary>
    /// <param name="index">The stack index.</param>
    /// <returns>The length.</returns>
    public int RawLength(int index) => (int)LuaNative.lua_objlen(_l, index);

    /// <summary>Pushes t[key] without metamethods.</summary>
    /// <param name="tableIndex">The table's stack index.</param>
    /// <param name="key">The key.</param>
    public void RawGet(int tableIndex, string key)
    {
        var t = ToAbsolute(tableIndex);
        PushString(key);
        LuaNative.lua_rawget(_l, t);
    }

    /// <summary>Pushes t[n] without metamethods.</summary>
    /// <param name="tableIndex">The table's stack index.</param>
    /// <param name="n">The integer key.</param>
    public void RawGet(int tableIndex, int n) => LuaNative.lua_rawgeti(_l, tableIndex, n);

    /// <summary>Sets t[key] = top value (popped) without metamethods.</summary>
    /// <param name="tableIndex">The table's stack index.</param>
    /// <param name="key">The key.</param>
    public void RawSet(int tableIndex, string key)
    {
        var t = ToAbsolute(tableIndex);
        PushString(key);
        LuaNative.lua_insert(_l, -2);
        LuaNative.lua_rawset(_l, t);
    }

    /// <summary>Sets t[n] = top value (popped) without metamethods.</summary>
    /// <param name="tableIndex">The table's stack index.</param>
    /// <param name="n">The integer key.</param>
    public void RawSet(int tableIndex, int n) => LuaNative.lua_rawseti(_l, tableIndex, n);

    /// <summary>Sets t[key] = value for the key and value on top (both popped).</summary>
    /// <param name="tableIndex">The table's stack index.</param>
    public void RawSetKeyValue(int tableIndex) => LuaNative.lua_rawset(_l, tableIndex);

    /// <summary>Pushes the next key and value of a table traversal (start with nil on top).</summary>
    /// <param name="tableIndex">The table's stack index.</param>
    /// <returns>Whether there was a next pair.</returns>
    public bool Next(int tableIndex) => LuaNative.lua_next(_l, tableIndex) != 0;

    /// <summary>Sets the metatable of a value to the table on top (popped).</summary>
    /// <param name="index">The value's stack index.</param>
    public void SetMetatable(int index) => LuaNative.lua_setmetatable(_l, index);

    /// <summary>Converts a relative stack index to an absolute one.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The absolute index.</returns>
    public int ToAbsolute(int index) => index > 0 || index <= LuaNative.LuaRegistryIndex ? index : Top + index + 1;

    /// <summary>Formats a number as Lua 5.1's tostring does ("%.14g").</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return double.IsNegative(value) ? "-nan" : "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e14)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        return FormatG14(value);
    }

    private static string FormatG14(double value)
    {
        // C's %.14g: 14 significant digits, exponent form when exp < -4 or exp >= 14, trailing zeros removed.
        var s = value.ToString("E13", CultureInfo.InvariantCulture);
        var ePos = s.IndexOf('E', StringComparison.Ordinal);
        var exp = int.Parse(s.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exp < -4 || exp >= 14)
        {
            var mantissa = s[..ePos].TrimEnd('0').TrimEnd('.');
            var sign = exp < 0 ? "-" : "+";
            var digits = Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
            return mantissa + "e" + sign + digits;
        }

        var decimals = Math.Max(0, 13 - exp);
        var fixedText = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (fixedText.Contains('.', StringComparison.Ordinal))
        {
            fixedText = fixedText.TrimEnd('0').TrimEnd('.');
        }

        return fixedText;
    }
}
