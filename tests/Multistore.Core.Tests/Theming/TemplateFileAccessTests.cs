namespace Multistore.Core.Tests.Theming;

/// <summary>
/// A store's template against the machine (overrides render their partials through the same lookup): a partial name that climbs out of the
/// theme folder or names a rooted path never reads a file outside the themes.
/// </summary>
public sealed class TemplateFileAccessTests : IDisposable
{
    private const string Secret = "HOST-SECRET-7731";
    private readonly ThemeFolder _themes = new();

    public TemplateFileAccessTests()
    {
        _themes.Write("secret.liquid", Secret);
        _themes.Write("Brand/secret.liquid", Secret);
    }

    [Theory]
    [InlineData("{% render '../secret' %}")]
    [InlineData("{% render '../../secret' %}")]
    [InlineData("{% include '../../secret' %}")]
    public async Task AThemeTemplateCannotRenderAFileOutsideTheViewsOfItsThemes(string markup)
    {
        _themes.Write("Brand/Views/page.liquid", "[" + markup + "]");

        Assert.DoesNotContain(Secret, await RenderOrErrorAsync("page"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartialInsideTheThemeStillRenders()
    {
        _themes.Write("Brand/Views/page.liquid", "[{% render 'card' %}]");
        _themes.Write("Brand/Views/card.liquid", "card");

        Assert.Equal("[card]", await RenderOrErrorAsync("page"));
    }

    public void Dispose() => _themes.Dispose();

    private async Task<string> RenderOrErrorAsync(string template)
    {
        try
        {
            return await _themes.RenderAsync(template);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or Fluid.ParseException)
        {
            return e.Message;
        }
    }
}
