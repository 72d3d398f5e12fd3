using Fluid;
using Microsoft.Extensions.Time.Testing;
using Multistore.Theming;

namespace Multistore.Core.Tests.Theming;

public sealed class RenderBudgetTests : IDisposable
{
    private readonly ThemeFolder _themes = new();

    [Fact]
    public async Task StopsARenderThatRunsPastItsTime()
    {
        // Each clock reading moves the fake clock a second on: the twelfth write is past five seconds.
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };

        var error = await Assert.ThrowsAsync<LiquidLimitException>(() => RenderAsync("{% for i in (1..12) %}{{ i }}{% endfor %}", clock));

        Assert.Equal("it took longer than 5 seconds to render", error.Message);
    }

    [Fact]
    public async Task RendersWhileTheClockStandsStill()
    {
        var output = await RenderAsync("{% for i in (1..12) %}{{ i }}{% endfor %}", new FakeTimeProvider());

        Assert.Equal("123456789101112", output);
    }

    [Fact]
    public async Task StopsWhenTheRequestIsCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RenderAsync("{{ 'x' }}", new FakeTimeProvider(), cancelled.Token));
    }

    [Fact]
    public async Task RefusesARangeBeforeBuildingIt()
    {
        var error = await Assert.ThrowsAsync<LiquidLimitException>(() => RenderAsync("{% assign r = (1..100000000) %}{{ r.size }}", new FakeTimeProvider()));

        Assert.StartsWith("the range (1..100000000) has more than 10,000 items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoundsRangesInPartialsToo()
    {
        _themes.Write("Base/Views/big.liquid", "{% for i in (1..100000000) %}x{% endfor %}");

        await Assert.ThrowsAsync<LiquidLimitException>(() => RenderAsync("{% render 'big' %}", new FakeTimeProvider()));
    }

    private async Task<string> RenderAsync(string source, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var (_, liquid) = _themes.Build();
        var budget = new RenderBudget(new LiquidLimits(), clock, cancellationToken);
        var context = new TemplateContext(liquid.Options);
        budget.Apply(context);
        var output = new LimitedTextWriter(budget);
        await new LiquidTemplateCache().Parse(source, "page").RenderAsync(output, context);
        return output.ToString();
    }

    public void Dispose() => _themes.Dispose();
}
