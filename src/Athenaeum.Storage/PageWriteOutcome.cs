namespace Athenaeum.Storage;

/// <summary>What writing one page did to the library.</summary>
public enum PageWriteOutcome
{
    /// <summary>The page was new and has been added.</summary>
    Added,

    /// <summary>The page existed with another revision, title or redirect, or was removed, and has been updated.</summary>
    Updated,

    /// <summary>The page is stored with the same revision: nothing changed.</summary>
    Unchanged,

    /// <summary>The page was already added or updated earlier in the same run (a resumed run reads a few pages twice): nothing changed.</summary>
    AlreadyWritten,

    /// <summary>
    /// Skipped as a duplicate: a current page with another source id holds the title with a newer revision,
    /// or the same run already wrote this source page id with other content (a dump that lists a page id twice).
    /// </summary>
    SkippedDuplicate,

    /// <summary>Returned by <see cref="ILibraryWriter.WriteUnchanged"/> when the page is not stored with that revision after all: write it in full.</summary>
    NeedsFullWrite,
}
