using Mentorship.ServiceDefaults.Extensions;
using Mentorship.Web.Extensions;

namespace Mentorship.Web;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddWebServices();

        var app = builder.Build();
        app.UseWebPathBase();
        app.MapDefaultEndpoints();
        app.MapWebEndpoints();
        await app.RunAsync();
    }
}
