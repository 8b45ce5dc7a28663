using System.Threading.RateLimiting;
using Disclosure.Comments.Options;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Security;

/// <summary>
/// How many opinions one client may have accepted in a window (<c>Comments__RateLimit__PermitLimit</c> per
/// <c>WindowSeconds</c>). Taken only when an opinion is about to be stored: a citizen correcting a form, however
/// often, is never locked out by their own mistakes.
/// </summary>
public sealed class AcceptedSubmissions(IOptions<CommentServerOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RateLimit.PermitLimit,
            Window = TimeSpan.FromSeconds(options.Value.RateLimit.WindowSeconds),
            QueueLimit = 0,
        }));

    public RateLimitLease TryTake(HttpContext http) => _limiter.AttemptAcquire(ClientAddress.Of(http));

    public void Dispose() => _limiter.Dispose();
}
