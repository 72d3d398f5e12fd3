using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Multistore.Browser.Tests;

/// <summary>
/// A newcomer starts the host on an address another program holds: the host says which address is taken and how
/// to choose another, and exits with code 1 (not an unhandled exception's abort).
/// </summary>
public sealed class HostAddressTests
{
    [Fact]
    public async Task APortAlreadyTakenIsNamedWithTheWayToChooseAnother()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var appData = Path.Combine(Path.GetTempPath(), "multistore-port-" + Guid.NewGuid().ToString("N"));
        var web = StorefrontHost.WebOutput();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "Multistore.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Multistore__AppDataPath"] = appData;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(deadline.Token);

            var said = await errors + await output;
            Assert.Equal(1, process.ExitCode);
            Assert.Contains($"127.0.0.1:{port}", said);
            Assert.Contains("--urls", said);
        }
        finally
        {
            if (Directory.Exists(appData))
            {
                Directory.Delete(appData, recursive: true);
            }
        }
    }
}
