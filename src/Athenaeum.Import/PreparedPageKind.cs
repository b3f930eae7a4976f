namespace Athenaeum.Import;

/// <summary>What the writer does with a <see cref="PreparedPage"/>.</summary>
internal enum PreparedPageKind
{
    /// <summary>Write the page (add or update).</summary>
    Write,

    /// <summary>The library already holds this revision: record it as seen.</summary>
    Unchanged,

    /// <summary>The page has no text to store (no revision, or its text is deleted or over the limit).</summary>
    Skip,
}
