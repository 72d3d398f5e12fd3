using System.Security.Cryptography;

namespace Multistore.Admin.Security;

/// <summary>
/// The nonce of one admin request's Content-Security-Policy (a scoped service: the shell makes a scope per request).
/// An admin page's own inline script carries it (<c>&lt;script nonce="@Nonce.Value"&gt;</c>); script written into the
/// page by anyone else does not run.
/// </summary>
public sealed class AdminScriptNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
