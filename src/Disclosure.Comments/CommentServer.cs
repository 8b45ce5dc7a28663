using System.Threading.RateLimiting;
using Disclosure.Comments.Endpoints;
using Disclosure.Comments.Options;
using Disclosure.Comments.Pages;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Store;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments;

/// <summary>The public-comment endpoint: receives opinions from the site's forms and lets staff export them.</summary>
public static class CommentServer
{
    public const string SubmissionPolicy = "submissions";

    /// <summary>Runs the server until it is stopped; a store that cannot be opened is a plain message and exit code 1.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Create(args);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"意見受付サーバーを起動できません: {e.Message}");
            return 1;
        }
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // Request logs carry paths and status codes only; opinions and personal fields are never logged.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var section = builder.Configuration.GetSection(CommentServerOptions.Section);
        builder.Services.Configure<CommentServerOptions>(section);
        var settings = section.Get<CommentServerOptions>() ?? new CommentServerOptions();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PeriodCatalog>();
        builder.Services.AddSingleton<SitePages>();
        builder.Services.AddSingleton<ICommentStore>(_ => CommentStores.Open(settings));
        builder.Services.AddProblemDetails();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SubmissionPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.RateLimit.PermitLimit,
                    Window = TimeSpan.FromSeconds(settings.RateLimit.WindowSeconds),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = TooManyRequests;
        });

        var app = builder.Build();
        // Open (and migrate) the store now: a store that cannot be opened must stop the start, not fail a citizen later.
        app.Services.GetRequiredService<ICommentStore>();
        app.UseExceptionHandler();
        app.UseRateLimiter();

        app.MapPost("/periods/{id}/comments", SubmitComment.HandleAsync).RequireRateLimiting(SubmissionPolicy);
        app.MapGet("/periods/{id}/receipts/{receipt}", ShowReceipt.HandleAsync);
        if (settings.StaffTokens.Count > 0)
        {
            app.MapGet("/admin/periods/{id}/comments.csv", ExportComments.HandleAsync);
        }
        app.MapGet("/health", () => Results.Text("ok"));
        return app;
    }

    private static async ValueTask TooManyRequests(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string title = "送信が集中しています";
        var detail = $"短い時間に多くの送信がありました。{seconds} 秒ほど待ってから、もう一度送信してください。入力した内容は、ブラウザの「戻る」で確認できます。";
        var answer = Answer.WantsJson(http.Request)
            ? Answer.Problem(429, title, detail)
            : Answer.Page(429, http.RequestServices.GetRequiredService<SitePages>().MessagePage("エラー：" + title, detail));
        await answer.ExecuteAsync(http);
    }
}
