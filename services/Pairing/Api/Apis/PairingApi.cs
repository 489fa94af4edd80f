namespace Mentorship.Pairing.Apis;

public static class PairingApi
{
    public static IEndpointRouteBuilder MapPairingApi(this IEndpointRouteBuilder app) => app;
}
