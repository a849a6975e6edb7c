using Fluid;
using Fluid.Ast;

namespace Eboi.Core.Liquid;

/// <summary>What a parsed template refers to: the value names it reads, names it defines itself, tags it may not use, stray braces.</summary>
public sealed class TemplateSyntax : AstVisitor
{
    private readonly List<string> _used = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    private TemplateSyntax() { }

    /// <summary>Paths read from the model in order of first use ("imie", or "imie.GetType" for a member access).</summary>
    public IReadOnlyList<string> UsedNames => _used.Distinct(StringComparer.Ordinal).Where(n => !_declared.Contains(Root(n))).ToList();

    /// <summary>Distinct model names read (the first segment of each path), for reporting missing values.</summary>
    public IReadOnlyList<string> UsedRoots => UsedNames.Select(Root).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The template includes or renders another file (there is none to include).</summary>
    public bool ReadsFiles { get; private set; }

    /// <summary>"{{" or "}}" left in the plain text: a field that is not opened (a lone "%}" is harmless text).</summary>
    public bool HasStrayDelimiters { get; private set; }

    public static TemplateSyntax Of(IFluidTemplate template)
    {
        var syntax = new TemplateSyntax();
        syntax.VisitTemplate(template);
        return syntax;
    }

    private static string Root(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var path = string.Concat(memberExpression.Segments.Select((s, i) => s switch
        {
            IdentifierSegment id => i == 0 ? id.Identifier : "." + id.Identifier,
            _ => "[…]",
        }));
        _used.Add(path);
        return base.VisitMemberExpression(memberExpression);
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        _declared.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        _declared.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        _declared.Add(forStatement.Identifier);
        _declared.Add("forloop");
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        ReadsFiles = true;
        return base.VisitIncludeStatement(includeStatement);
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        ReadsFiles = true;
        return base.VisitRenderStatement(renderStatement);
    }

    protected override Statement VisitTextSpanStatement(TextSpanStatement textSpanStatement)
    {
        var text = textSpanStatement.Text.ToString();
        if (text.Contains("{{", StringComparison.Ordinal) || text.Contains("}}", StringComparison.Ordinal))
            HasStrayDelimiters = true;
        return base.VisitTextSpanStatement(textSpanStatement);
    }
}
