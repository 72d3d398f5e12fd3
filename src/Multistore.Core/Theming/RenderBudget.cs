using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Multistore.Theming;

/// <summary>
/// The time and size one render may still spend. Checked on every write, assign and capture, and the request's
/// cancellation with it: Fluid itself only counts steps.
/// </summary>
internal sealed class RenderBudget(LiquidLimits limits, TimeProvider time, CancellationToken cancellationToken)
{
    private readonly DateTimeOffset _started = time.GetUtcNow();

    public LiquidLimits Limits => limits;

    /// <summary>Throws when the render was cancelled or has run longer than allowed.</summary>
    public void Check()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (time.GetUtcNow() - _started > limits.MaxRenderTime)
        {
            throw new LiquidLimitException(string.Create(CultureInfo.InvariantCulture, $"it took longer than {limits.MaxRenderTime.TotalSeconds:0.#} seconds to render"));
        }
    }

    /// <summary>Throws when a page or a variable would hold more than <see cref="LiquidLimits.MaxOutputLength"/> characters.</summary>
    public void CheckLength(long length, string what)
    {
        if (length > limits.MaxOutputLength)
        {
            throw new LiquidLimitException(string.Create(CultureInfo.InvariantCulture, $"{what} grew past {limits.MaxOutputLength:N0} characters"));
        }

        Check();
    }

    /// <summary>Puts the budget's checks on a context: step and nesting limits, and the size of what it assigns or captures.</summary>
    public void Apply(TemplateContext context)
    {
        context.MaxSteps = limits.MaxSteps;
        context.Assigned = (name, value, _) => Checked(name, value);
        context.Captured = (name, value, _) => Checked(name, value);
    }

    private ValueTask<FluidValue> Checked(string name, FluidValue value)
    {
        if (value is StringValue text)
        {
            CheckLength(text.ToStringValue().Length, $"the variable '{name}'");
        }
        else
        {
            Check();
        }

        return ValueTask.FromResult(value);
    }
}
