using System.Diagnostics.CodeAnalysis;
using Eboi.Core.Text;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Eboi.Core.Liquid;

/// <summary>
/// The Liquid (Fluid) setup every e-mail template runs in. A template sees only the message's values, each a plain
/// string set on the context: no model object, no registered CLR type (so no member of any .NET object is reachable),
/// no file system for include/render, no functions, and limits on steps, recursion, output size and time.
/// </summary>
public static class LiquidSandbox
{
    /// <summary>Statements one render may execute; a loop bomb stops here.</summary>
    public const int MaxSteps = 10_000;
    public const int MaxRecursion = 10;

    /// <summary>Characters one rendered part may have (a message body is at most 10 000 before values).</summary>
    public const int MaxOutputLength = 100_000;

    /// <summary>Wall-clock budget of one render; far above what a real template needs (microseconds).</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromMilliseconds(500);

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private static readonly TemplateOptions Options = CreateOptions();

    /// <summary>Parses a template; <paramref name="error"/> is Fluid's message with "(line:column)" when it fails.</summary>
    public static bool TryParse(string source, [NotNullWhen(true)] out IFluidTemplate? template, [NotNullWhen(false)] out string? error)
    {
        if (Parser.TryParse(source, out var parsed, out var message))
        {
            template = parsed;
            error = null;
            return true;
        }
        template = null;
        error = message ?? "Invalid template";
        return false;
    }

    /// <summary>A context holding only <paramref name="values"/>, each as a Liquid string.</summary>
    public static TemplateContext Context(IReadOnlyDictionary<string, string> values)
    {
        var context = new TemplateContext(Options);
        foreach (var (name, value) in values) context.SetValue(name, new StringValue(value));
        return context;
    }

    /// <summary>Renders within the limits; throws <see cref="TemplateRenderException"/> when a limit is hit or rendering fails.</summary>
    public static string Render(IFluidTemplate template, TemplateContext context, System.Text.Encodings.Web.TextEncoder encoder)
    {
        using var writer = new LimitedWriter(MaxOutputLength, TimeBudget);
        try
        {
            // Values are in memory and there is no file system, so nothing awaits real I/O: waiting here does not block on anything.
            var rendering = template.RenderAsync(writer, context, encoder);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
        }
        catch (TemplateRenderException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or IOException or FormatException)
        {
            // Fluid's own limits (steps, recursion) and failures such as an include with no file system.
            throw new TemplateRenderException(e.Message, e);
        }
        return writer.ToString();
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            // A fresh strategy with nothing registered: even if a CLR object got into the context, none of its members could be read.
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            FileProvider = new NullFileProvider(),
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            CultureInfo = PolishTime.Culture,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"),
        };
        // "raw" would write a value past the encoder, i.e. unescaped into the HTML part: here it is the plain value, still encoded.
        options.Filters.AddFilter("raw", (input, _, _) => new StringValue(input.ToStringValue()));
        return options;
    }
}
