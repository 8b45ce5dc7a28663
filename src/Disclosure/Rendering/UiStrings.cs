using System.Globalization;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Time;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Rendering;

/// <summary>
/// The words of the interface (navigation, labels, states, dates, form text) in the site's language, from
/// <c>strings/&lt;language&gt;.yml</c> in the theme. A site theme may override single keys; Japanese is the
/// default and fills any key a language file lacks.
/// </summary>
public sealed class UiStrings
{
    public const string DefaultLanguage = "ja";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private readonly IReadOnlyDictionary<string, string> _strings;

    private UiStrings(string language, IReadOnlyDictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
    }

    public string Language { get; }

    public bool IsJapanese => Language == DefaultLanguage;

    public IEnumerable<string> Keys => _strings.Keys;

    /// <summary>Whether the two hold the same words in the same language: strings are loaded afresh for every build.</summary>
    public bool SameAs(UiStrings other) =>
        ReferenceEquals(this, other) || (Language == other.Language && _strings.Count == other._strings.Count
            && _strings.All(s => other._strings.TryGetValue(s.Key, out var word) && word == s.Value));

    public static UiStrings Load(ThemeFolders theme, string language, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        // Later layers fill what earlier ones lack: the site theme first, then the default theme; the language, then Japanese.
        foreach (var file in new[] { language, DefaultLanguage }.Distinct().SelectMany(l => theme.Roots.Select(r => Path.Combine(r, "strings", $"{l}.yml"))))
        {
            if (!File.Exists(file))
            {
                continue;
            }
            try
            {
                Fill(strings, new StringReader(File.ReadAllText(file)));
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                diagnostics.Error(file, (int)e.Start.Line, $"文言ファイルの YAML に誤りがあります（{e.Message}）。");
            }
        }
        if (language != DefaultLanguage && !theme.Roots.Any(r => File.Exists(Path.Combine(r, "strings", $"{language}.yml"))))
        {
            diagnostics.Warning("site.yml", 1, $"テーマに言語「{language}」の文言ファイル（strings/{language}.yml）がないため、日本語で表示します。");
        }
        return new UiStrings(language, strings);
    }

    /// <summary>
    /// Words a build wrote out for a program that shows the site's interface without the theme (the comment server:
    /// <c>comment-server/words.json</c>). Any word missing there comes from the Japanese the tool ships with.
    /// </summary>
    public static UiStrings FromWords(string language, IReadOnlyDictionary<string, string> words)
    {
        var strings = new Dictionary<string, string>(words, StringComparer.Ordinal);
        foreach (var (key, value) in ShippedJapanese.Value)
        {
            strings.TryAdd(key, value);
        }
        return new UiStrings(language, strings);
    }

    /// <summary>The words of the interface, all of them, as this site shows them.</summary>
    public IReadOnlyDictionary<string, string> All => _strings;

    /// <summary>The default theme's Japanese, built into the library as the last resort.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ShippedJapanese = new(() =>
    {
        using var stream = typeof(UiStrings).Assembly.GetManifestResourceStream("Disclosure.strings.ja.yml")!;
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Fill(strings, new StreamReader(stream));
        return strings;
    });

    private static void Fill(Dictionary<string, string> strings, TextReader yaml)
    {
        var stream = new YamlStream();
        stream.Load(yaml);
        if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                {
                    strings.TryAdd(k, v);
                }
            }
        }
    }

    /// <summary>The words the Markdown extensions write: redaction placeholders and automatic table captions.</summary>
    public Markdown.MarkdownWords MarkdownWords => new(
        this["markdown.redacted"], this["markdown.redacted_with_reason"], this["markdown.table_after_heading"], this["markdown.table"]);

    public string this[string key] => _strings.TryGetValue(key, out var value) ? value : $"[{key}]";

    public string Format(string key, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, this[key], arguments);

    public string Date(DateOnly date) => IsJapanese ? JapaneseDate.Format(date) : date.ToString("d MMMM yyyy", English);

    /// <summary>A span of days as plain text (feeds, descriptions); Japanese names a shared year once, as public documents do.</summary>
    public string DateRange(DateOnly start, DateOnly end) =>
        IsJapanese ? JapaneseDate.FormatRange(start, end) : Format("date.range", Date(start), Date(end));

    /// <summary>The licence a site.yml does not name (CC BY 4.0), described in the site's language.</summary>
    public License DefaultLicense =>
        Uri.TryCreate(this["license.default.url"], UriKind.Absolute, out var url)
            ? new License(this["license.default.name"], url)
            : License.Default;

    public string Of(AssessmentKind kind) => this[$"kind.{Labels.Token(kind)}"];

    public string Of(AssessmentStatus status) => this[$"status.{Labels.Token(status)}"];

    public string Of(StepState state) => this[$"step.{Labels.Token(state)}"];

    public string Of(CommentPeriodState state) => this[$"period.{Labels.Token(state)}"];

    public string Of(CommentField field) => this[$"field.{Labels.Token(field)}"];

    public string Of(DocumentCollection collection) => this[$"collection.{Labels.Token(collection)}"];

    public string Of(SubmissionTiming timing) => this[$"timing.{Labels.Token(timing)}"];
}
