using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;
using Multistore.Browser.Tests.Payments;

namespace Multistore.Browser.Tests;

/// <summary>
/// The real host (Kestrel on a free loopback port, not TestServer) started from the Web project's build output
/// with an App_Data of its own and the demo stores of appsettings.Development.json. Stores answer at
/// <c>http://{tenant}.localhost:{port}/</c>, which Chromium resolves to loopback by itself. Stripe is the fake Stripe
/// server of this test process, and the store <see cref="StripeStandIn.Store"/> takes cards through it.
/// </summary>
public sealed class StorefrontHost : IAsyncDisposable
{
    public const int KioskIdleSeconds = 3;

    private readonly Process _process;
    private readonly string _appData;

    private StorefrontHost(Process process, string appData, int port)
    {
        _process = process;
        _appData = appData;
        Port = port;
    }

    public int Port { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    public string Store(string tenant, string path = "/") => $"http://{tenant}.localhost:{Port}{path}";

    /// <summary>The SaaS host's admin (the Default tenant on <c>localhost</c>).</summary>
    public string HostAdmin(string path = "") => $"http://localhost:{Port}/admin{path}";

    /// <summary>
    /// The store under its URL prefix on the shared host name the demo layout gives it (the host of its
    /// configuration that is not <c>{tenant}.localhost</c>), as appsettings.Development.json says.
    /// </summary>
    public string PrefixStore(string tenant, string path = "/")
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(WebOutput(), "appsettings.Development.json")));
        var configured = settings.RootElement.GetProperty("Multistore").GetProperty("Tenants").EnumerateArray()
            .First(t => t.GetProperty("Name").GetString() == tenant);
        var shared = configured.GetProperty("Hosts").EnumerateArray().Select(h => h.GetString()!).First(h => h != $"{tenant}.localhost");
        return $"http://{shared}:{Port}/{configured.GetProperty("UrlPrefix").GetString()}{path}";
    }

    /// <summary>The messages a store has sent (it has no mail server, so they are files in its pickup folder), oldest first.</summary>
    public IReadOnlyList<MimeMessage> SentMail(string tenant)
    {
        var folder = Path.Combine(_appData, "Sites", tenant, "mail-pickup");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(file => MimeMessage.Load(file))] : [];
    }

    /// <summary>A client that talks to one store over HTTP the way a server (Stripe, for its webhooks) would.</summary>
    public HttpClient StoreClient(string tenant)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };
        client.DefaultRequestHeaders.Host = $"{tenant}.localhost";
        return client;
    }

    public static async Task<StorefrontHost> StartAsync()
    {
        var web = WebOutput();
        var port = FreePort();
        var appData = Path.Combine(Path.GetTempPath(), "multistore-browser-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "Multistore.Web.dll")])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Multistore__AppDataPath"] = appData;
        // Every journey comes from 127.0.0.1: the account doors' per-address and per-account limits would count them all as one client.
        start.Environment["Multistore__AccountLimits__PerAddress"] = "100000";
        start.Environment["Multistore__AccountLimits__PerAccount"] = "100000";
        start.Environment[$"Multistore__Tenants__{TenantIndex(web, "nordic-kiosk")}__Parameters__IdleSeconds"] = KioskIdleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        StripeStandIn.Configure(start.Environment, TenantIndex(web, StripeStandIn.Store));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new StorefrontHost(process, appData, port);
        await host.WaitUntilReadyAsync();
        return host;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}.");
            }

            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{Port}/");
                request.Headers.Host = "nordic-kiosk.localhost";
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The demo stores were not up within 3 minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_appData, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The Web project's output of the same configuration as these tests (Debug or Release).</summary>
    internal static string WebOutput()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var web = Path.Combine(RepositoryRoot, "src", "Multistore.Web", "bin", configuration, framework);
        return File.Exists(Path.Combine(web, "Multistore.Web.dll")) ? web : throw new FileNotFoundException($"Build src/Multistore.Web first: no {web}/Multistore.Web.dll.");
    }

    private static int TenantIndex(string web, string tenant)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "appsettings.Development.json")));
        var tenants = settings.RootElement.GetProperty("Multistore").GetProperty("Tenants").EnumerateArray().ToList();
        return tenants.FindIndex(t => t.GetProperty("Name").GetString() == tenant);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Multistore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Multistore.sln not found above the test output.");
    }
}
