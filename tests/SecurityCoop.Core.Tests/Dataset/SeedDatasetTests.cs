using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Tests.Dataset;

/// <summary>The project's own dataset: it validates, and it keeps the rules curators agreed on.</summary>
public sealed class SeedDatasetTests
{
    private static readonly GraphData Data = DatasetLoader.Load(RepositoryPaths.Dataset);

    [Fact]
    public void The_dataset_validates_without_problems()
    {
        Assert.Empty(DatasetLoader.Validate(RepositoryPaths.Dataset));
    }

    [Fact]
    public void Every_fact_carries_a_source_with_document_line_and_quote()
    {
        var sources = Data.Nodes.SelectMany(n => n.Sources).Concat(Data.Relations.SelectMany(e => e.Sources))
            .Concat(Data.Conflicts.SelectMany(c => c.Claims.SelectMany(cl => cl.Sources))).ToList();

        Assert.True(sources.Count > Data.Nodes.Count + Data.Relations.Count);
        Assert.All(sources, s => Assert.True(s.Document.EndsWith(".txt", StringComparison.Ordinal) && s.Line > 0 && s.Quote.Length > 0, s.ToString()));
    }

    [Fact]
    public void Symmetric_relations_store_their_ends_in_id_order()
    {
        var reversed = Data.Relations.Where(e => RelationTypes.IsSymmetric(e.Type) && string.CompareOrdinal(e.From, e.To) > 0).Select(e => e.Id);

        Assert.Empty(reversed);
    }

    [Fact]
    public void Every_dataset_file_is_sorted_by_id()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Dataset, "*.jsonl", SearchOption.AllDirectories))
        {
            var ids = File.ReadLines(file).Where(l => l.Length > 0)
                .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
            Assert.True(ids.SequenceEqual(ids.Order(StringComparer.Ordinal)), $"{Path.GetFileName(file)} is not sorted by id");
        }
    }

    [Fact]
    public void Every_source_names_a_catalogued_document_whose_kept_text_holds_the_quote_verbatim_at_its_line()
    {
        var folder = Path.Combine(RepositoryPaths.Dataset, "documents");
        var lines = Directory.GetFiles(folder, "*.txt").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllLines(f));
        var sources = Data.Nodes.SelectMany(n => n.Sources.Select(s => (n.Id, s)))
            .Concat(Data.Relations.SelectMany(e => e.Sources.Select(s => (e.Id, s))))
            .Concat(Data.Conflicts.SelectMany(c => c.Claims.SelectMany(claim => claim.Sources.Select(s => (c.Id, s))))).ToList();

        var wrong = sources.Where(x => !lines.TryGetValue(x.s.Document, out var doc) || x.s.Line > doc.Length
            || !doc[x.s.Line - 1].Contains(x.s.Quote, StringComparison.Ordinal)).Select(x => $"{x.Id} {x.s.Document}:{x.s.Line}").ToList();

        Assert.Empty(wrong);
        Assert.Equal(lines.Keys.Order(StringComparer.Ordinal), Data.Catalogue.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.True(sources.Count > 2000, $"only {sources.Count} sources were checked");
    }

    [Fact]
    public void Acceding_means_accession_under_way_so_no_state_is_both_acceding_and_a_member_of_one_body()
    {
        var memberships = Data.Relations.Where(e => AffiliationRoles.Of(e) is AffiliationRole.Member or AffiliationRole.FoundingMember).Select(e => (e.From, e.To)).ToHashSet();
        var acceding = Data.Relations.Where(e => AffiliationRoles.Of(e) == AffiliationRole.Acceding && e.RecordedUntil is null);

        Assert.Empty(acceding.Where(e => memberships.Contains((e.From, e.To))).Select(e => e.Id));
    }
}
