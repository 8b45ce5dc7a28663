using System.Net;

namespace Disclosure.Comments.Options;

/// <summary>One entry of <c>Comments__TrustedProxies</c>: an address (<c>10.0.0.5</c>) or a network (<c>10.0.0.0/8</c>).</summary>
public static class TrustedProxy
{
    public static bool TryParse(string text, out IPNetwork network)
    {
        var trimmed = text.Trim();
        if (IPAddress.TryParse(trimmed, out var address))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }
        return IPNetwork.TryParse(trimmed, out network);
    }
}
