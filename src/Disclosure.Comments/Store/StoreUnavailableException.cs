namespace Disclosure.Comments.Store;

/// <summary>The store cannot take or give submissions just now (disk full, read-only, gone, database down).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
