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
    /// Where the file is made from only a few values besides the site-wide inputs (an assessment's own feed): those
    /// values as text. Equal inputs make equal content, so a build after a change may keep the file made before.
    /// </param>
    public static OutputFile Later(string path, Func<OutputFile> produce, Func<string>? inputs = null) =>
        new(path, null, null) { _produce = produce, Inputs = inputs };

    /// <summary>A text file made later, at a site path (<c>/feed.xml</c>); see <see cref="Later"/>.</summary>
    public static OutputFile LaterText(string sitePath, Func<string> text, Func<string>? inputs = null)
    {
        var path = sitePath.TrimStart('/');
        return Later(path, () => FromText(path, text()), inputs);
    }

    /// <summary>A file of bytes made later, at a site path; see <see cref="Later"/>.</summary>
    public static OutputFile LaterBytes(string sitePath, Func<byte[]> bytes, Func<string>? inputs = null)
    {
        var path = sitePath.TrimStart('/');
        return Later(path, () => FromBytes(path, bytes()), inputs);
    }

    /// <summary>See <see cref="Later"/>; null where the content depends on more than is worth telling.</summary>
    public Func<string>? Inputs { get; private init; }

    public bool IsProduced => _produce is null;

    public OutputFile Produce() => _produce?.Invoke() ?? this;

    /// <summary>The content that makes this file what it is: equal identities mean equal content.</summary>
    public object? Identity => (object?)Text ?? Bytes;
}
