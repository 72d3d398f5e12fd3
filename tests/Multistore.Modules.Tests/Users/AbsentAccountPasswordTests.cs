using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Multistore.Users.Services;

namespace Multistore.Modules.Tests.Users;

/// <summary>A sign-in for an address without an account verifies a hash as costly as a real account's: same format, same iteration count.</summary>
public sealed class AbsentAccountPasswordTests
{
    [Fact]
    public void VerifiesAHashMadeWithTheStoresOwnWorkFactor()
    {
        var options = Options.Create(new PasswordHasherOptions { IterationCount = 123_456 });
        var real = new PasswordHasher<IdentityUser>(options).HashPassword(new IdentityUser(), "Correct-Horse-9");

        var absent = new AbsentAccountPassword(options);
        absent.Verify("whatever");

        var dummy = Convert.FromBase64String(absent.Hash);
        var actual = Convert.FromBase64String(real);
        Assert.Equal(actual[0], dummy[0]);
        Assert.Equal(123_456u, BinaryPrimitives.ReadUInt32BigEndian(dummy.AsSpan(5, 4)));
        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(actual.AsSpan(1, 8)[..4]), BinaryPrimitives.ReadUInt32BigEndian(dummy.AsSpan(1, 4)));
        Assert.Equal(actual.Length, dummy.Length);
    }
}
