using Disclosure.Comments.Pages;
using Disclosure.Comments.Periods;

namespace Disclosure.Comments.Site;

/// <summary>
/// Reads the site's period data (and words) when the server starts — saying in one line where it looked when there is
/// none — and again every <c>Comments__SiteRefreshSeconds</c>, so <c>/health</c> turns ready without a citizen's request.
/// </summary>
public sealed class SiteRefresher(PeriodCatalog periods, SiteWords words, Microsoft.Extensions.Options.IOptions<Options.CommentServerOptions> options, ILogger<SiteRefresher> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await periods.RefreshAsync(cancellationToken);
        await words.GetAsync(cancellationToken);
        if (!periods.IsReady)
        {
            logger.LogWarning(
                "No comment-period data at {Where}: build the site first (disclosure build), or set Comments__SitePath or Comments__SiteUrl to where it is. Forms and /health answer 503 until it is there.",
                periods.Where);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SiteRefreshSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var wasReady = periods.IsReady;
            await periods.RefreshAsync(stoppingToken);
            await words.GetAsync(stoppingToken);
            if (!wasReady && periods.IsReady)
            {
                logger.LogInformation("Comment-period data found at {Where}; accepting forms.", periods.Where);
            }
        }
    }
}
