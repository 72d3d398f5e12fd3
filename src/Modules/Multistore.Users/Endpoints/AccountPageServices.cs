using Microsoft.AspNetCore.Antiforgery;
using Multistore.Theming;

namespace Multistore.Users.Endpoints;

/// <summary>
/// What the storefront's sign-in and sign-up pages render with, bound with <c>[AsParameters]</c>: the theme's renderer
/// and the antiforgery service that issues the form's token. Every showing of those forms needs both.
/// </summary>
public sealed record AccountPageServices(IThemeViewRenderer Views, IAntiforgery Antiforgery);
