namespace Disclosure.Comments.Security;

/// <summary>The address a request really came from: the client's, behind a trusted proxy too (forwarded headers applied).</summary>
public static class ClientAddress
{
    public static string Of(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        return address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
