namespace Athenaeum.Web.IntegrationTests;

/// <summary>A test of what file modes do to the server: skipped as root, where they do not stop writes.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            Skip = "running as root, where chmod does not stop writes; Athenaeum.Cli.Tests.ServeReadOnlyTests covers detection by serving as 'nobody'";
        }
    }
}
