namespace Disclosure.Pipeline;

/// <summary>A file of the built site: text or bytes produced by the build, or a file copied as it is.</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom, byte[]? Bytes = null)
{
    private Func<OutputFile>? _produce;

    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile FromBytes(string path, byte[] bytes) => new(path, null, null, bytes);

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>For an attachment, where it is listed, so that what the leak check finds or cannot read is told there.</summary>
    public AttachmentSource? Attachment { get; init; }

    /// <summary>
    /// A file whose path is known now and whose content is made only when <see cref="Produce"/> is called: links
    /// can be checked against it before the work of writing a feed or a data set is done (or, in the preview, after
    /// the browser has already been given the changed pages).
    /// </summary>
    /// <param name="inputs">
    /// What the file is made from besides the site-wide inputs (an assessment's own feed: its title, address and
    /// entries), as values compared one by one with <see cref="object.Equals(object?, object?)"/> — text by its
    /// characters, records field by field, lists item by item — so that parts kept from the build before (the same
    /// objects) compare at the cost of a reference check. Equal inputs make equal content, so a build after a change
    /// may keep the file made before.
    /// </param>
    public static OutputFile Later(string path, Func<OutputFile> produce, Func<IReadOnlyList<object?>>? inputs = null) =>
        new(path, null, null) { _produce = produce, Inputs = inputs };

    /// <summary>A text file made later, at a site path (<c>/feed.xml</c>); see <see cref="Later"/>.</summary>
    public static OutputFile LaterText(string sitePath, Func<string> text, Func<IReadOnlyList<object?>>? inputs = null)
    {
        var path = sitePath.TrimStart('/');
        return Later(path, () => FromText(path, text()), inputs);
    }

    /// <summary>A file of bytes made later, at a site path; see <see cref="Later"/>.</summary>
    public static OutputFile LaterBytes(string sitePath, Func<byte[]> bytes, Func<IReadOnlyList<object?>>? inputs = null)
    {
        var path = sitePath.TrimStart('/');
        return Later(path, () => FromBytes(path, bytes()), inputs);
    }

    /// <summary>See <see cref="Later"/>; null where the content depends on more than is worth telling.</summary>
    public Func<IReadOnlyList<object?>>? Inputs { get; private init; }

    public bool IsProduced => _produce is null;

    public OutputFile Produce() => _produce?.Invoke() ?? this;

    /// <summary>The content that makes this file what it is: equal identities mean equal content.</summary>
    public object? Identity => (object?)Text ?? Bytes;
}
