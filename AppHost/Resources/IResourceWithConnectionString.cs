namespace Mentorship.AppHost.Resources;

/// <summary>A resource others reference through ConnectionStrings__{name}.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    string ConnectionString { get; }
}
