using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using static Athenaeum.Storage.Sqlite.Ranking.Fts5Native;

namespace Athenaeum.Storage.Sqlite.Ranking;

/// <summary>
/// The FTS5 auxiliary function <c>athenaeum_bm25(table, epoch, phrases, weight…)</c>: Okapi BM25 exactly as FTS5's
/// own <c>bm25()</c> defines it (sqlite.org/fts5.html, "The bm25() function": k1 = 1.2, b = 0.75, IDF
/// log((N − n + 0.5) / (n + 0.5)), at least 10⁻⁶, a weight per column, negated so that better matches sort
/// first), but with what it needs from disk kept in <see cref="RankingCache"/>: each page's token count (FTS5
/// looks it up in the <c>_docsize</c> table per match) and each phrase's number of pages (FTS5 reads the
/// phrase's whole page list on every query). <c>epoch</c> is <see cref="RankingCache.Epoch"/>, taken before
/// the query runs. <c>phrases</c> names the query's phrases in their order (<see cref="PhraseKeys"/>), so that
/// their page counts can be kept; NULL keeps none. The weights follow, one per column (missing ones count 1).
/// </summary>
/// <remarks>
/// Registered on each reader connection by <see cref="Register"/>. The callbacks run on the thread that steps
/// the statement and never let an exception escape into SQLite: a failure becomes an SQL error.
/// </remarks>
internal static unsafe class SearchRanking
{
    /// <summary>The function's name in SQL.</summary>
    public const string FunctionName = "athenaeum_bm25";

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int MaxPhrases = 64;
    private const int MaxColumns = 8;

    [ThreadStatic]
    private static List<(long Rowid, int FirstToken)>? t_firstMatches;

    /// <summary>Separates the phrase names of the <c>phrases</c> argument.</summary>
    public const char PhraseSeparator = '\u001f';

    /// <summary>
    /// Names the phrases of a match expression in order, for the <c>phrases</c> argument: each double-quoted
    /// string, with <c>*</c> appended when a prefix mark follows it. An expression with anything else in its
    /// phrases (bare words, <c>+</c>, <c>NEAR</c>, column filters) gets <see langword="null"/>: counts are then not kept.
    /// </summary>
    /// <param name="matchExpression">The FTS5 expression, as the site builds it (<c>"a" AND ("b" OR "b"*)</c>).</param>
    /// <returns>The names joined by <see cref="PhraseSeparator"/>, or <see langword="null"/>.</returns>
    public static string? PhraseKeys(string matchExpression)
    {
        ArgumentNullException.ThrowIfNull(matchExpression);
        var keys = new List<string>();
        var i = 0;
        while (i < matchExpression.Length)
        {
            var c = matchExpression[i];
            if (c == '"')
            {
                var end = matchExpression.IndexOf('"', i + 1);
                if (end < 0 || (end + 1 < matchExpression.Length && matchExpression[end + 1] == '"'))
                {
                    return null;
                }

                var key = matchExpression[(i + 1)..end];
                i = end + 1;
                if (i < matchExpression.Length && matchExpression[i] == '*')
                {
                    key += "*";
                    i++;
                }

                if (key.Length == 0 || key.Contains(PhraseSeparator, StringComparison.Ordinal) || key.Contains(' ', StringComparison.Ordinal))
                {
                    return null;
                }

                keys.Add(key);
                continue;
            }

            if (c is '(' or ')' or ' ')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(matchExpression, i, "AND ", 0, 4) == 0 || string.CompareOrdinal(matchExpression, i, "OR ", 0, 3) == 0)
            {
                i = matchExpression.IndexOf(' ', i) + 1;
                continue;
            }

            return null;
        }

        return keys.Count == 0 ? null : string.Join(PhraseSeparator, keys);
    }

    /// <summary>Registers the function on a connection; it keeps a handle to <paramref name="lengths"/> until the connection closes.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="lengths">The counts cache the function reads and fills.</param>
    /// <exception cref="InvalidOperationException">FTS5's API could not be reached.</exception>
    public static void Register(SqliteConnection connection, RankingCache lengths)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(lengths);
        var db = connection.Handle?.DangerousGetHandle() ?? throw new InvalidOperationException("The connection is not open.");
        var api = GetApi(db);
        var handle = GCHandle.Alloc(lengths);
        fixed (byte* name = "athenaeum_bm25"u8)
        {
            var rc = api->CreateFunction(api, name, GCHandle.ToIntPtr(handle), (IntPtr)(delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>)&Rank, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, void>)&Release);
            if (rc != Ok)
            {
                handle.Free();
                throw new InvalidOperationException($"FTS5 refused the ranking function (SQLite error {rc}).");
            }
        }
    }

    /// <summary>
    /// Starts recording, for each row the function ranks on this thread, where its body column (column 1) first
    /// matches (token offset, or -1): the function reads every match's position anyway, so this costs one list
    /// entry per row. SQLite calls the function on the thread that steps the statement, so the rows of the
    /// statements this thread runs until <see cref="StopRecording"/> are the ones recorded.
    /// </summary>
    /// <param name="into">The list the rows are added to.</param>
    public static void StartRecording(List<(long Rowid, int FirstToken)> into) => t_firstMatches = into;

    /// <summary>Stops recording (<see cref="StartRecording"/>).</summary>
    public static void StopRecording() => t_firstMatches = null;

    /// <summary>Gets the connection's <c>fts5_api</c> the documented way: <c>SELECT fts5(?1)</c> with a pointer bound to ?1.</summary>
    private static Fts5Api* GetApi(IntPtr db)
    {
        Fts5Api* api = null;
        IntPtr statement;
        fixed (byte* sql = "SELECT fts5(?1)"u8)
        {
            if (sqlite3_prepare_v2(db, sql, -1, out statement, IntPtr.Zero) != Ok)
            {
                throw new InvalidOperationException("This SQLite has no FTS5.");
            }
        }

        try
        {
            fixed (byte* type = "fts5_api_ptr"u8)
            {
                if (sqlite3_bind_pointer(statement, 1, &api, type, IntPtr.Zero) != Ok || sqlite3_step(statement) != Row)
                {
                    throw new InvalidOperationException("FTS5's API could not be reached.");
                }
            }
        }
        finally
        {
            sqlite3_finalize(statement);
        }

        return api != null && api->Version >= 2 ? api : throw new InvalidOperationException("FTS5's API is too old (version 2 or later is needed).");
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Release(IntPtr handle) => GCHandle.FromIntPtr(handle).Free();

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void FreeQuery(void* query) => NativeMemory.Free(query);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int CountRow(ExtensionApi* api, IntPtr fts, void* count)
    {
        (*(long*)count)++;
        return Ok;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(ExtensionApi* api, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        try
        {
            var rc = Score(api, fts, count, values, out var score);
            if (rc == Ok)
            {
                sqlite3_result_double(context, score);
            }
            else
            {
                sqlite3_result_error_code(context, rc);
            }
        }
        catch (Exception ex)
        {
            var message = System.Text.Encoding.UTF8.GetBytes(FunctionName + ": " + ex.Message);
            fixed (byte* text = message)
            {
                sqlite3_result_error(context, text, message.Length);
            }
        }
    }

    private static int Score(ExtensionApi* api, IntPtr fts, int count, IntPtr* values, out double score)
    {
        score = 0;
        var query = (QueryData*)api->GetAuxdata(fts, 0);
        if (query == null)
        {
            var rc = Prepare(api, fts, count, values, out query);
            if (rc != Ok)
            {
                return rc;
            }
        }

        var frequencies = stackalloc double[query->Phrases];
        new Span<double>(frequencies, query->Phrases).Clear();
        int instances;
        var firstBody = int.MaxValue;
        var result = api->InstCount(fts, &instances);
        for (var i = 0; result == Ok && i < instances; i++)
        {
            int phrase, column, offset;
            result = api->Inst(fts, i, &phrase, &column, &offset);
            if (result == Ok && (uint)phrase < (uint)query->Phrases)
            {
                frequencies[phrase] += (uint)column < MaxColumns ? query->Weights[column] : 1.0;
                if (column == 1 && offset < firstBody)
                {
                    firstBody = offset;
                }
            }
        }

        if (result != Ok)
        {
            return result;
        }

        var cache = (RankingCache)GCHandle.FromIntPtr(api->UserData(fts)).Target!;
        var rowid = api->Rowid(fts);
        t_firstMatches?.Add((rowid, firstBody == int.MaxValue ? -1 : firstBody));
        if (!cache.TryGetLength(rowid, out var tokens))
        {
            result = api->ColumnSize(fts, -1, &tokens);
            if (result != Ok)
            {
                return result;
            }

            cache.SetLength(rowid, tokens, query->Epoch);
        }

        var norm = K1 * (1 - B + (B * tokens / query->AverageLength));
        var sum = 0.0;
        var idf = InverseFrequencies(query);
        for (var i = 0; i < query->Phrases; i++)
        {
            sum += idf[i] * (frequencies[i] * (K1 + 1.0) / (frequencies[i] + norm));
        }

        score = -sum;
        return Ok;
    }

    /// <summary>What is the same for every row of a query: kept as FTS5 auxiliary data, freed by FTS5.</summary>
    private static int Prepare(ExtensionApi* api, IntPtr fts, int count, IntPtr* values, out QueryData* query)
    {
        query = null;
        var phrases = api->PhraseCount(fts);
        if (phrases > MaxPhrases)
        {
            throw new InvalidOperationException($"a query has at most {MaxPhrases} phrases to rank.");
        }

        var data = (QueryData*)NativeMemory.AllocZeroed((nuint)(sizeof(QueryData) + (phrases * sizeof(double))));
        data->Phrases = phrases;
        data->Epoch = count > 0 ? sqlite3_value_int64(values[0]) : -1;
        for (var c = 0; c < MaxColumns; c++)
        {
            data->Weights[c] = c + 2 < count ? sqlite3_value_double(values[c + 2]) : 1.0;
        }

        var cache = (RankingCache)GCHandle.FromIntPtr(api->UserData(fts)).Target!;
        var keys = count > 1 ? Keys(api, fts, values[1], phrases) : null;

        long rows, tokens;
        var rc = api->RowCount(fts, &rows);
        if (rc == Ok)
        {
            rc = api->ColumnTotalSize(fts, -1, &tokens);
            data->AverageLength = rows > 0 ? (double)tokens / rows : 1.0;
        }

        for (var i = 0; rc == Ok && i < phrases; i++)
        {
            long hits = 0;
            if (keys is null || !cache.TryGetFrequency(keys[i], out hits))
            {
                rc = api->QueryPhrase(fts, i, &hits, &CountRow);
                if (rc == Ok && keys is not null)
                {
                    cache.SetFrequency(keys[i], hits, data->Epoch);
                }
            }

            var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
            InverseFrequencies(data)[i] = idf <= 0.0 ? 1e-6 : idf;
        }

        if (rc == Ok)
        {
            rc = api->SetAuxdata(fts, data, &FreeQuery);
            if (rc == Ok)
            {
                query = data;
                return Ok;
            }

            // FTS5 frees the data itself when it cannot keep it.
            return rc;
        }

        NativeMemory.Free(data);
        return rc;
    }

    /// <summary>
    /// Reads the <c>phrases</c> argument: one name per phrase of the query, each checked against the phrase FTS5
    /// parsed (one token, the same text) when its API can tell (version 3); <see langword="null"/> when they differ.
    /// </summary>
    private static string[]? Keys(ExtensionApi* api, IntPtr fts, IntPtr value, int phrases)
    {
        var text = sqlite3_value_text(value);
        if (text == null)
        {
            return null;
        }

        var keys = System.Text.Encoding.UTF8.GetString(text, sqlite3_value_bytes(value)).Split(PhraseSeparator);
        if (keys.Length != phrases)
        {
            return null;
        }

        for (var i = 0; i < phrases; i++)
        {
            if (api->PhraseSize(fts, i) != 1)
            {
                return null;
            }

            if (api->Version >= 3)
            {
                byte* token;
                int bytes;
                if (api->QueryToken(fts, i, 0, &token, &bytes) != Ok
                    || !System.Text.Encoding.UTF8.GetString(token, bytes).Equals(keys[i].TrimEnd('*'), StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        return keys;
    }

    /// <summary>The IDF of each phrase, stored right after the query's data.</summary>
    private static double* InverseFrequencies(QueryData* query) => (double*)(query + 1);

    [StructLayout(LayoutKind.Sequential)]
    private struct QueryData
    {
        public int Phrases;
        public long Epoch;
        public double AverageLength;
        public fixed double Weights[MaxColumns];
    }
}
