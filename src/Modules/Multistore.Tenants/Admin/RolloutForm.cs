using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>The rollout form: stores and canaries one per line (or separated by commas); empty stores means every running store.</summary>
public sealed class RolloutForm
{
    public string? Feature { get; set; }
    public string? Mode { get; set; }
    public string? Tenants { get; set; }
    public string? Canaries { get; set; }
    public int? WavePercent { get; set; }
    public int? MaxFailures { get; set; }

    public RolloutPlan ToPlan() => new(Feature ?? "", Mode != "disable", Names(Tenants), Names(Canaries), WavePercent ?? 0, MaxFailures ?? 0);

    private static string[] Names(string? text) =>
        (text ?? "").Split(['\n', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
