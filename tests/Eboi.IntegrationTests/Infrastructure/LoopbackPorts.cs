using System.Net;
using System.Net.Sockets;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>Ports on 127.0.0.1 for the servers a test starts (app, nginx) or for one known to be closed.</summary>
public static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now (the system picks it, then it is released).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
