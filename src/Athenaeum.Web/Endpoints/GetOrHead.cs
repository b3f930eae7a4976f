namespace Athenaeum.Web.Endpoints;

/// <summary>The methods of the site's pages: GET and HEAD (the response writers send no body for HEAD).</summary>
internal static class GetOrHead
{
    /// <summary>GET and HEAD.</summary>
    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];
}
