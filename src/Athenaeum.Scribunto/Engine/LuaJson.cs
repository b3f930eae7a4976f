using System.Globalization;
using System.Text;
using System.Text.Json;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// JSON to and from Lua values as Scribunto does it (mw.text.jsonEncode/jsonDecode,
/// mw.loadJsonData): through PHP arrays, so canonical integer keys are numbers, sequences are
/// 1-based in Lua and 0-based in JSON, integral numbers are integers, others PHP floats.
/// </summary>
internal static class LuaJson
{
    /// <summary>The flag that keeps keys as they are (no re-indexing).</summary>
    public const int PreserveKeys = 1;

    /// <summary>The flag for indented output.</summary>
    public const int Pretty = 4;

    private const int MaxDepth = 512;

    /// <summary>Pushes a decoded JSON value.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="element">The JSON value.</param>
    /// <param name="preserveKeys">Whether to keep 0-based arrays as they are.</param>
    public static void Push(LuaState lua, JsonElement element, bool preserveKeys = false)
    {
        lua.EnsureStack(4);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                {
                    var entries = new List<(string Key, JsonElement Value)>();
                    var index = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var p in element.EnumerateObject())
                    {
                        // PHP arrays: a repeated key keeps its first position and its last value
                        var key = LuaArgs.IsCanonicalInteger(p.Name, out var n) ? n.ToString(CultureInfo.InvariantCulture) : p.Name;
                        if (index.TryGetValue(key, out var at))
                        {
                            entries[at] = (key, p.Value);
                        }
                        else
                        {
                            index[key] = entries.Count;
                            entries.Add((key, p.Value));
                        }
                    }

                    var sequence = !preserveKeys && IsZeroBasedSequence(entries);
                    lua.NewTable();
                    for (var i = 0; i < entries.Count; i++)
                    {
                        if (sequence)
                        {
                            lua.PushNumber(i + 1);
                        }
                        else
                        {
                            LuaArgs.PushKey(lua, entries[i].Key);
                        }

                        Push(lua, entries[i].Value, preserveKeys);
                        lua.RawSetKeyValue(-3);
                    }

                    break;
                }

            case JsonValueKind.Array:
                {
                    lua.NewTable(element.GetArrayLength());
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        lua.PushNumber(preserveKeys ? i : i + 1);
                        Push(lua, item, preserveKeys);
                        lua.RawSetKeyValue(-3);
                        i++;
                    }

                    break;
                }

            case JsonValueKind.String:
                lua.PushString(element.GetString()!);
                break;
            case JsonValueKind.Number:
                lua.PushNumber(element.TryGetInt64(out var l) ? l : element.GetDouble());
                break;
            case JsonValueKind.True:
                lua.PushBoolean(true);
                break;
            case JsonValueKind.False:
                lua.PushBoolean(false);
                break;
            default:
                lua.PushNil();
                break;
        }
    }

    /// <summary>Encodes the Lua value at a stack index.</summary>
    /// <param name="lua">The state.</param>
    /// <param name="index">The stack index.</param>
    /// <param name="flags">JSON_PRESERVE_KEYS and JSON_PRETTY.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="LuaScriptException">The value cannot be encoded.</exception>
    public static string Encode(LuaState lua, int index, int flags)
    {
        var value = Read(lua, lua.ToAbsolute(index), [], 0);
        var sb = new StringBuilder();
        Write(sb, value, (flags & PreserveKeys) == 0, (flags & Pretty) != 0, 0);
        return sb.ToString();
    }

    private static bool IsZeroBasedSequence(List<(string Key, JsonElement Value)> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (!string.Equals(entries[i].Key, i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static object? Read(LuaState lua, int index, HashSet<nint> seen, int depth)
    {
        switch (lua.TypeAt(index))
        {
            case LuaNative.TypeNil:
                return null;
            case LuaNative.TypeBoolean:
                return lua.ToBoolean(index);
            case LuaNative.TypeNumber:
                return lua.ToNumber(index);
            case LuaNative.TypeString:
                return lua.ToStringValue(index);
            case LuaNative.TypeTable:
                break;
            default:
                throw new LuaScriptException("mw.text.jsonEncode: Unable to encode value");
        }

        if (depth > MaxDepth)
        {
            throw new LuaScriptException("mw.text.jsonEncode: Unable to encode value");
        }

        var entries = new List<KeyValuePair<object, object?>>();
        lua.EnsureStack(4);
        lua.PushNil();
        while (lua.Next(index))
        {
            object key = lua.TypeAt(-2) == LuaNative.TypeNumber ? NumberKey(lua.ToNumber(-2)) : StringKey(lua.ToStringValue(-2) ?? "");
            var v = Read(lua, lua.ToAbsolute(-1), seen, depth + 1);
            entries.Add(new(key, v));
            lua.Pop(1);
        }

        return entries;
    }

    private static object NumberKey(double d)
        => d == Math.Floor(d) && Math.Abs(d) < 9.2e18 ? (long)d : LuaState.FormatNumber(d);

    private static object StringKey(string s) => LuaArgs.IsCanonicalInteger(s, out var n) ? n : s;

    private static void Write(StringBuilder sb, object? value, bool reindex, bool pretty, int level)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                sb.Append(FormatNumber(d));
                return;
            case string s:
                WriteString(sb, s);
                return;
        }

        var entries = (List<KeyValuePair<object, object?>>)value;
        var asList = false;
        if (reindex)
        {
            // PHP's ksort(SORT_NUMERIC) (stable), then a sequence 1..n becomes a JSON array
            entries = [.. entries.OrderBy(e => e.Key is long l ? l : NumericValue((string)e.Key))];
            asList = true;
            for (var i = 0; i < entries.Count && asList; i++)
            {
                asList = entries[i].Key is long k ? k == i + 1 : IsDigits((string)entries[i].Key, i + 1);
            }
        }
        else
        {
            asList = entries.Count == 0;
        }

        sb.Append(asList ? '[' : '{');
        if (entries.Count == 0)
        {
            sb.Append(asList ? ']' : '}');
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            if (pretty)
            {
                sb.Append('\n').Append(' ', (level + 1) * 4);
            }

            if (!asList)
            {
                WriteString(sb, entries[i].Key is long k ? k.ToString(CultureInfo.InvariantCulture) : (string)entries[i].Key);
                sb.Append(pretty ? ": " : ":");
            }

            Write(sb, entries[i].Value, reindex, pretty, level + 1);
        }

        if (pretty)
        {
            sb.Append('\n').Append(' ', level * 4);
        }

        sb.Append(asList ? ']' : '}');
    }

    private static double NumericValue(string s)
        => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;

    private static bool IsDigits(string s, int expected)
        => s.Length > 0 && s.All(char.IsAsciiDigit) && long.TryParse(s, CultureInfo.InvariantCulture, out var v) && v == expected;

    /// <summary>Formats a number as PHP's json_encode: integers plainly, floats shortest-roundtrip.</summary>
    /// <param name="d">The number.</param>
    /// <returns>The JSON number.</returns>
    public static string FormatNumber(double d)
    {
        if (d == Math.Floor(d) && Math.Abs(d) < 9.2e18)
        {
            return ((long)d).ToString(CultureInfo.InvariantCulture);
        }

        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new LuaScriptException("mw.text.jsonEncode: Unable to encode value");
        }

        var shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e >= 0 ? shortest[..e] : shortest;
        var exp = e >= 0 ? int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        if (point < 0)
        {
            point = mantissa.Length;
        }

        var allDigits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var sig = allDigits.Trim('0');
        if (sig.Length == 0)
        {
            sig = "0";
        }

        var decimalExp = exp + point - 1 - leadingZeros;
        string text;
        if (decimalExp < -4 || decimalExp >= 15)
        {
            var m = sig.Length == 1 ? sig + ".0" : sig[0] + "." + sig[1..];
            text = m + "e" + (decimalExp < 0 ? "-" : "+") + Math.Abs(decimalExp).ToString(CultureInfo.InvariantCulture);
        }
        else if (decimalExp < 0)
        {
            text = "0." + new string('0', -decimalExp - 1) + sig;
        }
        else if (sig.Length <= decimalExp + 1)
        {
            text = sig + new string('0', decimalExp + 1 - sig.Length) + ".0";
        }
        else
        {
            text = sig[..(decimalExp + 1)] + "." + sig[(decimalExp + 1)..];
        }

        return (d < 0 ? "-" : string.Empty) + text;
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
