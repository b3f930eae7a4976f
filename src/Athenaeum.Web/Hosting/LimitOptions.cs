namespace Athenaeum.Web.Hosting;

/// <summary>Anti-abuse limits of the forms (configuration section <c>Athenaeum:Limits</c>).</summary>
public sealed class LimitOptions
{
    /// <summary>Gets or sets how many flags one address may make per hour.</summary>
    public int FlagsPerAddressPerHour { get; set; } = 10;

    /// <summary>Gets or sets how many articles one address may mail per hour.</summary>
    public int EmailsPerAddressPerHour { get; set; } = 5;

    /// <summary>Gets or sets how many articles the whole site may mail per hour.</summary>
    public int EmailsPerHour { get; set; } = 200;

    /// <summary>Gets or sets the longest flag comment, in characters.</summary>
    public int MaxCommentLength { get; set; } = 2000;

    /// <summary>Gets or sets the longest personal message of a mailed article, in characters.</summary>
    public int MaxMessageLength { get; set; } = 1000;

    /// <summary>Gets or sets the longest sender name, in characters.</summary>
    public int MaxNameLength { get; set; } = 100;
}
