using System.Net;
using System.Threading.RateLimiting;
using Disclosure.Comments.Endpoints;
using Disclosure.Comments.Options;
using Disclosure.Comments.Pages;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Security;
using Disclosure.Comments.Site;
using Disclosure.Comments.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments;

/// <summary>The public-comment endpoint: receives opinions from the site's forms and lets staff export them.</summary>
public static class CommentServer
{
    public const string RequestPolicy = "requests";
    public const string StaffPolicy = "staff";

    /// <summary>Runs the server until it is stopped; settings or a store that cannot be used are a plain message and exit code 1.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Create(args);
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("意見受付サーバーを起動できません（設定に誤りがあります）:");
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync("  " + failure);
            }
            return 1;
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
        // appsettings.json beside the program, wherever it is started from; relative paths in the settings (the site
        // folder, the store) are still taken from the folder it was started in.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // One line per message. Request logs carry paths and status codes only; opinions and personal fields are never logged.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddOptions<CommentServerOptions>().Bind(builder.Configuration.GetSection(CommentServerOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CommentServerOptions>, CommentServerOptionsValidator>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Request timeouts: headers that take longer than this, or a body that trickles in slower than the minimum
            // rate after its grace period, end the request with 408 (a body is read as a BadHttpRequestException).
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(10));
        });
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<CommentServerOptions>>((forwarded, settings) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1;
            // The framework trusts loopback by default; here only the proxies the settings name are believed.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var entry in settings.Value.TrustedProxies)
            {
                if (TrustedProxy.TryParse(entry, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            }
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(nameof(PublishedSite), http => http.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddSingleton(services => SiteSources.Create(services.GetRequiredService<IOptions<CommentServerOptions>>().Value, services));
        builder.Services.AddSingleton<PeriodCatalog>();
        builder.Services.AddSingleton<SiteWords>();
        builder.Services.AddSingleton<SitePages>();
        builder.Services.AddHostedService<SiteRefresher>();
        builder.Services.AddSingleton<AcceptedSubmissions>();
        builder.Services.AddSingleton<StoreHealth>();
        builder.Services.AddSingleton<ICommentStore>(services => new MonitoredCommentStore(
            CommentStores.OpenWritable(services.GetRequiredService<IOptions<CommentServerOptions>>().Value, services.GetRequiredService<TimeProvider>()), services.GetRequiredService<StoreHealth>()));
        builder.Services.AddHostedService<StoreMonitor>();
        builder.Services.AddProblemDetails();
        // No default scheme: only the staff routes authenticate, the citizens' requests pay nothing for it.
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, StaffTokenHandler>(StaffTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(StaffPolicy, policy => policy.AddAuthenticationSchemes(StaffTokenHandler.SchemeName).RequireAuthenticatedUser());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RequestPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Of(http),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<CommentServerOptions>>().Value.RateLimit.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (context, _) => new ValueTask(TooManyRequests.AnswerAsync(context.HttpContext, context.Lease));
        });

        var app = builder.Build();
        var settings = app.Services.GetRequiredService<IOptions<CommentServerOptions>>().Value;
        // Open (and migrate) the store now: a store that cannot be opened must stop the start, not fail a citizen later.
        app.Services.GetRequiredService<ICommentStore>();
        if (settings.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapPost("/periods/{id}/comments", SubmitComment.HandleAsync).RequireRateLimiting(RequestPolicy);
        app.MapGet("/periods/{id}/receipts/{receipt}", ShowReceipt.HandleAsync).RequireRateLimiting(RequestPolicy);
        if (settings.StaffTokens.Count > 0)
        {
            app.MapGet("/admin/periods/{id}/comments.csv", ExportComments.HandleAsync).RequireRateLimiting(RequestPolicy).RequireAuthorization(StaffPolicy);
        }
        app.MapGet("/assets/{**path}", ServeAsset.HandleAsync).RequireRateLimiting(RequestPolicy);
        app.MapGet("/health", Health);
        return app;
    }

    /// <summary>200 "ok" when forms can be accepted; 503 saying why not — no period data yet, or a failing store — otherwise.</summary>
    private static IResult Health(PeriodCatalog periods, StoreHealth store) =>
        !periods.IsReady ? Results.Text($"not ready: no comment-period data at {periods.Where}", statusCode: 503)
        : !store.IsHealthy ? Results.Text($"unhealthy: the comment store is unavailable ({store.Problem})", statusCode: 503)
        : Results.Text("ok");
}
