using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Disclosure.Comments.Endpoints;
using Disclosure.Comments.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Security;

/// <summary>
/// Staff authenticate with a bearer token from the settings (<c>Comments__StaffTokens__NAME</c>); the token's name is
/// who the access log records. Routes that need it say so with <c>RequireAuthorization</c>.
/// </summary>
public sealed class StaffTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<CommentServerOptions> settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "StaffToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        foreach (var (name, token) in settings.Value.StaffTokens)
        {
            // Constant-time comparison, so response timing does not reveal how much of a token was right.
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(token.Trim())))
            {
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }
        return Task.FromResult(AuthenticateResult.Fail("unknown token"));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await Answer.Problem(401, "認証が必要です", "職員用のトークンを Authorization: Bearer で送ってください。").ExecuteAsync(Context);
    }
}
