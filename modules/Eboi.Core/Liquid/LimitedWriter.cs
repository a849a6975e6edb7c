using System.Diagnostics;
using System.Text;

namespace Eboi.Core.Liquid;

/// <summary>A string writer that stops a render once it is too long or has taken too long.</summary>
internal sealed class LimitedWriter(int maxLength, TimeSpan budget) : StringWriter
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(StringBuilder? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    private void Check(int adding)
    {
        if (GetStringBuilder().Length + adding > maxLength)
            throw new TemplateRenderException($"The rendered template is longer than {maxLength} characters.");
        if (Stopwatch.GetElapsedTime(_started) > budget)
            throw new TemplateRenderException($"Rendering the template took longer than {budget.TotalMilliseconds:0} ms.");
    }
}
