using Microsoft.AspNetCore.Mvc;

namespace Eboi.Tests.Architecture.Samples;

// Inputs for PublicSurfaceTests: a type in a sub-namespace that the rule must report, and a view component it must not.

public sealed class LeakedService;

public sealed class SampleViewComponent : ViewComponent;
