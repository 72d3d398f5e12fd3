using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Hosting;

namespace Multistore.Core.Tests.Hosting;

/// <summary>
/// Whoever reads the key ring's storage (a copy of the host database, a backup of App_Data) must not read the keys that
/// sign every shopper's cookie: with a certificate configured, keys are stored encrypted, another node with the same
/// certificate reads them, and a node without it does not.
/// </summary>
public sealed class KeyRingEncryptionTests : IDisposable
{
    private const string Password = "key-ring-test";
    private readonly string _folder = Directory.CreateTempSubdirectory("ms-keyring-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void KeysAreStoredEncryptedAndAnotherNodeWithTheCertificateReadsThem()
    {
        var certificate = WriteCertificate("current.pfx", withPrivateKey: true);
        var protectedByA = Protector(new KeyRingOptions { Certificate = certificate, CertificatePassword = Password }).Protect("ms_cart=4711");

        var stored = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(_folder, "keys"), "key-*.xml")));
        var readByB = Protector(new KeyRingOptions { Certificate = certificate, CertificatePassword = Password }).Unprotect(protectedByA);

        Assert.Contains("encryptedSecret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", stored, StringComparison.Ordinal);
        Assert.Equal("ms_cart=4711", readByB);
        Assert.ThrowsAny<CryptographicException>(() => Protector(new KeyRingOptions()).Unprotect(protectedByA));
    }

    [Fact]
    public void ARotatedCertificateStillReadsKeysWrittenUnderThePreviousOne()
    {
        var old = WriteCertificate("old.pfx", withPrivateKey: true);
        var current = WriteCertificate("current.pfx", withPrivateKey: true);
        var before = Protector(new KeyRingOptions { Certificate = old, CertificatePassword = Password }).Protect("signed in");

        var after = Protector(new KeyRingOptions { Certificate = current, CertificatePassword = Password, PreviousCertificates = [old] }).Unprotect(before);

        Assert.Equal("signed in", after);
    }

    [Fact]
    public void ACertificateThatCannotDecryptStopsTheHostNamingTheSetting()
    {
        var publicOnly = WriteCertificate("public.pfx", withPrivateKey: false);
        var missing = Path.Combine(_folder, "missing.pfx");

        var noKey = Assert.Throws<InvalidOperationException>(() => Protector(new KeyRingOptions { Certificate = publicOnly, CertificatePassword = Password }));
        var noFile = Assert.Throws<InvalidOperationException>(() => Protector(new KeyRingOptions { Certificate = missing }));
        var wrongPassword = Assert.Throws<InvalidOperationException>(() => Protector(new KeyRingOptions { Certificate = WriteCertificate("other.pfx", withPrivateKey: true), CertificatePassword = "wrong" }));

        Assert.Equal($"Multistore:DataProtection:Certificate: '{publicOnly}' has no private key; the key ring cannot be decrypted with it.", noKey.Message);
        Assert.Equal($"Multistore:DataProtection:Certificate: there is no certificate file '{missing}'.", noFile.Message);
        Assert.StartsWith("Multistore:DataProtection:Certificate: ", wrongPassword.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be read as a PKCS#12 certificate", wrongPassword.Message, StringComparison.Ordinal);
    }

    /// <summary>A node's protector over the shared key folder, configured as the host configures it.</summary>
    private IDataProtector Protector(KeyRingOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var dataProtection = services.AddDataProtection().SetApplicationName("Multistore")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(_folder, "keys")));
        KeyRingEncryption.Configure(dataProtection, options, _folder);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
    }

    private string WriteCertificate(string name, bool withPrivateKey)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Multistore key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var exported = withPrivateKey ? certificate : X509CertificateLoader.LoadCertificate(certificate.RawData);
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, exported.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
