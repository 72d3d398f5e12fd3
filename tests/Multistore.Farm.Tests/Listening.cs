using System.Net.Sockets;

namespace Multistore.Farm.Tests;

/// <summary>Waits until a program started by the farm accepts connections on its port, or fails with what it said.</summary>
public static class Listening
{
    public static async Task WaitAsync(int port, FarmProcess process)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!giveUp.IsCancellationRequested && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, giveUp.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
            }
        }

        throw new InvalidOperationException($"{process.Name} never listened on 127.0.0.1:{port}.{Environment.NewLine}{process.Output()}");
    }
}
