using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Multistore.Admin;

/// <summary>
/// The admin's localizer for a form handler that words a notice or message with values in it ("Order {0} is now {1}."),
/// without one more handler parameter. Constant messages need none: FieldErrors, FormSummary and the layout's notice
/// translate them when they render.
/// </summary>
public static class AdminTextHttpContextExtensions
{
    public static IStringLocalizer AdminText(this HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<AdminText>>();
}
