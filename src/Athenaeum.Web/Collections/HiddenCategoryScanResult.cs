namespace Athenaeum.Web.Collections;

/// <summary>What a pass over the library's category pages did.</summary>
/// <param name="Checked">Category pages looked at.</param>
/// <param name="Decided">Category pages decided (no decision yet, or the page or one of its templates changed).</param>
/// <param name="Rendered">Of those, pages that needed a whole render (an extension tag that parses its content).</param>
/// <param name="Failed">Of those, pages the engine could not expand (taken as not hidden).</param>
/// <param name="Hidden">Category pages stored as hidden after the pass.</param>
/// <param name="Elapsed">Time the pass took.</param>
/// <param name="IsComplete">Whether every category page was looked at (<see langword="false"/> when a time budget ran out).</param>
internal sealed record HiddenCategoryScanResult(long Checked, long Decided, long Rendered, long Failed, long Hidden, TimeSpan Elapsed, bool IsComplete);
