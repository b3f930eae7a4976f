namespace Athenaeum.Storage;

/// <summary>Where a reader's flag stands.</summary>
public enum FlagStatus
{
    /// <summary>Waiting for an editor.</summary>
    Open = 0,

    /// <summary>An editor agreed and acted on the article.</summary>
    Upheld = 1,

    /// <summary>An editor found nothing to do.</summary>
    Dismissed = 2,
}
