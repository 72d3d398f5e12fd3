using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Multistore.Farm.Tests;

/// <summary>
/// The farm as operators run it, every part a process of its own on 127.0.0.1: two nodes on one fresh PostgreSQL
/// database (stores in schemas) and the fixture's own Redis, HAProxy in front of them, Varnish in front of HAProxy with
/// the configuration of docs/operators.md, and the nodes purging Varnish. The SaaS host (the Default tenant) is
/// configured on <c>localhost</c>, and an API key for the tenants API is issued with the node's command line.
/// Everything is killed and removed when the suite ends.
/// </summary>
public sealed partial class Farm : IAsyncLifetime
{
    public const string SaasHost = "localhost";
    private readonly string _root = Directory.CreateTempSubdirectory("mst-farm-").FullName;
    private readonly List<IDisposable> _owned = [];
    private FarmDatabase? _database;
    private FarmProcess? _haproxy;
    private FarmProcess? _varnish;

    public FarmNode A { get; private set; } = null!;

    public FarmNode B { get; private set; } = null!;

    public FarmRedis Redis { get; private set; } = null!;

    /// <summary>HAProxy's address: round robin over both nodes.</summary>
    public Uri Balancer { get; private set; } = null!;

    /// <summary>Varnish's address, in front of HAProxy.</summary>
    public Uri Cdn { get; private set; } = null!;

    public string ApiKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch (Exception exception)
        {
            var said = Outputs();
            Stop();
            throw new InvalidOperationException($"The farm did not start: {exception.Message}{Environment.NewLine}{said}", exception);
        }
    }

    private async Task StartAsync()
    {
        var haproxy = RequiredProgram.Find("haproxy", "haproxy");
        var varnishd = RequiredProgram.Find("varnishd", "varnish");
        if (!Directory.GetDirectories("/usr/lib").Any(folder => File.Exists(Path.Combine(folder, "varnish", "vmods", "libvmod_xkey.so"))))
        {
            throw new InvalidOperationException("The farm tests need Varnish's xkey module (Debian package 'varnish-modules'), which is not installed. Run scripts/install-test-services.sh.");
        }

        // Varnish's worker drops root; it must read its folder under the temporary root.
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);
        }

        _database = FarmDatabase.Create();
        Redis = Own(new FarmRedis(Path.Combine(_root, "redis")));
        await Redis.StartAsync();

        var balancerPort = FreePort.Next();
        var cdnPort = FreePort.Next();
        Balancer = new Uri($"http://127.0.0.1:{balancerPort}/");
        Cdn = new Uri($"http://127.0.0.1:{cdnPort}/");
        A = Own(new FarmNode("A", Path.Combine(_root, "a"), NodeEnvironment(cdnPort)));
        B = Own(new FarmNode("B", Path.Combine(_root, "b"), NodeEnvironment(cdnPort)));

        // A sets up the SaaS host alone before B starts, as an operator's first node would.
        await A.StartAsync();
        await WaitForSaasHostAsync(A);
        await B.StartAsync();
        ApiKey = await IssueApiKeyAsync();

        var ports = new Dictionary<string, int> { ["HaproxyPort"] = balancerPort, ["NodeAPort"] = A.Port, ["NodeBPort"] = B.Port };
        var haproxyConfig = WriteConfig("haproxy.cfg", ports);
        _haproxy = Own(FarmProcess.Start("haproxy", haproxy, ["-db", "-f", haproxyConfig], _root));
        await Listening.WaitAsync(balancerPort, _haproxy);

        var vcl = WriteConfig("default.vcl", ports);
        _varnish = Own(FarmProcess.Start("varnish", varnishd, ["-F", "-a", $"127.0.0.1:{cdnPort}", "-f", vcl, "-n", Path.Combine(_root, "varnish"), "-s", "malloc,64m"], _root));
        await Listening.WaitAsync(cdnPort, _varnish);
    }

    /// <summary>A client of <paramref name="address"/> (a node, HAProxy or Varnish) asking for the store on <paramref name="host"/>.</summary>
    public static HttpClient Client(Uri address, string host, bool followRedirects = true)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Host = host;
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));
        return client;
    }

    /// <summary>Every program's last output, for a failure message.</summary>
    public string Outputs() => string.Join(Environment.NewLine, new[] { A?.Output(), B?.Output(), Redis?.Output(), _haproxy?.Output(), _varnish?.Output() });

    /// <summary>Runs a test's steps; when one fails, writes what each of the farm's processes said last to the test's output.</summary>
    public async Task ReportingAsync(ITestOutputHelper output, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            output.WriteLine(Outputs());
            throw;
        }
    }

    /// <summary>
    /// Asks until <paramref name="arrived"/> holds: what crosses the farm travels on its own schedule, and the tests assert
    /// that it arrives, not how fast. Gives up after a minute and fails with what it last saw.
    /// </summary>
    public static async Task ArrivesAsync(string what, Func<Task<(bool Arrived, string Seen)>> arrived)
    {
        var seen = "";
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!giveUp.IsCancellationRequested)
        {
            try
            {
                (var done, seen) = await arrived();
                if (done)
                {
                    return;
                }
            }
            catch (HttpRequestException exception)
            {
                seen = exception.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }

        Assert.Fail($"{what} never arrived; last seen: {seen}");
    }

    public Task DisposeAsync()
    {
        Stop();
        return Task.CompletedTask;
    }

    private void Stop()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        _owned.Clear();
        _database?.Dispose();
        _database = null;
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private Dictionary<string, string> NodeEnvironment(int cdnPort) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        ["Multistore__HostDatabase__Provider"] = "Postgres",
        ["Multistore__HostDatabase__ConnectionString"] = _database!.ConnectionString,
        ["Multistore__TenantDatabase__Provider"] = "Postgres",
        ["Multistore__TenantDatabase__ConnectionString"] = _database.ConnectionString,
        ["Multistore__TenantDatabase__SchemaPerTenant"] = "true",
        ["Multistore__Redis"] = Redis.Address,
        ["Multistore__Cdn__PurgeUrl"] = $"http://127.0.0.1:{cdnPort}/",
        ["Multistore__Tenants__0__Name"] = "Default",
        ["Multistore__Tenants__0__Hosts__0"] = SaasHost,
        ["Multistore__Tenants__0__Recipe"] = "saas",
        ["Multistore__Tenants__0__Parameters__AdminPassword"] = FarmStore.AdminPassword,
    };

    private static async Task WaitForSaasHostAsync(FarmNode node)
    {
        using var client = Client(node.Address, SaasHost);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!giveUp.IsCancellationRequested && node.IsRunning)
        {
            if ((await client.GetAsync("admin/login", giveUp.Token)).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        throw new InvalidOperationException($"The SaaS host was never set up on node {node.Name}.{Environment.NewLine}{node.Output()}");
    }

    private async Task<string> IssueApiKeyAsync()
    {
        var printed = await A.RunCommandAsync("tenants", "apikey", "--name", "farm-tests", "--permission", "tenants.view", "--permission", "tenants.manage");
        var lines = printed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var heading = Array.FindIndex(lines, line => line.StartsWith("API key 'farm-tests'", StringComparison.Ordinal));
        return heading >= 0 && heading + 1 < lines.Length && KeyPattern().IsMatch(lines[heading + 1])
            ? lines[heading + 1]
            : throw new InvalidOperationException($"'tenants apikey' printed no key:{Environment.NewLine}{printed}");
    }

    private string WriteConfig(string template, IReadOnlyDictionary<string, int> ports)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "farm", template));
        foreach (var (name, port) in ports)
        {
            text = text.Replace("{{" + name + "}}", $"{port}", StringComparison.Ordinal);
        }

        var path = Path.Combine(_root, template);
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex(@"^\S+$")]
    private static partial Regex KeyPattern();
}
