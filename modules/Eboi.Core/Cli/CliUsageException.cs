namespace Eboi.Core.Cli;

/// <summary>Thrown by a command whose arguments do not fit; the host prints the usage and exits with 2.</summary>
public sealed class CliUsageException() : Exception("Niepoprawne argumenty polecenia.");
