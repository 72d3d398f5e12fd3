using System.Globalization;

namespace Multistore.Users.Services;

/// <summary>
/// Why a sign-up was refused: the form field it is about (<c>email</c>, <c>password</c>), an English message that is
/// also the msgid storefront pages translate, and the value of its <c>{0}</c> placeholder if it has one.
/// </summary>
public sealed record SignUpError(string Field, string Message, string? Argument = null)
{
    /// <summary>The message in English with its placeholder filled, as the Storefront API answers it.</summary>
    public string Text => Argument is null ? Message : string.Format(CultureInfo.InvariantCulture, Message, Argument);
}
