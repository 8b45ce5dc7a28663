namespace Disclosure.Cli.Search;

/// <summary>The search index cannot be made on this machine; the message says why, in one line, for staff.</summary>
public sealed class SearchUnavailableException(string message) : Exception(message);
