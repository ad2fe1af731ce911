using SecurityCoop.Api.Agreements;
using SecurityCoop.Api.Mechanisms;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Organisations;
using SecurityCoop.Api.States;

namespace SecurityCoop.Api.Schema;

/// <summary>The SecurityCoop GraphQL schema.</summary>
public sealed class SecurityCoopSchema : GraphQL.Types.Schema
{
    public SecurityCoopSchema(IServiceProvider services)
        : base(services)
    {
        Description = "SecurityCoop: states, organisations, mechanisms, agreements and their relations in regional security cooperation, with sources.";
        Query = services.GetRequiredService<QueryType>();
        RegisterType(typeof(StateType));
        RegisterType(typeof(OrganisationType));
        RegisterType(typeof(MechanismType));
        RegisterType(typeof(AgreementType));
        RegisterType(typeof(InitiativeType));
        RegisterType(typeof(EventType));
        RegisterType(typeof(ThemeType));
        RegisterType(typeof(GroupType));
        RegisterType(typeof(PersonType));
        RegisterType(typeof(PlaceType));
    }
}
