using System.Text;
using System.Text.Json;
using Disclosure.Rendering;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Comments.Submissions;

/// <summary>
/// Reads a submission body strictly: a size cap before reading, a known content type, well-formed percent-encoding
/// and valid UTF-8. The framework's own form reader is lenient about the last two, and a garbled opinion must be
/// refused with a reason, never stored half-decoded.
/// </summary>
public static class FormBodyReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(IReadOnlyDictionary<string, string>? Fields, BodyProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes, UiStrings words)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes, words));
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return (null, UnsupportedType(words));
        }
        var charset = mediaType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new BodyProblem(415, words["server.body.charset.title"], words.Format("server.body.charset.detail", charset)));
        }

        byte[]? body;
        try
        {
            body = await ReadCappedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // A body cut short, trickling too slowly (Kestrel's minimum data rate) or outlasting the request timeout:
            // the client's connection, not the server, so a 4xx — and one line in the log at most, never a stack trace.
            var timedOut = e is OperationCanceledException || e is BadHttpRequestException { StatusCode: 408 };
            return (null, timedOut
                ? new BodyProblem(408, words["server.body.timeout.title"], words["server.body.timeout.detail"])
                : e is BadHttpRequestException { StatusCode: 413 }
                    ? TooLarge(maxBytes, words)
                    : new BodyProblem(400, words["server.body.incomplete.title"], words["server.body.incomplete.detail"]));
        }
        if (body is null)
        {
            return (null, TooLarge(maxBytes, words));
        }

        try
        {
            if (mediaType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                return (ParseUrlEncoded(body), null);
            }
            if (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return (ParseJson(body), null);
            }
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidOperationException)
        {
            // InvalidOperationException: a JSON string with a lone surrogate escape such as "\ud800".
            return (null, new BodyProblem(400, words["server.body.unreadable.title"], words["server.body.unreadable.detail"]));
        }
        catch (FormatException e)
        {
            return (null, new BodyProblem(400, words["server.body.malformed.title"], e.Message));
        }
        return (null, UnsupportedType(words));
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Dictionary<string, string> ParseUrlEncoded(byte[] body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = Encoding.ASCII.GetString(body);
        if (body.Any(b => b > 0x7F))
        {
            throw new FormatException("フォームの内容が URL エンコードされていません。");
        }
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            fields.TryAdd(key, value);
        }
        return fields;
    }

    private static string Decode(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%')
            {
                if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
                {
                    throw new FormatException("フォームの URL エンコードに誤りがあります（% の後に16進数2桁がありません）。");
                }
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }
        return StrictUtf8.GetString(bytes.ToArray());
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static Dictionary<string, string> ParseJson(byte[] body)
    {
        StrictUtf8.GetString(body);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new FormatException("JSON として読み取れません。");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("JSON はオブジェクト（{ … }）で送ってください。");
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields.TryAdd(property.Name, property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.True => "true",
                    JsonValueKind.False or JsonValueKind.Null => "",
                    _ => throw new FormatException($"「{property.Name}」には文字列を送ってください。"),
                });
            }
            return fields;
        }
    }

    private static BodyProblem TooLarge(int maxBytes, UiStrings words) =>
        new(413, words["server.body.too_large.title"], words.Format("server.body.too_large.detail", maxBytes / 1024));

    private static BodyProblem UnsupportedType(UiStrings words) =>
        new(415, words["server.body.unsupported.title"], words["server.body.unsupported.detail"]);
}
