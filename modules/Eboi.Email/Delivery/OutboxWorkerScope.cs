namespace Eboi.Email.Delivery;

/// <summary>The app.scope value the outbox RLS policies accept (Data/Migrations/0001_email.sql); no other table names it.</summary>
internal static class OutboxWorkerScope
{
    public const string Name = "outbox-worker";
}
