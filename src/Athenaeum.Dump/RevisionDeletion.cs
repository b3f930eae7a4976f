namespace Athenaeum.Dump;

/// <summary>The parts of a revision that an export marks with <c>deleted="deleted"</c>.</summary>
[Flags]
public enum RevisionDeletion
{
    /// <summary>Nothing is deleted.</summary>
    None = 0,

    /// <summary>The text is deleted.</summary>
    Text = 1,

    /// <summary>The comment is deleted.</summary>
    Comment = 2,

    /// <summary>The contributor is deleted.</summary>
    Contributor = 4,
}
