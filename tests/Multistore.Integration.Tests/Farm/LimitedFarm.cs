using System.Globalization;
using Multistore.Integration.Tests.Users;

namespace Multistore.Integration.Tests.Farm;

/// <summary>
/// The farm's two nodes with the small account-door limits of <see cref="DoorsHost"/> (windows far longer than any test,
/// so counts decide) and each request's peer address taken from <see cref="DoorsHost.PeerHeader"/>.
/// </summary>
public sealed class LimitedFarm : IDisposable
{
    public LimitedFarm()
    {
        Nodes = new FarmNodes(
            new Dictionary<string, string?>
            {
                ["Multistore:AccountLimits:PerAddress"] = DoorsHost.PerAddress.ToString(CultureInfo.InvariantCulture),
                ["Multistore:AccountLimits:AddressWindow"] = "06:00:00",
                ["Multistore:AccountLimits:PerAccount"] = DoorsHost.PerAccount.ToString(CultureInfo.InvariantCulture),
                ["Multistore:AccountLimits:AccountWindow"] = "06:00:00",
            },
            DoorsHost.UsePeerHeader);
    }

    public FarmNodes Nodes { get; }

    public void Dispose() => Nodes.Dispose();
}
