namespace Disclosure.Comments.Site;

/// <summary>The site could not be reached or read; the message says where and why, without a stack trace to show.</summary>
public sealed class SiteUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
