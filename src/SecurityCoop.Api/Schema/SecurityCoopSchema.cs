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
        // The October 2021 introspection: directives' isRepeatable, and deprecation of arguments and input fields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Filter = new SpecIntrospectionFilter();
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

    /// <summary>
    /// Completes GraphQL.NET's introspection to the October 2021 specification before its types are built:
    /// <c>__Type.specifiedByURL</c> (from <see cref="ISpecifiedByUrl"/> scalars) and <c>__Directive.args(includeDeprecated:)</c>
    /// (no directive argument here is deprecated, so both answers are the same list).
    /// </summary>
    protected override void OnBeforeInitializeType(GraphQL.Types.IGraphType graphType)
    {
        if (graphType is GraphQL.Types.IObjectGraphType { Name: "__Type" } type && !type.HasField("specifiedByURL"))
        {
            type.AddField(new GraphQL.Types.FieldType
            {
                Name = "specifiedByURL",
                Description = "For a custom scalar, the URL of the specification its values follow.",
                Type = typeof(GraphQL.Types.StringGraphType),
                Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(context => (context.Source as ISpecifiedByUrl)?.SpecifiedByUrl),
            });
        }
        if (graphType is GraphQL.Types.IObjectGraphType { Name: "__Directive" } directive && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new GraphQL.Types.QueryArgument<GraphQL.Types.BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
        }
        base.OnBeforeInitializeType(graphType);
    }
}

/// <summary>A custom scalar whose values follow a published specification (introspection's <c>specifiedByURL</c>).</summary>
public interface ISpecifiedByUrl
{
    string SpecifiedByUrl { get; }
}

/// <summary>
/// Shows what the October 2021 specification's introspection has (GraphQL.NET hides <c>isRepeatable</c> by default) and
/// keeps hiding what is not in it (applied directives).
/// </summary>
internal sealed class SpecIntrospectionFilter : GraphQL.Introspection.DefaultSchemaFilter
{
    public override Task<bool> AllowField(GraphQL.Types.IGraphType parent, GraphQL.Types.IFieldType field) =>
        field.Name == "isRepeatable" && parent.Name == "__Directive" ? Allowed : base.AllowField(parent, field);
}
