using System.Text.Json;
using Disclosure.Comments.Site;
using Disclosure.Rendering;

namespace Disclosure.Comments.Pages;

/// <summary>
/// The words of the server's pages in the site's language, site theme overrides included, and its date style: the
/// build writes them to <c>comment-server/words.json</c>. Until the server has read them it speaks the Japanese the
/// tool ships with.
/// </summary>
public sealed class SiteWords(ISiteSource site, ILogger<SiteWords> logger)
{
    public static readonly string RelativePath = Disclosure.Routing.SiteRoutes.CommentServerWords.TrimStart('/');

    private static readonly UiStrings Shipped = UiStrings.FromWords(UiStrings.DefaultLanguage, new Dictionary<string, string>());
    private (string Version, UiStrings Words)? _current;

    public async ValueTask<UiStrings> GetAsync(CancellationToken cancellationToken = default)
    {
        SiteFile? file;
        try
        {
            file = await site.GetAsync(RelativePath, cancellationToken);
        }
        catch (SiteUnavailableException)
        {
            file = null;
        }
        var current = _current;
        if (file is null || current?.Version == file.Version)
        {
            return current?.Words ?? Shipped;
        }
        try
        {
            var words = JsonSerializer.Deserialize<WordsFile>(file.Content) ?? throw new JsonException("empty file");
            var read = UiStrings.FromWords(words.Language, words.Words);
            _current = (file.Version, read);
            return read;
        }
        catch (JsonException e)
        {
            logger.LogError("Could not read {File} ({Message}); keeping the words read before.", site.Describe(RelativePath), e.Message);
            return current?.Words ?? Shipped;
        }
    }

    private sealed record WordsFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("language")] string Language,
        [property: System.Text.Json.Serialization.JsonPropertyName("words")] Dictionary<string, string> Words);
}
