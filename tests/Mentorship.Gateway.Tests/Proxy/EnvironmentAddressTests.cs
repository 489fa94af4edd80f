using System.Net;
using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Proxy;

[Collection(EnvironmentCollection.Name)]
public sealed class EnvironmentAddressTests
{
    [Fact]
    public async Task A_service_whose_address_is_only_the_environment_variable_an_apphost_sets_is_reached()
    {
        await using var stubs = await StubServices.StartAsync();
        var evaluation = stubs.All.Single(stub => stub.Service == ResourceNames.Evaluation);
        const string variable = "services__evaluation__http__0";
        Environment.SetEnvironmentVariable(variable, evaluation.Address.ToString());
        try
        {
            await using var gateway = GatewayFactory.Over(stubs.All.Where(stub => stub != evaluation));
            using var client = gateway.CreateClient();

            using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/surveys", GatewayFixture.Token());
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(ResourceNames.Evaluation, (await response.Content.ReadFromJsonAsync<StubEcho>())!.Service);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
