using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// Serves a built site on 127.0.0.1 under its base path, as a static host would: directory URLs serve
/// index.html, unknown paths get 404.html with status 404.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string basePath)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Origin = new Uri(address);
        SiteRoot = new Uri(Origin, basePath);
    }

    public Uri Origin { get; }

    /// <summary>The site's home page URL, including the base path.</summary>
    public Uri SiteRoot { get; }

    /// <param name="port">A fixed port, when the site must know its own address before it is built; 0 picks a free one.</param>
    public static async Task<StaticSiteServer> StartAsync(string outputDirectory, string basePath, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(outputDirectory));
        var prefix = basePath.TrimEnd('/');
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = prefix });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = prefix,
            ServeUnknownFileTypes = true,
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        return new StaticSiteServer(app, basePath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
