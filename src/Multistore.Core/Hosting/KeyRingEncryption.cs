using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Multistore.Hosting;

/// <summary>
/// Encrypts the data protection key ring at rest with the certificate Multistore:DataProtection:Certificate names
/// (<see cref="KeyRingOptions"/>). A certificate that cannot be read, or has no private key, stops the host at
/// start-up with the setting's name: a node that started anyway would write keys no other node can read.
/// </summary>
internal static class KeyRingEncryption
{
    private const string Setting = "Multistore:DataProtection:Certificate";

    public static void Configure(IDataProtectionBuilder dataProtection, KeyRingOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.Certificate))
        {
            if (options.PreviousCertificates.Count > 0)
            {
                throw new InvalidOperationException($"{Setting}:PreviousCertificates needs {Setting}: name the certificate new keys are encrypted with.");
            }

            return;
        }

        var current = Load(options.Certificate, options.CertificatePassword, contentRoot, Setting);
        dataProtection.ProtectKeysWithCertificate(current);
        var previous = options.PreviousCertificates.Select((path, i) => Load(path, options.CertificatePassword, contentRoot, $"Multistore:DataProtection:PreviousCertificates:{i}"));
        dataProtection.UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password, string contentRoot, string setting)
    {
        var full = Path.GetFullPath(path, contentRoot);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"{setting}: there is no certificate file '{full}'.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(full, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException($"{setting}: '{full}' cannot be read as a PKCS#12 certificate with its password ({exception.Message}).", exception);
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{setting}: '{full}' has no private key; the key ring cannot be decrypted with it.");
    }
}
