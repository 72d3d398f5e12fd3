namespace Multistore.Tenancy;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
