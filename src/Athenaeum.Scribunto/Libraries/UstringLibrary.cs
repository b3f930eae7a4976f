using System.Text;
using Athenaeum.Scribunto.Engine;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>
/// The host side of mw.ustring: Unicode normalization and case mapping (the pattern functions are
/// native, see native/athenaeum_ustring.inc).
/// </summary>
internal static class UstringLibrary
{
    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("ustringNormalize", (_, l) => Normalize(l));
        table.Add("ustringCase", (_, l) => Case(l));
    }

    /// <summary>Reads a string argument as Scribunto's checkString, optionally requiring valid UTF-8.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The argument number.</param>
    /// <param name="function">The function name for messages.</param>
    /// <param name="valid">Whether the bytes are valid UTF-8.</param>
    /// <returns>The text (invalid sequences replaced).</returns>
    /// <exception cref="LuaScriptException">The argument is not a string or is too long.</exception>
    public static string CheckUtf8String(LuaState lua, int index, string function, out bool valid)
    {
        if (lua.TypeAt(index) == LuaNative.TypeNumber)
        {
            valid = true;
            return LuaState.FormatNumber(lua.ToNumber(index));
        }

        if (lua.TypeAt(index) != LuaNative.TypeString)
        {
            throw LuaArgs.BadType(lua, index, function, "string");
        }

        var bytes = lua.ToBytes(index);
        if (bytes.Length > 2048 * 1024)
        {
            throw new LuaScriptException($"bad argument #{index} to '{function}' (string is longer than 2097152 bytes)");
        }

        valid = System.Text.Unicode.Utf8.IsValid(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static int Normalize(LuaState lua)
    {
        var function = lua.ToStringValue(3) ?? "toNFC";
        var s = CheckUtf8String(lua, 1, function, out var valid);
        if (!valid)
        {
            lua.PushNil();
            return 1;
        }

        var form = lua.ToStringValue(2) switch
        {
            "D" => NormalizationForm.FormD,
            "KC" => NormalizationForm.FormKC,
            "KD" => NormalizationForm.FormKD,
            _ => NormalizationForm.FormC,
        };
        lua.PushString(s.IsNormalized(form) ? s : s.Normalize(form));
        return 1;
    }

    private static int Case(LuaState lua)
    {
        var upper = lua.ToBoolean(2);
        var s = CheckUtf8String(lua, 1, upper ? "upper" : "lower", out var valid);
        if (!valid)
        {
            throw new LuaScriptException($"bad argument #1 to '{(upper ? "upper" : "lower")}' (string is not UTF-8)");
        }

        lua.PushString(upper ? s.ToUpperInvariant() : s.ToLowerInvariant());
        return 1;
    }
}
