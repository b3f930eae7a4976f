using System.Globalization;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// Argument checks for host functions, with Scribunto's messages ("bad argument #1 to 'x'
/// (string expected, got nil)"); they raise catchable Lua errors without a script position,
/// as Scribunto's PHP side does.
/// </summary>
internal static class LuaArgs
{
    /// <summary>Gets the Lua type name of a slot ("nil" for a missing argument).</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The stack index.</param>
    /// <returns>The type name.</returns>
    public static string TypeName(LuaState lua, int index) => lua.TypeAt(index) switch
    {
        LuaNative.TypeBoolean => "boolean",
        LuaNative.TypeNumber => "number",
        LuaNative.TypeString => "string",
        LuaNative.TypeTable => "table",
        LuaNative.TypeFunction => "function",
        LuaNative.TypeUserdata or LuaNative.TypeLightUserdata => "userdata",
        LuaNative.TypeThread => "thread",
        _ => "nil",
    };

    /// <summary>Reads a string argument (numbers are accepted and formatted as Lua does).</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The argument number.</param>
    /// <param name="function">The function name for the message.</param>
    /// <returns>The text.</returns>
    /// <exception cref="LuaScriptException">The argument is not a string.</exception>
    public static string CheckString(LuaState lua, int index, string function)
        => lua.ToStringValue(index) ?? throw BadType(lua, index, function, "string");

    /// <summary>Reads an optional string argument.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The argument number.</param>
    /// <param name="function">The function name for the message.</param>
    /// <param name="defaultValue">The value for nil.</param>
    /// <returns>The text.</returns>
    /// <exception cref="LuaScriptException">The argument is neither nil nor a string.</exception>
    public static string? OptString(LuaState lua, int index, string function, string? defaultValue = null)
        => lua.TypeAt(index) is LuaNative.TypeNil or LuaNative.TypeNone ? defaultValue : CheckString(lua, index, function);

    /// <summary>Reads a number argument.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The argument number.</param>
    /// <param name="function">The function name for the message.</param>
    /// <returns>The number.</returns>
    /// <exception cref="LuaScriptException">The argument is not a number.</exception>
    public static double CheckNumber(LuaState lua, int index, string function)
        => lua.TypeAt(index) == LuaNative.TypeNumber ? lua.ToNumber(index) : throw BadType(lua, index, function, "number");

    /// <summary>Reads an optional number argument.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The argument number.</param>
    /// <param name="function">The function name for the message.</param>
    /// <returns>The number, or <see langword="null"/> for nil.</returns>
    /// <exception cref="LuaScriptException">The argument is neither nil nor a number.</exception>
    public static double? OptNumber(LuaState lua, int index, string function)
        => lua.TypeAt(index) is LuaNative.TypeNil or LuaNative.TypeNone ? null : CheckNumber(lua, index, function);

    /// <summary>The error for an argument of the wrong type.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The argument number.</param>
    /// <param name="function">The function name.</param>
    /// <param name="expected">The expected type(s).</param>
    /// <returns>The exception to throw.</returns>
    public static LuaScriptException BadType(LuaState lua, int index, string function, string expected)
        => new(string.Create(CultureInfo.InvariantCulture, $"bad argument #{index} to '{function}' ({expected} expected, got {TypeName(lua, index)})"));

    /// <summary>
    /// Reads a table of string values keyed by numbers and strings (arguments made by Lua's
    /// checkArgs), in traversal order; number keys are given as their decimal text.
    /// </summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The table's stack index.</param>
    /// <returns>The pairs; <c>IsNumber</c> tells whether the key was a number.</returns>
    public static List<(string Key, bool IsNumber, string Value)> ReadStringTable(LuaState lua, int index)
    {
        var result = new List<(string, bool, string)>();
        if (lua.TypeAt(index) != LuaNative.TypeTable)
        {
            return result;
        }

        var t = lua.ToAbsolute(index);
        lua.PushNil();
        while (lua.Next(t))
        {
            var isNumber = lua.TypeAt(-2) == LuaNative.TypeNumber;
            var key = isNumber ? LuaState.FormatNumber(lua.ToNumber(-2)) : lua.ToStringValue(-2);
            var value = lua.ToStringValue(-1);
            if (key is not null && value is not null)
            {
                result.Add((key, isNumber, value));
            }

            lua.Pop(1);
        }

        return result;
    }

    /// <summary>Pushes a key the way PHP array keys reach Lua: canonical integers as numbers.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="key">The key.</param>
    public static void PushKey(LuaState lua, string key)
    {
        if (IsCanonicalInteger(key, out var n))
        {
            lua.PushNumber(n);
        }
        else
        {
            lua.PushString(key);
        }
    }

    /// <summary>Whether a string is a decimal integer PHP would use as an integer array key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The integer.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsCanonicalInteger(string key, out long value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > 19)
        {
            return false;
        }

        var start = key[0] == '-' ? 1 : 0;
        if (start == key.Length || (key[start] == '0' && key.Length > start + 1) || (start == 1 && key == "-0"))
        {
            return false;
        }

        for (var i = start; i < key.Length; i++)
        {
            if (key[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
