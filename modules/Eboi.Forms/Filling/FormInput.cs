using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.Forms.Filling;

/// <summary>Names and ids of a form's inputs: answers post as "odp.{key}", files as "plik.{field}"; the id is the sanitized answer name.</summary>
internal static class FormInput
{
    public const string AnswerPrefix = "odp.";
    public const string FilePrefix = "plik.";

    public static string Name(string key) => AnswerPrefix + key;

    public static string Id(string key) => TagBuilder.CreateSanitizedId(Name(key), "_");
}
