namespace Disclosure.Cli.Preview;

public enum SiteTargetKind
{
    File,
    Redirect,
    NotFound,
}
