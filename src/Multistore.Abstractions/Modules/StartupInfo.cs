namespace Multistore.Modules;

/// <summary>A startup type and the features that must all be enabled for it to run.</summary>
public sealed record StartupInfo(Type Type, IReadOnlyList<string> RequiredFeatures);
