using Disclosure.Comments.Store;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Options;

/// <summary>
/// Checks the settings when the server starts, so that a mistake stops the start with a sentence naming the setting
/// instead of surfacing later — a staff token too short to be safe is refused, not silently ignored.
/// </summary>
public sealed class CommentServerOptionsValidator : IValidateOptions<CommentServerOptions>
{
    public const int MinimumTokenLength = 16;

    public ValidateOptionsResult Validate(string? name, CommentServerOptions options)
    {
        var problems = new List<string>();
        if (!CommentStores.IsKnown(options.Store))
        {
            problems.Add($"Comments__Store は {CommentStores.Sqlite} か {CommentStores.Postgres} にしてください（「{options.Store}」）。");
        }
        foreach (var (tokenName, token) in options.StaffTokens)
        {
            if (token.Trim().Length < MinimumTokenLength)
            {
                problems.Add($"Comments__StaffTokens__{tokenName} は {MinimumTokenLength} 文字以上にしてください（推測されにくい長い値を使ってください）。");
            }
        }
        if (options.SiteUrl.Length > 0 && !(Uri.TryCreate(options.SiteUrl, UriKind.Absolute, out var site) && site.Scheme is "http" or "https"))
        {
            problems.Add($"Comments__SiteUrl は http:// か https:// で始まる URL にしてください（「{options.SiteUrl}」）。");
        }
        if (options.SitePath.Length == 0 && Uri.TryCreate(options.SiteUrl, UriKind.Absolute, out var published)
            && published.Scheme != "https" && !published.IsLoopback)
        {
            problems.Add($"Comments__SiteUrl から公開中のサイトを読む場合は https:// の URL にしてください（「{options.SiteUrl}」）。同じ機械のフォルダなら Comments__SitePath を設定してください。");
        }
        if (options.SiteRefreshSeconds is < 1 or > 86_400)
        {
            problems.Add("Comments__SiteRefreshSeconds は 1 から 86400 までの秒数にしてください。");
        }
        foreach (var proxy in options.TrustedProxies.Where(p => !TrustedProxy.TryParse(p, out _)))
        {
            problems.Add($"Comments__TrustedProxies の「{proxy}」は IP アドレスかネットワーク（例: 10.0.0.0/8）ではありません。");
        }
        if (options.RateLimit.PermitLimit < 1 || options.RateLimit.WindowSeconds < 1 || options.RateLimit.RequestsPerMinute < 1)
        {
            problems.Add("Comments__RateLimit の値（PermitLimit、WindowSeconds、RequestsPerMinute）は 1 以上にしてください。");
        }
        if (options.MaxBodyBytes is < 1024 or > 10 * 1024 * 1024)
        {
            problems.Add("Comments__MaxBodyBytes は 1024 から 10485760 までにしてください。");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
