using System.Net;
using System.Net.Sockets;

namespace Multistore.Farm.Tests;

/// <summary>A TCP port on 127.0.0.1 nothing listens on now, chosen by the operating system.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
