using System.Security.Cryptography;
using System.Text;
using Disclosure.Comments.Options;

namespace Disclosure.Comments;

/// <summary>Staff authenticate with a bearer token from configuration; the token's name is who the access log records.</summary>
public static class StaffAccess
{
    public static string? Authenticate(HttpRequest request, CommentServerOptions options)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        foreach (var (name, token) in options.StaffTokens)
        {
            // Constant-time comparison, so response timing does not reveal how much of a token was right.
            if (token.Length >= 16 && CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(token)))
            {
                return name;
            }
        }
        return null;
    }
}
