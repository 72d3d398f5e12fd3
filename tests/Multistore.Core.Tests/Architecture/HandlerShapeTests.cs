using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;

namespace Multistore.Core.Tests.Architecture;

/// <summary>
/// Keeps handlers and constructors readable (issue 15): a method or constructor with more than six parameters is where
/// positional <c>null</c>s and a dozen injected services creep in. A handler groups its inputs in an
/// <c>[AsParameters]</c> record; a class needing more collaborators is split along its responsibilities. Results are
/// built with <see cref="TypedResults"/>, whose types reach the OpenAPI document and the handler's declared union,
/// never with the untyped <see cref="Results"/> factory, and returned as declared unions (<c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c>),
/// never as a bare <see cref="IResult"/>. Lambdas count: they compile to methods and are checked too.
/// </summary>
public sealed class HandlerShapeTests
{
    private const int MostParameters = 6;

    [Fact]
    public void NoMethodOrConstructorTakesMoreThanSixParameters()
    {
        var offenders = SourceAssemblies()
            .SelectMany(AllMembers)
            .Where(m => m.GetParameters().Length > MostParameters)
            .Where(m => !IsRecordShape(m) && !IsCompilerShape(m))
            .Select(m => $"{Describe(m)} takes {m.GetParameters().Length}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0,
            $"More than {MostParameters} parameters (group request values and services in [AsParameters] records, options in a record, or split the class):\n  "
            + string.Join("\n  ", offenders));
    }

    [Fact]
    public void NoHandlerBuildsItsResultWithTheUntypedResultsFactory()
    {
        var offenders = SourceAssemblies()
            .SelectMany(AllMembers)
            .Where(m => ILCallScanner.CalledMethods(m).Any(called => called.DeclaringType == typeof(Results)))
            .Select(Describe)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "Results.* used (use TypedResults.*):\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void NoMethodReturnsTheUntypedIResult()
    {
        var offenders = SourceAssemblies()
            .SelectMany(AllMembers)
            .OfType<MethodInfo>()
            .Where(m => IsUntypedResult(m.ReturnType))
            .Select(Describe)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "IResult returned (declare the outcomes with Results<...> of TypedResults):\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void TheChecksSeeTheEngineAndEveryModule()
    {
        var names = SourceAssemblies().Select(a => a.GetName().Name).ToList();

        Assert.Contains("Multistore.Core", names);
        Assert.Contains("Multistore.Abstractions", names);
        Assert.Contains("Multistore.Search", names);
        Assert.Contains("Multistore.Checkout", names);
        Assert.Contains("Multistore.StorefrontApi", names);
        Assert.Contains("Multistore.Tenants", names);
        Assert.True(names.Count >= 19, "Expected the engine, Abstractions and the 17 modules, saw: " + string.Join(", ", names));
    }

    [Fact]
    public void TheILScanSeesACallInsideALambda()
    {
        var lambda = typeof(HandlerShapeTests).GetMethod(nameof(UsesResultsInALambda), BindingFlags.NonPublic | BindingFlags.Static)!;
        var bodies = AllMembers(typeof(HandlerShapeTests).Assembly).Where(m => Describe(m).Contains(nameof(UsesResultsInALambda), StringComparison.Ordinal));

        Assert.Contains(bodies.Where(m => m != lambda), m => ILCallScanner.CalledMethods(m).Any(called => called.DeclaringType == typeof(Results)));
    }

    private static Func<IResult> UsesResultsInALambda() => () => Results.Ok();

    /// <summary><see cref="IResult"/> itself, or a task of it: the handler's outcomes are hidden from its signature and from OpenAPI.</summary>
    private static bool IsUntypedResult(Type type) =>
        type == typeof(IResult)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            && type.GetGenericArguments()[0] == typeof(IResult));

    private static IEnumerable<Assembly> SourceAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Multistore.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal) && !name.EndsWith(".Testing", StringComparison.Ordinal))
            .Select(name => Assembly.Load(new AssemblyName(name!)));

    private static IEnumerable<MethodBase> AllMembers(Assembly assembly) =>
        assembly.GetTypes().SelectMany(t =>
            t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).Cast<MethodBase>()
                .Concat(t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)));

    /// <summary>
    /// A record's positional constructor (and the Deconstruct mirroring it) is its shape, a list of values, not
    /// collaborators or options passed by position: a record is built with named arguments where it is long.
    /// </summary>
    private static bool IsRecordShape(MethodBase member) =>
        member.DeclaringType?.GetMethod("<Clone>$") is not null && (member.IsConstructor || member.Name == "Deconstruct");

    /// <summary>
    /// Anonymous types (a migration's column list, a JSON shape) and the delegate types the compiler makes for a
    /// lambda are shapes of something checked elsewhere: the lambda itself is checked.
    /// </summary>
    private static bool IsCompilerShape(MethodBase member) =>
        member.DeclaringType is { } type && type.IsDefined(typeof(CompilerGeneratedAttribute)) && type.Name.StartsWith("<>f__", StringComparison.Ordinal);

    /// <summary>Names a lambda, local function or async body by the method that declares it, as a reader finds it in the source.</summary>
    private static string Describe(MethodBase member)
    {
        var type = member.DeclaringType!;
        var name = member.Name;
        var showParameters = true;
        while (type.IsDefined(typeof(CompilerGeneratedAttribute)) && type.DeclaringType is not null)
        {
            if (type.GetInterfaces().Any(i => i == typeof(IAsyncStateMachine) || i == typeof(System.Collections.IEnumerator)))
            {
                name = type.Name;
                showParameters = false;
            }

            type = type.DeclaringType;
        }

        var parameters = showParameters ? $"({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})" : "";
        return $"{type.FullName}.{Readable(name)}{parameters}";
    }

    /// <summary><c>&lt;&lt;MapCartPages&gt;b__0_1&gt;d</c> reads as <c>MapCartPages lambda</c>; <c>&lt;Map&gt;g__Local|0_0</c> as <c>Map local Local</c>.</summary>
    private static string Readable(string name)
    {
        var kind = "";
        while (name.StartsWith('<'))
        {
            var depth = 0;
            var close = 0;
            for (var i = 0; i < name.Length; i++)
            {
                depth += name[i] switch { '<' => 1, '>' => -1, _ => 0 };
                if (depth == 0)
                {
                    close = i;
                    break;
                }
            }

            var rest = name[(close + 1)..];
            if (rest.StartsWith("b__", StringComparison.Ordinal))
            {
                kind = " lambda";
            }
            else if (rest.StartsWith("g__", StringComparison.Ordinal))
            {
                kind = " local " + rest[3..rest.IndexOf('|', StringComparison.Ordinal)];
            }

            name = name[1..close];
        }

        return name + kind;
    }
}
