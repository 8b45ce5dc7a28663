namespace Disclosure.Content;

public sealed record ContactInfo(string Department, string Phone, string Email, string Address);
