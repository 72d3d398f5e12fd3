namespace Multistore.Modules;

internal sealed record FeatureResolution(IReadOnlyList<FeatureInfo> Features, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<string> Ids => [.. Features.Select(f => f.Id)];
}
