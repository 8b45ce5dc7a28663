using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Disclosure.Cli.Preview;

/// <summary>The preview's web server: the site, the event stream, the errors page and the script, on 127.0.0.1 only.</summary>
public static class PreviewServer
{
    public static WebApplication Create(PreviewSettings settings, PreviewState state, BrowserEvents browsers)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        // Settings such as ASPNETCORE_URLS or an appsettings.json in the working folder must not open other addresses.
        builder.Configuration.Sources.Clear();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A port in use is told in one plain sentence by the session; the host would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Port));
        builder.Services.AddSingleton<IHostLifetime, CommandOwnedLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(browsers);

        var app = builder.Build();
        app.MapGet(EventsEndpoint.Url, EventsEndpoint.Handle);
        app.MapGet(ErrorsPage.Url, (PreviewState current, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Content(ErrorsPage.Render(current.Current), "text/html; charset=utf-8");
        });
        app.MapGet(LiveReloadScript.Url, () => Results.Text(LiveReloadScript.Source, "text/javascript; charset=utf-8"));
        // "{**path}" rather than the default fallback pattern, which skips paths that look like files (site.css).
        app.MapFallback("{**path}", new SiteFiles(state, settings.OutputDirectory).ServeAsync);
        return app;
    }
}
