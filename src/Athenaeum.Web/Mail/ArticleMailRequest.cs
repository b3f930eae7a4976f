using System.Net;
using Athenaeum.Storage;

namespace Athenaeum.Web.Mail;

/// <summary>A reader's request to mail an article.</summary>
/// <param name="Page">The article.</param>
/// <param name="Recipient">The recipient's address as typed.</param>
/// <param name="SenderName">The reader's name ("" when none).</param>
/// <param name="Message">The reader's message ("" when none), line breaks normalized.</param>
/// <param name="Client">The reader's network address, or <see langword="null"/>.</param>
/// <param name="BaseUrl">The site's absolute address without a trailing slash (<c>https://library.example.org</c>).</param>
internal sealed record ArticleMailRequest(PageRecord Page, string Recipient, string SenderName, string Message, IPAddress? Client, string BaseUrl);
