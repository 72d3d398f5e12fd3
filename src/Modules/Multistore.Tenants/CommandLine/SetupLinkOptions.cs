namespace Multistore.Tenants.CommandLine;

/// <summary>
/// How a setup link made on the command line is issued and printed: how many hours it works (<c>--link-hours</c>) and
/// the scheme of the store's public address (<c>--link-scheme</c>). The two options always come together.
/// </summary>
internal sealed record SetupLinkOptions(int Hours, string Scheme);
