using System.Security.Cryptography;

namespace Disclosure.Comments.Receipts;

/// <summary>
/// Receipt numbers (受付番号) like <c>PC7-4KQ2-9XMD</c>: ten random characters and a check character, from an
/// alphabet without the easily confused 0/O and 1/I, so a citizen reading one over the phone is understood.
/// The check character (Luhn mod 32) catches any single mistyped character and most swapped pairs.
/// </summary>
public static class ReceiptNumber
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int RandomLength = 10;

    public static string New()
    {
        Span<char> chars = stackalloc char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        var body = new string(chars);
        return Format(body + CheckCharacter(body));
    }

    /// <summary>Accepts a receipt as typed (any case, with or without hyphens) and returns its canonical form, or null.</summary>
    public static string? Normalize(string typed)
    {
        var compact = new string(typed.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length != RandomLength + 1 || compact.Any(c => !Alphabet.Contains(c)))
        {
            return null;
        }
        return CheckCharacter(compact[..RandomLength]) == compact[RandomLength] ? Format(compact) : null;
    }

    private static string Format(string compact) => $"{compact[..3]}-{compact[3..7]}-{compact[7..]}";

    private static char CheckCharacter(string body)
    {
        var n = Alphabet.Length;
        var factor = 2;
        var sum = 0;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(body[i]);
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return Alphabet[(n - sum % n) % n];
    }
}
