namespace Eboi.Core;

/// <summary>The file under {Eboi:DataPath} where demo accounts (staff, host operator) get their generated passwords.</summary>
public static class DemoAccounts
{
    public const string FileName = "demo-accounts.txt";
}
