using System.Globalization;
using Fluid;

namespace Multistore.Core.Tests.Theming;

public sealed class OptionValuesFilterTests : IDisposable
{
    private readonly ThemeFolder _themes = new();

    [Fact]
    public async Task ListsEachOptionsDistinctValuesInTheOrderTheyFirstAppear()
    {
        _themes.Write("Brand/Views/picker.liquid", "{{ variants | option_values: 0 | join: ',' }}|{{ variants | option_values: 1 | join: ',' }}|{{ variants | option_values: 5 | size }}");
        var (templates, liquid) = _themes.Build();
        liquid.Register(typeof(Variant));
        var context = new TemplateContext(liquid.Options) { CultureInfo = CultureInfo.InvariantCulture };
        context.SetValue("variants", new[] { new Variant(["S", "Grey"]), new Variant(["M", "Grey"]), new Variant(["S", "Navy"]), new Variant(["L", "Navy"]) });

        var rendered = await templates.Get("picker").RenderAsync(context);

        Assert.Equal("S,M,L|Grey,Navy|0", rendered);
    }

    public void Dispose() => _themes.Dispose();

    public sealed record Variant(IReadOnlyList<string> Values);
}
